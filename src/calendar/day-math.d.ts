import type { DateRange, DateSpec, Tri } from "../core/date-spec/types.js";
/** First and last day a spec may occupy, as day numbers (±Infinity when unbounded). */
export declare function possibleEnvelope(spec: DateSpec): readonly [number, number];
/**
 * The spec widened by `days` on each side: a reading [s, e] becomes [s − days, e + days].
 * Imprecise leaves become a tbd over their widened window (readings inside it).
 */
export declare function dilate(spec: DateSpec, days: number): DateSpec;
/** Whether `a` and `b` come within `buffer` days of each other (gap ≤ buffer), symmetric. */
export declare function withinDays(a: DateSpec, b: DateSpec, buffer: number): Tri;
/** Whether two precise-or-not specs overlap, with a fast path for day ranges. */
export declare function overlapTri(a: DateSpec, b: DateSpec): Tri;
/** Intersection of two sorted, merged range lists. */
export declare function intersectRanges(a: readonly DateRange[], b: readonly DateRange[]): DateRange[];
/** Days both specs occupy under every reading, and days they may both occupy. */
export declare function sharedDays(a: DateSpec, b: DateSpec): {
    certain: DateRange[];
    possible: DateRange[];
};
/** `2024-11-01`, `2024-11-01–2024-11-10`, joined by commas (at most 10, then `… (+N)`); `—` when empty. */
export declare function rangesText(ranges: readonly DateRange[]): string;
