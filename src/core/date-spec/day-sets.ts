// Internal: DateSpec shapes as day numbers (days since 1970-01-01), unbounded ends as ±Infinity.
import { firstDayOfMonth, fromDayNumber, lastDayOfMonth, toDayNumber } from "../plain-date.js";
import type { DateRange, DateSpec } from "./types.js";

/** Inclusive run of day numbers. */
export type DayRun = readonly [number, number];

/** Extremes of a spec's readings: first/last day a reading may start and end on. */
export interface Envelope {
  readonly minStart: number;
  readonly maxStart: number;
  readonly minEnd: number;
  readonly maxEnd: number;
}

/** The days of a leaf that is not a fixed range (month, months, tbd), as one run. */
export function windowOf(spec: DateSpec): DayRun {
  switch (spec.kind) {
    case "days":
      return [toDayNumber(spec.start), toDayNumber(spec.end)];
    case "month":
      return [toDayNumber(firstDayOfMonth(spec.month)), toDayNumber(lastDayOfMonth(spec.month))];
    case "months":
      return [toDayNumber(firstDayOfMonth(spec.start)), toDayNumber(lastDayOfMonth(spec.end))];
    default:
      return spec.kind === "tbd" && spec.within
        ? [toDayNumber(spec.within.start), toDayNumber(spec.within.end)]
        : [-Infinity, Infinity];
  }
}

/** Sorts and merges overlapping or adjacent runs. */
export function mergeRuns(runs: readonly DayRun[]): DayRun[] {
  const sorted = [...runs].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1] + 1) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** Intersection of two merged run lists. */
export function intersectRuns(a: readonly DayRun[], b: readonly DayRun[]): DayRun[] {
  const out: DayRun[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const s = Math.max(a[i]![0], b[j]![0]);
    const e = Math.min(a[i]![1], b[j]![1]);
    if (s <= e) out.push([s, e]);
    if (a[i]![1] < b[j]![1]) i++;
    else j++;
  }
  return out;
}

/** Days occupied under every reading. */
export function certainRuns(spec: DateSpec): DayRun[] {
  switch (spec.kind) {
    case "days":
      return [windowOf(spec)];
    case "all":
      return mergeRuns(spec.parts.flatMap(certainRuns));
    case "oneOf":
      return spec.options.map(certainRuns).reduce((acc, runs) => intersectRuns(acc, runs));
    default:
      return [];
  }
}

/** Days occupied under some reading (an unbounded tbd gives one infinite run). */
export function possibleRuns(spec: DateSpec): DayRun[] {
  if (spec.kind === "all") return mergeRuns(spec.parts.flatMap(possibleRuns));
  if (spec.kind === "oneOf") return mergeRuns(spec.options.flatMap(possibleRuns));
  return [windowOf(spec)];
}

/** First/last days a reading can start and end on. */
export function envelopeOf(spec: DateSpec): Envelope {
  if (spec.kind === "days") {
    const [s, e] = windowOf(spec);
    return { minStart: s, maxStart: s, minEnd: e, maxEnd: e };
  }
  if (spec.kind === "all" || spec.kind === "oneOf") {
    const envs = (spec.kind === "all" ? spec.parts : spec.options).map(envelopeOf);
    const min = (f: (e: Envelope) => number) => Math.min(...envs.map(f));
    const max = (f: (e: Envelope) => number) => Math.max(...envs.map(f));
    // A reading of `all` starts at its earliest part and ends at its latest; parts vary freely.
    return spec.kind === "all"
      ? {
          minStart: min((e) => e.minStart),
          maxStart: min((e) => e.maxStart),
          minEnd: max((e) => e.minEnd),
          maxEnd: max((e) => e.maxEnd),
        }
      : {
          minStart: min((e) => e.minStart),
          maxStart: max((e) => e.maxStart),
          minEnd: min((e) => e.minEnd),
          maxEnd: max((e) => e.maxEnd),
        };
  }
  // Month, months, tbd: a reading may be a single day anywhere in the window.
  const [s, e] = windowOf(spec);
  return { minStart: s, maxStart: e, minEnd: s, maxEnd: e };
}

/** Runs as {@link DateRange}s. */
export function toRanges(runs: readonly DayRun[]): DateRange[] {
  return runs.map(([s, e]) => ({ start: fromDayNumber(s), end: fromDayNumber(e) }));
}
