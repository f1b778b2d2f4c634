import { describe, expect, it } from "vitest";
import * as fc from "fast-check";
import Decimal from "decimal.js";
import {
  amount,
  convert,
  currencies,
  formatIssue,
  isCurrencyCode,
  minorUnits,
  parseCurrency,
  plainDate,
  type CurrencyCode,
  type ExchangeRate,
  type Money,
} from "iacml/core";

/** The currencies in use in the 35 OAS member states. */
const OAS_CURRENCIES = [
  "XCD",
  "ARS",
  "BSD",
  "BBD",
  "BZD",
  "BOB",
  "BRL",
  "CAD",
  "CLP",
  "COP",
  "CRC",
  "CUP",
  "DOP",
  "USD",
  "GTQ",
  "GYD",
  "HTG",
  "HNL",
  "JMD",
  "MXN",
  "NIO",
  "PAB",
  "PYG",
  "PEN",
  "SRD",
  "TTD",
  "UYU",
  "VES",
];

describe("currencies", () => {
  it("cover the OAS member states and the usual others", () => {
    for (const code of [...OAS_CURRENCIES, "EUR", "CHF", "GBP", "JPY", "CNY", "KRW"]) {
      expect(isCurrencyCode(code), code).toBe(true);
    }
    expect(Object.keys(currencies).length).toBeGreaterThan(150);
  });

  it("have well-formed codes, minor units and names", () => {
    for (const [code, info] of Object.entries(currencies)) {
      expect(code).toMatch(/^[A-Z]{3}$/);
      expect([0, 2, 3, 4]).toContain(info.minorUnits);
      expect(info.name.length).toBeGreaterThan(2);
    }
    expect(minorUnits("USD")).toBe(2);
    expect(minorUnits("CLP")).toBe(0);
    expect(minorUnits("PYG")).toBe(0);
    expect(minorUnits("BHD")).toBe(3);
    expect(minorUnits("UYW")).toBe(4);
    expect(currencies.TTD.name).toBe("Trinidad and Tobago Dollar");
    expect(() => minorUnits("ZZZ" as CurrencyCode)).toThrow(RangeError);
  });

  it("leaves out withdrawn codes and codes without minor units", () => {
    for (const code of ["HRK", "CUC", "SLL", "ZWL", "VEF", "XAU", "XDR", "XXX", "toString", "__proto__"]) {
      expect(isCurrencyCode(code), code).toBe(false);
    }
  });
});

describe("parseCurrency", () => {
  it("accepts codes in any case and rejects the rest", () => {
    expect(parseCurrency("cad")).toEqual({ ok: true, value: "CAD" });
    expect(parseCurrency("USD")).toEqual({ ok: true, value: "USD" });
    const r = parseCurrency("XYZ");
    expect(!r.ok && r.issues[0]).toMatchObject({ code: "core.unknown-currency", span: { start: 0, end: 3 } });
    if (!r.ok) expect(formatIssue(r.issues[0]!, "es")).toContain("no es un código de moneda");
    for (const bad of [" USD", "US", 840, null, {}, "constructor"]) expect(parseCurrency(bad).ok).toBe(false);
  });

  it("never throws", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const r = parseCurrency(input);
        if (r.ok) expect(isCurrencyCode(r.value)).toBe(true);
      }),
    );
  });
});

const usd = (text: string): Money => ({ amount: amount(text), currency: "USD" });
const rate = (to: CurrencyCode, value: string, from: CurrencyCode = "USD"): ExchangeRate => ({
  from,
  to,
  rate: value,
  date: plainDate("2023-09-01"),
  source: "test fixing",
});

