import * as z from "zod";
import { DateSpecSchema } from "../../core/date-spec/schema.js";
import { IdSchema, SourceRefSchema } from "../common.js";
import { CoFundingFormSchema } from "./action-financing.js";
import { partyIdSchema } from "./ids.js";
import { AsWrittenSchema, ProvenanceFieldsSchema } from "../stated.js";

/**
 * zod schema of a co-funder of a budget line (the "in kind or to be determined" column):
 * a member state or organization, the form of its contribution, and whether the document
 * marks it "to be confirmed".
 *
 * @example
 * ```ts
 * import { CoFunderSchema } from "iacml/entities";
 * CoFunderSchema.parse({ party: "AR", form: "in-kind", confirmed: false });
 * ```
 */
export const CoFunderSchema = z.object({
  party: partyIdSchema,
  form: CoFundingFormSchema,
  confirmed: z.boolean(),
});

/**
 * A co-funder of a budget line.
 *
 * @example
 * ```ts
 * import type { CoFunder } from "iacml/entities";
 * const firm = (c: CoFunder) => c.confirmed;
 * ```
 */
export type CoFunder = z.output<typeof CoFunderSchema>;

/**
 * zod schema of a line of the RIAL budget table of a work plan: what it funds (action and
 * meeting ids, RIAL call numbers), its co-funders, the amount the RIAL approved as a decimal
 * string with two decimals (absent when the cell is empty), and, for a line approved after the
 * planning meeting, how and when.
 *
 * @example
 * ```ts
 * import { WorkPlanBudgetLineSchema } from "iacml/entities";
 * WorkPlanBudgetLineSchema.parse({
 *   id: "rial-2022-2024/l02",
 *   budget: "rial-2022-2024",
 *   number: 2,
 *   title: "RIAL Workshop - Social Dialogue",
 *   funds: ["wp-2022-2024/pl6/a1"],
 *   calls: [],
 *   rialAmount: "10000.00",
 *   coFunders: [{ party: "CO", form: "in-kind", confirmed: true }],
 *   source: { document: "001_04952725e56fd583.txt", section: "III.c Funding" },
 * });
 * ```
 */
export const WorkPlanBudgetLineSchema = z
  .object({
    id: IdSchema,
    budget: IdSchema,
    number: z.number().int().positive(),
    title: z.string().min(1),
    funds: z.array(IdSchema),
    calls: z.array(z.number().int().positive()),
    rialAmount: z
      .string()
      .regex(/^\d+\.\d{2}$/, "Expected a decimal string with two decimals")
      .optional(),
    coFunders: z.array(CoFunderSchema),
    approvedLater: z.object({ via: z.string().min(1), when: DateSpecSchema }).optional(),
    asWritten: z.array(AsWrittenSchema).optional(),
    source: SourceRefSchema,
  })
  .extend(ProvenanceFieldsSchema.shape)
  .refine((l) => l.id === `${l.budget}/l${String(l.number).padStart(2, "0")}`, {
    message: "The id must be the budget id, '/l' and the two-digit number",
    path: ["id"],
  });

/**
 * A line of the RIAL budget table of a work plan.
 *
 * @example
 * ```ts
 * import type { WorkPlanBudgetLine } from "iacml/entities";
 * const hasAmount = (l: WorkPlanBudgetLine) => l.rialAmount !== undefined;
 * ```
 */
export type WorkPlanBudgetLine = z.output<typeof WorkPlanBudgetLineSchema>;
