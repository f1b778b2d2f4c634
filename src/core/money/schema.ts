/**
 * zod schemas for amounts, currency codes and money. In their own file so that code using
 * amounts without schemas does not pull zod into a bundle.
 * @module
 */
import * as z from "zod";
import { amountToJson, parseAmount } from "./amount.js";
import type { CurrencyCode } from "./currencies.js";
import { isCurrencyCode } from "./currency.js";
import { isAmount, type Amount } from "./decimal.js";
import type { Money } from "./convert.js";

/**
 * zod codec between JSON and an exact {@link Amount}: it decodes a decimal string or a safe
 * number (by the rules of {@link parseAmount}) and encodes back to a plain decimal string.
 *
 * @example
 * ```ts
 * import * as z from "zod";
 * import { AmountSchema } from "iacml/core";
 * const a = AmountSchema.parse("10000.00"); // Amount 10000
 * z.encode(AmountSchema, a); // "10000"
 * AmountSchema.safeParse("1,000").success; // false
 * ```
 */
export const AmountSchema = /* @__PURE__ */ z.codec(
  z.union([z.string(), z.number()]),
  z.custom<Amount>(isAmount, { message: "Expected an Amount" }),
  {
    decode: (value, ctx) => {
      const result = parseAmount(value);
      if (result.ok) return result.value;
      for (const issue of result.issues) {
        ctx.issues.push({ code: "custom", message: issue.message, input: value, params: { code: issue.code } });
      }
      return z.NEVER;
    },
    encode: (value) => amountToJson(value),
  },
);

/**
 * zod schema of an active ISO 4217 currency code with minor units, in upper case.
 *
 * @example
 * ```ts
 * import { CurrencyCodeSchema } from "iacml/core";
 * CurrencyCodeSchema.parse("USD");
 * CurrencyCodeSchema.safeParse("usd").success; // false
 * ```
 */
export const CurrencyCodeSchema: z.ZodType<CurrencyCode, string> = /* @__PURE__ */ z
  .string()
  .refine(isCurrencyCode, { message: "Expected an active ISO 4217 currency code" }) as never;

/**
 * {@link Money} as JSON: the amount as a decimal string (or a safe number, on input) and the
 * currency code.
 *
 * @example
 * ```ts
 * import type { MoneyJson } from "iacml/core";
 * const contribution: MoneyJson = { amount: "15000.00", currency: "USD" };
 * ```
 */
export interface MoneyJson {
  /** The amount: a plain decimal string, or a safe finite number on input. */
  readonly amount: string | number;
  /** An ISO 4217 code in upper case. */
  readonly currency: string;
}

/**
 * zod codec of {@link Money} as JSON `{ amount: "15000.00", currency: "USD" }`: the amount may
 * carry no more decimals than the currency's minor units, and encodes with exactly that many.
 *
 * @example
 * ```ts
 * import * as z from "zod";
 * import { MoneySchema } from "iacml/core";
 * const m = MoneySchema.parse({ amount: "15000", currency: "USD" });
 * z.encode(MoneySchema, m); // { amount: "15000.00", currency: "USD" }
 * MoneySchema.safeParse({ amount: "1.5", currency: "JPY" }).success; // false
 * ```
 */
export const MoneySchema: z.ZodType<Money, MoneyJson> = /* @__PURE__ */ z.codec(
  z.object({ amount: z.union([z.string(), z.number()]), currency: CurrencyCodeSchema }),
  z.custom<Money>(
    (value) => {
      const money = value as Partial<Money> | null;
      return typeof money === "object" && money !== null && isAmount(money.amount) && isCurrencyCode(money.currency);
    },
    { message: "Expected Money" },
  ),
  {
    decode: (value, ctx) => {
      const result = parseAmount(value.amount, value.currency);
      if (result.ok) return { amount: result.value, currency: value.currency };
      for (const issue of result.issues) {
        ctx.issues.push({
          code: "custom",
          message: issue.message,
          input: value.amount,
          path: ["amount"],
          params: { code: issue.code },
        });
      }
      return z.NEVER;
    },
    encode: (value) => ({ amount: amountToJson(value.amount, value.currency), currency: value.currency }),
  },
);
