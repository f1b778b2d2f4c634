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
export const MoneyDecimal: MoneyDecimalConstructor = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ Decimal.clone({
    precision: 40,
    rounding: Decimal.ROUND_HALF_EVEN,
    toExpNeg: -9e15,
    toExpPos: 9e15,
  }),
  // Declared with our own types, not decimal.js's class type: see `Amount` below.
) as unknown as MoneyDecimalConstructor;

/**
 * What the methods of an {@link Amount} and the {@link MoneyDecimal} constructor take: a decimal
 * string, a number, a bigint or another amount (or any decimal.js `Decimal`). Untrusted input goes
 * through {@link parseAmount} instead, which checks it.
 *
 * @example
 * ```ts
 * import { amount, type AmountInput } from "iacml/core";
 * const half = (value: AmountInput) => amount("1").times(value).div(2);
 * half("10.00").toFixed(2); // "5.00"
 * ```
 */
export type AmountInput = string | number | bigint | Amount;

/**
 * A rounding mode, as decimal.js numbers them: `MoneyDecimal.ROUND_UP` (0), `ROUND_DOWN` (1),
 * `ROUND_CEIL` (2), `ROUND_FLOOR` (3), `ROUND_HALF_UP` (4), `ROUND_HALF_DOWN` (5),
 * `ROUND_HALF_EVEN` (6, the default of amounts), `ROUND_HALF_CEIL` (7), `ROUND_HALF_FLOOR` (8).
 *
 * @example
 * ```ts
 * import { amount, MoneyDecimal, type AmountRounding } from "iacml/core";
 * const up: AmountRounding = MoneyDecimal.ROUND_HALF_UP;
 * amount("2.345").toFixed(2, up); // "2.35"
 * ```
 */
export type AmountRounding = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

/**
 * An exact decimal amount: an instance of {@link MoneyDecimal}. Obtain one with
 * {@link parseAmount} (untrusted input) or {@link amount} (a literal you know is right).
 *
 * At run time an amount is a decimal.js `Decimal` made by the library's private clone; its type
 * is this interface of our own, which declares the decimal.js methods that make sense for money
 * (arithmetic, comparison, rounding, formatting; not trigonometry or logarithms). The package's
 * declarations never name decimal.js's class type, so an `Amount` is the same real type in every
 * TypeScript setup (decimal.js describes its ES module with CommonJS declarations, which
 * `module: nodenext` reads as a namespace rather than a class). A `Decimal` of your own is
 * accepted wherever an `AmountInput` is.
 *
 * Every method returns a new amount; none changes the one it is called on.
 *
 * @example
 * ```ts
 * import { amount, type Amount } from "iacml/core";
 * const total: Amount = amount("105000.00");
 * total.div(3).toFixed(2); // "35000.00"
 * ```
 */
