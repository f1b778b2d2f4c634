// Internal: DateSpecs as day-number envelopes, and the monotone day shifts that timing rules use.
import { civilFromDays, daysFromCivil } from "../core/civil-days.js";
import type { DateSpec } from "../core/date-spec/types.js";
import {
  daysInMonth,
  firstDayOfMonth,
  fromDayNumber,
  lastDayOfMonth,
  MAX_DAY_NUMBER,
  MIN_DAY_NUMBER,
  toDayNumber,
  type PlainDate,
} from "../core/plain-date.js";
import type { Duration, TimingRule } from "./rules-schema.js";

/** Where the first and last day of a DateSpec can fall, in day numbers (±Infinity if unbounded). */
export interface Envelope {
  readonly minStart: number;
  readonly maxStart: number;
  readonly minEnd: number;
  readonly maxEnd: number;
}

const UNBOUNDED: Envelope = { minStart: -Infinity, maxStart: Infinity, minEnd: -Infinity, maxEnd: Infinity };

function windowEnvelope(start: number, end: number): Envelope {
  return { minStart: start, maxStart: end, minEnd: start, maxEnd: end };
}

export function envelope(spec: DateSpec): Envelope {
  switch (spec.kind) {
    case "days": {
      const s = toDayNumber(spec.start);
      const e = toDayNumber(spec.end);
      return { minStart: s, maxStart: s, minEnd: e, maxEnd: e };
    }
    case "month":
      return windowEnvelope(toDayNumber(firstDayOfMonth(spec.month)), toDayNumber(lastDayOfMonth(spec.month)));
    case "months":
      return windowEnvelope(toDayNumber(firstDayOfMonth(spec.start)), toDayNumber(lastDayOfMonth(spec.end)));
    case "tbd":
      return spec.within ? windowEnvelope(toDayNumber(spec.within.start), toDayNumber(spec.within.end)) : UNBOUNDED;
    case "all":
      return combine(spec.parts, true);
    case "oneOf":
      return combine(spec.options, false);
  }
}

/** Envelope of `all` (every part happens) or `oneOf` (one option does), by loops (no spread: long lists). */
function combine(specs: readonly DateSpec[], all: boolean): Envelope {
  let minStart = Infinity;
  let maxStart = -Infinity;
  let minEnd = Infinity;
  let maxEnd = -Infinity;
  let firstMaxStart = Infinity;
  let lastMinEnd = -Infinity;
  for (const part of specs) {
    const e = envelope(part);
    minStart = Math.min(minStart, e.minStart);
    maxStart = Math.max(maxStart, e.maxStart);
    minEnd = Math.min(minEnd, e.minEnd);
    maxEnd = Math.max(maxEnd, e.maxEnd);
    firstMaxStart = Math.min(firstMaxStart, e.maxStart);
    lastMinEnd = Math.max(lastMinEnd, e.minEnd);
  }
  return all
    ? { minStart, maxStart: firstMaxStart, minEnd: lastMinEnd, maxEnd }
    : { minStart, maxStart, minEnd, maxEnd };
}

export function isBounded(e: Envelope): boolean {
  return [e.minStart, e.maxStart, e.minEnd, e.maxEnd].every(Number.isFinite);
}

/** Day number of a proleptic Gregorian date of any integer year (no 0001-9999 limit). */
export const civilToDay = daysFromCivil;

/** Year, month and day of any integer day number (inverse of {@link civilToDay}). */
export const dayToCivil = civilFromDays;

/** Adds whole months to a day number, clamping the day to the end of a shorter month (any year). */
export function addMonthsToDay(dayNumber: number, months: number): number {
  const { year, month, day } = dayToCivil(dayNumber);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return civilToDay(y, m, Math.min(day, daysInMonth(y, m)));
}

/**
 * Shifts a day number by a signed duration; months are calendar months clamped at month ends.
 * Pure integer arithmetic that never throws: a shift past 9999-12-31 or before 0001-01-01 gives a
 * day number outside that range, which callers clamp or report.
 */
