import * as z from "zod";
import { IdSchema } from "../common.js";
import { partyIdSchema } from "./ids.js";

/**
 * zod schema of what a contribution pays for, as the documents list it.
 *
 * @example
 * ```ts
 * import { FinancedCostSchema } from "iacml/entities";
 * FinancedCostSchema.parse("interpretation");
 * ```
 */
export const FinancedCostSchema = z.enum([
  "logistics",
  "equipment",
  "interpretation",
  "travel",
  "accommodation",
  "platform",
  "coordination",
]);

/**
 * What a contribution pays for.
 *
 * @example
 * ```ts
 * import type { FinancedCost } from "iacml/entities";
 * const items: FinancedCost[] = ["logistics", "equipment"];
 * ```
 */
export type FinancedCost = z.output<typeof FinancedCostSchema>;

/**
 * zod schema of the form a contribution takes: in kind, in cash, or not yet determined.
 *
 * @example
 * ```ts
 * import { CoFundingFormSchema } from "iacml/entities";
 * CoFundingFormSchema.parse("in-kind");
 * ```
 */
export const CoFundingFormSchema = z.enum(["in-kind", "cash", "tbd"]);

/**
 * The form a contribution takes.
 *
 * @example
 * ```ts
 * import type { CoFundingForm } from "iacml/entities";
 * const f: CoFundingForm = "tbd";
 * ```
 */
export type CoFundingForm = z.output<typeof CoFundingFormSchema>;

/**
 * zod schema of one source of financing of an action or meeting: the RIAL fund (through a line
 * of the RIAL budget, `authorized` when the authorities approved its use) or a contribution by a
 * member state or organization (`confirmed: false` when the document says "to be confirmed").
 *
 * @example
 * ```ts
 * import { ActionFinancingSchema } from "iacml/entities";
 * ActionFinancingSchema.parse({ kind: "rial-fund", budgetLine: "rial-2022-2024/l02", covers: ["accommodation"] });
 * ActionFinancingSchema.parse({ kind: "contribution", party: "CO", form: "in-kind", covers: ["logistics"], confirmed: true });
 * ```
 */
export const ActionFinancingSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("rial-fund"),
    budgetLine: IdSchema.optional(),
    covers: z.array(FinancedCostSchema),
  }),
  z.object({
    kind: z.literal("contribution"),
    party: partyIdSchema,
    form: CoFundingFormSchema,
    covers: z.array(FinancedCostSchema),
    confirmed: z.boolean(),
  }),
]);

/**
 * One source of financing of an action or meeting.
 *
 * @example
 * ```ts
 * import type { ActionFinancing } from "iacml/entities";
 * const fromRial = (f: ActionFinancing) => f.kind === "rial-fund";
 * ```
 */
export type ActionFinancing = z.output<typeof ActionFinancingSchema>;
