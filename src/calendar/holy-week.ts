/**
 * Easter and Holy Week by the Gregorian computus.
 * @module
 */
import type { DateRange } from "../core/date-spec/types.js";
import { addDays, dateFromParts, type PlainDate } from "../core/plain-date.js";

/**
 * Easter Sunday of a Gregorian year (1583-9999), by the anonymous Gregorian computus
 * (Meeus/Jones/Butcher). Throws a `RangeError` for other years.
 *
 * @example
 * ```ts
 * import { easterSunday } from "iacml/calendar";
 * easterSunday(2024); // "2024-03-31"
 * ```
 */
export function easterSunday(year: number): PlainDate {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) throw new RangeError(`Not a Gregorian year: ${year}`);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dateFromParts(year, month, day)!;
}

/**
 * Holy Week of a year: Palm Sunday to Holy Saturday (the seven days before Easter Sunday).
 *
 * @example
 * ```ts
 * import { holyWeek } from "iacml/calendar";
 * holyWeek(2023); // { start: "2023-04-02", end: "2023-04-08" }
 * ```
 */
export function holyWeek(year: number): DateRange {
  const easter = easterSunday(year);
  return { start: addDays(easter, -7), end: addDays(easter, -1) };
}
