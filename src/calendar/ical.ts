/**
 * iCalendar (RFC 5545) export, serialised by ical.js.
 * @module
 */
import ICAL from "ical.js";
import { certainDays, dateSpecBounds, isPrecise } from "../core/date-spec/bounds.js";
import type { DateRange, DateSpec } from "../core/date-spec/types.js";
import type { Locale } from "../core/messages/catalog.js";
import { requireLocale, requirePlainDate } from "../core/options.js";
import { formatDateSpec } from "../core/date-spec/format-text.js";
import { addDays, differenceInDays, type PlainDate, type PlainMonth } from "../core/plain-date.js";
import { countryName } from "./country-names.js";
import type { CalendarEvent } from "./event.js";
import { audienceLabel } from "./labels.js";
import { calendarLabel } from "./status-labels.js";

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

const daysWords = (start: PlainDate, end: PlainDate, locale: Locale) =>
  formatDateSpec({ kind: "days", start, end }, locale);
const monthWords = (month: PlainMonth, locale: Locale) => formatDateSpec({ kind: "month", month }, locale);

/** How precise a spec is, in words for the DESCRIPTION (dates in words, never ISO). */
function describePrecision(spec: DateSpec, locale: Locale): string {
  const es = locale === "es";
  switch (spec.kind) {
    case "days":
      if (spec.start === spec.end)
        return es ? `el ${daysWords(spec.start, spec.end, locale)}` : `on ${daysWords(spec.start, spec.end, locale)}`;
      if (!es) return daysWords(spec.start, spec.end, locale);
      return ((t) => (t.startsWith("del ") ? t : /^\d+ y /.test(t) ? `los días ${t}` : `del ${t}`))(
        daysWords(spec.start, spec.end, locale),
      );
    case "month":
      return es
        ? `en algún momento de ${monthWords(spec.month, locale)}`
        : `some time in ${monthWords(spec.month, locale)}`;
    case "months":
      return es
        ? `en algún momento entre ${monthWords(spec.start, locale)} y ${monthWords(spec.end, locale)}`
        : `some time between ${monthWords(spec.start, locale)} and ${monthWords(spec.end, locale)}`;
    case "all":
      return `${es ? "todas estas" : "all of"}: ${spec.parts.map((p) => describePrecision(p, locale)).join("; ")}`;
    case "oneOf":
      return `${es ? "una de estas" : "one of"}: ${spec.options.map((p) => describePrecision(p, locale)).join(es ? " o " : " or ")}`;
    default:
      if (!spec.within) return es ? "por determinar" : "to be determined";
      return es
        ? `por determinar, entre el ${daysWords(spec.within.start, spec.within.start, locale)} y el ${daysWords(spec.within.end, spec.within.end, locale)}`
        : `to be determined, between ${daysWords(spec.within.start, spec.within.start, locale)} and ${daysWords(spec.within.end, spec.within.end, locale)}`;
  }
}

/** Kinds that take nobody's time (no room, no attendance): exported as free time. */
const FREE_KINDS: ReadonlySet<string> = new Set(["deadline", "call", "blackout"]);

/** Kinds whose format (in person, virtual) means nothing: a deadline or a call is not held anywhere. */
const NO_FORMAT_KINDS: ReadonlySet<string> = new Set(["deadline", "call"]);

/** A DATE property from the jCal value (`YYYY-MM-DD`): ical.js's Time would print year 1 as `1-01-01`. */
function dateProperty(name: string, date: PlainDate): ICAL.Property {
  return new ICAL.Property([name, {}, "date", date]);
}

const LAST_DAY = "9999-12-31";
const MAX_OCTETS = 75;

/**
 * Folds one unfolded content line so that no line exceeds 75 octets of UTF-8, CRLF excluded
 * (RFC 5545 §3.1): continuation lines start with one space, which counts, and a character is
 * never split.
 */
function foldLine(line: string): string {
  let out = "";
  let octets = 0;
  let limit = MAX_OCTETS;
  for (const ch of line) {
    const cp = ch.codePointAt(0)!;
    const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (octets + size > limit) {
      out += "\r\n ";
      octets = 1;
      limit = MAX_OCTETS;
    }
    out += ch;
    octets += size;
  }
  return out;
}

/** ical.js's text, unfolded and folded again at 75 octets per line. */
function refold(text: string): string {
  return text
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .map(foldLine)
    .join("\r\n");
}

function spansOf(spec: DateSpec): { ranges: DateRange[]; precise: boolean } | undefined {
  if (isPrecise(spec)) return { ranges: certainDays(spec), precise: true };
  const bounds = dateSpecBounds(spec);
  return bounds ? { ranges: [{ start: bounds.earliest, end: bounds.latest }], precise: false } : undefined;
}

