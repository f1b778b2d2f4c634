import * as z from "zod";
import type { MandateContext } from "./ref.js";

/**
 * zod schema of a {@link MandateContext}: the shape `parseMandateRefs` checks its context
 * against at run time (by hand, so the parser carries no zod; a wrong context is a
 * `mandates.invalid-context` issue, never a TypeError). For apps that validate contexts
 * themselves or export them as JSON Schema.
 *
 * @example
 * ```ts
 * import { MandateContextSchema } from "iacml/mandates";
 * MandateContextSchema.safeParse({ conferences: [{ id: "xxi", cities: ["Buenos Aires"] }] }).success; // true
 * ```
 */
export const MandateContextSchema = z.object({
  conferences: z
    .array(
      z.object({
        id: z.string().min(1).max(40),
        edition: z.string().min(1).max(40).optional(),
        cities: z.array(z.string().max(200)).max(20),
        citedAs: z.array(z.string().max(200)).max(20).optional(),
        year: z.number().int().min(1).max(9999).optional(),
        itemNumbering: z.enum(["lettered", "roman"]).optional(),
      }),
    )
    .max(1000),
  defaultConference: z.string().optional(),
  defaultInstrument: z.enum(["declaration", "plan-of-action"]).optional(),
});
