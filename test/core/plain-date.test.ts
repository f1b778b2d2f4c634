import { describe, expect, it } from "vitest";
import * as fc from "fast-check";
import {
  daysInMonth,
  addDays,
  addMonths,
  dateFromParts,
  dayOfWeek,
  differenceInDays,
  fromDayNumber,
  isPlainDate,
  parsePlainDate,
  parsePlainMonth,
  plainDate,
  plainMonth,
  toDayNumber,
  lastDayOfMonth,
  firstDayOfMonth,
  monthOf,
  comparePlainDates,
  MIN_DAY_NUMBER,
  MAX_DAY_NUMBER,
  formatIssue,
} from "iacml/core";
import { addMonths as dfAddMonths } from "date-fns/addMonths";

const dayArb = fc.integer({ min: MIN_DAY_NUMBER, max: MAX_DAY_NUMBER });

describe("PlainDate", () => {
  it("accepts real days only", () => {
    expect(parsePlainDate("2024-02-29")).toEqual({ ok: true, value: "2024-02-29" });
    const bad = parsePlainDate("2023-02-29");
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.issues[0]?.code).toBe("core.invalid-date");
      expect(formatIssue(bad.issues[0]!, "es")).toContain("no es una fecha válida");
    }
    for (const s of ["2024-2-01", "0000-01-01", "2024-13-01", "2024-04-31", " 2024-01-01", "1900-02-29"]) {
      expect(isPlainDate(s)).toBe(false);
    }
    expect(isPlainDate("2000-02-29")).toBe(true);
    expect(parsePlainDate(20240101).ok).toBe(false);
    expect(parsePlainDate(null).ok).toBe(false);
    expect(() => plainDate("2023-02-29")).toThrow(RangeError);
    expect(dateFromParts(2023, 2, 29)).toBeUndefined();
  });

  it("reads months", () => {
    expect(parsePlainMonth("2024-07").ok).toBe(true);
    expect(parsePlainMonth("2024-00").ok).toBe(false);
    expect(parsePlainMonth(7).ok).toBe(false);
    expect(() => plainMonth("x")).toThrow(RangeError);
    expect(lastDayOfMonth(plainMonth("2024-02"))).toBe("2024-02-29");
    expect(firstDayOfMonth(plainMonth("2023-11"))).toBe("2023-11-01");
    expect(monthOf(plainDate("2023-11-30"))).toBe("2023-11");
  });

  it("computes day numbers like UTC epoch days", () => {
    expect(toDayNumber(plainDate("1970-01-01"))).toBe(0);
    expect(fromDayNumber(MIN_DAY_NUMBER)).toBe("0001-01-01");
    expect(fromDayNumber(MAX_DAY_NUMBER)).toBe("9999-12-31");
    expect(() => fromDayNumber(MAX_DAY_NUMBER + 1)).toThrow(RangeError);
    fc.assert(
      fc.property(fc.integer({ min: -100000, max: 100000 }), (n) => {
        const iso = new Date(Date.UTC(1970, 0, 1) + n * 86400000).toISOString().slice(0, 10);
        expect(fromDayNumber(n)).toBe(iso);
      }),
    );
  });

  it("round-trips day numbers", () => {
    fc.assert(fc.property(dayArb, (n) => toDayNumber(fromDayNumber(n)) === n));
  });

  it("does arithmetic", () => {
    expect(addDays(plainDate("2024-02-28"), 2)).toBe("2024-03-01");
    expect(differenceInDays(plainDate("2021-09-22"), plainDate("2021-07-28"))).toBe(56);
    expect(addMonths(plainDate("2024-01-31"), 1)).toBe("2024-02-29");
    expect(addMonths(plainDate("2024-11-22"), -3)).toBe("2024-08-22");
    expect(addMonths(plainDate("2024-03-31"), -13)).toBe("2023-02-28");
    expect(() => addMonths(plainDate("9999-12-01"), 1)).toThrow(RangeError);
    expect(dayOfWeek(plainDate("2024-03-31"))).toBe(0);
    expect(dayOfWeek(plainDate("1969-12-31"))).toBe(3);
    expect([plainDate("2024-11-01"), plainDate("2024-01-01"), plainDate("2024-01-01")].sort(comparePlainDates)).toEqual(
      ["2024-01-01", "2024-01-01", "2024-11-01"],
    );
  });

  it("addMonths agrees with date-fns on every month offset", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toDayNumber(plainDate("1900-01-01")), max: toDayNumber(plainDate("2100-12-31")) }),
        fc.integer({ min: -240, max: 240 }),
        (n, k) => {
          const d = fromDayNumber(n);
          const [y, m, day] = d.split("-").map(Number) as [number, number, number];
          // date-fns works in the host's local time: where the host's zone skipped a day in the
          // target month (Pacific/Kiritimati skipped 1994-12-31), it answers from the next day,
          // so compare only months the local calendar has whole.
          const [ty, tm] = addMonths(d, k).split("-").map(Number) as [number, number];
          fc.pre(new Date(ty, tm, 0, 12).getDate() === daysInMonth(ty, tm));
          const viaDateFns = dfAddMonths(new Date(y, m - 1, day, 12), k);
          const expected = dateFromParts(viaDateFns.getFullYear(), viaDateFns.getMonth() + 1, viaDateFns.getDate());
          expect(addMonths(d, k)).toBe(expected);
        },
      ),
    );
  });

  it("differenceInDays inverts addDays", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -100000, max: 100000 }),
        fc.integer({ min: -5000, max: 5000 }),
        (n, k) => differenceInDays(addDays(fromDayNumber(n), k), fromDayNumber(n)) === k,
      ),
    );
  });
});

describe("PlainDate parsers on untrusted input", () => {
  it("never throw on arbitrary strings or JSON and accept exactly the real days", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.jsonValue()), (input) => {
        const day = parsePlainDate(input);
        const month = parsePlainMonth(input);
        expect(day.ok).toBe(isPlainDate(input));
        if (!day.ok) expect(day.issues[0]?.code).toMatch(/^core\./);
        if (!month.ok) expect(month.issues[0]?.code).toMatch(/^core\./);
      }),
    );
  });

  it("accepts every day the calendar has, whatever the machine's time zone", () => {
    fc.assert(fc.property(dayArb, (n) => parsePlainDate(fromDayNumber(n)).ok));
  });
});
