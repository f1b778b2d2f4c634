import type { Locale } from "../core/messages/catalog.js";
import { type PlainDate } from "../core/plain-date.js";
import type { CalendarEvent } from "./event.js";
/**
 * Options of {@link toICalendar}.
 *
 * @example
 * ```ts
 * import type { ICalendarOptions } from "iacml/calendar";
 * import { plainDate } from "iacml/core";
 * const options: ICalendarOptions = { stamp: plainDate("2024-01-15"), locale: "es" };
 * ```
 */
export interface ICalendarOptions {
    /** DTSTAMP of every event (midnight UTC of this day). Default 1970-01-01, for reproducible output. */
    readonly stamp?: PlainDate;
    /** Language of titles. Default `en` (falls back to English when a title has no Spanish). */
    readonly locale?: Locale;
    /** PRODID. Default `-//iacml//calendar//EN`. */
    readonly prodId?: string;
    /** Domain appended to UIDs. Default `iacml`. */
    readonly uidDomain?: string;
}
/**
 * The events as an iCalendar text (RFC 5545, serialised by ical.js, CRLF lines of at most 75
 * octets of UTF-8 including the leading space of a continuation line, never splitting a
 * character): all-day `DTSTART;VALUE=DATE` and an exclusive `DTEND;VALUE=DATE` (the day after
 * the last day), so no client shifts a day whatever its time zone; an event that ends on
 * 9999-12-31, which has no next day, gets `DURATION:P<n>D` instead of `DTEND`. Confirmed precise events get
 * `STATUS:CONFIRMED`, cancelled ones `STATUS:CANCELLED`, all others `STATUS:TENTATIVE`. An
 * imprecise date ("Nov 2024", "April or May") is exported as a tentative span over every day
 * it may fall on, with the precision stated in `DESCRIPTION` and `X-IACML-PRECISION`; an
 * `all` of separate days gives one VEVENT per run of days. A tbd with no window cannot be
 * placed and is left out. With `locale: "es"` titles and the `DESCRIPTION` (precision,
 * status, format, audiences) are in Spanish. Throws a `TypeError` naming the option when `stamp` is not a
 * {@link PlainDate} or `locale` not a {@link Locale}.
 *
 * @example
 * ```ts
 * import { toICalendar } from "iacml/calendar";
 * import { inMonth } from "iacml/core";
 * const ics = toICalendar([{ id: "xxii", title: { en: "XXII IACML" }, kind: "conference",
 *   when: inMonth("2024-11"), status: "tentative", format: "in-person", audiences: ["ministers"] }]);
 * // DTSTART;VALUE=DATE:20241101 / DTEND;VALUE=DATE:20241201 / STATUS:TENTATIVE
 * ```
 */
export declare function toICalendar(events: readonly CalendarEvent[], options?: ICalendarOptions): string;
