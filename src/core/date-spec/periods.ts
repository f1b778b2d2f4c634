/**
 * Parts of a year or month (halves, quarters, fortnights, early/mid/late …) as date specs.
 * @module
 */
import { addDays, daysInMonth, dayOfWeek, isPlainDate, type PlainDate, type PlainMonth } from "../plain-date.js";
import type { DatePeriod, DateSpec } from "./types.js";
import { ownEntry as own } from "../own-entry.js";

const pad2 = (n: number) => String(n).padStart(2, "0");

/** Months per part and number of parts, for the parts of a year. */
const YEAR_PARTS: Readonly<Record<string, readonly [number, number]>> = {
  half: [6, 2],
  semester: [6, 2],
  quarter: [3, 4],
  "four-months": [4, 3],
  early: [4, 1],
  mid: [4, 1],
  late: [4, 1],
};
const THIRD: Readonly<Record<string, number>> = { early: 0, mid: 1, late: 2 };

function yearPart(period: DatePeriod, year: number): DateSpec | undefined {
  const shape = own(YEAR_PARTS, period.kind);
  if (!shape) return undefined;
  const [size, count] = shape;
  const third = own(THIRD, period.kind);
  const index = third ?? (period.n ?? 0) - 1;
  if (third === undefined && (!Number.isInteger(period.n) || index < 0 || index >= count)) return undefined;
  if (third !== undefined && period.n !== undefined) return undefined;
  const y = String(year).padStart(4, "0");
  const start = `${y}-${pad2(index * size + 1)}` as PlainMonth;
  const end = `${y}-${pad2(index * size + size)}` as PlainMonth;
  return { kind: "months", start, end };
}

function monthPart(period: DatePeriod, year: number, month: number): DateSpec | undefined {
  const last = daysInMonth(year, month);
  let from: number;
  let to: number;
  const third = own(THIRD, period.kind);
  if (third !== undefined) {
    if (period.n !== undefined) return undefined;
    [from, to] = (
      [
        [1, 10],
        [11, 20],
        [21, last],
      ] as const
    )[third]!;
  } else if (period.kind === "half" || period.kind === "fortnight") {
    if (period.n === 1) [from, to] = [1, 15];
    else if (period.n === 2) [from, to] = [16, last];
    else return undefined;
  } else return undefined;
  const m = `${String(year).padStart(4, "0")}-${pad2(month)}`;
  return { kind: "tbd", within: { start: `${m}-${pad2(from)}` as PlainDate, end: `${m}-${pad2(to)}` as PlainDate } };
}

/**
 * The spec of the days a {@link DatePeriod} covers (see its table of conventions): a `months`
 * spec for a part of a year, a `tbd` spec with a window for a part of a month or a week.
 * `undefined` for a period that does not exist (a fifth quarter, a week whose `of` is not a
 * Monday, a fortnight of a year).
 *
 * @example
 * ```ts
 * import { periodSpec } from "iacml/core";
 * periodSpec({ kind: "quarter", n: 3, of: "2024" });
 * // { kind: "months", start: "2024-07", end: "2024-09" }
 * periodSpec({ kind: "half", n: 2, of: "2024-10" });
 * // { kind: "tbd", within: { start: "2024-10-16", end: "2024-10-31" } }
 * ```
 */
export function periodSpec(period: DatePeriod): DateSpec | undefined {
  if (typeof period !== "object" || period === null || typeof period.of !== "string") return undefined;
  const year = /^(\d{4})$/.exec(period.of);
  if (year) return Number(year[1]) >= 1 ? yearPart(period, Number(year[1])) : undefined;
  const month = /^(\d{4})-(\d{2})$/.exec(period.of);
  if (month) {
    const [y, m] = [Number(month[1]), Number(month[2])];
    return y >= 1 && m >= 1 && m <= 12 ? monthPart(period, y, m) : undefined;
  }
  if (period.kind === "week" && period.n === undefined && isPlainDate(period.of) && dayOfWeek(period.of) === 1) {
    return { kind: "tbd", within: { start: period.of, end: addDays(period.of, 6) } };
  }
  return undefined;
}

/**
 * Whether a spec's days are those of its `period` (true when it has none).
 *
 * @example
 * ```ts
 * import { periodMatches, plainMonth } from "iacml/core";
 * periodMatches({
 *   kind: "months", start: plainMonth("2024-07"), end: plainMonth("2024-09"),
 *   period: { kind: "quarter", n: 3, of: "2024" },
 * }); // true
 * ```
 */
export function periodMatches(spec: DateSpec): boolean {
  if (spec.period === undefined) return true;
  const expected = periodSpec(spec.period);
  if (!expected) return false;
  if (expected.kind === "months")
    return spec.kind === "months" && spec.start === expected.start && spec.end === expected.end;
  if (expected.kind === "tbd" && expected.within) {
    return (
      spec.kind === "tbd" && spec.within?.start === expected.within.start && spec.within.end === expected.within.end
    );
  }
  return false;
}

/**
 * The Monday of the week (Monday to Sunday) a day falls in.
 *
 * @example
 * ```ts
 * import { mondayOf, plainDate } from "iacml/core";
 * mondayOf(plainDate("2024-10-17")); // "2024-10-14"
 * ```
 */
export function mondayOf(date: PlainDate): PlainDate {
  return addDays(date, -((dayOfWeek(date) + 6) % 7));
}
