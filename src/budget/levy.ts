/**
 * Receiving a contribution into the fund with the percentage for operations deducted.
 * @module
 */
import type { PlainDate } from "../core/plain-date.js";
import type { Issue, Result } from "../core/result.js";
import { issueFactory } from "../core/issue.js";
import { coreMessages, typeWords } from "../core/messages/core.js";
import { describeType } from "../core/limits.js";
import { checkPlainDateOption } from "../core/options.js";
import { catchToResult, snapshotUntrusted } from "../core/untrusted.js";
import { isCurrencyCode } from "../core/money/currency.js";
import { fail, ok } from "../core/result.js";
import { MoneyDecimal } from "../core/money/decimal.js";
import type { CurrencyCode } from "../core/money/currencies.js";
import { budgetIssue, digitsOf } from "./issues.js";
import type { ExchangeRateRecord, LedgerEntry } from "./ledger-schema.js";
import { minorToText, parseMinorUnits } from "./minor-units.js";

const coreIssue = /* @__PURE__ */ issueFactory(coreMessages);

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
 * The RIAL's percentage for operations: 11% of each new contribution that enters the RIAL
 * Fund, as a decimal string for {@link recordContribution}'s `levyRate` (its default).
 *
 * Source: the performance report of the IACML Work Plan 2022-2024 (September 2023, section
 * III.c) says the portfolio and newsletters are produced with "the percentage for operation
 * that can be deducted from the new contributions that enter the RIAL Fund", without stating
 * the figure. The OAS General Secretariat's Indirect Cost Recovery (ICR) policy sets such
 * percentages for specific funds (General Standards, Article 80; CP/RES. 996 (1832/11), 9
 * December 2011: http://www.oas.org/consejo/resolutions/res996.asp; ICR Guidelines and
 * Procedures, EOSAF/116-07, December 2007), but no document this library was built from
 * states 11%: the figure is the project's working assumption. Pass the rate of the RIAL Fund's
 * agreement when you know it.
 *
 * @example
 * ```ts
 * import { RIAL_OPERATIONS_LEVY } from "iacml/budget";
 * RIAL_OPERATIONS_LEVY; // "0.11"
 * ```
 */
export const RIAL_OPERATIONS_LEVY = "0.11";

/**
 * A contribution to record, and the levy to deduct from it.
 *
 * @example
 * ```ts
 * import type { ContributionInput } from "iacml/budget";
 * import { plainDate } from "iacml/core";
 * const c: ContributionInput = {
 *   id: "c-2023-us", contributor: "US", amount: "25000.00", currency: "USD", planCurrency: "USD",
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
  /**
   * The plan's currency, which the levy entry is written in. When `currency` differs, an
   * `exchangeRate` from `currency` to it is required.
   */
  readonly planCurrency: CurrencyCode;
  /** Share deducted for operations, a decimal string from 0 to 1; default {@link RIAL_OPERATIONS_LEVY}. */
  readonly levyRate?: string;
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
 * levy is `gross × rate` rounded once to the plan currency's minor units, so gross = levy + net
 * exactly. For a contribution in another currency than `planCurrency`, an `exchangeRate` from
 * the contribution's currency to the plan's is required (`budget.missing-exchange-rate`,
 * `budget.exchange-rate-mismatch`, `budget.invalid-exchange-rate` otherwise) and the levy is
 * computed on the converted gross. Fails with `budget.invalid-levy-rate` for a rate outside
 * 0-1, `budget.invalid-amount` for an amount that is not positive or has too many decimals,
 * `core.unknown-currency` and `core.invalid-date-option` for a currency or a date that is not
 * one (checked at run time), and `budget.invalid-entry` when `input` is not an object (null,
 * say). Never throws.
 *
 * @example
 * ```ts
 * import { recordContribution } from "iacml/budget";
 * import { plainDate } from "iacml/core";
 * const r = recordContribution({
 *   id: "c1", contributor: "CA", amount: "10000.05", currency: "USD", planCurrency: "USD",
 *   valueDate: plainDate("2023-02-01"), recordedDate: plainDate("2023-02-01"),
 * });
 * if (r.ok) console.log(r.value.levy); // "1100.01"  (10000.05 × 0.11 = 1100.0055, half-even)
 * ```
 */
