/**
 * Three-valued comparisons of {@link DateSpec}s.
 *
 * A *reading* of a spec is one way it may turn out: a day range is read as itself; a month,
 * a span of months or a tbd with window as any single day or day range inside it; a tbd
 * without window as any day range at all; `all` as one reading of each part together; `oneOf`
 * as a reading of one option. Each comparison answers `yes` when it holds for every pair of
 * readings of its two specs, `no` when for none, `possibly` otherwise. The start and end of a
 * reading are its first and last day.
 * @module
 */
import { daysInMonth, fromDayNumber } from "../plain-date.js";
import { envelopeOf, intersectRuns, possibleRuns } from "./day-sets.js";
import { alwaysMeet } from "./overlap-search.js";
import type { DateSpec, Tri } from "./types.js";

/**
 * A range of whole numbers, both ends included.
 *
 * @example
 * ```ts
 * import { gapInDays, onDays, type NumberSpan } from "iacml/core";
 * const gap: NumberSpan | undefined = gapInDays(onDays("2021-07-28", "2021-07-30"), onDays("2021-09-22"));
 * ```
 */
export interface NumberSpan {
  /** Smallest value over all readings. */
  readonly min: number;
  /** Largest value over all readings. */
  readonly max: number;
}

const tri = (always: boolean, never: boolean): Tri => (always ? "yes" : never ? "no" : "possibly");

/**
 * Whether `a` ends before `b` starts (the last day of `a` is earlier than the first of `b`).
 *
 * @example
 * ```ts
 * import { isBefore, inMonth, oneOf } from "iacml/core";
 * isBefore(inMonth("2024-07"), inMonth("2024-11")); // "yes"
 * isBefore(oneOf(inMonth("2024-04"), inMonth("2024-05")), inMonth("2024-05")); // "possibly"
 * ```
 */
export function isBefore(a: DateSpec, b: DateSpec): Tri {
  return isAtLeastDaysBefore(a, b, 1);
}

/**
 * Whether `a` and `b` share a day: `yes` if every reading of `a` shares a day with every
 * reading of `b` (for instance when their certain days meet, or a month lies inside the other's
 * certain days), `no` if their possible days are disjoint, `possibly` otherwise. For
 * deeply nested `all`/`oneOf` specs (over 256 combined alternatives) only the certain days
 * are used to prove `yes`. Symmetric.
 *
 * @example
 * ```ts
 * import { overlaps, onDays, inMonth } from "iacml/core";
 * overlaps(onDays("2024-03-24", "2024-03-30"), inMonth("2024-03")); // "possibly"
 * overlaps(inMonth("2024-03"), onDays("2024-02-15", "2024-04-15")); // "yes"
 * ```
 */
export function overlaps(a: DateSpec, b: DateSpec): Tri {
  if (intersectRuns(possibleRuns(a), possibleRuns(b)).length === 0) return "no";
  return alwaysMeet(a, b) && alwaysMeet(b, a) ? "yes" : "possibly";
}

function bothFinite(x: number, y: number): boolean {
  return Number.isFinite(x) && Number.isFinite(y);
}

/**
 * Days from the end of `a` to the start of `b` over all readings: `start(b) − end(a)`, so 1
 * when `b` starts the day after `a` ends, 0 on the same day, negative when `b` starts before
 * `a` ends. `undefined` when either spec is unbounded.
 *
 * @example
 * ```ts
 * import { gapInDays, onDays, inMonth } from "iacml/core";
 * gapInDays(onDays("2021-07-28", "2021-07-30"), onDays("2021-09-22", "2021-09-24")); // { min: 54, max: 54 }
 * gapInDays(inMonth("2024-08"), inMonth("2024-11")); // { min: 62, max: 121 }
 * ```
 */
