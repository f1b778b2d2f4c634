import { describe, expect, it } from "vitest";
import * as fc from "fast-check";
import Decimal from "decimal.js";
import {
  amount,
  amountToJson,
  compareAmounts,
  formatAmount,
  formatIssue,
  isAmount,
  isZero,
  MoneyDecimal,
  parseAmount,
  sumAmounts,
} from "iacml/core";

const decimalText = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.integer({ min: 0, max: 8 }))
  .map(([negative, digits, decimals]) => {
    const padded = digits.toString().padStart(decimals + 1, "0");
    const cut = padded.length - decimals;
    const text = decimals === 0 ? padded : `${padded.slice(0, cut)}.${padded.slice(cut)}`;
    return negative ? `-${text}` : text;
  });

describe("parseAmount", () => {
  it("reads plain decimal strings exactly", () => {
    const r = parseAmount("10000.00");
    expect(r.ok && r.value.eq(10000)).toBe(true);
    const n = parseAmount("-5.5");
    expect(n.ok && n.value.toString()).toBe("-5.5");
    const z = parseAmount("-0");
    expect(z.ok && z.value.isNegative()).toBe(false);
  });

  it("rejects junk with core.invalid-amount and a span", () => {
    for (const bad of [
      "1,000",
      "1e5",
      "1E5",
      " 5",
      "5 ",
      "+5",
      "007",
      ".5",
      "5.",
      "",
      "-",
      "0x10",
      "NaN",
      "Infinity",
      "1.2.3",
      "١٢",
    ]) {
      const r = parseAmount(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) {
        expect(r.issues[0]?.code).toBe("core.invalid-amount");
        expect(r.issues[0]?.span).toEqual({ start: 0, end: bad.length });
      }
    }
    expect(parseAmount("1".repeat(41)).ok).toBe(false);
    expect(parseAmount("1".repeat(40)).ok).toBe(true);
  });

  it("reads numbers through their shortest string, never float arithmetic", () => {
    const r = parseAmount(0.1);
    expect(r.ok && r.value.toString()).toBe("0.1");
    const sum = parseAmount(0.1 + 0.2, "USD");
    expect(sum.ok).toBe(false);
    if (!sum.ok) expect(sum.issues[0]?.code).toBe("core.too-many-decimals");
    const tiny = parseAmount(1e-7);
    expect(tiny.ok && tiny.value.toFixed()).toBe("0.0000001");
    for (const bad of [Number.NaN, Infinity, -Infinity, 2 ** 53, -(2 ** 53), 1e21]) {
      expect(parseAmount(bad).ok, String(bad)).toBe(false);
    }
    expect(parseAmount(Number.MAX_SAFE_INTEGER).ok).toBe(true);
  });

  it("reads Decimals from any constructor, and rejects other types", () => {
    const r = parseAmount(new Decimal("12.5"));
    expect(r.ok && isAmount(r.value)).toBe(true);
    expect(parseAmount(new Decimal(Infinity)).ok).toBe(false);
    for (const bad of [null, undefined, true, 5n, {}, [], () => 1]) {
      const out = parseAmount(bad);
      expect(out.ok).toBe(false);
      if (!out.ok) expect(out.issues[0]?.span).toBeUndefined();
    }
  });

  it("checks decimals against the currency's minor units", () => {
    expect(parseAmount("5.12", "USD").ok).toBe(true);
    expect(parseAmount("5.120", "USD").ok).toBe(true);
    expect(parseAmount("7.00", "JPY").ok).toBe(true);
    expect(parseAmount("1.234", "KWD").ok).toBe(true);
    const r = parseAmount("5.125", "USD");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]).toMatchObject({
        code: "core.too-many-decimals",
        params: { input: "5.125", currency: "USD", digits: 2 },
        span: { start: 4, end: 5 },
      });
      expect(formatIssue(r.issues[0]!, "es")).toBe("5.125 tiene más decimales de los que admite USD (2)");
    }
    const n = parseAmount(7.5, "JPY");
    expect(!n.ok && n.issues[0]?.span).toBeUndefined();
    const unknown = parseAmount("1", "ZZZ" as never);
    expect(!unknown.ok && unknown.issues[0]?.code).toBe("core.unknown-currency");
  });

  it("round-trips any decimal text by value, and never throws on anything", () => {
    fc.assert(
      fc.property(decimalText, (text) => {
        const r = parseAmount(text);
        expect(r.ok).toBe(true);
        if (r.ok) expect(r.value.eq(new MoneyDecimal(text))).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.anything(), fc.double()), (input) => {
        const r = parseAmount(input, "USD");
        if (r.ok) expect(isAmount(r.value) && r.value.decimalPlaces() <= 2).toBe(true);
        else expect(r.issues.length).toBeGreaterThan(0);
      }),
    );
  });

  it("reads a double as its shortest decimal exactly when that decimal is the only one it can stand for", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }), (n) => {
        const r = parseAmount(n);
        const digits = String(n).replace(/^-/, "").split("e")[0]!.replace(".", "").replace(/^0+/, "").length;
        expect(r.ok).toBe(Number.isInteger(n) || digits <= 15);
        if (r.ok) {
          expect(r.value.eq(new MoneyDecimal(String(n)))).toBe(true);
          expect(Number(r.value.toString())).toBe(n === 0 ? 0 : n);
        }
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it("refuses JSON numbers that do not round-trip exactly (issue 11)", () => {
    // 9007199254740993 is read by JSON.parse as 9007199254740992; 1234567890123456.78 as …456.8.
    for (const text of ["9007199254740993", "9007199254740992", "1234567890123456.78", "0.30000000000000004"]) {
      const r = parseAmount(JSON.parse(text));
      expect(r.ok, text).toBe(false);
      if (!r.ok) expect(r.issues[0]?.code).toBe("core.invalid-amount");
    }
    const r = parseAmount(JSON.parse("123456789012.34"), "USD");
    expect(r.ok && r.value.toFixed(2)).toBe("123456789012.34");
    expect(parseAmount(9007199254740991).ok).toBe(true);
  });

  it("never throws on Proxies and throwing getters", () => {
    const proxy = new Proxy(
      {},
      {
        get() {
          throw new Error("trap");
        },
        getPrototypeOf() {
          throw new Error("trap");
        },
      },
    );
    const r = parseAmount(proxy, "USD");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.code).toBe("core.unreadable-input");
    const getter = {
      get toStringTag() {
        throw new Error("boom");
      },
    };
    expect(parseAmount(getter).ok).toBe(false);
    expect(parseAmount("1.00", "XYZ" as never).ok).toBe(false);
  });
});