export function recordContribution(
  input: ContributionInput,
): Result<{ entries: [LedgerEntry, LedgerEntry]; gross: string; levy: string; net: string }> {
  return catchToResult(() => {
    const value: unknown = input;
    if (typeof value !== "object" || value === null || describeType(value) === "array") {
      const words = typeWords(describeType(value));
      const got = [words.typeName, words.typeNameEs];
      return fail([
        budgetIssue(
          "budget.invalid-entry",
          {
            detail: `recordContribution needs an object { id, contributor, amount, currency, planCurrency, valueDate, recordedDate }, got ${got[0]}`,
            detailEs: `recordContribution necesita un objeto { id, contributor, amount, currency, planCurrency, valueDate, recordedDate } y recibió ${got[1]}`,
          },
          { path: [] },
        ),
      ]);
    }
    const snapshot = snapshotUntrusted(value);
    return snapshot.ok ? record(snapshot.value as ContributionInput) : snapshot;
  }, "recordContribution");
}

function record(
  input: ContributionInput,
): Result<{ entries: [LedgerEntry, LedgerEntry]; gross: string; levy: string; net: string }> {
  const issues: Issue[] = [];
  for (const name of ["valueDate", "recordedDate"] as const) {
    const issue = checkPlainDateOption(input[name], name);
    if (issue) issues.push(issue);
  }
  for (const name of ["currency", "planCurrency"] as const) {
    if (!isCurrencyCode(input[name])) {
      issues.push(coreIssue("core.unknown-currency", { input: String(input[name]) }, { path: [name] }));
    }
  }
  const rateText = input.levyRate ?? RIAL_OPERATIONS_LEVY;
  const rate =
    typeof rateText === "string" && /^(?:0|1)(?:\.\d+)?$/.test(rateText) ? new MoneyDecimal(rateText) : undefined;
  if (rate === undefined || rate.greaterThan(1)) {
    issues.push(budgetIssue("budget.invalid-levy-rate", { input: String(rateText) }, { path: ["levyRate"] }));
  }
  if (issues.length > 0) return fail(issues);
  const own = digitsOf(input.currency);
  const units = typeof input.amount === "string" ? parseMinorUnits(input.amount, own) : undefined;
  if (units === undefined || units <= 0) {
    return fail([
      budgetIssue(
        "budget.invalid-amount",
        { input: String(input.amount), currency: input.currency, digits: own },
        { path: ["amount"] },
      ),
    ]);
  }
  let gross = new MoneyDecimal(input.amount);
  const currency = input.planCurrency;
  const exchange = input.exchangeRate;
  const params = { entry: input.id, currency: input.currency, planCurrency: currency };
  if (input.currency !== currency) {
    if (exchange === undefined) {
      return fail([budgetIssue("budget.missing-exchange-rate", params, { path: ["exchangeRate"] })]);
    }
    if (exchange.from !== input.currency || exchange.to !== currency) {
      return fail([budgetIssue("budget.exchange-rate-mismatch", params, { path: ["exchangeRate"] })]);
    }
    if (
      typeof exchange.rate !== "string" ||
      !/^(?:0|[1-9]\d*)(?:\.\d+)?$/.test(exchange.rate) ||
      !/[1-9]/.test(exchange.rate)
    ) {
      return fail([
        budgetIssue(
          "budget.invalid-exchange-rate",
          { entry: input.id, rate: String(exchange.rate) },
          { path: ["exchangeRate", "rate"] },
        ),
      ]);
    }
    gross = gross.times(exchange.rate).toDecimalPlaces(digitsOf(currency), MoneyDecimal.ROUND_HALF_EVEN);
  } else if (exchange !== undefined) {
    return fail([budgetIssue("budget.exchange-rate-mismatch", params, { path: ["exchangeRate"] })]);
  }
  const digits = digitsOf(currency);
  const levy = gross
    .times(rate!)
    .toDecimalPlaces(digits, ROUNDING[input.rounding ?? "half-even"] ?? MoneyDecimal.ROUND_HALF_EVEN);
  const base = { valueDate: input.valueDate, recordedDate: input.recordedDate };
  const levyText = levy.toFixed(digits);
  const contribution: LedgerEntry = {
    type: "contribution-received",
    id: input.id,
    ...base,
    contributor: input.contributor,
    amount: minorToText(BigInt(units), own),
    currency: input.currency,
    ...(exchange === undefined ? {} : { exchangeRate: exchange }),
  };
  const levyEntry: LedgerEntry = {
    type: "operations-levy",
    id: `${input.id}/levy`,
    ...base,
    contribution: input.id,
    amount: levyText,
  };
  return ok({
    entries: [contribution, levyEntry],
    gross: gross.toFixed(digits),
    levy: levyText,
    net: gross.minus(levy).toFixed(digits),
  });
}
