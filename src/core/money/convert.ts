/**
 * Currency conversion with an explicit, dated and sourced exchange rate.
 * @module
 */
import { issueFactory } from "../issue.js";
import { coreMessages } from "../messages/core.js";
import { moneyMessages } from "../messages/money.js";
import { isPlainDate, type PlainDate } from "../plain-date.js";
import { fail, ok, type Issue, type Result } from "../result.js";
import { currencies, type CurrencyCode } from "./currencies.js";
import type { Amount } from "./decimal.js";
import { convertExactly } from "./minor-digits.js";
import { describeInput, readDecimal } from "./decimal-text.js";

const coreIssue = /* @__PURE__ */ issueFactory(coreMessages);
const moneyIssue = /* @__PURE__ */ issueFactory(moneyMessages);

/**
 * An amount in a currency.
 *
 * @example
 * ```ts
 * import { amount, type Money } from "iacml/core";
 * const contribution: Money = { amount: amount("15000.00"), currency: "USD" };
 * ```
 */
export interface Money {
  /** How much. */
  readonly amount: Amount;
  /** In which currency. */
  readonly currency: CurrencyCode;
}

/**
 * An exchange rate as a record of fact: how many units of `to` one unit of `from` buys, on which
 * date, according to which source. The library never looks a rate up; the caller supplies it.
 *
 * @example
 * ```ts
 * import { plainDate, type ExchangeRate } from "iacml/core";
 * const rate: ExchangeRate = {
 *   from: "USD", to: "MXN", rate: "17.0512", date: plainDate("2023-09-01"), source: "Banxico FIX",
 * };
 * ```
 */
export interface ExchangeRate {
  /** Currency converted from. */
  readonly from: CurrencyCode;
  /** Currency converted to. */
  readonly to: CurrencyCode;
  /** Units of `to` per unit of `from`: a positive decimal string or amount. */
  readonly rate: string | Amount;
  /** Date the rate applies to. */
  readonly date: PlainDate;
  /** Where the rate comes from (a central bank fixing, the OAS treasury, an invoice …). */
  readonly source: string;
}

/**
 * Converts an amount with an explicit exchange rate: `amount × rate`, computed exactly and then
 * rounded once to the target currency's minor units with round-half-even (banker's rounding:
 * 0.125 → 0.12, 0.135 → 0.14), so rounding many conversions has no upward bias.
 *
 * Fails with `core.currency-mismatch` when the amount's currency is not the rate's `from`,
 * `core.invalid-rate` when the rate is not a positive decimal, `core.unknown-currency` for a
 * code outside ISO 4217, `core.invalid-date` when the date is not a `PlainDate`, and
 * `core.invalid-amount` when the amount is not finite.
 *
 * @example
 * ```ts
 * import { amount, convert, plainDate } from "iacml/core";
 * const r = convert(
 *   { amount: amount("1000.00"), currency: "USD" },
 *   { from: "USD", to: "CLP", rate: "853.125", date: plainDate("2023-09-01"), source: "BCCh" },
 * );
 * if (r.ok) console.log(r.value.amount.toString(), r.value.currency); // "853125" "CLP"
 * ```
 */
export function convert(money: Money, rate: ExchangeRate): Result<Money> {
  const issues: Issue[] = [];
  const value = readDecimal(money.amount);
  if (value === undefined) {
    issues.push(coreIssue("core.invalid-amount", { input: describeInput(money.amount) }, { path: ["amount"] }));
  }
  if (money.currency !== rate.from) {
    issues.push(
      moneyIssue(
        "core.currency-mismatch",
        { actual: describeInput(money.currency), expected: describeInput(rate.from) },
        { path: ["currency"] },
      ),
    );
  }
  const target = Object.prototype.hasOwnProperty.call(currencies, rate.to) ? currencies[rate.to] : undefined;
  if (!target) {
    issues.push(coreIssue("core.unknown-currency", { input: describeInput(rate.to) }, { path: ["rate", "to"] }));
  }
  const factor = readDecimal(rate.rate);
  if (factor === undefined || !factor.isPositive() || factor.isZero()) {
    issues.push(moneyIssue("core.invalid-rate", { input: describeInput(rate.rate) }, { path: ["rate", "rate"] }));
  }
  if (!isPlainDate(rate.date)) {
    issues.push(coreIssue("core.invalid-date", { input: describeInput(rate.date) }, { path: ["rate", "date"] }));
  }
  if (issues.length > 0 || value === undefined || factor === undefined || !target) return fail(issues);

  return ok({ amount: convertExactly(value, factor, target.minorUnits), currency: rate.to });
}
