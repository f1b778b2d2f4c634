// Internal: DateSpecs as day numbers, dilation by buffer days, range lists as text.
import { certainDays, possibleDays } from "../core/date-spec/bounds.js";
import { overlaps } from "../core/date-spec/compare.js";
import type { DateRange, DateSpec, Tri } from "../core/date-spec/types.js";
import { formatDateSpec } from "../core/date-spec/format-text.js";
import { fromDayNumber, toDayNumber } from "../core/plain-date.js";

/** First and last day a spec may occupy, as day numbers (±Infinity when unbounded). */
export function possibleEnvelope(spec: DateSpec): readonly [number, number] {
  if (spec.kind === "days") return [toDayNumber(spec.start), toDayNumber(spec.end)];
  const days = possibleDays(spec);
  if (!days) return [-Infinity, Infinity];
  return [toDayNumber(days[0]!.start), toDayNumber(days[days.length - 1]!.end)];
}

const clampDay = (n: number) => fromDayNumber(Math.min(2932896, Math.max(-719162, n)));

/**
 * The spec widened by `days` on each side: a reading [s, e] becomes [s − days, e + days].
 * Imprecise leaves become a tbd over their widened window (readings inside it).
 */
export function dilate(spec: DateSpec, days: number): DateSpec {
  switch (spec.kind) {
    case "days":
      return {
        kind: "days",
        start: clampDay(toDayNumber(spec.start) - days),
        end: clampDay(toDayNumber(spec.end) + days),
      };
    case "all":
      return { kind: "all", parts: spec.parts.map((p) => dilate(p, days)) };
    case "oneOf":
      return { kind: "oneOf", options: spec.options.map((p) => dilate(p, days)) };
    default: {
      const [s, e] = possibleEnvelope(spec);
      if (!Number.isFinite(s)) return { kind: "tbd" };
      return { kind: "tbd", within: { start: clampDay(s - days), end: clampDay(e + days) } };
    }
  }
}

const TRI_RANK: Record<Tri, number> = { no: 0, possibly: 1, yes: 2 };

/** Whether `a` and `b` come within `buffer` days of each other (gap ≤ buffer), symmetric. */
export function withinDays(a: DateSpec, b: DateSpec, buffer: number): Tri {
  if (a.kind === "days" && b.kind === "days") {
    const meet =
      toDayNumber(b.start) - toDayNumber(a.end) <= buffer && toDayNumber(a.start) - toDayNumber(b.end) <= buffer;
    return meet ? "yes" : "no";
  }
  if (buffer === 0) return overlaps(a, b);
  const x = overlaps(dilate(a, buffer), b);
  const y = overlaps(a, dilate(b, buffer));
  return TRI_RANK[x] <= TRI_RANK[y] ? x : y;
}

/** Whether two precise-or-not specs overlap, with a fast path for day ranges. */
export function overlapTri(a: DateSpec, b: DateSpec): Tri {
  if (a.kind === "days" && b.kind === "days") return a.start <= b.end && b.start <= a.end ? "yes" : "no";
  return overlaps(a, b);
}

/** Intersection of two sorted, merged range lists. */
export function intersectRanges(a: readonly DateRange[], b: readonly DateRange[]): DateRange[] {
  const out: DateRange[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    const start = x.start > y.start ? x.start : y.start;
    const end = x.end < y.end ? x.end : y.end;
    if (start <= end) out.push({ start, end });
    if (x.end < y.end) i++;
    else j++;
  }
  return out;
}

const ALL_DAYS: readonly DateRange[] = [{ start: fromDayNumber(-719162), end: fromDayNumber(2932896) }];

/** Days both specs occupy under every reading, and days they may both occupy. */
export function sharedDays(a: DateSpec, b: DateSpec): { certain: DateRange[]; possible: DateRange[] } {
  if (a.kind === "days" && b.kind === "days") {
    const start = a.start > b.start ? a.start : b.start;
    const end = a.end < b.end ? a.end : b.end;
    const days = start <= end ? [{ start, end }] : [];
    return { certain: days, possible: days };
  }
  return {
    certain: intersectRanges(certainDays(a), certainDays(b)),
    possible: intersectRanges(possibleDays(a) ?? ALL_DAYS, possibleDays(b) ?? ALL_DAYS),
  };
}

/** Ranges a message lists before it says how many more there are. */
const MAX_LISTED = 10;

/** `2024-11-01`, `2024-11-01–2024-11-10`, joined by commas (at most 10, then `… (+N)`); `—` when empty. */
export function rangesText(ranges: readonly DateRange[]): string {
  if (ranges.length === 0) return "—";
  const shown = ranges
    .slice(0, MAX_LISTED)
    .map((r) => (r.start === r.end ? r.start : `${r.start}–${r.end}`))
    .join(", ");
  return ranges.length > MAX_LISTED ? `${shown}, … (+${ranges.length - MAX_LISTED})` : shown;
}

const FIRST_DAY = fromDayNumber(-719162);
const LAST_DAY = fromDayNumber(2932896);

/**
 * Ranges in words, for people: `March 15, 2022`, `January 1–December 31, 2022` (in Spanish
 * `15 de marzo de 2022`, `del 1 de enero al 31 de diciembre de 2022`), joined by `; ` (at most
 * 10, then `… (+N)`); `—` when empty, "any day" / "cualquier día" for the unbounded range.
 * With `withPreposition`, each Spanish range carries its article ("el 15 de marzo de 2022",
 * "del 1 al 3 de marzo de 2022", "los días 1 y 2 de marzo de 2022").
 */
export function rangesWords(ranges: readonly DateRange[], locale: "en" | "es", withPreposition = false): string {
  if (ranges.length === 0) return "—";
  const one = (r: DateRange) => {
    if (r.start === FIRST_DAY && r.end === LAST_DAY) return locale === "es" ? "cualquier día" : "any day";
    const text = formatDateSpec({ kind: "days", start: r.start, end: r.end }, locale);
    if (locale === "en") return text;
    if (!withPreposition) return /^\d+ al /.test(text) ? `del ${text}` : text;
    // Spanish: "el 15 de marzo de 2022", "los días 1 y 2 de …", "del 1 al 3 de …".
    if (r.start === r.end) return `el ${text}`;
    if (text.startsWith("del ")) return text;
    return /^\d+ y /.test(text) ? `los días ${text}` : `del ${text}`;
  };
  const shown = ranges.slice(0, MAX_LISTED).map(one).join("; ");
  return ranges.length > MAX_LISTED ? `${shown}; … (+${ranges.length - MAX_LISTED})` : shown;
}
