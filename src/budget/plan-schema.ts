/**
 * The approved budget plan: currency, period, declared total and lines with their co-funders.
 * @module
 */
import * as z from "zod";
import { DateRangeSchema } from "../core/date-spec/schema.js";
import { CurrencyCodeSchema } from "../core/money/schema.js";
import { exactNumberText } from "../core/money/decimal-text.js";
import { MoneyDecimal } from "../core/money/decimal.js";
import { MOST_MINOR_DIGITS as MOST_MINOR_UNITS } from "../core/money/minor-digits.js";
import { IdSchema, LocalizedTextSchema, SourceRefSchema } from "../entities/common.js";

/**
 * zod schema of an amount as JSON carries it: a plain decimal string (`"10000.00"`), or a JSON
 * number that stands for exactly one decimal, by the rule `parseAmount` applies: a safe integer,
 * or a fraction whose shortest round-trip string has at most 15 significant digits. Anything
 * else is an issue with the code `budget.inexact-number`, never a silently changed figure:
 * `9007199254740993` (which JSON reads as `9007199254740992`) and `1234567890123456.78` (read as
 * `1234567890123456.8`) are refused. The currency's decimals are checked afterwards by
 * {@link parseBudgetPlan}/{@link parseLedger} (so `0.1 + 0.2`, `"0.30000000000000004"`, fails
 * there). The output is always a string.
 *
 * @example
 * ```ts
 * import { MoneyTextSchema } from "iacml/budget";
 * MoneyTextSchema.parse(2500); // "2500"
 * MoneyTextSchema.parse("10000.00"); // "10000.00"
 * MoneyTextSchema.safeParse(9007199254740993).success; // false
 * ```
 */
export const MoneyTextSchema = z.union([z.string(), z.number()]).transform((value, ctx) => {
  if (typeof value === "string") return value;
  const exact = exactNumberText(value, MOST_MINOR_UNITS);
  if ("text" in exact) return exact.text;
  // More decimals than any currency has: passed on as its shortest text, so that the currency
  // check refuses it with `budget.invalid-amount`, as `parseAmount` does with
  // `core.too-many-decimals` (`0.1 + 0.2` is `0.30000000000000004`).
  if (exact.reason === "too-many-decimals") return new MoneyDecimal(String(value)).toFixed();
  ctx.addIssue({
    code: "custom",
    message: `The JSON number ${String(value)} cannot carry an amount exactly; write it as a decimal string`,
    params: { code: "budget.inexact-number", input: String(value) },
  });
  return z.NEVER;
});

/**
 * zod schema of the form a co-funder's contribution takes: in kind, in cash, or to be
 * determined (`tbd`), as in the work plan's financing.
 *
 * @example
 * ```ts
 * import { CoFundingKindSchema } from "iacml/budget";
 * CoFundingKindSchema.parse("in-kind");
 * ```
 */
export const CoFundingKindSchema = z.enum(["in-kind", "cash", "tbd"]);

/**
 * In kind, cash or to be determined.
 *
 * @example
 * ```ts
 * import type { CoFundingKind } from "iacml/budget";
 * const kind: CoFundingKind = "tbd";
 * ```
 */
export type CoFundingKind = z.output<typeof CoFundingKindSchema>;

/**
 * zod schema of a co-funder of a budget line: who (a member state's ISO alpha-2 code or an
 * organization id), the text the document prints, the kind of contribution and whether it is
 * confirmed ("to be confirmed" in the documents means `confirmed: false`).
 *
 * @example
 * ```ts
 * import { BudgetCoFunderSchema } from "iacml/budget";
 * BudgetCoFunderSchema.parse({ party: "AR", label: "Argentina", kind: "in-kind", confirmed: false });
 * ```
 */
export const BudgetCoFunderSchema = z.object({
  party: z.string().min(1),
  label: z.string().min(1).optional(),
  kind: CoFundingKindSchema,
  confirmed: z.boolean(),
});

/**
 * A co-funder of a budget line.
 *
 * @example
 * ```ts
 * import type { BudgetCoFunder } from "iacml/budget";
 * const oas: BudgetCoFunder = { party: "oas", label: "OAS", kind: "in-kind", confirmed: true };
 * ```
 */
export type BudgetCoFunder = z.output<typeof BudgetCoFunderSchema>;

/**
 * zod schema of what to do when a line goes over what it has: `stop` (an error finding an app
 * should block on), `warn` (a warning) or `ignore` (no finding).
 *
 * @example
 * ```ts
 * import { OverrunActionSchema } from "iacml/budget";
 * OverrunActionSchema.parse("stop");
 * ```
 */
