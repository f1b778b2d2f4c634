/**
 * The few operations on amounts the library needs beyond decimal.js's own methods.
 * @module
 */
import { MoneyDecimal, withoutNegativeZero, type Amount } from "./decimal.js";

/**
 * Adds amounts exactly (up to 40 significant digits in the result); the sum of no amounts is 0.
 *
 * @example
 * ```ts
 * import { amount, sumAmounts } from "iacml/core";
 * sumAmounts([amount("0.10"), amount("0.20")]).toString(); // "0.3"
 * sumAmounts([]).toString(); // "0"
 * ```
 */
export function sumAmounts(amounts: readonly Amount[]): Amount {
  let total = new MoneyDecimal(0);
  for (const value of amounts) total = total.plus(value);
  return withoutNegativeZero(total);
}

/**
 * Compares two amounts by value: `-1` when `a < b`, `0` when equal (`1.5` equals `1.50`), `1`
 * when `a > b`. Usable as an `Array.prototype.sort` comparator.
 *
 * @example
 * ```ts
 * import { amount, compareAmounts } from "iacml/core";
 * compareAmounts(amount("1.5"), amount("1.50")); // 0
 * [amount("3"), amount("-1")].sort(compareAmounts).map(String); // ["-1", "3"]
 * ```
 */
export function compareAmounts(a: Amount, b: Amount): -1 | 0 | 1 {
  const order = new MoneyDecimal(a).comparedTo(b);
  return order < 0 ? -1 : order > 0 ? 1 : 0;
}

/**
 * Whether an amount is zero (`0`, `0.00` and `-0` all are).
 *
 * @example
 * ```ts
 * import { amount, isZero } from "iacml/core";
 * isZero(amount("0.00")); // true
 * ```
 */
export function isZero(value: Amount): boolean {
  return value.isZero();
}