export function shiftDay(day: number, duration: Duration, sign: 1 | -1): number {
  if ("days" in duration) return day + sign * duration.days;
  return addMonthsToDay(day, sign * duration.months);
}

/** One side of a rule: the measured day `m` of the milestone must be ≤ f(a) (`le`) or ≥ f(a) (`ge`). */
export interface Bound {
  readonly type: "le" | "ge";
  readonly f: (anchorDay: number) => number;
}

/**
 * The bounds a rule puts on the milestone's measured day given the anchor's: "before" measures the
 * milestone's last day against the anchor's first, "after" its first day against the anchor's last.
 */
export function ruleBounds(rule: TimingRule): Bound[] {
  const bounds: Bound[] = [];
  const { atLeast, atMost } = rule;
  if (rule.direction === "before") {
    if (atLeast) bounds.push({ type: "le", f: (a) => shiftDay(a, atLeast, -1) });
    if (atMost) bounds.push({ type: "ge", f: (a) => shiftDay(a, atMost, -1) });
  } else {
    if (atLeast) bounds.push({ type: "ge", f: (a) => shiftDay(a, atLeast, 1) });
    if (atMost) bounds.push({ type: "le", f: (a) => shiftDay(a, atMost, 1) });
  }
  return bounds;
}

/** The range of the measured day of the milestone and of the anchor, for a rule's direction. */
export function measuredRanges(
  rule: Pick<TimingRule, "direction">,
  milestone: Envelope,
  anchor: Envelope,
): { m: readonly [number, number]; a: readonly [number, number] } {
  return rule.direction === "before"
    ? { m: [milestone.minEnd, milestone.maxEnd], a: [anchor.minStart, anchor.maxStart] }
    : { m: [milestone.minStart, milestone.maxStart], a: [anchor.minEnd, anchor.maxEnd] };
}

/** Smallest anchor day `a` with f(a) ≥ x (f nondecreasing, within a few days of its inverse). */
export function leastAnchorReaching(f: (a: number) => number, x: number, guess: number): number {
  let a = guess;
  while (f(a) < x) a++;
  while (f(a - 1) >= x) a--;
  return a;
}

/** Largest anchor day `a` with f(a) ≤ x. */
export function greatestAnchorBelow(f: (a: number) => number, x: number, guess: number): number {
  let a = guess;
  while (f(a) > x) a--;
  while (f(a + 1) <= x) a++;
  return a;
}

/** A rough inverse of a rule bound, used as the starting guess of the searches above. */
export function inverseGuess(rule: TimingRule, bound: Bound, x: number): number {
  const duration = bound.type === (rule.direction === "before" ? "le" : "ge") ? rule.atLeast : rule.atMost;
  return shiftDay(x, duration!, rule.direction === "before" ? 1 : -1);
}

/** A day number as a PlainDate, clamped to 0001-01-01..9999-12-31 (never throws). */
export function clampedDay(day: number): PlainDate {
  return fromDayNumber(Math.min(MAX_DAY_NUMBER, Math.max(MIN_DAY_NUMBER, Math.trunc(day))));
}

/** A day number as text: the PlainDate, or "before 0001-01-01" / "after 9999-12-31" outside the range. */
export function dayText(day: number): string {
  if (day < MIN_DAY_NUMBER) return `before ${fromDayNumber(MIN_DAY_NUMBER)}`;
  if (day > MAX_DAY_NUMBER) return `after ${fromDayNumber(MAX_DAY_NUMBER)}`;
  return fromDayNumber(day);
}

/** A short, locale-free text for a DateSpec in messages: `2021-09-22..2021-09-24`, `2024-11`. */
export function specText(spec: DateSpec): string {
  switch (spec.kind) {
    case "days":
      return spec.start === spec.end ? spec.start : `${spec.start}..${spec.end}`;
    case "month":
      return spec.month;
    case "months":
      return `${spec.start}..${spec.end}`;
    case "tbd":
      return spec.within ? `tbd ${spec.within.start}..${spec.within.end}` : "tbd";
    case "all":
      return spec.parts.map(specText).join(" & ");
    case "oneOf":
      return spec.options.map(specText).join(" or ");
  }
}
