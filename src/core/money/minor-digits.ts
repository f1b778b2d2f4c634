/**
 * Minor-unit decimals of currency codes without the currency table, for code that only needs
 * the decimals (the budget's integer minor units), so that a bundle of it stays small.
 * Internal; a test checks it against the full table in `currencies.ts`.
 * @module
 */
import { MoneyDecimal, withoutNegativeZero, type Amount } from "./decimal.js";

/** The active ISO 4217 currencies whose minor unit is not 2 decimals. */
const NOT_TWO: Readonly<Record<string, number>> = {
  BHD: 3,
  BIF: 0,
  CLF: 4,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  IQD: 3,
  ISK: 0,
  JOD: 3,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  PYG: 0,
  RWF: 0,
  TND: 3,
  UGX: 0,
  UYI: 0,
  UYW: 4,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
};

/** The most minor-unit decimals any active currency has (4: CLF, UYW). */
export const MOST_MINOR_DIGITS = 4;

/** Decimals of a currency's minor unit; 2 for codes not in the exceptions (every other active code). */
export function minorDigitsOf(code: string): number {
  return Object.prototype.hasOwnProperty.call(NOT_TWO, code) ? NOT_TWO[code]! : 2;
}

/** Wide enough that the product of two amounts is never rounded before the final rounding. */
const WideDecimal = /* @__PURE__ */ MoneyDecimal.clone({ precision: 1000 });

/**
 * `value × factor` computed exactly, then rounded once to `digits` decimals half-even: the
 * arithmetic of `convert`, for callers that have checked the rate themselves.
 */
export function convertExactly(value: Amount, factor: Amount | string, digits: number): Amount {
  const converted = new WideDecimal(value).times(factor).toDecimalPlaces(digits, MoneyDecimal.ROUND_HALF_EVEN);
  return withoutNegativeZero(new MoneyDecimal(converted));
}
