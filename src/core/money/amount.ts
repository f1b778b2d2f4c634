/**
 * Amounts from untrusted input and to JSON.
 * @module
 */
import { issueFactory } from "../issue.js";
import { coreMessages } from "../messages/core.js";
import { fail, ok, type Result } from "../result.js";
import type { Amount } from "./decimal.js";
import { describeInput, exactNumberText, readDecimal } from "./decimal-text.js";
import { limitsMessages } from "../messages/limits.js";
import { currencies, type CurrencyCode } from "./currencies.js";
import { formatAmount } from "./format.js";

const coreIssue = /* @__PURE__ */ issueFactory(coreMessages);
const limitIssue = /* @__PURE__ */ issueFactory(limitsMessages);

/**
 * Reads an exact {@link Amount} from untrusted input, never through float arithmetic.
 *
 * Accepted: a plain decimal string (`"10000.00"`, `"-5.5"`, `"0.1"`), at most 40 digits; a
 * number that stands for exactly one decimal (a safe integer, or a fraction whose shortest
 * round-trip string has at most 15 significant digits, so `0.1` is exactly 0.1); a finite
 * `Decimal` from any decimal.js constructor. Rejected with `core.invalid-amount`: `NaN`,
 * `Infinity`, unsafe integers such as `2 ** 53` or `9007199254740993` (which JSON reads as
 * `9007199254740992`), fractions with more than 15 significant digits
 * (`1234567890123456.78`, which reads as `1234567890123456.8`), exponents (`"1e5"`), grouping
 * (`"1,000"`), spaces, a leading `+`, leading zeros (`"007"`), `".5"`, `"5."` and any other
 * type. With a `currency`, more decimals than its minor units fail with
 * `core.too-many-decimals`; trailing zeros do not count (`"7.00"` passes for JPY, `"7.50"` does
 * not). `-0` reads as `0`. The budget plan and ledger parsers apply the same rule to JSON
 * numbers. Never throws: a Proxy or a throwing getter gives `core.unreadable-input`.
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
  try {
    return readAmount(input, currency);
  } catch (error) {
    // A Proxy or an object whose getters throw: unreadable, never an exception for the caller.
    const detail = error instanceof Error ? error.name : "exception";
    return fail([limitIssue("core.unreadable-input", { detail })]);
  }
}

function readAmount(input: unknown, currency?: CurrencyCode): Result<Amount> {
  const span = typeof input === "string" ? { start: 0, end: input.length } : undefined;
  const info =
    currency === undefined
      ? undefined
      : typeof currency === "string" && Object.prototype.hasOwnProperty.call(currencies, currency)
        ? currencies[currency]
        : null;
  if (info === null) return fail([coreIssue("core.unknown-currency", { input: describeInput(currency) })]);
  if (typeof input === "number" && info !== undefined) {
    const exact = exactNumberText(input, info.minorUnits);
    if ("reason" in exact && exact.reason === "too-many-decimals")
      return tooManyDecimals(input, currency!, info.minorUnits);
  }
  const value = readDecimal(input, true);
  if (value === undefined) {
    return fail([coreIssue("core.invalid-amount", { input: describeInput(input) }, span ? { span } : {})]);
  }
  if (info === undefined) return ok(value);
  if (value.decimalPlaces() <= info.minorUnits) return ok(value);
  return tooManyDecimals(input, currency!, info.minorUnits);
}

function tooManyDecimals(input: unknown, currency: CurrencyCode, digits: number): Result<Amount> {
  const info = { minorUnits: digits };
  const extra =
    typeof input === "string" ? { span: { start: input.indexOf(".") + 1 + info.minorUnits, end: input.length } } : {};
  return fail([
    coreIssue("core.too-many-decimals", { input: describeInput(input), currency, digits: info.minorUnits }, extra),
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
