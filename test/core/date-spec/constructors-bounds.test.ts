import { describe, expect, it } from "vitest";
import * as fc from "fast-check";
import {
  allOf,
  certainDays,
  dateSpecBounds,
  DateSpecSchema,
  inMonth,
  inMonths,
  isPrecise,
  oneOf,
  onDays,
  possibleDays,
  toBeDetermined,
  toDayNumber,
  type DateRange,
} from "iacml/core";
import { deepFreeze, specArb } from "./arbitraries.js";

const covers = (ranges: DateRange[], day: string) => ranges.some((r) => r.start <= day && day <= r.end);

describe("DateSpec constructors", () => {
  it("build specs the schema accepts", () => {
    const specs = [
      onDays("2023-09-21", "2023-09-22"),
      onDays("2023-01-27"),
      inMonth("2024-01"),
      inMonths("2024-07", "2024-08"),
      allOf(onDays("2020-09-10"), onDays("2020-09-15")),
      oneOf(inMonth("2024-04"), inMonth("2024-05")),
      toBeDetermined(),
      toBeDetermined({ start: "2024-07-01", end: "2024-08-31" }),
    ];
    for (const s of specs) expect(DateSpecSchema.safeParse(s).success).toBe(true);
    expect(onDays("2023-01-27")).toEqual({ kind: "days", start: "2023-01-27", end: "2023-01-27" });
  });

  it("throw RangeError on bad literals", () => {
    expect(() => onDays("2023-02-29")).toThrow(RangeError);
    expect(() => onDays("2023-09-22", "2023-09-21")).toThrow(RangeError);
    expect(() => inMonth("2024-13")).toThrow(RangeError);
    expect(() => inMonths("2024-08", "2024-07")).toThrow(RangeError);
    expect(() => allOf(onDays("2020-09-10"))).toThrow(RangeError);
    expect(() => oneOf()).toThrow(RangeError);
    expect(() => toBeDetermined({ start: "2024-08-31", end: "2024-07-01" })).toThrow(RangeError);
    expect(() => toBeDetermined({ start: "2024-02-30", end: "2024-07-01" })).toThrow(RangeError);
  });
});

describe("bounds, certain and possible days", () => {
  it("follow the documented rules", () => {
    const aprilOrMay = oneOf(inMonth("2024-04"), inMonth("2024-05"));
    expect(dateSpecBounds(aprilOrMay)).toEqual({ earliest: "2024-04-01", latest: "2024-05-31" });
    expect(dateSpecBounds(toBeDetermined())).toBeUndefined();
    expect(dateSpecBounds(toBeDetermined({ start: "2024-07-01", end: "2024-08-31" }))).toEqual({
      earliest: "2024-07-01",
      latest: "2024-08-31",
    });
    expect(certainDays(inMonth("2024-01"))).toEqual([]);
    expect(possibleDays(inMonth("2024-02"))).toEqual([{ start: "2024-02-01", end: "2024-02-29" }]);
    expect(possibleDays(aprilOrMay)).toEqual([{ start: "2024-04-01", end: "2024-05-31" }]);
    expect(possibleDays(toBeDetermined())).toBeUndefined();
    expect(possibleDays(allOf(inMonth("2024-01"), toBeDetermined()))).toBeUndefined();
    const wg = allOf(onDays("2020-09-10"), onDays("2020-09-15"), onDays("2020-09-11"));
    expect(certainDays(wg)).toEqual([
      { start: "2020-09-10", end: "2020-09-11" },
      { start: "2020-09-15", end: "2020-09-15" },
    ]);
    const either = oneOf(onDays("2024-03-01", "2024-03-10"), onDays("2024-03-05", "2024-03-20"));
    expect(certainDays(either)).toEqual([{ start: "2024-03-05", end: "2024-03-10" }]);
    expect(isPrecise(wg)).toBe(true);
    expect(isPrecise(either)).toBe(false);
    expect(isPrecise(allOf(onDays("2020-09-10"), inMonth("2020-10")))).toBe(false);
    expect(isPrecise(toBeDetermined())).toBe(false);
  });

  it("certain days are possible, sorted, merged, within the bounds", () => {
    fc.assert(
      fc.property(specArb(), (raw) => {
        const spec = deepFreeze(raw);
        const certain = certainDays(spec);
        const possible = possibleDays(spec);
        const bounds = dateSpecBounds(spec);
        for (const list of [certain, possible ?? []]) {
          list.forEach((r, i) => {
            expect(r.start <= r.end).toBe(true);
            if (i > 0) expect(toDayNumber(r.start) - toDayNumber(list[i - 1]!.end)).toBeGreaterThan(1);
          });
        }
        expect(possible === undefined).toBe(bounds === undefined);
        if (possible && bounds) {
          for (const r of certain) expect(covers(possible, r.start) && covers(possible, r.end)).toBe(true);
          expect(bounds.earliest).toBe(possible[0]!.start);
          expect(bounds.latest).toBe(possible[possible.length - 1]!.end);
        }
        if (isPrecise(spec)) expect(certain).toEqual(possible);
      }),
    );
  });
});
