/**
 * Reads a decimal from a string, a number or a Decimal without ever doing float arithmetic.
 * Internal: shared by amount parsing and allocation ratios.
 * @module
 */
import Decimal from "decimal.js";
import { MoneyDecimal, withoutNegativeZero, type Amount } from "./decimal.js";

/** Most digits a decimal string may carry: the precision of {@link MoneyDecimal}. */
export const MAX_DECIMAL_DIGITS = 40;

const DECIMAL_TEXT = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;

/** Most significant digits a fractional double is guaranteed to carry exactly (DBL_DIG). */
export const MAX_EXACT_FRACTION_DIGITS = 15;

/** Why a JSON number cannot stand for an amount exactly. */
export type InexactNumberReason = "not-finite" | "unsafe-integer" | "too-many-decimals" | "too-many-digits";

/**
 * The one rule for money written as a JSON number, shared by `parseAmount` and the budget
 * parsers: the number must stand for exactly one decimal. An integer must be a safe integer
 * (`Number.isSafeInteger`: `9007199254740993` arrives as `9007199254740992` and is refused); a
 * fraction is read through its shortest round-trip string, which must have at most
 * `maxDecimals` decimals (when given) and at most 15 significant digits (beyond that two
 * different decimals can share one double: `1234567890123456.78` arrives as
 * `1234567890123456.8`). Gives the plain decimal text (never an exponent) or the reason.
 */
export function exactNumberText(
  value: number,
  maxDecimals?: number,
): { readonly text: string } | { readonly reason: InexactNumberReason } {
  if (!Number.isFinite(value)) return { reason: "not-finite" };
  if (Number.isInteger(value)) {
    if (!Number.isSafeInteger(value)) return { reason: "unsafe-integer" };
    return { text: String(value === 0 ? 0 : value) };
  }
  // String(n) is the shortest text that reads back as n; it may use an exponent (1e-7).
  const shortest = String(value);
  const [mantissa = "", exponentText] = shortest.replace("-", "").split("e");
  const exponent = exponentText === undefined ? 0 : Number(exponentText);
  const [whole = "", fraction = ""] = mantissa.split(".");
  const decimals = Math.max(0, fraction.length - exponent);
  if (maxDecimals !== undefined && decimals > maxDecimals) return { reason: "too-many-decimals" };
  const significant = (whole + fraction).replace(/^0+/, "").length;
  if (significant > MAX_EXACT_FRACTION_DIGITS) return { reason: "too-many-digits" };
  return { text: new MoneyDecimal(shortest).toFixed() };
}

/**
 * Reads `input` as an exact decimal: a plain decimal string (`"10000.00"`, `"-5.5"`; no
 * exponent, no grouping, no spaces, no leading zeros), a finite number within the safe integer
 * range (converted through its shortest round-trip string, so `0.1` reads as exactly 0.1), or a
 * finite `Decimal` from any decimal.js constructor. Anything else gives `undefined`. With
 * `exactNumbers`, a number must also pass {@link exactNumberText} (amounts); without it (ratios)
 * any finite number within the safe range is read through its shortest string.
 */
export function readDecimal(input: unknown, exactNumbers = false): Amount | undefined {
  if (typeof input === "string") {
    if (!DECIMAL_TEXT.test(input) || input.replace(/[-.]/g, "").length > MAX_DECIMAL_DIGITS) {
      return undefined;
    }
    return withoutNegativeZero(new MoneyDecimal(input));
  }
  if (typeof input === "number") {
    if (exactNumbers) {
      const exact = exactNumberText(input);
      return "text" in exact ? withoutNegativeZero(new MoneyDecimal(exact.text)) : undefined;
    }
    if (!Number.isFinite(input) || Math.abs(input) > Number.MAX_SAFE_INTEGER) return undefined;
    // String(n) is the shortest text that reads back as n; it may use an exponent (1e-7).
    return withoutNegativeZero(new MoneyDecimal(String(input)));
  }
  if (Decimal.isDecimal(input)) {
    const value = input as Decimal;
    if (!value.isFinite() || value.precision() > MAX_DECIMAL_DIGITS) return undefined;
    return withoutNegativeZero(new MoneyDecimal(value));
  }
  return undefined;
}

/** A short text naming an unusable input in an issue's params. */
export function describeInput(input: unknown): string {
  if (typeof input === "string") return input.length > 60 ? `${input.slice(0, 57)}...` : input;
  if (typeof input === "number" || typeof input === "bigint" || typeof input === "boolean") {
    return String(input);
  }
  try {
    if (Decimal.isDecimal(input)) return (input as Decimal).toString();
  } catch {
    // A Proxy or a throwing getter: describe it by its type only.
  }
  return input === null ? "null" : typeof input;
}
