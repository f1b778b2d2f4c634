/**
 * Amounts from untrusted input and to JSON.
 * @module
 */
import { issueFactory } from "../issue.js";
import { coreMessages } from "../messages/core.js";
import { fail, ok, type Result } from "../result.js";
import type { Amount } from "./decimal.js";
import { describeInput, readDecimal } from "./decimal-text.js";
import { currencies, type CurrencyCode } from "./currencies.js";
import { formatAmount } from "./format.js";

const coreIssue = /* @__PURE__ */ issueFactory(coreMessages);

/**
 * Reads an exact {@link Amount} from untrusted input, never through float arithmetic.
 *
 * Accepted: a plain decimal string (`"10000.00"`, `"-5.5"`, `"0.1"`), at most 40 digits; a
 * finite number within the safe integer range, read through its shortest round-trip string (so
 * `0.1` is exactly 0.1); a finite `Decimal` from any decimal.js constructor. Rejected with
 * `core.invalid-amount`: `NaN`, `Infinity`, unsafe integers such as `2 ** 53`, exponents
 * (`"1e5"`), grouping (`"1,000"`), spaces, a leading `+`, leading zeros (`"007"`), `".5"`, `"5."`
 * and any other type. With a `currency`, more decimals than its minor units fail with
 * `core.too-many-decimals`; trailing zeros do not count (`"7.00"` passes for JPY, `"7.50"` does
 * not). `-0` reads as `0`.
 *
 * @example
 * ```ts
 * import { parseAmount } from "iacml/core";
 * parseAmount("10000.00", "USD"); // { ok: true, value: 10000 }
 * parseAmount("1,000").ok; // false: core.invalid-amount
 * parseAmount("5.125", "USD").ok; // false: core.too-many-decimals
 * parseAmount(0.1 + 0.2, "USD").ok; // false: 0.30000000000000004 has 17 decimals
 * ```
 */
export function parseAmount(input: unknown, currency?: CurrencyCode): Result<Amount> {
  const span = typeof input === "string" ? { start: 0, end: input.length } : undefined;
  const value = readDecimal(input);
  if (value === undefined) {
    return fail([coreIssue("core.invalid-amount", { input: describeInput(input) }, span ? { span } : {})]);
  }
  if (currency === undefined) return ok(value);
  const info = Object.prototype.hasOwnProperty.call(currencies, currency) ? currencies[currency] : undefined;
  if (!info) return fail([coreIssue("core.unknown-currency", { input: describeInput(currency) })]);
  if (value.decimalPlaces() <= info.minorUnits) return ok(value);
  const extra =
    typeof input === "string"
      ? { span: { start: input.indexOf(".") + 1 + info.minorUnits, end: input.length } }
      : {};
  return fail([
    coreIssue(
      "core.too-many-decimals",
      { input: describeInput(input), currency, digits: info.minorUnits },
      extra,
    ),
  ]);
}

/**
 * Makes an {@link Amount} from a literal you know is right; throws a `RangeError` otherwise
 * (use {@link parseAmount} for untrusted input).
 *
 * @example
 * ```ts
 * import { amount } from "iacml/core";
 * const planTotal = amount("105000.00");
 * amount(2500); // 2500
 * ```
 */
export function amount(literal: string | number): Amount {
  const result = parseAmount(literal);
  if (!result.ok) throw new RangeError(result.issues[0]!.message);
  return result.value;
}

/**
 * Writes an amount as its JSON string: a plain decimal, with exactly the currency's minor units
 * when a currency is given (`"10000.00"` for USD, `"1500"` for JPY). It never rounds: an amount
 * finer than the currency's minor unit keeps its extra decimals (check with
 * {@link parseAmount} first if that must not happen).
 *
 * @example
 * ```ts
 * import { amount, amountToJson } from "iacml/core";
 * amountToJson(amount("10000"), "USD"); // "10000.00"
 * amountToJson(amount("1500"), "JPY"); // "1500"
 * amountToJson(amount("2.5")); // "2.5"
 * ```
 */
export function amountToJson(value: Amount, currency?: CurrencyCode): string {
  return formatAmount(value, currency === undefined ? 0 : (currencies[currency]?.minorUnits ?? 0));
}
