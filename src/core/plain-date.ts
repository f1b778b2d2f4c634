/**
 * Calendar dates as `YYYY-MM-DD` strings with integer day arithmetic that never touches the
 * machine's time zone.
 * @module
 */
import { civilFromDays, daysFromCivil } from "./civil-days.js";
import { issueFactory } from "./issue.js";
import { coreMessages, typeWords } from "./messages/core.js";
import { fail, ok, type Result } from "./result.js";

// The brands are string-keyed, not unique symbols: a CommonJS program that also loads the ES
// module types (`await import("iacml/word")`) sees two copies of these declarations, and
// unique symbols of two copies never match, while string keys compare structurally.

/**
 * A `YYYY-MM-DD` string that names a real day of the proleptic Gregorian calendar (years
 * 0001-9999). Obtain one with {@link parsePlainDate} (untrusted input) or {@link plainDate}
 * (a literal you know is right).
 *
 * @example
 * ```ts
 * import { plainDate, type PlainDate } from "iacml/core";
 * const d: PlainDate = plainDate("2024-02-29");
 * ```
 */
export type PlainDate = string & { readonly __brand: "iacml.PlainDate" };

/**
 * A `YYYY-MM` string naming a month.
 *
 * @example
 * ```ts
 * import { plainMonth, type PlainMonth } from "iacml/core";
 * const m: PlainMonth = plainMonth("2024-01");
 * ```
 */
export type PlainMonth = string & { readonly __brand: "iacml.PlainMonth" };

const coreIssue = /* @__PURE__ */ issueFactory(coreMessages);
/** The params of a `core.not-a-string` issue: the type, and its words in English and Spanish. */
function notStringParams(input: unknown): { type: string; typeName: string; typeNameEs: string } {
  let type: string = input === null ? "null" : typeof input;
  try {
    if (Array.isArray(input)) type = "array";
  } catch {
    // A revoked proxy: an object.
  }
  return { type, ...typeWords(type) };
}
/** A short quote of a long input for messages (the same cut as `excerpt`, without its module). */
const quote = (text: string): string => {
  if (text.length <= 60) return text;
  const cut = /[\ud800-\udbff]/.test(text[58]!) ? 58 : 59;
  return `${text.slice(0, cut)}…`;
};
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;

/**
 * Number of days in a month (1-12) of a year, with Gregorian leap years.
 *
 * @example
 * ```ts
 * import { daysInMonth } from "iacml/core";
 * daysInMonth(2024, 2); // 29
 * daysInMonth(1900, 2); // 28
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

/**
 * Whether a value is a {@link PlainDate}: a `YYYY-MM-DD` string naming a real day.
 *
 * @example
 * ```ts
 * import { isPlainDate } from "iacml/core";
 * isPlainDate("2023-02-29"); // false
 * isPlainDate("2024-02-29"); // true
 * ```
 */
