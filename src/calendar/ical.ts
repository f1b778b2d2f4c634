/**
 * iCalendar (RFC 5545) export, serialised by ical.js.
 * @module
 */
import ICAL from "ical.js";
import { certainDays, dateSpecBounds, isPrecise } from "../core/date-spec/bounds.js";
import type { DateRange, DateSpec } from "../core/date-spec/types.js";
import type { Locale } from "../core/messages/catalog.js";
import { addDays, type PlainDate } from "../core/plain-date.js";
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

/** How precise a spec is, in words for the DESCRIPTION. */
function describePrecision(spec: DateSpec): string {
  switch (spec.kind) {
    case "days":
      return spec.start === spec.end ? `day ${spec.start}` : `days ${spec.start} to ${spec.end}`;
    case "month":
      return `some time in ${spec.month}`;
    case "months":
      return `some time in ${spec.start} to ${spec.end}`;
    case "all":
      return `all of: ${spec.parts.map(describePrecision).join("; ")}`;
    case "oneOf":
      return `one of: ${spec.options.map(describePrecision).join(" or ")}`;
    default:
      return spec.within ? `to be determined, within ${spec.within.start} to ${spec.within.end}` : "to be determined";
  }
}

function dateValue(date: PlainDate): ICAL.Time {
  return ICAL.Time.fromDateString(date);
}

function spansOf(spec: DateSpec): { ranges: DateRange[]; precise: boolean } | undefined {
  if (isPrecise(spec)) return { ranges: certainDays(spec), precise: true };
  const bounds = dateSpecBounds(spec);
  return bounds ? { ranges: [{ start: bounds.earliest, end: bounds.latest }], precise: false } : undefined;
}

/**
 * The events as an iCalendar text (RFC 5545, CRLF lines folded at 75 octets, serialised by
 * ical.js): all-day `DTSTART;VALUE=DATE` and an exclusive `DTEND;VALUE=DATE` (the day after
 * the last day), so no client shifts a day whatever its time zone. Confirmed precise events get
 * `STATUS:CONFIRMED`, cancelled ones `STATUS:CANCELLED`, all others `STATUS:TENTATIVE`. An
 * imprecise date ("Nov 2024", "April or May") is exported as a tentative span over every day
 * it may fall on, with the precision stated in `DESCRIPTION` and `X-IACML-PRECISION`; an
 * `all` of separate days gives one VEVENT per run of days. A tbd with no window cannot be
 * placed and is left out.
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
export function toICalendar(events: readonly CalendarEvent[], options: ICalendarOptions = {}): string {
  const calendar = new ICAL.Component(["vcalendar", [], []]);
  calendar.addPropertyWithValue("prodid", options.prodId ?? "-//iacml//calendar//EN");
  calendar.addPropertyWithValue("version", "2.0");
  calendar.addPropertyWithValue("calscale", "GREGORIAN");
  const stamp = ICAL.Time.fromDateTimeString(`${options.stamp ?? "1970-01-01"}T00:00:00Z`);
  const domain = options.uidDomain ?? "iacml";
  for (const e of events) {
    const spans = spansOf(e.when);
    if (!spans) continue;
    spans.ranges.forEach((range, k) => {
      const v = new ICAL.Component("vevent");
      v.addPropertyWithValue("uid", `${spans.ranges.length > 1 ? `${e.id}-${k + 1}` : e.id}@${domain}`);
      v.addPropertyWithValue("dtstamp", stamp);
      v.addPropertyWithValue("dtstart", dateValue(range.start));
      v.addPropertyWithValue("dtend", dateValue(addDays(range.end, 1)));
      const title = options.locale === "es" ? (e.title.es ?? e.title.en) : e.title.en;
      v.addPropertyWithValue("summary", title);
      const status =
        e.status === "cancelled" ? "CANCELLED" : e.status === "confirmed" && spans.precise ? "CONFIRMED" : "TENTATIVE";
      v.addPropertyWithValue("status", status);
      v.addPropertyWithValue("transp", "TRANSPARENT");
      const where = [e.location?.city, e.location?.country].filter((x) => x !== undefined).join(", ");
      if (where) v.addPropertyWithValue("location", where);
      v.addPropertyWithValue("categories", e.kind.toUpperCase());
      const lines = [
        `Date precision: ${describePrecision(e.when)}`,
        `Status: ${e.status}; format: ${e.format}`,
        e.audiences.length ? `Audiences: ${e.audiences.join(", ")}` : undefined,
        e.time ? `Time: ${e.time.start}${e.time.end ? `-${e.time.end}` : ""} (${e.time.timeZone})` : undefined,
      ];
      v.addPropertyWithValue("description", lines.filter((l) => l !== undefined).join("\n"));
      v.addPropertyWithValue("x-iacml-precision", spans.precise ? "exact" : e.when.kind);
      calendar.addSubcomponent(v);
    });
  }
  return calendar.toString() + "\r\n";
}
