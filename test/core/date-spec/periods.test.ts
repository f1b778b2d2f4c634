import { describe, expect, it } from "vitest";
import * as fc from "fast-check";
import edtf from "edtf";
import {
  DateSpecSchema,
  formatDateSpec,
  parseDateSpec,
  parseDateSpecValue,
  parseEdtf,
  periodMatches,
  periodSpec,
  toEdtf,
  type DatePeriod,
  type DateSpec,
} from "iacml/core";

const yearArb = fc.integer({ min: 1990, max: 2040 }).map(String);
const monthArb = fc
  .tuple(yearArb, fc.integer({ min: 1, max: 12 }))
  .map(([y, m]) => `${y}-${String(m).padStart(2, "0")}`);
const periodArb: fc.Arbitrary<DatePeriod> = fc.oneof(
  fc
    .tuple(fc.constantFrom("half", "semester"), fc.integer({ min: 1, max: 2 }), yearArb)
    .map(([kind, n, of]) => ({ kind, n, of }) as DatePeriod),
  fc.tuple(fc.integer({ min: 1, max: 4 }), yearArb).map(([n, of]) => ({ kind: "quarter", n, of }) as DatePeriod),
  fc.tuple(fc.integer({ min: 1, max: 3 }), yearArb).map(([n, of]) => ({ kind: "four-months", n, of }) as DatePeriod),
  fc
    .tuple(fc.constantFrom("half", "fortnight"), fc.integer({ min: 1, max: 2 }), monthArb)
    .map(([kind, n, of]) => ({ kind, n, of }) as DatePeriod),
  fc
    .tuple(fc.constantFrom("early", "mid", "late"), fc.oneof(yearArb, monthArb))
    .map(([kind, of]) => ({ kind, of }) as DatePeriod),
);
const withPeriod = (p: DatePeriod): DateSpec => ({ ...periodSpec(p)!, period: p });
const noteArb = fc.constantFrom(
  undefined,
  "preliminary",
  "to be confirmed",
  "virtual",
  "a confirmar",
  "at least three months before the XXII IACML",
);

describe("periods", () => {
  it("follow the documented conventions", () => {
    expect(periodSpec({ kind: "quarter", n: 3, of: "2024" })).toEqual({
      kind: "months",
      start: "2024-07",
      end: "2024-09",
    });
    expect(periodSpec({ kind: "four-months", n: 3, of: "2024" })).toEqual({
      kind: "months",
      start: "2024-09",
      end: "2024-12",
    });
    expect(periodSpec({ kind: "half", n: 2, of: "2024-02" })).toEqual({
      kind: "tbd",
      within: { start: "2024-02-16", end: "2024-02-29" },
    });
    expect(periodSpec({ kind: "late", of: "2023-02" })).toEqual({
      kind: "tbd",
      within: { start: "2023-02-21", end: "2023-02-28" },
    });
    expect(periodSpec({ kind: "mid", of: "2024" })).toEqual({ kind: "months", start: "2024-05", end: "2024-08" });
    expect(periodSpec({ kind: "week", of: "2024-10-14" })).toEqual({
      kind: "tbd",
      within: { start: "2024-10-14", end: "2024-10-20" },
    });
    expect(periodSpec({ kind: "week", of: "2024-10-15" })).toBeUndefined();
    expect(periodSpec({ kind: "quarter", n: 5, of: "2024" })).toBeUndefined();
    expect(periodSpec({ kind: "fortnight", n: 1, of: "2024" })).toBeUndefined();
    expect(periodSpec(null as never)).toBeUndefined();
  });
  it("a spec whose period does not name its days is refused by the schema", () => {
    const wrong = { kind: "months", start: "2024-07", end: "2024-09", period: { kind: "quarter", n: 2, of: "2024" } };
    expect(DateSpecSchema.safeParse(wrong).success).toBe(false);
    expect(periodMatches(wrong as DateSpec)).toBe(false);
    expect(parseDateSpecValue(wrong)).toMatchObject({
      ok: false,
      issues: [{ code: "core.invalid-date-spec", path: ["period"] }],
    });
    expect(parseDateSpecValue({ ...wrong, period: { kind: "quarter", n: 3, of: "2024" }, note: "x" }).ok).toBe(true);
  });
  it("format and parse give a period back, with a note, in English and Spanish (property)", () => {
    fc.assert(
      fc.property(periodArb, noteArb, (p, note) => {
        const spec: DateSpec = note === undefined ? withPeriod(p) : { ...withPeriod(p), note };
        for (const locale of ["en", "es"] as const) {
          const text = formatDateSpec(spec, locale);
          expect(parseDateSpec(text), text).toEqual({ ok: true, value: spec });
        }
      }),
      { numRuns: 300 },
    );
  }, 30_000);
  it("EDTF uses the ISO 8601-2 sub-year groupings, which the edtf package reads", () => {
    const q3 = withPeriod({ kind: "quarter", n: 3, of: "2024" });
    expect(toEdtf(q3)).toBe("2024-35");
    expect(toEdtf(withPeriod({ kind: "semester", n: 1, of: "2024" }))).toBe("2024-40");
    expect(toEdtf(withPeriod({ kind: "half", n: 2, of: "2024" }))).toBe("2024-41");
    expect(toEdtf(withPeriod({ kind: "four-months", n: 1, of: "2024" }))).toBe("2024-37");
    expect(toEdtf(withPeriod({ kind: "mid", of: "2024" }))).toBe("2024-05/2024-08");
    expect(toEdtf(withPeriod({ kind: "late", of: "2024-11" }))).toBe("[2024-11-21..2024-11-30]");
    expect(parseEdtf("2024-35")).toEqual({ ok: true, value: q3 });
    expect(parseEdtf("2024-21").ok).toBe(false);
    expect(parseEdtf("2024-42").ok).toBe(false);
    for (const code of [33, 34, 35, 36, 40, 41]) {
      const ours = parseEdtf(`2024-${code}`);
      if (!ours.ok || ours.value.kind !== "months") throw new Error(String(code));
      const theirs = edtf(`2024-${code}`);
      expect(new Date(theirs.min).toISOString().slice(0, 7)).toBe(ours.value.start);
      expect(new Date(theirs.max).toISOString().slice(0, 7)).toBe(ours.value.end);
    }
    // edtf 4 reads 37-39 too; its quadrimester 2 runs May-September, against ISO 8601-2's May-August,
    // so only the start month is compared for those.
    for (const code of [37, 38, 39]) {
      const ours = parseEdtf(`2024-${code}`);
      if (!ours.ok || ours.value.kind !== "months") throw new Error(String(code));
      expect(new Date(edtf(`2024-${code}`).min).toISOString().slice(0, 7)).toBe(ours.value.start);
    }
  });
});