export function gapInDays(a: DateSpec, b: DateSpec): NumberSpan | undefined {
  const ea = envelopeOf(a);
  const eb = envelopeOf(b);
  if (!bothFinite(ea.minEnd, ea.maxEnd) || !bothFinite(eb.minStart, eb.maxStart)) return undefined;
  return { min: eb.minStart - ea.maxEnd, max: eb.maxStart - ea.minEnd };
}

/**
 * Whether `b` starts at least `days` days after `a` ends, for each reading:
 * `start(b) − end(a) >= days` (so `isBefore(a, b)` is `isAtLeastDaysBefore(a, b, 1)`).
 * Unbounded specs give `possibly`.
 *
 * @example
 * ```ts
 * import { isAtLeastDaysBefore, onDays } from "iacml/core";
 * isAtLeastDaysBefore(onDays("2024-07-10"), onDays("2024-07-20"), 10); // "yes"
 * ```
 */
export function isAtLeastDaysBefore(a: DateSpec, b: DateSpec, days: number): Tri {
  const ea = envelopeOf(a);
  const eb = envelopeOf(b);
  return tri(eb.minStart - ea.maxEnd >= days, eb.maxStart - ea.minEnd < days);
}

/** Largest whole n with addMonths(from, n) <= to (date-fns clamping), by integer arithmetic. */
function wholeMonths(fromDay: number, toDay: number): number {
  const from = fromDayNumber(fromDay);
  const to = fromDayNumber(toDay);
  const [fy, fm, fd] = [Number(from.slice(0, 4)), Number(from.slice(5, 7)), Number(from.slice(8, 10))];
  const [ty, tm, td] = [Number(to.slice(0, 4)), Number(to.slice(5, 7)), Number(to.slice(8, 10))];
  const n = ty * 12 + tm - (fy * 12 + fm);
  return Math.min(fd, daysInMonth(ty, tm)) <= td ? n : n - 1;
}

/**
 * Whole months from the end of `a` to the start of `b` over all readings: for a reading, the
 * largest whole `n` with `addMonths(end(a), n) <= start(b)` (negative when `b` starts first).
 * `undefined` when either spec is unbounded.
 *
 * @example
 * ```ts
 * import { monthsBetween, oneOf, inMonth } from "iacml/core";
 * monthsBetween(oneOf(inMonth("2024-07"), inMonth("2024-08")), inMonth("2024-11")); // { min: 2, max: 4 }
 * ```
 */
export function monthsBetween(a: DateSpec, b: DateSpec): NumberSpan | undefined {
  const ea = envelopeOf(a);
  const eb = envelopeOf(b);
  if (!bothFinite(ea.minEnd, ea.maxEnd) || !bothFinite(eb.minStart, eb.maxStart)) return undefined;
  return { min: wholeMonths(ea.maxEnd, eb.minStart), max: wholeMonths(ea.minEnd, eb.maxStart) };
}

/**
 * Whether, for each reading, `addMonths(end(a), months) <= start(b)` (`months` a whole
 * number; addMonths clamps to the end of shorter months). Unbounded specs give `possibly`.
 *
 * @example
 * ```ts
 * import { isAtLeastMonthsBefore, inMonths, inMonth, onDays } from "iacml/core";
 * isAtLeastMonthsBefore(inMonths("2024-07", "2024-08"), inMonth("2024-11"), 3); // "possibly"
 * isAtLeastMonthsBefore(onDays("2021-07-28", "2021-07-30"), onDays("2021-09-22", "2021-09-24"), 3); // "no"
 * ```
 */
export function isAtLeastMonthsBefore(a: DateSpec, b: DateSpec, months: number): Tri {
  const ea = envelopeOf(a);
  const eb = envelopeOf(b);
  const always = bothFinite(ea.maxEnd, eb.minStart) && wholeMonths(ea.maxEnd, eb.minStart) >= months;
  const never = bothFinite(ea.minEnd, eb.maxStart) && wholeMonths(ea.minEnd, eb.maxStart) < months;
  return tri(always, never);
}
