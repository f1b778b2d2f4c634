/**
 * Receiving a contribution into the fund with the percentage for operations deducted.
 * @module
 */
import type { PlainDate } from "../core/plain-date.js";
import type { Result } from "../core/result.js";
import { fail, ok } from "../core/result.js";
import { MoneyDecimal } from "../core/money/decimal.js";
import type { CurrencyCode } from "../core/money/currencies.js";
import { budgetIssue, digitsOf } from "./issues.js";
import type { ExchangeRateRecord, LedgerEntry } from "./ledger-schema.js";
import { minorToText, parseMinorUnits } from "./minor-units.js";

/**
 * How a levy is rounded to minor units: `half-even` (banker's rounding, the default), `half-up`,
 * `down` (toward zero: the fund keeps any fraction) or `up` (away from zero).
 *
 * @example
 * ```ts
 * import type { LevyRounding } from "iacml/budget";
 * const r: LevyRounding = "down";
 * ```
 */
export type LevyRounding = "half-even" | "half-up" | "down" | "up";

/**
 * A contribution to record, and the levy to deduct from it.
 *
 * @example
 * ```ts
 * import type { ContributionInput } from "iacml/budget";
 * import { plainDate } from "iacml/core";
 * const c: ContributionInput = {
 *   id: "c-2023-us", contributor: "US", amount: "25000.00", currency: "USD",
 *   valueDate: plainDate("2023-03-01"), recordedDate: plainDate("2023-03-03"),
 *   levyRate: "0.11",
 * };
 * ```
 */
export interface ContributionInput {
  /** Id of the contribution entry; the levy entry gets `${id}/levy`. */
  readonly id: string;
  /** Who contributes (member state code or organization id). */
  readonly contributor: string;
  /** Gross amount, a decimal string in `currency`. */
  readonly amount: string;
  /** Currency of the contribution. */
  readonly currency: CurrencyCode;
  /** Exchange rate record into the plan's currency, when `currency` is not the plan's. */
  readonly exchangeRate?: ExchangeRateRecord;
  /** When the money entered the fund. */
  readonly valueDate: PlainDate;
  /** When it was recorded. */
  readonly recordedDate: PlainDate;
  /** Share deducted for operations, a decimal string from 0 to 1 (`"0.11"`). */
  readonly levyRate: string;
  /** Rounding of the levy to the currency's minor units (default `half-even`). */
  readonly rounding?: LevyRounding;
}

const ROUNDING = {
  "half-even": MoneyDecimal.ROUND_HALF_EVEN,
  "half-up": MoneyDecimal.ROUND_HALF_UP,
  down: MoneyDecimal.ROUND_DOWN,
  up: MoneyDecimal.ROUND_UP,
} as const;

/**
 * The two ledger entries of a contribution received into the fund: the gross contribution and
 * the percentage for operations deducted from it, as a separate `operations-levy` entry. The
 * levy is `gross × rate` rounded once to the currency's minor units, so gross = levy + net
 * exactly. For a contribution in another currency, the levy is computed on the gross converted
 * with its rate record (in the plan's currency, which the rate's `to` names). Fails with
 * `budget.invalid-levy-rate` for a rate outside 0-1 and `budget.invalid-amount` for an amount
 * that is not positive or has too many decimals.
 *
 * @example
 * ```ts
 * import { recordContribution } from "iacml/budget";
 * import { plainDate } from "iacml/core";
 * const r = recordContribution({
 *   id: "c1", contributor: "CA", amount: "10000.05", currency: "USD",
 *   valueDate: plainDate("2023-02-01"), recordedDate: plainDate("2023-02-01"), levyRate: "0.11",
 * });
 * if (r.ok) console.log(r.value.levy); // "1100.01"  (10000.05 × 0.11 = 1100.0055, half-even)
 * ```
 */
export function recordContribution(
  input: ContributionInput,
): Result<{ entries: [LedgerEntry, LedgerEntry]; gross: string; levy: string; net: string }> {
  const rateText = input.levyRate;
  const rate = /^(?:0|1)(?:\.\d+)?$/.test(rateText) ? new MoneyDecimal(rateText) : undefined;
  if (rate === undefined || rate.greaterThan(1)) {
    return fail([budgetIssue("budget.invalid-levy-rate", { input: String(rateText) }, { path: ["levyRate"] })]);
  }
  const own = digitsOf(input.currency);
  const units = parseMinorUnits(input.amount, own);
  if (units === undefined || units <= 0) {
    return fail([budgetIssue("budget.invalid-amount", { input: String(input.amount), currency: input.currency, digits: own }, { path: ["amount"] })]);
  }
  let gross = new MoneyDecimal(input.amount);
  let currency = input.currency;
  if (input.exchangeRate !== undefined && input.exchangeRate.from === input.currency) {
    currency = input.exchangeRate.to;
    gross = gross.times(input.exchangeRate.rate).toDecimalPlaces(digitsOf(currency), MoneyDecimal.ROUND_HALF_EVEN);
  }
  const digits = digitsOf(currency);
  const levy = gross.times(rate).toDecimalPlaces(digits, ROUNDING[input.rounding ?? "half-even"]);
  const base = { valueDate: input.valueDate, recordedDate: input.recordedDate };
  const levyText = levy.toFixed(digits);
  const contribution: LedgerEntry = {
    type: "contribution-received",
    id: input.id,
    ...base,
    contributor: input.contributor,
    amount: minorToText(BigInt(units), own),
    currency: input.currency,
    ...(input.exchangeRate === undefined ? {} : { exchangeRate: input.exchangeRate }),
  };
  const levyEntry: LedgerEntry = {
    type: "operations-levy",
    id: `${input.id}/levy`,
    ...base,
    contribution: input.id,
    amount: levyText,
    note: `Percentage for operations: ${rateText}`,
  };
  return ok({
    entries: [contribution, levyEntry],
    gross: gross.toFixed(digits),
    levy: levyText,
    net: gross.minus(levy).toFixed(digits),
  });
}
