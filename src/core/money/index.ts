/**
 * Exact money: amounts on a private decimal.js clone, ISO 4217 currencies, allocation by largest
 * remainder, conversion with explicit rates, and zod codecs. Each file imports only what it
 * needs, so `allocate` pulls neither zod nor the currency table into a bundle.
 * @module
 */
export {
  MoneyDecimal,
  isAmount,
  type Amount,
  type AmountInput,
  type AmountRounding,
  type MoneyDecimalConfig,
  type MoneyDecimalConstructor,
} from "./decimal.js";
export { parseAmount, amount, amountToJson } from "./amount.js";
export { formatAmount } from "./format.js";
export { sumAmounts, compareAmounts, isZero } from "./arithmetic.js";
export { allocate } from "./allocate.js";
export { currencies, type CurrencyCode, type CurrencyInfo } from "./currencies.js";
export { parseCurrency, isCurrencyCode, minorUnits } from "./currency.js";
export { convert, type Money, type ExchangeRate } from "./convert.js";
export { AmountSchema, CurrencyCodeSchema, MoneySchema, type MoneyJson } from "./schema.js";