export interface Amount {
  /** The absolute value. */
  abs(): Amount;
  /** The absolute value (alias of `abs`). */
  absoluteValue(): Amount;
  /** Rounded to a whole number towards +Infinity. */
  ceil(): Amount;
  /** Rounded to a whole number towards -Infinity. */
  floor(): Amount;
  /** Rounded to a whole number with the constructor's rounding mode. */
  round(): Amount;
  /** Truncated to a whole number (towards zero). */
  trunc(): Amount;
  /** Truncated to a whole number (alias of `trunc`). */
  truncated(): Amount;
  /** This value clamped to the range `min`..`max`. */
  clamp(min: AmountInput, max: AmountInput): Amount;
  /** This value clamped to the range `min`..`max` (alias of `clamp`). */
  clampedTo(min: AmountInput, max: AmountInput): Amount;
  /** `1` if greater than `n`, `-1` if less, `0` if equal, `NaN` if either is NaN. */
  cmp(n: AmountInput): number;
  /** `1` if greater than `n`, `-1` if less, `0` if equal (alias of `cmp`). */
  comparedTo(n: AmountInput): number;
  /** The number of decimal places (`1.50` has 1: trailing zeros do not count). */
  decimalPlaces(): number;
  /** The number of decimal places (alias of `decimalPlaces`). */
  dp(): number;
  /** This value divided by `n`, rounded to the constructor's precision. */
  div(n: AmountInput): Amount;
  /** This value divided by `n` (alias of `div`). */
  dividedBy(n: AmountInput): Amount;
  /** The integer part of this value divided by `n`. */
  divToInt(n: AmountInput): Amount;
  /** The integer part of this value divided by `n` (alias of `divToInt`). */
  dividedToIntegerBy(n: AmountInput): Amount;
  /** Whether this value equals `n` (`1.5` equals `1.50`). */
  eq(n: AmountInput): boolean;
  /** Whether this value equals `n` (alias of `eq`). */
  equals(n: AmountInput): boolean;
  /** Whether this value is greater than `n`. */
  gt(n: AmountInput): boolean;
  /** Whether this value is greater than `n` (alias of `gt`). */
  greaterThan(n: AmountInput): boolean;
  /** Whether this value is greater than or equal to `n`. */
  gte(n: AmountInput): boolean;
  /** Whether this value is greater than or equal to `n` (alias of `gte`). */
  greaterThanOrEqualTo(n: AmountInput): boolean;
  /** Whether this value is less than `n`. */
  lt(n: AmountInput): boolean;
  /** Whether this value is less than `n` (alias of `lt`). */
  lessThan(n: AmountInput): boolean;
  /** Whether this value is less than or equal to `n`. */
  lte(n: AmountInput): boolean;
  /** Whether this value is less than or equal to `n` (alias of `lte`). */
  lessThanOrEqualTo(n: AmountInput): boolean;
  /** Whether this value is finite (every amount the library makes is). */
  isFinite(): boolean;
  /** Whether this value is a whole number. */
  isInteger(): boolean;
  /** Whether this value is a whole number (alias of `isInteger`). */
  isInt(): boolean;
  /** Whether this value is NaN. */
  isNaN(): boolean;
  /** Whether this value is negative (`-0` is). */
  isNegative(): boolean;
  /** Whether this value is negative (alias of `isNegative`). */
  isNeg(): boolean;
  /** Whether this value is positive (`0` is). */
  isPositive(): boolean;
  /** Whether this value is positive (alias of `isPositive`). */
  isPos(): boolean;
  /** Whether this value is zero or minus zero. */
  isZero(): boolean;
  /** This value minus `n`. */
  minus(n: AmountInput): Amount;
  /** This value minus `n` (alias of `minus`). */
  sub(n: AmountInput): Amount;
  /** The remainder of this value divided by `n`. */
  mod(n: AmountInput): Amount;
  /** The remainder of this value divided by `n` (alias of `mod`). */
  modulo(n: AmountInput): Amount;
  /** This value negated. */
  neg(): Amount;
  /** This value negated (alias of `neg`). */
  negated(): Amount;
  /** This value plus `n`. */
  plus(n: AmountInput): Amount;
  /** This value plus `n` (alias of `plus`). */
  add(n: AmountInput): Amount;
  /** This value times `n`. */
  times(n: AmountInput): Amount;
  /** This value times `n` (alias of `times`). */
  mul(n: AmountInput): Amount;
  /** This value raised to the power `n`. */
  pow(n: AmountInput): Amount;
  /** This value raised to the power `n` (alias of `pow`). */
  toPower(n: AmountInput): Amount;
  /** The number of significant digits (with `includeZeros`, the zeros of a whole number count). */
  precision(includeZeros?: boolean): number;
  /** The number of significant digits (alias of `precision`). */
  sd(includeZeros?: boolean): number;
  /** Rounded to `decimalPlaces` decimals (with the constructor's rounding, or `rounding`). */
  toDecimalPlaces(decimalPlaces?: number): Amount;
  /** Rounded to `decimalPlaces` decimals with `rounding`. */
  toDecimalPlaces(decimalPlaces: number, rounding: AmountRounding): Amount;
  /** Rounded to `decimalPlaces` decimals (alias of `toDecimalPlaces`). */
  toDP(decimalPlaces?: number): Amount;
  /** Rounded to `decimalPlaces` decimals with `rounding` (alias of `toDecimalPlaces`). */
  toDP(decimalPlaces: number, rounding: AmountRounding): Amount;
  /** Rounded to the nearest multiple of `n` (the minor unit: `amount("2.37").toNearest("0.05")`). */
  toNearest(n: AmountInput, rounding?: AmountRounding): Amount;
  /** Rounded to `significantDigits` significant digits. */
  toSignificantDigits(significantDigits?: number): Amount;
  /** Rounded to `significantDigits` significant digits with `rounding`. */
  toSignificantDigits(significantDigits: number, rounding: AmountRounding): Amount;
  /** Rounded to `significantDigits` significant digits (alias of `toSignificantDigits`). */
  toSD(significantDigits?: number): Amount;
  /** Rounded to `significantDigits` significant digits with `rounding` (alias of `toSignificantDigits`). */
  toSD(significantDigits: number, rounding: AmountRounding): Amount;
  /** Plain decimal text, with exactly `decimalPlaces` decimals when given: `"105000.00"`. */
  toFixed(decimalPlaces?: number): string;
  /** Plain decimal text with exactly `decimalPlaces` decimals, rounded with `rounding`. */
  toFixed(decimalPlaces: number, rounding: AmountRounding): string;
  /** Text with `significantDigits` significant digits. */
  toPrecision(significantDigits?: number): string;
  /** Text with `significantDigits` significant digits, rounded with `rounding`. */
  toPrecision(significantDigits: number, rounding: AmountRounding): string;
  /** Text in exponential notation (`"1.05e+5"`). */
  toExponential(decimalPlaces?: number): string;
  /** Text in exponential notation with `decimalPlaces` decimals, rounded with `rounding`. */
  toExponential(decimalPlaces: number, rounding: AmountRounding): string;
  /** The nearest JavaScript number (inexact beyond about 15 significant digits: for display only). */
  toNumber(): number;
  /** The plain decimal text (amounts never use exponent notation). */
  toString(): string;
  /** The plain decimal text, as `JSON.stringify` writes it. */
  toJSON(): string;
  /** The plain decimal text (so `${amount}` and `String(amount)` read well). */
  valueOf(): string;
}