describe("amount", () => {
  it("makes amounts from trusted literals and throws RangeError otherwise", () => {
    expect(amount("105000.00").eq(105000)).toBe(true);
    expect(amount(2500).toString()).toBe("2500");
    expect(() => amount("1,000")).toThrow(RangeError);
    expect(() => amount(Number.NaN)).toThrow(RangeError);
  });

  it("is made by the private clone", () => {
    expect(isAmount(amount("1"))).toBe(true);
    expect(isAmount(new Decimal(1))).toBe(false);
    expect(isAmount(new MoneyDecimal(Infinity))).toBe(false);
    expect(isAmount("1")).toBe(false);
  });
});

describe("private Decimal settings", () => {
  it("ignore and leave alone the host's global Decimal configuration", () => {
    const before = { precision: Decimal.precision, rounding: Decimal.rounding };
    Decimal.set({ precision: 5, rounding: Decimal.ROUND_DOWN });
    try {
      expect(new Decimal("12345.67").plus("0.01").toString()).toBe("12345"); // the host's setting bites
      const total = sumAmounts([amount("12345.67"), amount("0.01"), amount("98765432.10")]);
      expect(total.toString()).toBe("98777777.78");
      expect(amount("1234567.891").times(amount("3")).toString()).toBe("3703703.673");
      expect(MoneyDecimal.precision).toBe(40);
      expect(MoneyDecimal.rounding).toBe(Decimal.ROUND_HALF_EVEN);
    } finally {
      Decimal.set(before);
    }
    expect(Decimal.precision).toBe(before.precision);
  });

  it("cannot be reconfigured", () => {
    expect(() => MoneyDecimal.set({ precision: 5 })).toThrow(TypeError);
    expect(MoneyDecimal.precision).toBe(40);
    const Wider = MoneyDecimal.clone({ precision: 60 });
    expect(Wider.rounding).toBe(Decimal.ROUND_HALF_EVEN);
  });

  it("never writes exponents", () => {
    expect(amount("0.0000000001").toString()).toBe("0.0000000001");
    expect(amount(`1${"0".repeat(30)}`).toString()).toBe(`1${"0".repeat(30)}`);
  });
});