export const OverrunActionSchema = z.enum(["stop", "warn", "ignore"]);

/**
 * Stop, warn or ignore.
 *
 * @example
 * ```ts
 * import type { OverrunAction } from "iacml/budget";
 * const action: OverrunAction = "warn";
 * ```
 */
export type OverrunAction = z.output<typeof OverrunActionSchema>;

/**
 * zod schema of a line's overrun policy, per measure: `commitments` (open commitments exceed
 * what is left after spending), `spending` (spending exceeds the approved amount), `both`
 * (spending plus open commitments exceed it), `approval` (an amendment that leaves the line's
 * approved amount below zero, or a reallocation that moves out of the line more than it has
 * left) and `period` (an entry charged to the line dated outside the plan's period). A missing
 * measure falls back to the plan's policy, then to {@link defaultLinePolicy}.
 *
 * @example
 * ```ts
 * import { LinePolicySchema } from "iacml/budget";
 * LinePolicySchema.parse({ spending: "stop", commitments: "warn", period: "warn" });
 * ```
 */
export const LinePolicySchema = z.object({
  commitments: OverrunActionSchema.optional(),
  spending: OverrunActionSchema.optional(),
  both: OverrunActionSchema.optional(),
  approval: OverrunActionSchema.optional(),
  period: OverrunActionSchema.optional(),
});

/**
 * A line's overrun policy.
 *
 * @example
 * ```ts
 * import type { LinePolicy } from "iacml/budget";
 * const strict: LinePolicy = { spending: "stop", both: "stop" };
 * ```
 */
export type LinePolicy = z.output<typeof LinePolicySchema>;

/**
 * zod schema of a budget line: id, title, the amount approved from the fund when the plan was
 * approved (later changes are ledger entries), the activities it funds (work-plan action ids),
 * its co-funders, an optional overrun policy and where the figures come from.
 *
 * @example
 * ```ts
 * import { BudgetLineSchema } from "iacml/budget";
 * BudgetLineSchema.parse({
 *   id: "p/l01", title: { en: "Workshop" }, approved: "10000.00", activities: [], coFunders: [],
 * });
 * ```
 */
export const BudgetLineSchema = z.object({
  id: IdSchema,
  title: LocalizedTextSchema,
  approved: MoneyTextSchema,
  activities: z.array(IdSchema),
  coFunders: z.array(BudgetCoFunderSchema),
  policy: LinePolicySchema.optional(),
  source: SourceRefSchema.optional(),
});

/**
 * A budget line.
 *
 * @example
 * ```ts
 * import type { BudgetLine } from "iacml/budget";
 * const line: BudgetLine = {
 *   id: "p/l01", title: { en: "Workshop" }, approved: "10000.00", activities: [], coFunders: [],
 * };
 * ```
 */
export type BudgetLine = z.output<typeof BudgetLineSchema>;

/**
 * zod schema of a budget plan: id, title, currency, period, the total it declares (checked
 * against its lines), its lines and a default overrun policy.
 *
 * @example
 * ```ts
 * import { BudgetPlanSchema } from "iacml/budget";
 * BudgetPlanSchema.parse({
 *   id: "p", title: { en: "Plan" }, currency: "USD",
 *   period: { start: "2022-01-01", end: "2024-12-31" }, declaredTotal: "10000.00",
 *   lines: [{ id: "p/l01", title: { en: "Workshop" }, approved: "10000.00", activities: [], coFunders: [] }],
 * });
 * ```
 */
export const BudgetPlanSchema = z.object({
  id: IdSchema,
  title: LocalizedTextSchema,
  currency: CurrencyCodeSchema,
  period: DateRangeSchema,
  declaredTotal: MoneyTextSchema,
  lines: z.array(BudgetLineSchema).min(1),
  policy: LinePolicySchema.optional(),
  sources: z.array(SourceRefSchema).optional(),
});

/**
 * A budget plan. Amounts are plain decimal strings in the plan's currency.
 *
 * @example
 * ```ts
 * import type { BudgetPlan } from "iacml/budget";
 * import { plainDate } from "iacml/core";
 * const plan: BudgetPlan = {
 *   id: "p", title: { en: "Plan" }, currency: "USD",
 *   period: { start: plainDate("2022-01-01"), end: plainDate("2024-12-31") },
 *   declaredTotal: "10000.00",
 *   lines: [{ id: "p/l01", title: { en: "Workshop" }, approved: "10000.00", activities: [], coFunders: [] }],
 * };
 * ```
 */
export type BudgetPlan = z.output<typeof BudgetPlanSchema>;
