import { describe, expect, it } from "vitest";
import * as fc from "fast-check";
import {
  addMonths,
  allOf,
  fromDayNumber,
  gapInDays,
  inMonth,
  inMonths,
  isAtLeastDaysBefore,
  isAtLeastMonthsBefore,
  isBefore,
  monthsBetween,
  oneOf,
  onDays,
  overlaps,
  toBeDetermined,
  toDayNumber,
  type DateSpec,
  type Tri,
} from "iacml/core";
import { deepFreeze, specArb } from "./arbitraries.js";

describe("comparisons on the documents' dates", () => {
  it("preparatory meeting vs conference, and 2021 meetings", () => {
    const preparatory = oneOf(inMonth("2024-07"), inMonth("2024-08"));
    const conference = inMonth("2024-11");
    expect(isAtLeastMonthsBefore(preparatory, conference, 3)).toBe("possibly");
    expect(monthsBetween(preparatory, conference)).toEqual({ min: 2, max: 4 });
    const prep2021 = onDays("2021-07-28", "2021-07-30");
    const xxi = onDays("2021-09-22", "2021-09-24");
    expect(isAtLeastMonthsBefore(prep2021, xxi, 3)).toBe("no");
    expect(isAtLeastMonthsBefore(prep2021, xxi, 1)).toBe("yes");
    expect(gapInDays(prep2021, xxi)).toEqual({ min: 54, max: 54 });
    expect(isBefore(prep2021, xxi)).toBe("yes");
    expect(isBefore(xxi, prep2021)).toBe("no");
    expect(overlaps(onDays("2024-03-24", "2024-03-30"), inMonth("2024-03"))).toBe("possibly");
    expect(overlaps(inMonth("2024-03"), onDays("2024-02-15", "2024-04-15"))).toBe("yes");
    expect(overlaps(inMonth("2024-03"), inMonth("2024-04"))).toBe("no");
  });

  it("tbd without window is always possibly and unbounded", () => {
    const tbd = toBeDetermined();
    const other = onDays("2024-01-10");
    for (const [a, b] of [
      [tbd, other],
      [other, tbd],
      [tbd, tbd],
    ] as const) {
      expect(isBefore(a, b)).toBe("possibly");
      expect(overlaps(a, b)).toBe("possibly");
      expect(isAtLeastMonthsBefore(a, b, 3)).toBe("possibly");
      expect(isAtLeastDaysBefore(a, b, 3)).toBe("possibly");
      expect(gapInDays(a, b)).toBeUndefined();
      expect(monthsBetween(a, b)).toBeUndefined();
    }
  });

  it("finds forced meetings among free days", () => {
    // Every reading of a is one day in Jan and one in Feb; b is all of Jan or all of Feb.
    const a = allOf(inMonth("2024-01"), inMonth("2024-02"));
    const b = oneOf(onDays("2024-01-01", "2024-01-31"), onDays("2024-02-01", "2024-02-29"));
    expect(overlaps(a, b)).toBe("yes");
    // One free day in {1,2} against fixed singles 1 and 2 read as separate options of one day each.
    const c = toBeDetermined({ start: "2024-01-01", end: "2024-01-02" });
    const d = allOf(
      toBeDetermined({ start: "2024-01-01", end: "2024-01-01" }),
      toBeDetermined({ start: "2024-01-02", end: "2024-01-02" }),
    );
    expect(overlaps(c, d)).toBe("yes");
    const e = allOf(toBeDetermined({ start: "2024-01-01", end: "2024-01-02" }), onDays("2024-03-01"));
    expect(overlaps(c, e)).toBe("possibly");
  });

  it("falls back to certain days for very large alternative sets", () => {
    const months = (y: number) =>
      oneOf(...Array.from({ length: 12 }, (_, i) => inMonth(`${y}-${String(i + 1).padStart(2, "0")}`)));
    const huge = allOf(months(2024), months(2025), months(2026));
    expect(overlaps(huge, onDays("2024-01-01", "2026-12-31"))).toBe("possibly");
    expect(overlaps(allOf(huge, onDays("2024-06-01")), onDays("2024-06-01"))).toBe("yes");
  });
});

// Brute force over readings in a small universe. Month, months and tbd windows are read as
// single days: longer readings inside a window reach the same first/last days and only meet
// more, so they change no answer.
const U0 = toDayNumber("2024-01-01" as never);
interface Reading {
  start: number;
  end: number;
  mask: bigint;
}
const bits = (s: number, e: number) => ((1n << BigInt(e - s + 1)) - 1n) << BigInt(s - U0);