describe("formatting and JSON", () => {
  it("writes fixed minor units and never rounds", () => {
    expect(amountToJson(amount("10000"), "USD")).toBe("10000.00");
    expect(amountToJson(amount("-5.5"), "USD")).toBe("-5.50");
    expect(amountToJson(amount("1500"), "JPY")).toBe("1500");
    expect(amountToJson(amount("1.5"), "CLF")).toBe("1.5000");
    expect(amountToJson(amount("1.234"), "USD")).toBe("1.234");
    expect(amountToJson(amount("2.5"))).toBe("2.5");
    expect(amountToJson(amount("2.5"), "ZZZ" as never)).toBe("2.5");
    expect(formatAmount(new MoneyDecimal("-0"), 2)).toBe("0.00");
    expect(formatAmount(amount("7"))).toBe("7");
  });

  it("round-trips through JSON by value", () => {
    fc.assert(
      fc.property(decimalText, fc.constantFrom("USD", "JPY", "KWD", "CLF"), (text, currency) => {
        const value = amount(text);
        const back = parseAmount(amountToJson(value, currency));
        expect(back.ok && back.value.eq(value)).toBe(true);
      }),
    );
  });
});

describe("arithmetic", () => {
  it("sums exactly", () => {
    expect(sumAmounts([amount("0.10"), amount("0.20")]).toString()).toBe("0.3");
    expect(sumAmounts([]).toString()).toBe("0");
    expect(sumAmounts([amount("1"), amount("-1")]).isNegative()).toBe(false);
  });

  it("sums in any order to the same total, and does not mutate", () => {
    fc.assert(
      fc.property(fc.array(decimalText, { maxLength: 20 }), (texts) => {
        const values = Object.freeze(texts.map((t) => amount(t)));
        const total = sumAmounts(values);
        const reversed = sumAmounts([...values].reverse());
        expect(total.eq(reversed)).toBe(true);
        const exact = texts.reduce((s, t) => s.plus(t), new (Decimal.clone({ precision: 200 }))(0));
        expect(total.eq(exact.toString())).toBe(true);
      }),
    );
  });

  it("compares by value and sorts", () => {
    expect(compareAmounts(amount("1.5"), amount("1.50"))).toBe(0);
    expect(compareAmounts(amount("-2"), amount("1"))).toBe(-1);
    expect(compareAmounts(amount("2"), amount("1"))).toBe(1);
    expect([amount("3"), amount("-1"), amount("0.5")].sort(compareAmounts).map(String)).toEqual(["-1", "0.5", "3"]);
    fc.assert(
      fc.property(decimalText, decimalText, (a, b) => {
        expect(compareAmounts(amount(a), amount(b))).toBe(-compareAmounts(amount(b), amount(a)) || 0);
      }),
    );
    expect(isZero(amount("0.00"))).toBe(true);
    expect(isZero(new MoneyDecimal("-0"))).toBe(true);
    expect(isZero(amount("0.01"))).toBe(false);
  });
});
