import { describe, expect, it } from "vitest";
import * as fc from "fast-check";
import Decimal from "decimal.js";
import { allocate, amount, formatIssue, MoneyDecimal, sumAmounts, type Amount } from "iacml/core";

/** An amount as an exact integer count of `10 ** -decimals` units. */
const scaled = (value: Amount | string, decimals: number): bigint => {
  const [whole = "0", fraction = ""] = new MoneyDecimal(value).toFixed(decimals).split(".");
  return BigInt(whole + fraction);
};

const minorUnitsArb = fc.integer({ min: 0, max: 4 });
const totalArb = (minorUnits: number) =>
  fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }).map((units) => {
    const negative = units < 0n;
    const digits = (negative ? -units : units).toString().padStart(minorUnits + 1, "0");
    const cut = digits.length - minorUnits;
    const text = minorUnits === 0 ? digits : `${digits.slice(0, cut)}.${digits.slice(cut)}`;
    return amount(negative ? `-${text}` : text);
  });
const ratioArb = fc.oneof(
  fc.nat({ max: 1000 }),
  fc.double({ min: 0, max: 100, noNaN: true }),
  fc.tuple(fc.nat({ max: 999 }), fc.nat({ max: 999 })).map(([a, b]) => `${a}.${String(b).padStart(3, "0")}`),
  fc.nat({ max: 10 ** 6 }).map((n) => amount(n).div(1000)),
);
const ratiosArb = fc
  .array(ratioArb, { minLength: 1, maxLength: 12 })
  .filter((rs) => rs.some((r) => !new MoneyDecimal(r).isZero()));
const caseArb = minorUnitsArb.chain((minorUnits) =>
  fc.record({ minorUnits: fc.constant(minorUnits), total: totalArb(minorUnits), ratios: ratiosArb }),
);

const mustAllocate = (total: Amount, ratios: readonly (number | string | Amount)[], minorUnits?: number): Amount[] => {
  const r = allocate(total, ratios, minorUnits);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join("; "));
  return r.value;
};

