/**
 * UTC offsets of IANA time zones at an explicit instant, without reading the clock.
 * @module
 */
import type { PlainDate } from "../core/plain-date.js";
/**
 * Whether the runtime knows an IANA time zone.
 *
 * @example
 * ```ts
 * import { isKnownTimeZone } from "iacml/calendar";
 * isKnownTimeZone("America/Santiago"); // true
 * isKnownTimeZone("Mars/Olympus"); // false
 * ```
 */
export declare function isKnownTimeZone(timeZone: string): boolean;
/**
 * Minutes east of UTC of a time zone at an instant given as milliseconds since the epoch
 * (from `Intl.DateTimeFormat`'s `longOffset`, so daylight saving time is the zone's own).
 * Throws a `RangeError` for a zone the runtime does not know.
 *
 * @example
 * ```ts
 * import { utcOffsetMinutes } from "iacml/calendar";
 * utcOffsetMinutes("America/St_Johns", Date.UTC(2024, 6, 1, 12)); // -150
 * ```
 */
export declare function utcOffsetMinutes(timeZone: string, epochMs: number): number;
/**
 * The instant (ms since the epoch) of a wall-clock time on a date in a time zone. A time
 * skipped by a daylight-saving jump is read with the offset before the jump.
 *
 * @example
 * ```ts
 * import { zonedInstant } from "iacml/calendar";
 * import { plainDate } from "iacml/core";
 * zonedInstant(plainDate("2024-01-15"), 9 * 60, "America/Santiago") === Date.UTC(2024, 0, 15, 12); // true
 * ```
 */
export declare function zonedInstant(date: PlainDate, minutesOfDay: number, timeZone: string): number;
/**
 * Local wall-clock minutes of day (0-1439) of an instant in a time zone.
 *
 * @example
 * ```ts
 * import { localMinutes } from "iacml/calendar";
 * localMinutes("America/Bogota", Date.UTC(2024, 0, 15, 14)); // 540 (09:00)
 * ```
 */
export declare function localMinutes(timeZone: string, epochMs: number): number;
