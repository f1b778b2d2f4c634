// Internal: DateSpecs as day-number envelopes, and the monotone day shifts that timing rules use.
import type { DateSpec } from "../core/date-spec/types.js";
import {
  addMonths,
  firstDayOfMonth,
  fromDayNumber,
  lastDayOfMonth,
  toDayNumber,
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
    case "all": {
      const es = spec.parts.map(envelope);
      return {
        minStart: Math.min(...es.map((e) => e.minStart)),
        maxStart: Math.min(...es.map((e) => e.maxStart)),
        minEnd: Math.max(...es.map((e) => e.minEnd)),
        maxEnd: Math.max(...es.map((e) => e.maxEnd)),
      };
    }
    case "oneOf": {
      const es = spec.options.map(envelope);
      return {
        minStart: Math.min(...es.map((e) => e.minStart)),
        maxStart: Math.max(...es.map((e) => e.maxStart)),
        minEnd: Math.min(...es.map((e) => e.minEnd)),
        maxEnd: Math.max(...es.map((e) => e.maxEnd)),
      };
    }
  }
}

export function isBounded(e: Envelope): boolean {
  return [e.minStart, e.maxStart, e.minEnd, e.maxEnd].every(Number.isFinite);
}

/** Shifts a day number by a signed duration; months are calendar months clamped at month ends. */
export function shiftDay(day: number, duration: Duration, sign: 1 | -1): number {
  if ("days" in duration) return day + sign * duration.days;
  return toDayNumber(addMonths(fromDayNumber(day), sign * duration.months));
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