function readings(spec: DateSpec): Reading[] {
  switch (spec.kind) {
    case "days": {
      const [s, e] = [toDayNumber(spec.start), toDayNumber(spec.end)];
      return [{ start: s, end: e, mask: bits(s, e) }];
    }
    case "oneOf":
      return spec.options.flatMap(readings);
    case "all":
      return spec.parts
        .map(readings)
        .reduce((acc, rs) =>
          acc.flatMap((x) =>
            rs.map((y) => ({ start: Math.min(x.start, y.start), end: Math.max(x.end, y.end), mask: x.mask | y.mask })),
          ),
        );
    default: {
      const w =
        spec.kind === "month"
          ? [toDayNumber(`${spec.month}-01` as never), toDayNumber(addMonths(`${spec.month}-01` as never, 1)) - 1]
          : spec.kind === "months"
            ? [toDayNumber(`${spec.start}-01` as never), toDayNumber(addMonths(`${spec.end}-01` as never, 1)) - 1]
            : [toDayNumber(spec.within!.start), toDayNumber(spec.within!.end)];
      return Array.from({ length: w[1]! - w[0]! + 1 }, (_, i) => ({
        start: w[0]! + i,
        end: w[0]! + i,
        mask: bits(w[0]! + i, w[0]! + i),
      }));
    }
  }
}

function countReadings(spec: DateSpec): number {
  if (spec.kind === "oneOf") return spec.options.reduce((n, o) => n + countReadings(o), 0);
  if (spec.kind === "all") return spec.parts.reduce((n, p) => n * countReadings(p), 1);
  return readings(spec).length;
}

const triOf = (values: boolean[]): Tri => (values.every(Boolean) ? "yes" : values.some(Boolean) ? "possibly" : "no");
const wholeMonths = (end: number, start: number) => {
  let n = -6;
  while (toDayNumber(addMonths(fromDayNumber(end), n + 1)) <= start) n++;
  return n;
};

const small = specArb({ from: "2024-01-01", to: "2024-02-29", maxLength: 6, depth: 2, withUnboundedTbd: false });
const pair = fc.tuple(small, small).filter(([a, b]) => countReadings(a) * countReadings(b) <= 10_000);

describe("comparisons agree with brute force over readings", () => {
  it("overlaps, isBefore, gaps, months", () => {
    fc.assert(
      fc.property(pair, fc.integer({ min: 0, max: 3 }), fc.integer({ min: -5, max: 40 }), ([a, b], months, days) => {
        const ra = readings(a);
        const rb = readings(b);
        const pairs = ra.flatMap((x) => rb.map((y) => [x, y] as const));
        expect(overlaps(a, b)).toBe(triOf(pairs.map(([x, y]) => (x.mask & y.mask) !== 0n)));
        expect(isBefore(a, b)).toBe(triOf(pairs.map(([x, y]) => x.end < y.start)));
        expect(isAtLeastDaysBefore(a, b, days)).toBe(triOf(pairs.map(([x, y]) => y.start - x.end >= days)));
        expect(isAtLeastMonthsBefore(a, b, months)).toBe(
          triOf(pairs.map(([x, y]) => toDayNumber(addMonths(fromDayNumber(x.end), months)) <= y.start)),
        );
        const gaps = pairs.map(([x, y]) => y.start - x.end);
        expect(gapInDays(a, b)).toEqual({ min: Math.min(...gaps), max: Math.max(...gaps) });
        const ms = pairs.map(([x, y]) => wholeMonths(x.end, y.start));
        expect(monthsBetween(a, b)).toEqual({ min: Math.min(...ms), max: Math.max(...ms) });
      }),
      { numRuns: 120 },
    );
  }, 60_000);
});

describe("comparison invariants", () => {
  const any = specArb();
  it("overlaps is symmetric; isBefore yes implies no overlap; inputs untouched", () => {
    fc.assert(
      fc.property(any, any, (rawA, rawB) => {
        const [a, b] = [deepFreeze(rawA), deepFreeze(rawB)];
        expect(overlaps(a, b)).toBe(overlaps(b, a));
        if (isBefore(a, b) === "yes") expect(overlaps(a, b)).toBe("no");
        if (isBefore(a, b) === "yes") expect(isBefore(b, a)).toBe("no");
        const gap = gapInDays(a, b);
        if (gap) expect(gap.min).toBeLessThanOrEqual(gap.max);
        const m = monthsBetween(a, b);
        if (m) expect(m.min).toBeLessThanOrEqual(m.max);
      }),
    );
  });
  it("a precise spec overlaps itself for certain", () => {
    fc.assert(
      fc.property(any, (a) => {
        if (a.kind === "days") expect(overlaps(a, a)).toBe("yes");
        expect(overlaps(a, a)).not.toBe("no");
      }),
    );
  });
  it("months ranges read like oneOf of their days", () => {
    expect(overlaps(inMonths("2024-07", "2024-08"), inMonth("2024-09"))).toBe("no");
  });
});
