// Internal: the yearly occurrences of a recurring milestone between two conferences.
import type { Recurrence } from "./rules-schema.js";
import { addMonthsToDay, civilToDay, dayToCivil, type Envelope } from "./timing.js";

/** One expected occurrence: the year and the window of day numbers. */
export interface Occurrence {
  readonly year: number;
  readonly start: number;
  readonly end: number;
}

/**
 * Integer day arithmetic only (no PlainDate on the way), so conferences at the edges of the
 * 0001-9999 range never throw; every window returned lies before the conference.
 */
export function occurrencesBetween(recurrence: Recurrence, previous: Envelope, conference: Envelope): Occurrence[] {
  const earliest = addMonthsToDay(previous.maxEnd, recurrence.startAfterMonths);
  const firstYear = dayToCivil(earliest).year;
  const lastYear = dayToCivil(conference.minStart).year;
  const out: Occurrence[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    const start = civilToDay(year, recurrence.month, 1);
    if (start < earliest || start >= conference.minStart) continue;
    // Last day of the month `toleranceMonths` after the recurrence month.
    const end = Math.min(addMonthsToDay(start, recurrence.toleranceMonths + 1) - 1, conference.minStart - 1);
    out.push({ year, start, end });
  }
  return out;
}
