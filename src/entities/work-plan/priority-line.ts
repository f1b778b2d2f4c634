import * as z from "zod";
import { IdSchema, SourceRefSchema } from "../common.js";

/**
 * zod schema of a priority line of a work plan: a numbered theme whose actions answer the
 * conference's mandates. The id is the work plan's id, `/pl` and the number.
 *
 * @example
 * ```ts
 * import { PriorityLineSchema } from "iacml/entities";
 * PriorityLineSchema.parse({
 *   id: "wp-2022-2024/pl7",
 *   workPlan: "wp-2022-2024",
 *   number: 7,
 *   title: "Occupational safety and health",
 *   source: { document: "001_04952725e56fd583.txt", section: "III.a Priority line 7" },
 * });
 * ```
 */
export const PriorityLineSchema = z
  .object({
    id: IdSchema,
    workPlan: IdSchema,
    number: z.number().int().positive(),
    title: z.string().min(1),
    source: SourceRefSchema,
  })
  .refine((l) => l.id === `${l.workPlan}/pl${l.number}`, {
    message: "The id must be the work plan id, '/pl' and the number",
    path: ["id"],
  });

/**
 * A priority line of a work plan.
 *
 * @example
 * ```ts
 * import type { PriorityLine } from "iacml/entities";
 * const heading = (l: PriorityLine) => `${l.number}. ${l.title}`;
 * ```
 */
export type PriorityLine = z.output<typeof PriorityLineSchema>;