describe("convert", () => {
  it("multiplies exactly and rounds once, half to even, to the target's minor units", () => {
    const clp = convert(usd("1000.00"), rate("CLP", "853.125"));
    expect(clp.ok && [clp.value.amount.toString(), clp.value.currency]).toEqual(["853125", "CLP"]);
    const even = convert(usd("1"), rate("EUR", "0.125"));
    expect(even.ok && even.value.amount.toString()).toBe("0.12");
    const odd = convert(usd("1"), rate("EUR", "0.135"));
    expect(odd.ok && odd.value.amount.toString()).toBe("0.14");
    const negative = convert(usd("-1"), rate("EUR", "0.125"));
    expect(negative.ok && negative.value.amount.toString()).toBe("-0.12");
    const tiny = convert(usd("-0.001"), rate("JPY", "1"));
    expect(tiny.ok && tiny.value.amount.isNegative()).toBe(false);
    // 40-digit amount times a 20-digit rate: no rounding before the final one
    const [bigAmount, bigRate] = ["1234567890123456789012345678901234567.89", "1.0000000000000000005"];
    const big = convert(usd(bigAmount), rate("KWD", bigRate));
    const Wide = Decimal.clone({ precision: 200 });
    const expected = new Wide(bigAmount).times(bigRate).toDecimalPlaces(3, Decimal.ROUND_HALF_EVEN);
    expect(big.ok && big.value.amount.eq(expected.toFixed())).toBe(true);
    expect(big.ok && big.value.amount.eq(new Decimal(bigAmount).times(bigRate).toDecimalPlaces(3))).toBe(false);
  });

  it("needs the rate's source currency and a sound rate", () => {
    const mismatch = convert({ amount: amount("1"), currency: "EUR" }, rate("MXN", "18"));
    expect(!mismatch.ok && mismatch.issues[0]).toMatchObject({
      code: "core.currency-mismatch",
      path: ["currency"],
      params: { actual: "EUR", expected: "USD" },
    });
    if (!mismatch.ok) expect(formatIssue(mismatch.issues[0]!, "es")).toContain("el tipo de cambio convierte desde USD");
    for (const bad of ["0", "-1", "abc", "1e3"]) {
      const r = convert(usd("1"), rate("MXN", bad));
      expect(!r.ok && r.issues[0]).toMatchObject({ code: "core.invalid-rate", path: ["rate", "rate"] });
    }
    const unknownTarget = convert(usd("1"), rate("ZZZ" as CurrencyCode, "1"));
    expect(!unknownTarget.ok && unknownTarget.issues[0]?.code).toBe("core.unknown-currency");
    const badDate = convert(usd("1"), { ...rate("MXN", "18"), date: "2023-02-30" as never });
    expect(!badDate.ok && badDate.issues[0]?.code).toBe("core.invalid-date");
    const everything = convert(
      { amount: "x" as never, currency: "EUR" },
      { ...rate("ZZZ" as never, "0"), date: "x" as never },
    );
    expect(!everything.ok && everything.issues.map((i) => i.code)).toEqual([
      "core.invalid-amount",
      "core.currency-mismatch",
      "core.unknown-currency",
      "core.invalid-rate",
      "core.invalid-date",
    ]);
  });

  it("is within half a minor unit of the exact product, and does not mutate", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -(10 ** 9), max: 10 ** 9 }),
        fc.integer({ min: 1, max: 10 ** 8 }),
        fc.constantFrom<CurrencyCode>("EUR", "JPY", "KWD", "CLF"),
        (cents, rateUnits, to) => {
          const money = Object.freeze(usd(amount(cents).div(100).toFixed()));
          const exchange = Object.freeze(
            rate(
              to,
              amount(rateUnits)
                .div(10 ** 4)
                .toFixed(),
            ),
          );
          const r = convert(money, exchange);
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          const exact = money.amount.times(exchange.rate);
          const halfUnit = amount(1)
            .div(10 ** minorUnits(to))
            .div(2);
          expect(r.value.amount.minus(exact).abs().lte(halfUnit)).toBe(true);
          expect(r.value.amount.decimalPlaces()).toBeLessThanOrEqual(minorUnits(to));
        },
      ),
    );
  });
});

describe("the compact minor-digits table", () => {
  it("agrees with the currency table for every code", async () => {
    const { minorDigitsOf, MOST_MINOR_DIGITS } = await import("../../../src/core/money/minor-digits.js");
    const { currencies } = await import("iacml/core");
    for (const [code, info] of Object.entries(currencies)) expect(minorDigitsOf(code), code).toBe(info.minorUnits);
    expect(MOST_MINOR_DIGITS).toBe(Math.max(...Object.values(currencies).map((c) => c.minorUnits)));
  });
});
