/**
 * Amounts as plain decimal strings.
 * @module
 */
import { withoutNegativeZero, type Amount } from "./decimal.js";

/**
 * Writes an amount as a plain decimal string with at least `minDecimals` decimals
 * (`"10000.00"`), never in exponent notation. It never rounds: an amount with more decimals
 * than asked keeps them all, so no money disappears in formatting. Negative zero is written `0`.
 *
 * @example
 * ```ts
 * import { amount, formatAmount } from "iacml/core";
 * formatAmount(amount("10000"), 2); // "10000.00"
 * formatAmount(amount("-5.5"), 2); // "-5.50"
 * formatAmount(amount("1.234"), 2); // "1.234"
 * formatAmount(amount("7"), 0); // "7"
 * ```
 */
export function formatAmount(value: Amount, minDecimals = 0): string {
  const normalized = withoutNegativeZero(value);
  return normalized.toFixed(Math.max(Math.trunc(minDecimals), normalized.decimalPlaces(), 0));
}
