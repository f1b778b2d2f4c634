import * as z from "zod";
import { IdSchema, SourceRefSchema } from "../common.js";
import { FigureQualifierSchema, ProvenanceFieldsSchema } from "../stated.js";

/**
 * zod schema of something a document's prose states about its own content — a count ("16
 * completed", "8 priority lines"), a total, a name ("Work Plan 2028-2020") — kept apart from the
 * records listed, so a validation can compare what is stated with what is listed and report a
 * disagreement instead of hiding it. `measure` is a dotted kebab-case name of what is stated;
 * `subject` the id of the record or set it is about; `value` is a number or the text as stated.
 *
 * Measures in the reference dataset:
 * - `work-plan.priority-lines`: number of priority lines of `subject` (a work plan);
 * - `work-plan.name-period`: the period as a document writes a work plan's name;
 * - `bilateral-cooperations.done` / `.ongoing` / `.pending-postponed`: number of cooperations
 *   with that status in `subject` (a reporting period such as `rial-bc/2018-2021`);
 * - `bilateral-cooperations.since-2006`, `bilateral-cooperations.ministries-assisted`: totals the
 *   list cannot check;
 * - `budget.total`: a budget's stated total, decimal string;
 * - `title`, `name`, `date`, `venue`, `format`, `topic`, `edition`, `count` …: a fact about
 *   `subject` as one document states it (`value` normalized for comparison, `text` the words);
 *   two claims with the same subject and measure and different values are a contradiction;
 * - `elapsed-days`: days from `since` to the start of `subject`'s date (with `qualifier`
 *   "less than" / "more than");
 * - other measures are stated figures kept for reference, compared with any other claim of the
 *   same subject and measure.
 *
 * Optional: `qualifier` ("more than 70"), `unit`, `text` (the document's words), `since`, and
 * `inferred` / `outsideKnowledge`.
 *
 * @example
 * ```ts
 * import { DocumentClaimSchema } from "iacml/entities";
 * DocumentClaimSchema.parse({
 *   id: "claim/003/bc-ongoing",
 *   measure: "bilateral-cooperations.ongoing",
 *   subject: "rial-bc/2018-2021",
 *   value: 4,
 *   source: { document: "003_835abb1dd6776d62.txt", section: "Annex I, note on bilateral cooperation" },
 * });
 * ```
 */
export const DocumentClaimSchema = z
  .object({
    id: IdSchema,
    measure: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)*$/, "Expected a dotted kebab-case measure"),
    subject: IdSchema,
    value: z.union([z.number(), z.string().min(1)]),
    qualifier: FigureQualifierSchema.optional(),
    unit: z.string().min(1).optional(),
    text: z.string().min(1).optional(),
    since: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "Expected YYYY-MM-DD")
      .optional(),
    source: SourceRefSchema,
  })
  .extend(ProvenanceFieldsSchema.shape);

/**
 * Something a document states about its own content.
 *
 * @example
 * ```ts
 * import type { DocumentClaim } from "iacml/entities";
 * const isCount = (c: DocumentClaim) => typeof c.value === "number";
 * ```
 */
export type DocumentClaim = z.output<typeof DocumentClaimSchema>;
