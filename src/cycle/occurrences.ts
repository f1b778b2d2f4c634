// Internal: the yearly occurrences of a recurring milestone between two conferences.
import { addMonths, dateFromParts, fromDayNumber, lastDayOfMonth, monthOf, toDayNumber } from "../core/plain-date.js";
import type { Recurrence } from "./rules-schema.js";
import type { Envelope } from "./timing.js";

/** One expected occurrence: the year and the window of day numbers. */
export interface Occurrence {
  readonly year: number;
  readonly start: number;
  readonly end: number;
}

export function occurrencesBetween(
  recurrence: Recurrence,
  previous: Envelope,
  conference: Envelope,
): Occurrence[] {
  const earliest = toDayNumber(addMonths(fromDayNumber(previous.maxEnd), recurrence.startAfterMonths));
  const firstYear = Number(fromDayNumber(earliest).slice(0, 4));
  const lastYear = Number(fromDayNumber(conference.minStart).slice(0, 4));
  const out: Occurrence[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    const first = dateFromParts(year, recurrence.month, 1)!;
    const start = toDayNumber(first);
    if (start < earliest || start >= conference.minStart) continue;
    const lastMonth = monthOf(addMonths(first, recurrence.toleranceMonths));
    const end = Math.min(toDayNumber(lastDayOfMonth(lastMonth)), conference.minStart - 1);
    out.push({ year, start, end });
  }
  return out;
}
