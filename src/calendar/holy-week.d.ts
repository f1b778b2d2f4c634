/**
 * Easter and Holy Week by the Gregorian computus.
 * @module
 */
import type { DateRange } from "../core/date-spec/types.js";
import { type PlainDate } from "../core/plain-date.js";
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
export declare function easterSunday(year: number): PlainDate;
/**
 * Holy Week of a year: Palm Sunday to Holy Saturday (the seven days before Easter Sunday).
 *
 * @example
 * ```ts
 * import { holyWeek } from "iacml/calendar";
 * holyWeek(2023); // { start: "2023-04-02", end: "2023-04-08" }
 * ```
 */
export declare function holyWeek(year: number): DateRange;