describe("forms of issue 16", () => {
  it("a weekday that does not match the date is an issue in both languages", () => {
    const r = parseDateSpec("Monday, 14 March 2023");
    expect(r).toMatchObject({
      ok: false,
      issues: [{ code: "core.weekday-mismatch", params: { weekday: "Tuesday", weekdayEs: "martes" } }],
    });
    expect(parseDateSpec("Sunday 31 March 2024").ok).toBe(true);
  });
  it("numeric dates need the order", () => {
    expect(parseDateSpec("07/08/2023")).toMatchObject({
      ok: false,
      issues: [{ code: "core.ambiguous-numeric-date", span: { start: 0, end: 10 } }],
    });
    expect(parseDateSpec("07/08/2023", { order: "dmy" })).toEqual({
      ok: true,
      value: { kind: "days", start: "2023-08-07", end: "2023-08-07" },
    });
    expect(parseDateSpec("13/08/2023", { order: "mdy" }).ok).toBe(false);
  });
  it("unreadable words: the span and the nearest form that reads", () => {
    const r = parseDateSpec("Septmber 21, 2023");
    expect(r).toMatchObject({
      ok: false,
      issues: [
        { code: "core.unknown-date-word", span: { start: 0, end: 8 }, params: { suggestion: "September 21, 2023" } },
      ],
    });
    const words = parseDateSpec("first quater of 2024");
    expect(words).toMatchObject({ ok: false, issues: [{ span: { start: 0, end: 12 } }] });
    const q = parseDateSpec("quater 3, 2024");
    expect(q.ok).toBe(false);
  });
  it("a comma between a bare month and its days (OAS SEDI page of the XXI IACML: 'September, 22-24, 2021')", () => {
    const days = { kind: "days", start: "2021-09-22", end: "2021-09-24" };
    expect(parseDateSpec("September, 22-24, 2021")).toEqual({ ok: true, value: days });
    expect(parseDateSpec("septiembre, 22-24, 2021")).toEqual({ ok: true, value: days });
    expect(parseDateSpec("October, 9 and 10, 2012")).toEqual({
      ok: true,
      value: { kind: "days", start: "2012-10-09", end: "2012-10-10" },
    });
    expect(parseDateSpec("March, 4th", { year: 2020 })).toEqual({
      ok: true,
      value: { kind: "days", start: "2020-03-04", end: "2020-03-04" },
    });
    // Unchanged: a comma before a year, and a list whose second item names its own month.
    expect(parseDateSpec("September, 2014")).toEqual({ ok: true, value: { kind: "month", month: "2014-09" } });
    expect(parseDateSpec("August, 12 September 2023")).toEqual({
      ok: true,
      value: {
        kind: "all",
        parts: [
          { kind: "month", month: "2023-08" },
          { kind: "days", start: "2023-09-12", end: "2023-09-12" },
        ],
      },
    });
    expect(parseDateSpec("22 September, 23 October 2021").ok).toBe(true);
    expect(parseDateSpec("September, 22").ok).toBe(false);
  });
  it("remarks after a comma and in parentheses, and an earlier plan", () => {
    expect(parseDateSpec("June 2024, virtual")).toEqual({
      ok: true,
      value: { kind: "month", month: "2024-06", note: "virtual" },
    });
    expect(parseDateSpec("TBC (Washington, D.C.)")).toEqual({
      ok: true,
      value: { kind: "tbd", note: "Washington, D.C." },
    });
    expect(parseDateSpec("(preliminary)").ok).toBe(false);
    expect(parseDateSpec("October 2020 (originally scheduled for April 2020) (virtual)")).toEqual({
      ok: true,
      value: { kind: "month", month: "2020-10", note: "virtual", originally: { kind: "month", month: "2020-04" } },
    });
    expect(parseDateSpec("October 2020 (originally scheduled for the spring)")).toEqual({
      ok: true,
      value: { kind: "month", month: "2020-10", note: "originally scheduled for the spring" },
    });
  });
});