/**
 * Settings of a decimal.js constructor, for {@link MoneyDecimalConstructor.clone}: significant
 * digits, rounding mode and the exponents beyond which `toString` uses exponent notation.
 *
 * @example
 * ```ts
 * import { MoneyDecimal, type MoneyDecimalConfig } from "iacml/core";
 * const wide: MoneyDecimalConfig = { precision: 60 };
 * MoneyDecimal.clone(wide).precision; // 60
 * ```
 */
export interface MoneyDecimalConfig {
  /** Significant digits of the results of arithmetic (1 to 1e9). */
  precision?: number;
  /** The default rounding mode. */
  rounding?: AmountRounding;
  /** The negative exponent at and below which `toString` uses exponent notation. */
  toExpNeg?: number;
  /** The positive exponent at and above which `toString` uses exponent notation. */
  toExpPos?: number;
  /** The smallest negative exponent before underflow to zero. */
  minE?: number;
  /** The largest positive exponent before overflow to Infinity. */
  maxE?: number;
}

/**
 * The type of {@link MoneyDecimal}: makes {@link Amount}s, states its settings and names the
 * rounding modes.
 *
 * @example
 * ```ts
 * import { MoneyDecimal, type MoneyDecimalConstructor } from "iacml/core";
 * const make: MoneyDecimalConstructor = MoneyDecimal;
 * new make("0.1").plus("0.2").toString(); // "0.3"
 * ```
 */
export interface MoneyDecimalConstructor {
  /** An amount of the given value (a decimal string, a number or another amount). */
  new (value: AmountInput): Amount;
  /** What every amount inherits from. */
  readonly prototype: Amount;
  /** Significant digits of the results of arithmetic: 40. */
  readonly precision: number;
  /** The default rounding mode: `ROUND_HALF_EVEN`. */
  readonly rounding: AmountRounding;
  /** The negative exponent at and below which `toString` uses exponent notation. */
  readonly toExpNeg: number;
  /** The positive exponent at and above which `toString` uses exponent notation. */
  readonly toExpPos: number;
  /** Away from zero. */
  readonly ROUND_UP: 0;
  /** Towards zero. */
  readonly ROUND_DOWN: 1;
  /** Towards +Infinity. */
  readonly ROUND_CEIL: 2;
  /** Towards -Infinity. */
  readonly ROUND_FLOOR: 3;
  /** To nearest; ties away from zero. */
  readonly ROUND_HALF_UP: 4;
  /** To nearest; ties towards zero. */
  readonly ROUND_HALF_DOWN: 5;
  /** To nearest; ties to the even neighbour (banker's rounding). */
  readonly ROUND_HALF_EVEN: 6;
  /** To nearest; ties towards +Infinity. */
  readonly ROUND_HALF_CEIL: 7;
  /** To nearest; ties towards -Infinity. */
  readonly ROUND_HALF_FLOOR: 8;
  /**
   * A new constructor with these settings changed (the others copied). Its values are not
   * {@link Amount}s for {@link isAmount}: they compute with other settings.
   */
  clone(config?: MoneyDecimalConfig): MoneyDecimalConstructor;
  /** Changes the settings of a clone; on {@link MoneyDecimal} itself it throws a `TypeError` (frozen). */
  set(config: MoneyDecimalConfig): MoneyDecimalConstructor;
}

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
