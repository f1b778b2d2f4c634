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

/**
 * Reads `input` as an exact decimal: a plain decimal string (`"10000.00"`, `"-5.5"`; no
 * exponent, no grouping, no spaces, no leading zeros), a finite number within the safe integer
 * range (converted through its shortest round-trip string, so `0.1` reads as exactly 0.1), or a
 * finite `Decimal` from any decimal.js constructor. Anything else gives `undefined`.
 */
export function readDecimal(input: unknown): Amount | undefined {
  if (typeof input === "string") {
    if (!DECIMAL_TEXT.test(input) || input.replace(/[-.]/g, "").length > MAX_DECIMAL_DIGITS) {
      return undefined;
    }
    return withoutNegativeZero(new MoneyDecimal(input));
  }
  if (typeof input === "number") {
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
  if (Decimal.isDecimal(input)) return (input as Decimal).toString();
  return input === null ? "null" : typeof input;
}
