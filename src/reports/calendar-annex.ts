/**
 * Annex 1 of the report: the calendar of the cycle as tables and as a timeline.
 * @module
 */
import type { Locale } from "../core/messages/catalog.js";
import type { PlainDate } from "../core/plain-date.js";
import type { Dataset } from "../entities/dataset/schema.js";
import type { AnnexEntry } from "../entities/work-plan/annex-entry.js";
import { calendarEventsOfWorkPlan } from "../calendar/from-dataset.js";
import type { CalendarEvent } from "../calendar/event.js";
import type { Conflict } from "../calendar/conflicts.js";
import type { ReportCalendarAnnex, ReportTable } from "./performance-types.js";
import { reportLabel as label } from "./labels.js";
import { documentDate, documentMonth } from "./document-date.js";
import { placeName } from "./names.js";
import { timelineMonths, timelineSpans, type TimelineConflict, type TimelineRow } from "./timeline.js";

/**
 * The calendar entries of a work plan's Annex 1 and their calendar events.
 *
 * @deprecated Use `calendarEventsOfWorkPlan` from `iacml/calendar`: the same function, beside
 * the calendar's other functions (its `extra` events are optional).
 *
 * @example
 * ```ts
 * import { planEvents } from "iacml/reports";
 * import { dataset } from "iacml/data";
 * const { entries, events } = planEvents(dataset, "wp-2022-2024", []);
 * console.log(entries.length <= events.length); // true
 * ```
 */
export const planEvents = calendarEventsOfWorkPlan;

function entryPlace(dataset: Dataset, e: AnnexEntry, locale: Locale): string {
  if (e.location !== undefined) return placeName(dataset, e.location.city, e.location.country, locale);
  return e.format === "virtual" ? label("virtual", locale) : "";
}

function table(dataset: Dataset, entries: readonly AnnexEntry[], caption: string, locale: Locale): ReportTable {
  return {
    caption,
    headers: [label("annexEvent", locale), label("annexDate", locale), label("annexPlace", locale)],
    rows: entries.map((e) => [e.title, documentDate(e.when, locale), entryPlace(dataset, e, locale)]),
    footnotes: [],
  };
}

/**
 * Conflicts worth drawing: certain ones, and possible ones between events that draw the same
 * people (grade above low).
 *
 * @example
 * ```ts
 * import { marksConflict } from "iacml/reports";
 * import type { Conflict } from "iacml/calendar";
 * declare const conflicts: Conflict[];
 * const drawn = conflicts.filter(marksConflict);
 * ```
 */
export const marksConflict = (c: Conflict): boolean => c.certainty === "certain" || c.grade !== "low";

/**
 * Annex 1: the plan's calendar as two tables (the process's activities; other important
 * events, kind `external`) with dates as the documents write them and places city and
 * country, and the timeline of all of them with the conflicts worth marking.
 *
 * @example
 * ```ts
 * import { calendarAnnex, planEvents } from "iacml/reports";
 * import { plainDate } from "iacml/core";
 * import { dataset } from "iacml/data";
 * const { entries, events } = planEvents(dataset, "wp-2022-2024", []);
 * const annex = calendarAnnex(dataset, "2022-2024", { entries, events }, [], plainDate("2023-09-30"), "en");
 * console.log(annex.timeline.rows.length === entries.length); // true
 * ```
 */
export function calendarAnnex(
  dataset: Dataset,
  period: string,
  plan: { readonly entries: readonly AnnexEntry[]; readonly events: readonly CalendarEvent[] },
  conflicts: readonly Conflict[],
  asOf: PlainDate,
  locale: Locale,
): ReportCalendarAnnex {
  const entries = plan.entries;
  const other = (e: AnnexEntry) => e.kind === "external" || e.kind === "blackout";
  const activities = entries.filter((e) => !other(e));
  const others = entries.filter(other);
  const ordered = [...activities, ...others];
  const index = new Map(ordered.map((e, i) => [e.id, i] as const));
  const marked = conflicts.filter(marksConflict).filter((c) => index.has(c.subjects[0]!) && index.has(c.subjects[1]!));
  const inConflict = new Set(marked.flatMap((c) => c.subjects));
  const rows: TimelineRow[] = ordered.map((e) => ({
    id: e.id,
    label: e.title,
    when: documentDate(e.when, locale),
    spans: timelineSpans(e.when),
    conflict: inConflict.has(e.id),
  }));
  const marks: TimelineConflict[] = marked.flatMap((c) =>
    (c.certainDays.length > 0 ? c.certainDays : c.possibleDays).map((d) => ({
      rows: [index.get(c.subjects[0]!)!, index.get(c.subjects[1]!)!] as const,
      start: d.start,
      end: d.end,
      certain: c.certainDays.length > 0,
    })),
  );
  return {
    heading: label("annexHeading", locale, { period, asOf: documentMonth(asOf, locale) }),
    activities: table(dataset, activities, label("annexActivities", locale), locale),
    otherEvents: table(dataset, others, label("annexOtherEvents", locale), locale),
    timeline: {
      title: label("annexTimelineAlt", locale, { period }),
      locale,
      months: timelineMonths(rows),
      rows,
      conflicts: marks,
    },
    caption: label("annexTimeline", locale),
  };
}
