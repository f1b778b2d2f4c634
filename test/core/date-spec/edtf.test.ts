import { describe, expect, it } from "vitest";
import * as fc from "fast-check";
import edtf from "edtf";
import {
  allOf,
  dateSpecBounds,
  inMonth,
  inMonths,
  oneOf,
  onDays,
  parseEdtf,
  toBeDetermined,
  toDayNumber,
  toEdtf,
  type DateSpec,
} from "iacml/core";
import { daysArb, deepFreeze, oneMonthArb, monthsArb, singleDayArb, specArb, tbdArb } from "./arbitraries.js";

describe("EDTF", () => {
  it("writes and reads the documented forms", () => {
    const cases: [DateSpec, string][] = [
      [onDays("2023-09-21"), "2023-09-21"],
      [onDays("2023-09-21", "2023-09-22"), "2023-09-21/2023-09-22"],
      [inMonth("2024-01"), "2024-01"],
      [inMonths("2024-07", "2024-08"), "2024-07/2024-08"],
      [oneOf(inMonth("2024-04"), inMonth("2024-05")), "[2024-04,2024-05]"],
      [allOf(onDays("2020-09-10"), onDays("2020-09-15")), "{2020-09-10,2020-09-15}"],
      [toBeDetermined(), "XXXX-XX-XX"],
      [toBeDetermined({ start: "2024-07-01", end: "2024-08-31" }), "[2024-07-01..2024-08-31]"],
      [
        allOf(onDays("2020-09-10", "2020-09-12"), inMonths("2020-10", "2020-11")),
        "{2020-09-10..2020-09-12,2020-10/2020-11}",
      ],
      [
        oneOf(onDays("2020-09-10", "2020-09-12"), allOf(inMonth("2020-10"), toBeDetermined())),
        "[2020-09-10/2020-09-12,{2020-10,XXXX-XX-XX}]",
      ],
    ];
    for (const [spec, text] of cases) {
      expect(toEdtf(spec)).toBe(text);
      expect(parseEdtf(text)).toEqual({ ok: true, value: spec });
    }
    expect(parseEdtf("[2024-04, 2024-05]")).toEqual({ ok: true, value: oneOf(inMonth("2024-04"), inMonth("2024-05")) });
  });

  it("rejects what it does not write", () => {
    for (const bad of [
      "",
      "2024-13",
      "2023-02-29",
      "2024-08/2024-07",
      "2024-07-01..2024-08-31",
      "[2024-04]",
      "{2024-04}",
      "[2024-04,2024-05",
      "2024-01/XXXX-XX-XX",
      "2024-01-01/2024-02",
      "[2024-07..2024-08]",
      "[2024-04,2024-05..2024-05-02]",
      "2024-01-1",
      "2024-01-01 2024-01-02",
      "nope",
      "[2024-01-01..2024-01-02,2024-03]",
    ]) {
      const r = parseEdtf(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues[0]?.code).toBe("core.invalid-edtf");
    }
    expect(parseEdtf(42 as never).ok).toBe(false);
  });

  it("round-trips every DateSpec", () => {
    fc.assert(
      fc.property(specArb(), (raw) => {
        const spec = deepFreeze(raw);
        expect(parseEdtf(toEdtf(spec))).toEqual({ ok: true, value: spec });
      }),
    );
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.stringMatching(/^[[\]{},/.X0-9-]*$/)),
        (text) => {
          const r = parseEdtf(text);
          if (r.ok) expect(toEdtf(r.value)).toBe(text.replace(/\s+/g, ""));
        },
      ),
    );
  });
});

describe("the independent edtf package reads our standard forms", () => {
  const utc = (d: string) => toDayNumber(d as never) * 86_400_000;
  const standard = fc.oneof(
    // A months range of one month ("2024-07/2024-07") round-trips in ours but edtf wants end > start.
    daysArb(),
    oneMonthArb(),
    monthsArb(undefined, undefined, true),
    tbdArb(),
    fc
      .array(fc.oneof(singleDayArb(), oneMonthArb()), { minLength: 2, maxLength: 4 })
      .map((options): DateSpec => ({ kind: "oneOf", options })),
    fc
      .array(fc.oneof(daysArb(), oneMonthArb()), { minLength: 2, maxLength: 4 })
      .map((parts): DateSpec => ({ kind: "all", parts })),
  );
  const expectedType: Record<DateSpec["kind"], string> = {
    days: "Interval",
    month: "Date",
    months: "Interval",
    oneOf: "Set",
    all: "List",
    tbd: "Set",
  };
  it("with the same kind and first day", () => {
    fc.assert(
      fc.property(standard, (spec) => {
        const value = edtf(toEdtf(spec));
        const single = spec.kind === "days" && spec.start === spec.end;
        const type = spec.kind === "tbd" && !spec.within ? "Date" : single ? "Date" : expectedType[spec.kind];
        expect(value.type).toBe(type);
        const bounds = dateSpecBounds(spec);
        if (bounds && spec.kind !== "all" && spec.kind !== "oneOf") {
          expect(value.min).toBe(utc(bounds.earliest));
          if (spec.kind !== "tbd") expect(value.max).toBe(utc(bounds.latest) + 86_400_000 - 1);
        }
      }),
    );
  });
});