/**
 * The events as an iCalendar text (RFC 5545, serialised by ical.js, CRLF lines of at most 75
 * octets of UTF-8 including the leading space of a continuation line, never splitting a
 * character): all-day `DTSTART;VALUE=DATE` and an exclusive `DTEND;VALUE=DATE` (the day after
 * the last day), so no client shifts a day whatever its time zone; an event that ends on
 * 9999-12-31, which has no next day, gets `DURATION:P<n>D` instead of `DTEND`. Confirmed precise events get
 * `STATUS:CONFIRMED`, cancelled ones `STATUS:CANCELLED`, all others `STATUS:TENTATIVE` (a
 * confirmed event with imprecise dates says "exact days not yet fixed" in `DESCRIPTION`).
 * `TRANSP:OPAQUE` (busy) for events people attend on exact days (meetings, conferences,
 * workshops … in any format, not cancelled); `TRANSP:TRANSPARENT` (free) for deadlines, calls,
 * blackout periods, cancelled events and imprecise spans, which would otherwise block a whole
 * month. `LOCATION` is the city and the country's name ("Washington, D.C., United States" /
 * "…, Estados Unidos"). Dates in `DESCRIPTION` are in words. An
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
export function toICalendar(events: readonly CalendarEvent[], options: ICalendarOptions = {}): string {
  const locale = options.locale === undefined ? "en" : requireLocale(options.locale, "locale");
  const stampDay = options.stamp === undefined ? "1970-01-01" : requirePlainDate(options.stamp, "stamp");
  const calendar = new ICAL.Component(["vcalendar", [], []]);
  calendar.addPropertyWithValue("prodid", options.prodId ?? "-//iacml//calendar//EN");
  calendar.addPropertyWithValue("version", "2.0");
  calendar.addPropertyWithValue("calscale", "GREGORIAN");
  const stamp = `${stampDay}T00:00:00Z`;
  const domain = options.uidDomain ?? "iacml";
  for (const e of events) {
    const spans = spansOf(e.when);
    if (!spans) continue;
    spans.ranges.forEach((range, k) => {
      const v = new ICAL.Component("vevent");
      v.addPropertyWithValue("uid", `${spans.ranges.length > 1 ? `${e.id}-${k + 1}` : e.id}@${domain}`);
      v.addProperty(new ICAL.Property(["dtstamp", {}, "date-time", stamp]));
      v.addProperty(dateProperty("dtstart", range.start));
      // DTEND is exclusive; 9999-12-31 has no next day, so an event ending then gets a DURATION.
      if (range.end === LAST_DAY) {
        v.addProperty(
          new ICAL.Property(["duration", {}, "duration", `P${differenceInDays(range.end, range.start) + 1}D`]),
        );
      } else {
        v.addProperty(dateProperty("dtend", addDays(range.end, 1)));
      }
      const title = locale === "es" ? (e.title.es ?? e.title.en) : e.title.en;
      v.addPropertyWithValue("summary", title);
      const status =
        e.status === "cancelled" ? "CANCELLED" : e.status === "confirmed" && spans.precise ? "CONFIRMED" : "TENTATIVE";
      v.addPropertyWithValue("status", status);
      // Busy (OPAQUE) when people attend on those days: a meeting, conference, workshop …
      // (in person, hybrid or virtual) that is not cancelled and has exact days. Deadlines,
      // calls, blackout periods, cancelled events and imprecise spans (a whole month) are free.
      const busy = !FREE_KINDS.has(e.kind) && e.status !== "cancelled" && spans.precise;
      v.addPropertyWithValue("transp", busy ? "OPAQUE" : "TRANSPARENT");
      const country = e.location?.country === undefined ? undefined : countryName(e.location.country, locale);
      const where = [e.location?.city, country].filter((x) => x !== undefined).join(", ");
      if (where) v.addPropertyWithValue("location", where);
      v.addPropertyWithValue("categories", e.kind.toUpperCase());
      const es = locale === "es";
      // A confirmed event with imprecise dates is TENTATIVE in STATUS; the DESCRIPTION says why.
      const unfixed = e.status === "confirmed" && !spans.precise;
      const audiences = e.audiences.map((a) => audienceLabel(a, locale)).join(", ");
      const time = e.time ? `${e.time.start}${e.time.end ? `-${e.time.end}` : ""} (${e.time.timeZone})` : undefined;
      const lines = [
        `${es ? "Precisión de la fecha" : "Date precision"}: ${describePrecision(e.when, locale)}`,
        `${es ? "Estado" : "Status"}: ${calendarLabel(e.status, locale)}${unfixed ? (es ? " (días exactos aún por fijar)" : " (exact days not yet fixed)") : ""}${
          NO_FORMAT_KINDS.has(e.kind) ? "" : `; ${es ? "formato" : "format"}: ${calendarLabel(e.format, locale)}`
        }`,
        e.audiences.length ? `${es ? "Públicos" : "Audiences"}: ${audiences}` : undefined,
        time ? `${es ? "Hora" : "Time"}: ${time}` : undefined,
      ];
      v.addPropertyWithValue("description", lines.filter((l) => l !== undefined).join("\n"));
      v.addPropertyWithValue("x-iacml-precision", spans.precise ? "exact" : e.when.kind);
      calendar.addSubcomponent(v);
    });
  }
  return refold(calendar.toString()) + "\r\n";
}
