import { describe, expect, it } from "vitest";
import * as fc from "fast-check";
import * as z from "zod";
import { amount, AmountSchema, isAmount, MoneySchema } from "iacml/core";

describe("AmountSchema", () => {
  it("decodes strings and numbers to amounts and encodes back to strings", () => {
    const a = AmountSchema.parse("10000.00");
    expect(isAmount(a) && a.eq(10000)).toBe(true);
    expect(AmountSchema.parse(2.5).toString()).toBe("2.5");
    expect(z.encode(AmountSchema, amount("-5.5"))).toBe("-5.5");
    const bad = AmountSchema.safeParse("1,000");
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]).toMatchObject({ code: "custom", params: { code: "core.invalid-amount" } });
    expect(AmountSchema.safeParse(Number.NaN).success).toBe(false);
    expect(AmountSchema.safeParse(null).success).toBe(false);
  });

  it("round-trips and never throws with safeParse", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.nat({ max: 6 }), (units, decimals) => {
        const value = amount(units.toString()).div(10 ** decimals);
        expect(AmountSchema.parse(z.encode(AmountSchema, value)).eq(value)).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const r = AmountSchema.safeParse(input);
        if (r.success) expect(isAmount(r.data)).toBe(true);
      }),
    );
  });

  it("exports JSON Schema for its input", () => {
    expect(z.toJSONSchema(AmountSchema, { io: "input" })).toMatchObject({ type: ["string", "number"] });
  });
});

describe("MoneySchema", () => {
  it("accept active codes only", () => {
    for (const currency of ["HRK", "usd", 840]) {
      expect(MoneySchema.safeParse({ amount: "1", currency }).success).toBe(false);
    }
  });

  it("decode money with the currency's minor units and encode them fixed", () => {
    const m = MoneySchema.parse({ amount: "15000", currency: "USD" });
    expect(m.amount.eq(15000) && m.currency).toBe("USD");
    expect(z.encode(MoneySchema, m)).toEqual({ amount: "15000.00", currency: "USD" });
    expect(z.encode(MoneySchema, { amount: amount("1500"), currency: "JPY" })).toEqual({
      amount: "1500",
      currency: "JPY",
    });
    const fine = MoneySchema.safeParse({ amount: "1.5", currency: "JPY" });
    expect(fine.success).toBe(false);
    expect(fine.error?.issues[0]).toMatchObject({ path: ["amount"], params: { code: "core.too-many-decimals" } });
    expect(MoneySchema.safeParse({ amount: "1", currency: "ZZZ" }).success).toBe(false);
    expect(MoneySchema.safeParse({ amount: "1" }).success).toBe(false);
  });

  it("never throw with safeParse", () => {
    fc.assert(
      fc.property(
        fc.record({
          amount: fc.oneof(fc.string(), fc.double(), fc.anything()),
          currency: fc.oneof(fc.constantFrom("USD", "JPY"), fc.string()),
        }),
        (input) => {
          const r = MoneySchema.safeParse(input);
          if (r.success) expect(isAmount(r.data.amount)).toBe(true);
        },
      ),
    );
  });
});