export function isPlainDate(value: unknown): value is PlainDate {
  if (typeof value !== "string") return false;
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/**
 * Whether a value is a {@link PlainMonth} (`YYYY-MM`).
 *
 * @example
 * ```ts
 * import { isPlainMonth } from "iacml/core";
 * isPlainMonth("2024-13"); // false
 * ```
 */
export function isPlainMonth(value: unknown): value is PlainMonth {
  if (typeof value !== "string") return false;
  const m = MONTH_RE.exec(value);
  return !!m && Number(m[1]) >= 1 && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

/**
 * Reads an untrusted value as a {@link PlainDate}.
 *
 * @example
 * ```ts
 * import { parsePlainDate } from "iacml/core";
 * parsePlainDate("2024-02-29"); // { ok: true, value: "2024-02-29" }
 * parsePlainDate("2023-02-29").ok; // false, code "core.invalid-date"
 * // Constant time for any text: the message quotes a short excerpt of a long input.
 * ```
 */
export function parsePlainDate(input: unknown): Result<PlainDate> {
  if (typeof input !== "string") {
    return fail([coreIssue("core.not-a-string", notStringParams(input))]);
  }
  return isPlainDate(input) ? ok(input) : fail([coreIssue("core.invalid-date", { input: quote(input) })]);
}

/**
 * Reads an untrusted value as a {@link PlainMonth}.
 *
 * @example
 * ```ts
 * import { parsePlainMonth } from "iacml/core";
 * parsePlainMonth("2024-07"); // { ok: true, value: "2024-07" }
 * ```
 */
export function parsePlainMonth(input: unknown): Result<PlainMonth> {
  if (typeof input !== "string") {
    return fail([coreIssue("core.not-a-string", notStringParams(input))]);
  }
  return isPlainMonth(input) ? ok(input) : fail([coreIssue("core.invalid-month", { input: quote(input) })]);
}

/**
 * Asserts that a literal is a {@link PlainDate}. For dates written in code; it throws a
 * `RangeError` on a wrong literal, so use {@link parsePlainDate} for untrusted input.
 *
 * @example
 * ```ts
 * import { plainDate } from "iacml/core";
 * const conference = plainDate("2021-09-22");
 * ```
 */
export function plainDate(literal: string): PlainDate {
  if (!isPlainDate(literal)) throw new RangeError(`Not a valid PlainDate: '${literal}'`);
  return literal;
}

/**
 * Asserts that a literal is a {@link PlainMonth}; throws a `RangeError` otherwise.
 *
 * @example
 * ```ts
 * import { plainMonth } from "iacml/core";
 * const jan = plainMonth("2024-01");
 * ```
 */
export function plainMonth(literal: string): PlainMonth {
  if (!isPlainMonth(literal)) throw new RangeError(`Not a valid PlainMonth: '${literal}'`);
  return literal;
}

/**
 * Builds a {@link PlainDate} from year, month (1-12) and day, or `undefined` if no such day.
 *
 * @example
 * ```ts
 * import { dateFromParts } from "iacml/core";
 * dateFromParts(2024, 2, 29); // "2024-02-29"
 * dateFromParts(2023, 2, 29); // undefined
 * ```
 */
export function dateFromParts(year: number, month: number, day: number): PlainDate | undefined {
  const s = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  return isPlainDate(s) ? s : undefined;
}

/**
 * Splits a {@link PlainDate} into numbers.
 *
 * @example
 * ```ts
 * import { dateParts, plainDate } from "iacml/core";
 * dateParts(plainDate("2021-09-22")); // { year: 2021, month: 9, day: 22 }
 * ```
 */
export function dateParts(date: PlainDate): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/**
 * Days since 1970-01-01 (negative before), by pure integer arithmetic: the same on every
 * machine whatever its time zone.
 *
 * @example
 * ```ts
 * import { toDayNumber, plainDate } from "iacml/core";
 * toDayNumber(plainDate("1970-01-02")); // 1
 * ```
 */
export function toDayNumber(date: PlainDate): number {
  const { year, month, day } = dateParts(date);
  return daysFromCivil(year, month, day);
}

/**
 * Day number of 0001-01-01, the first day a {@link PlainDate} can name.
 *
 * @example
 * ```ts
 * import { MIN_DAY_NUMBER, fromDayNumber } from "iacml/core";
 * fromDayNumber(MIN_DAY_NUMBER); // "0001-01-01"
 * ```
 */
export const MIN_DAY_NUMBER = -719162;
/**
 * Day number of 9999-12-31, the last day a {@link PlainDate} can name.
 *
 * @example
 * ```ts
 * import { MAX_DAY_NUMBER, fromDayNumber } from "iacml/core";
 * fromDayNumber(MAX_DAY_NUMBER); // "9999-12-31"
 * ```
 */
export const MAX_DAY_NUMBER = 2932896;

/**
 * First year a {@link DateSpec} may name: 1583, the first whole year of the Gregorian calendar
 * (Easter and Holy Week are computed for it). `parseDateSpec`, `parseEdtf` and `DateSpecSchema`
 * refuse dates before it with a `core.year-out-of-range` issue. {@link PlainDate} arithmetic
 * itself works from 0001 to 9999, so every date a date spec can hold keeps more than a century
 * of headroom for the arithmetic done on it (cycles add and subtract years).
 *
 * @example
 * ```ts
 * import { MIN_SUPPORTED_YEAR, parseDateSpec } from "iacml/core";
 * parseDateSpec(`May ${MIN_SUPPORTED_YEAR - 1}`).ok; // false
 * ```
 */
export const MIN_SUPPORTED_YEAR = 1583;
/**
 * Last year a {@link DateSpec} may name: 9899, a century before the last year a
 * {@link PlainDate} can name, so that date arithmetic on any accepted spec (a next day, a
 * cycle three years later) never leaves the calendar. See {@link MIN_SUPPORTED_YEAR}.
 *
 * @example
 * ```ts
 * import { MAX_SUPPORTED_YEAR, parseDateSpec } from "iacml/core";
 * parseDateSpec(`May ${MAX_SUPPORTED_YEAR + 1}`).ok; // false
 * ```
 */
export const MAX_SUPPORTED_YEAR = 9899;

/**
 * Whether a date or month (`YYYY-MM-DD` or `YYYY-MM`) lies in the years a {@link DateSpec} may
 * name ({@link MIN_SUPPORTED_YEAR} to {@link MAX_SUPPORTED_YEAR}). Only the year is read.
 *
 * @example
 * ```ts
 * import { isSupportedYear } from "iacml/core";
 * isSupportedYear("2024-01-15"); // true
 * isSupportedYear("9999-12-31"); // false
 * ```
 */
export function isSupportedYear(value: string): boolean {
  const year = Number(value.slice(0, 4));
  return year >= MIN_SUPPORTED_YEAR && year <= MAX_SUPPORTED_YEAR;
}

/**
 * The {@link PlainDate} of a day number (inverse of {@link toDayNumber}). Throws a
 * `RangeError` outside years 0001-9999.
 *
 * @example
 * ```ts
 * import { fromDayNumber } from "iacml/core";
 * fromDayNumber(0); // "1970-01-01"
 * ```
 */
export function fromDayNumber(dayNumber: number): PlainDate {
  if (!Number.isInteger(dayNumber) || dayNumber < MIN_DAY_NUMBER || dayNumber > MAX_DAY_NUMBER) {
    throw new RangeError(`Day number out of range: ${dayNumber}`);
  }
  const { year, month, day } = civilFromDays(dayNumber);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as PlainDate;
}

/**
 * Adds (or with a negative number, subtracts) days.
 *
 * @example
 * ```ts
 * import { addDays, plainDate } from "iacml/core";
 * addDays(plainDate("2024-02-28"), 2); // "2024-03-01"
 * ```
 */
export function addDays(date: PlainDate, days: number): PlainDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * Adds months, clamping the day to the end of a shorter month as date-fns `addMonths` does.
 *
 * @example
 * ```ts
 * import { addMonths, plainDate } from "iacml/core";
 * addMonths(plainDate("2024-01-31"), 1); // "2024-02-29"
 * addMonths(plainDate("2024-11-22"), -3); // "2024-08-22"
 * ```
 */
export function addMonths(date: PlainDate, months: number): PlainDate {
  const { year, month, day } = dateParts(date);
  const index = year * 12 + (month - 1) + Math.trunc(months);
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  if (y < 1 || y > 9999) throw new RangeError(`Year out of range: ${y}`);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(Math.min(day, daysInMonth(y, m)), 2)}` as PlainDate;
}

/**
 * Whole days from `earlier` to `later` (negative if `later` is before).
 *
 * @example
 * ```ts
 * import { differenceInDays, plainDate } from "iacml/core";
 * differenceInDays(plainDate("2021-09-22"), plainDate("2021-07-28")); // 56
 * ```
 */
export function differenceInDays(later: PlainDate, earlier: PlainDate): number {
  return toDayNumber(later) - toDayNumber(earlier);
}

/**
 * Orders two dates: negative, zero or positive, for `Array.prototype.sort`.
 *
 * @example
 * ```ts
 * import { comparePlainDates, plainDate } from "iacml/core";
 * [plainDate("2024-11-01"), plainDate("2024-01-01")].sort(comparePlainDates);
 * ```
 */
export function comparePlainDates(a: PlainDate, b: PlainDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Day of the week, 0 = Sunday to 6 = Saturday (as date-fns `getDay`).
 *
 * @example
 * ```ts
 * import { dayOfWeek, plainDate } from "iacml/core";
 * dayOfWeek(plainDate("2024-03-31")); // 0 (Easter Sunday 2024)
 * ```
 */
export function dayOfWeek(date: PlainDate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

/**
 * First day of a month.
 *
 * @example
 * ```ts
 * import { firstDayOfMonth, plainMonth } from "iacml/core";
 * firstDayOfMonth(plainMonth("2024-02")); // "2024-02-01"
 * ```
 */
export function firstDayOfMonth(month: PlainMonth): PlainDate {
  return `${month}-01` as PlainDate;
}

/**
 * Last day of a month.
 *
 * @example
 * ```ts
 * import { lastDayOfMonth, plainMonth } from "iacml/core";
 * lastDayOfMonth(plainMonth("2024-02")); // "2024-02-29"
 * ```
 */
export function lastDayOfMonth(month: PlainMonth): PlainDate {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return `${month}-${pad(daysInMonth(y, m), 2)}` as PlainDate;
}

/**
 * The month a date falls in.
 *
 * @example
 * ```ts
 * import { monthOf, plainDate } from "iacml/core";
 * monthOf(plainDate("2024-02-29")); // "2024-02"
 * ```
 */
export function monthOf(date: PlainDate): PlainMonth {
  return date.slice(0, 7) as PlainMonth;
}
