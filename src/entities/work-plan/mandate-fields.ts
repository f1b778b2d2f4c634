import * as z from "zod";
import { IdSchema, SourceRefSchema } from "../common.js";

/**
 * zod schema of the fields that tie a record to the mandates it answers: the reference as the
 * document writes it (`mandateText`, verbatim, for the mandates module to parse), where that
 * reference is written when it is not the record's own section (`mandateSource`), the provision
 * ids once resolved (`mandateRefs`), or, when the document names no mandate, why the record
 * exists (`derived`). A record has `mandateText` or `derived`.
 *
 * @example
 * ```ts
 * import { MandateFieldsSchema } from "iacml/entities";
 * MandateFieldsSchema.parse({ mandateText: "7.h of the Plan of Action of Bridgetown" });
 * ```
 */
export const MandateFieldsSchema = z.object({
  mandateText: z.string().min(1).optional(),
  mandateSource: SourceRefSchema.optional(),
  mandateRefs: z.array(IdSchema).optional(),
  derived: z.string().min(1).optional(),
});

/**
 * The fields that tie a record to its mandates.
 *
 * @example
 * ```ts
 * import type { MandateFields } from "iacml/entities";
 * const hasMandate = (m: MandateFields) => m.mandateText !== undefined;
 * ```
 */
export type MandateFields = z.output<typeof MandateFieldsSchema>;

/**
 * Whether a record says which mandate it answers or why it exists without one.
 *
 * @example
 * ```ts
 * import { hasMandateOrReason } from "iacml/entities";
 * hasMandateOrReason({ derived: "political process" }); // true
 * hasMandateOrReason({}); // false
 * ```
 */
export function hasMandateOrReason(fields: MandateFields): boolean {
  return fields.mandateText !== undefined || fields.derived !== undefined;
}
