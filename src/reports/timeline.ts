/**
 * The calendar as a timeline: months across, one row per event, the days each date may fall on.
 * @module
 */
import type { Locale } from "../core/messages/catalog.js";
import { firstDayOfMonth, lastDayOfMonth, monthOf, type PlainDate, type PlainMonth } from "../core/plain-date.js";
import type { DateSpec } from "../core/date-spec/types.js";

/**
 * Days a date is drawn over: `exact` when the date is known to the day, outlined otherwise.
 *
 * @example
 * ```ts
 * import type { TimelineSpan } from "iacml/reports";
 * import { plainDate } from "iacml/core";
 * const s: TimelineSpan = { start: plainDate("2024-04-01"), end: plainDate("2024-04-30"), exact: false };
 * ```
 */
export interface TimelineSpan {
  /** First day. */
  readonly start: PlainDate;
  /** Last day, included. */
  readonly end: PlainDate;
  /** The date is these days (filled); otherwise it may fall on any of them (outlined). */
  readonly exact: boolean;
}

/**
 * One event of the timeline.
 *
 * @example
 * ```ts
 * import type { TimelineRow } from "iacml/reports";
 * const r: TimelineRow = { id: "cal/x", label: "RIAL Workshop", when: "April or May 2024", spans: [], conflict: false };
 * ```
 */
export interface TimelineRow {
  /** The event's id (never drawn). */
  readonly id: string;
  /** Its name. */
  readonly label: string;
  /** Its date as the documents write it. */
  readonly when: string;
  /** The spans it is drawn over ("April or May" is two). */
  readonly spans: readonly TimelineSpan[];
  /** Whether it is in a marked conflict. */
  readonly conflict: boolean;
}

/**
 * A marked conflict between two rows over some days.
 *
 * @example
 * ```ts
 * import type { TimelineConflict } from "iacml/reports";
 * import { plainDate } from "iacml/core";
 * const c: TimelineConflict = { rows: [0, 3], start: plainDate("2024-03-24"), end: plainDate("2024-03-30"), certain: false };
 * ```
 */
export interface TimelineConflict {
  /** Indexes of the two rows. */
  readonly rows: readonly [number, number];
  /** First day of the overlap. */
  readonly start: PlainDate;
  /** Last day. */
  readonly end: PlainDate;
  /** Whether the overlap is certain. */
  readonly certain: boolean;
}

/**
 * The data of a timeline picture (`timelineSvg` draws it).
 *
 * @example
 * ```ts
 * import type { Timeline } from "iacml/reports";
 * const t: Timeline = { title: "Calendar", locale: "en", months: [], rows: [], conflicts: [] };
 * ```
 */
export interface Timeline {
  /** Its title. */
  readonly title: string;
  /** Language of the month labels. */
  readonly locale: Locale;
  /** The months across, first to last. */
  readonly months: readonly PlainMonth[];
  /** One per event, in calendar order. */
  readonly rows: readonly TimelineRow[];
  /** Marked conflicts. */
  readonly conflicts: readonly TimelineConflict[];
}

/**
 * The spans a date is drawn over: each alternative of "April or May" apart, each part of
 * "September 10 and 15" apart, a window for a date to be confirmed, nothing for a date with no
 * window.
 *
 * @example
 * ```ts
 * import { timelineSpans } from "iacml/reports";
 * import { oneOf, inMonth } from "iacml/core";
 * timelineSpans(oneOf(inMonth("2024-04"), inMonth("2024-05"))).length; // 2
 * ```
 */
export function timelineSpans(spec: DateSpec): TimelineSpan[] {
  switch (spec.kind) {
    case "days":
      return [{ start: spec.start, end: spec.end, exact: true }];
    case "month":
      return [{ start: firstDayOfMonth(spec.month), end: lastDayOfMonth(spec.month), exact: false }];
    case "months":
      return [{ start: firstDayOfMonth(spec.start), end: lastDayOfMonth(spec.end), exact: false }];
    case "all":
      return spec.parts.flatMap(timelineSpans);
    case "oneOf":
      return spec.options.flatMap((o) => timelineSpans(o).map((s) => ({ ...s, exact: false })));
    case "tbd":
      return spec.within ? [{ start: spec.within.start, end: spec.within.end, exact: false }] : [];
  }
}

/** Every month from the first to the last, both included. */
function monthsBetween(first: PlainMonth, last: PlainMonth): PlainMonth[] {
  const out: PlainMonth[] = [];
  let y = Number(first.slice(0, 4));
  let m = Number(first.slice(5, 7));
  while (out.length < 1200) {
    const month = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}` as PlainMonth;
    out.push(month);
    if (month >= last) break;
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

/**
 * The months a set of rows spans, first to last.
 *
 * @example
 * ```ts
 * import { timelineMonths, timelineSpans } from "iacml/reports";
 * import { onDays } from "iacml/core";
 * timelineMonths([{ spans: timelineSpans(onDays("2024-03-30", "2024-04-02")) }]); // ["2024-03", "2024-04"]
 * ```
 */
export function timelineMonths(rows: readonly { readonly spans: readonly TimelineSpan[] }[]): PlainMonth[] {
  const days = rows.flatMap((r) => r.spans.flatMap((s) => [s.start, s.end])).sort();
  if (days.length === 0) return [];
  return monthsBetween(monthOf(days[0]!), monthOf(days[days.length - 1]!));
}
