/**
 * The private decimal.js constructor every amount is made with.
 * @module
 */
import Decimal from "decimal.js";

/**
 * The library's own decimal.js constructor, a `Decimal.clone()` with fixed settings, so amounts
 * never read or change the host app's global `Decimal` configuration:
 *
 * - `precision: 40` significant digits: sums, differences and products of amounts stay exact as
 *   long as the result needs at most 40 digits (far beyond any budget).
 * - `rounding: ROUND_HALF_EVEN` (banker's rounding): when a result must be rounded (a currency
 *   conversion to the target's minor units), ties go to the even digit, so rounding many values
 *   has no upward bias. This is the IEEE 754 default and the usual rule in accounting software.
 * - `toExpNeg`/`toExpPos` at their widest, so `toString()` never uses exponent notation.
 *
 * The constructor is frozen: calling its `set` method throws a `TypeError`, so no code can change
 * these settings for everyone else. Use `MoneyDecimal.clone()` for different settings.
 *
 * @example
 * ```ts
 * import { MoneyDecimal } from "iacml/core";
 * new MoneyDecimal("0.1").plus("0.2").toString(); // "0.3"
 * ```
 */
export const MoneyDecimal: typeof Decimal = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ Decimal.clone({
    precision: 40,
    rounding: Decimal.ROUND_HALF_EVEN,
    toExpNeg: -9e15,
    toExpPos: 9e15,
  }),
);

/**
 * An exact decimal amount: an instance of {@link MoneyDecimal}. Obtain one with
 * {@link parseAmount} (untrusted input) or {@link amount} (a literal you know is right).
 *
 * @example
 * ```ts
 * import { amount, type Amount } from "iacml/core";
 * const total: Amount = amount("105000.00");
 * ```
 */
export type Amount = InstanceType<typeof MoneyDecimal>;

/**
 * Whether a value is an {@link Amount} made by this library's {@link MoneyDecimal} (a `Decimal`
 * from another constructor would compute with that constructor's settings, so it is not one).
 *
 * @example
 * ```ts
 * import { amount, isAmount } from "iacml/core";
 * isAmount(amount("1.50")); // true
 * isAmount("1.50"); // false
 * ```
 */
export function isAmount(value: unknown): value is Amount {
  return value instanceof MoneyDecimal && value.constructor === MoneyDecimal && value.isFinite();
}

/** Turns negative zero into zero, so `-0` never shows up as a share or a sum. */
export function withoutNegativeZero(value: Amount): Amount {
  return value.isZero() && value.isNegative() ? new MoneyDecimal(0) : value;
}
