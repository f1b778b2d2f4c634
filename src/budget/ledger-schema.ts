/**
 * The ledger: an append-only list of typed, dated entries that change or use the budget.
 * @module
 */
import * as z from "zod";
import { PlainDateSchema, PlainMonthSchema } from "../core/date-spec/schema.js";
import { IdSchema } from "../entities/common.js";
import { CurrencyCodeSchema } from "../core/money/schema.js";
import { MoneyTextSchema } from "./plan-schema.js";

/**
 * zod schema of a decision of the authorities: which body, by which instrument (a meeting, an
 * email consultation, a resolution …) and when (a day, or a month when the documents give only
 * the month).
 *
 * @example
 * ```ts
 * import { BudgetDecisionSchema } from "iacml/budget";
 * BudgetDecisionSchema.parse({ body: "IACML authorities", instrument: "email", date: "2022-08" });
 * ```
 */
export const BudgetDecisionSchema = z.object({
  body: z.string().min(1),
  instrument: z.string().min(1),
  date: z.union([PlainDateSchema, PlainMonthSchema]),
});

/**
 * A decision of the authorities.
 *
 * @example
 * ```ts
 * import type { BudgetDecision } from "iacml/budget";
 * import { plainMonth } from "iacml/core";
 * const byEmail: BudgetDecision = { body: "IACML authorities", instrument: "email", date: plainMonth("2022-08") };
 * ```
 */
export type BudgetDecision = z.output<typeof BudgetDecisionSchema>;

/**
 * zod schema of an exchange rate record: units of `to` per unit of `from` (a positive plain
 * decimal string: `"0"` and `"0.000"` are refused), its date and source.
 *
 * @example
 * ```ts
 * import { ExchangeRateSchema } from "iacml/budget";
 * ExchangeRateSchema.parse({ from: "CAD", to: "USD", rate: "0.7412", date: "2023-03-01", source: "OAS treasury" });
 * ```
 */
export const ExchangeRateSchema = z.object({
  from: CurrencyCodeSchema,
  to: CurrencyCodeSchema,
  // One pattern for "a positive plain decimal", so the published JSON Schema refuses "0" too.
  rate: z.string().regex(/^(?:[1-9]\d*(?:\.\d+)?|0\.\d*[1-9]\d*)$/, "Expected a positive decimal (not zero)"),
  date: PlainDateSchema,
  source: z.string().min(1),
});

/**
 * An exchange rate record as the ledger stores it.
 *
 * @example
 * ```ts
 * import type { ExchangeRateRecord } from "iacml/budget";
 * import { plainDate } from "iacml/core";
 * const rate: ExchangeRateRecord = { from: "CAD", to: "USD", rate: "0.7412", date: plainDate("2023-03-01"), source: "OAS treasury" };
 * ```
 */
export type ExchangeRateRecord = z.output<typeof ExchangeRateSchema>;

const entryBase = {
  id: IdSchema,
  valueDate: PlainDateSchema,
  recordedDate: PlainDateSchema,
  note: z.string().optional(),
};

const contributionFields = {
  contributor: z.string().min(1),
  amount: MoneyTextSchema,
  currency: CurrencyCodeSchema,
  exchangeRate: ExchangeRateSchema.optional(),
};

/**
 * zod schema of one ledger entry. Every entry has an `id`, a `valueDate` (when it takes effect)
 * and a `recordedDate` (when it was written down). The `type` says what it is:
 *
 * - `plan-approved`: the plan's lines take effect (the decision says who approved them);
 * - `line-amended`: a line's approved amount changes by a signed `amount`;
 * - `reallocation`: `moves` between lines that net to zero;
 * - `contribution-pledged` / `contribution-received`: money promised to / entering the fund, in
 *   any currency (with an exchange rate record when it is not the plan's); a pledge says
 *   `binding: true` when it is a firm, written obligation (an IATI Incoming Commitment) rather
 *   than an announcement (an IATI Incoming Pledge, the default);
 * - `operations-levy`: the percentage for operations deducted from a received contribution;
 * - `commitment`, `commitment-released`: money set aside on a line, and given back;
 * - `expenditure`: money spent on a line (`payment: "disbursement"` for a transfer to a partner
 *   who spends it), optionally settling a commitment;
 * - `refund`: money returned to the fund from a line's spending.
 *
 * @example
 * ```ts
 * import { LedgerEntrySchema } from "iacml/budget";
 * LedgerEntrySchema.parse({
 *   type: "expenditure", id: "e1", valueDate: "2023-05-10", recordedDate: "2023-05-12",
 *   line: "rial-2022-2024/l02", amount: "4200.00",
 * });
 * ```
 */
export const LedgerEntrySchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("plan-approved"), ...entryBase, decision: BudgetDecisionSchema }),
  z.object({
    type: z.literal("line-amended"),
    ...entryBase,
    line: IdSchema,
    amount: MoneyTextSchema,
    decision: BudgetDecisionSchema,
  }),
  z.object({
    type: z.literal("reallocation"),
    ...entryBase,
    moves: z.array(z.object({ line: IdSchema, amount: MoneyTextSchema })).min(2),
    decision: BudgetDecisionSchema,
  }),
  z.object({
    type: z.literal("contribution-pledged"),
    ...entryBase,
    ...contributionFields,
    binding: z.boolean().optional(),
  }),
  z.object({ type: z.literal("contribution-received"), ...entryBase, ...contributionFields }),
  z.object({ type: z.literal("operations-levy"), ...entryBase, contribution: IdSchema, amount: MoneyTextSchema }),
  z.object({
    type: z.literal("commitment"),
    ...entryBase,
    line: IdSchema,
    amount: MoneyTextSchema,
    payee: z.string().optional(),
  }),
  z.object({ type: z.literal("commitment-released"), ...entryBase, commitment: IdSchema, amount: MoneyTextSchema }),
  z.object({
    type: z.literal("expenditure"),
    ...entryBase,
    line: IdSchema,
    amount: MoneyTextSchema,
    commitment: IdSchema.optional(),
    payment: z.enum(["expenditure", "disbursement"]).optional(),
    payee: z.string().optional(),
  }),
  z.object({ type: z.literal("refund"), ...entryBase, line: IdSchema, amount: MoneyTextSchema }),
]);

/**
 * One ledger entry.
 *
 * @example
 * ```ts
 * import type { LedgerEntry } from "iacml/budget";
 * import { plainDate } from "iacml/core";
 * const spend: LedgerEntry = {
 *   type: "expenditure", id: "e1", valueDate: plainDate("2023-05-10"), recordedDate: plainDate("2023-05-12"),
 *   line: "rial-2022-2024/l02", amount: "4200.00",
 * };
 * ```
 */
export type LedgerEntry = z.output<typeof LedgerEntrySchema>;

/**
 * The type of a ledger entry.
 *
 * @example
 * ```ts
 * import type { LedgerEntryType } from "iacml/budget";
 * const t: LedgerEntryType = "commitment";
 * ```
 */
export type LedgerEntryType = LedgerEntry["type"];

/**
 * zod schema of a ledger: a list of entries (in any order).
 *
 * @example
 * ```ts
 * import { LedgerSchema } from "iacml/budget";
 * LedgerSchema.parse([]);
 * ```
 */
export const LedgerSchema = z.array(LedgerEntrySchema);

/**
 * A ledger.
 *
 * @example
 * ```ts
 * import type { Ledger } from "iacml/budget";
 * const empty: Ledger = [];
 * ```
 */
export type Ledger = z.output<typeof LedgerSchema>;