describe("allocate", () => {
  it("splits by largest remainder, ties to the earlier index", () => {
    expect(mustAllocate(amount("100.00"), [1, 1, 1]).map(String)).toEqual(["33.34", "33.33", "33.33"]);
    expect(mustAllocate(amount("0.05"), [1, 1]).map(String)).toEqual(["0.03", "0.02"]);
    expect(mustAllocate(amount("-10"), ["0.5", "0.25", "0.25"], 0).map(String)).toEqual(["-5", "-3", "-2"]);
    expect(mustAllocate(amount("105000.00"), [70, 30]).map(String)).toEqual(["73500", "31500"]);
    expect(mustAllocate(amount("1"), [0, 1, 0], 0).map(String)).toEqual(["0", "1", "0"]);
    expect(mustAllocate(amount("0.00"), [1, 2]).every((s) => s.isZero() && !s.isNegative())).toBe(true);
    // remainders 0.6, 0.2, 0.2 of a cent: the largest gets the cent
    expect(mustAllocate(amount("0.10"), [3, 1, 1].map(String), 2).map(String)).toEqual(["0.06", "0.02", "0.02"]);
  });

  it("gives amounts made by the private clone", () => {
    const shares = mustAllocate(amount("10"), [new Decimal("1"), 2]);
    expect(shares.every((s) => s.constructor === MoneyDecimal)).toBe(true);
  });

  it("rejects bad ratios with core.invalid-ratios and a path", () => {
    const cases: [readonly unknown[], readonly (string | number)[]][] = [
      [[], ["ratios"]],
      [[0, 0], ["ratios"]],
      [
        [1, -1],
        ["ratios", 1],
      ],
      [
        [Number.NaN, 1],
        ["ratios", 0],
      ],
      [
        [1, Infinity],
        ["ratios", 1],
      ],
      [
        ["1e3", 1],
        ["ratios", 0],
      ],
      [["-0.5"], ["ratios", 0]],
      [[null], ["ratios", 0]],
      // eslint-disable-next-line no-sparse-arrays
      [
        [1, , 2],
        ["ratios", 1],
      ],
    ];
    for (const [ratios, path] of cases) {
      const r = allocate(amount("10"), ratios as never);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues[0]).toMatchObject({ code: "core.invalid-ratios", path });
    }
    const r = allocate(amount("10"), []);
    if (!r.ok) expect(formatIssue(r.issues[0]!, "es")).toContain("no negativas");
  });

  it("rejects a total finer than the minor unit and bad minor units", () => {
    const fine = allocate(amount("1.005"), [1, 1]);
    expect(!fine.ok && fine.issues[0]).toMatchObject({ code: "core.finer-than-minor-unit", path: ["total"] });
    for (const bad of [-1, 1.5, 21, Number.NaN]) {
      const r = allocate(amount("1"), [1], bad);
      expect(!r.ok && r.issues[0]?.code).toBe("core.invalid-minor-units");
    }
    const notAmount = allocate(new MoneyDecimal(Infinity), [1]);
    expect(!notAmount.ok && notAmount.issues[0]).toMatchObject({ code: "core.invalid-amount", path: ["total"] });
  });

  it("shares always sum exactly to the total, each within one minor unit of its exact share", () => {
    fc.assert(
      fc.property(caseArb, ({ total, ratios, minorUnits }) => {
        const shares = mustAllocate(total, ratios, minorUnits);
        expect(shares).toHaveLength(ratios.length);
        expect(sumAmounts(shares).eq(total)).toBe(true);
        const decimals = Math.max(...ratios.map((r) => new MoneyDecimal(String(r)).decimalPlaces()));
        const weights = ratios.map((r) => scaled(String(r), decimals));
        const weightSum = weights.reduce((a, b) => a + b, 0n);
        const units = scaled(total, minorUnits);
        shares.forEach((share, i) => {
          expect(share.decimalPlaces()).toBeLessThanOrEqual(minorUnits);
          // |share − total·w/W| < 1 unit  ⇔  |share·W − total·w| < W
          const gap = scaled(share, minorUnits) * weightSum - units * weights[i]!;
          expect(gap < weightSum && -gap < weightSum).toBe(true);
          if (weights[i] === 0n) expect(share.isZero()).toBe(true);
        });
      }),
    );
  });

  it("is deterministic, does not mutate, and is symmetric under negation", () => {
    fc.assert(
      fc.property(caseArb, ({ total, ratios, minorUnits }) => {
        const frozen = Object.freeze([...ratios]);
        const first = mustAllocate(total, frozen, minorUnits).map(String);
        expect(mustAllocate(total, frozen, minorUnits).map(String)).toEqual(first);
        const negated = mustAllocate(total.neg(), frozen, minorUnits);
        expect(negated.map(String)).toEqual(
          mustAllocate(total, frozen, minorUnits).map((s) => String(s.isZero() ? s : s.neg())),
        );
      }),
    );
  });

  it("gives equal ratios shares that differ by at most one unit, larger first", () => {
    fc.assert(
      fc.property(
        minorUnitsArb,
        fc.integer({ min: 1, max: 30 }),
        fc.nat({ max: 10 ** 9 }),
        (minorUnits, count, units) => {
          const total = new MoneyDecimal(units).div(10 ** minorUnits);
          const shares = mustAllocate(
            total,
            Array.from({ length: count }, () => "2.5"),
            minorUnits,
          );
          for (let i = 1; i < shares.length; i++) {
            const step = shares[i - 1]!.minus(shares[i]!);
            expect(step.isZero() || step.eq(new MoneyDecimal(1).div(10 ** minorUnits))).toBe(true);
          }
        },
      ),
    );
  });

  it("scales: the same split for proportional ratios", () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 1, max: 1000 }), ({ total, ratios, minorUnits }, k) => {
        const scaledRatios = ratios.map((r) => new MoneyDecimal(String(r)).times(k));
        expect(mustAllocate(total, scaledRatios, minorUnits).map(String)).toEqual(
          mustAllocate(total, ratios, minorUnits).map(String),
        );
      }),
    );
  });

  it("never throws on arbitrary ratios", () => {
    fc.assert(
      fc.property(fc.array(fc.anything()), fc.anything(), (ratios, units) => {
        const r = allocate(amount("10.00"), ratios as never, units as never);
        expect(typeof r.ok).toBe("boolean");
      }),
    );
  });
});
