/**
 * What a {@link DateSpec} certainly and possibly occupies.
 * @module
 */
import { fromDayNumber, type PlainDate } from "../plain-date.js";
import { certainRuns, envelopeOf, possibleRuns, toRanges } from "./day-sets.js";
import type { DateRange, DateSpec } from "./types.js";

/**
 * The first and last day a spec can occupy under any reading.
 *
 * @example
 * ```ts
 * import { dateSpecBounds, type DateSpecBounds } from "iacml/core";
 * const b: DateSpecBounds | undefined = dateSpecBounds({ kind: "tbd" }); // undefined
 * ```
 */
export interface DateSpecBounds {
  /** First possible day. */
  readonly earliest: PlainDate;
  /** Last possible day. */
  readonly latest: PlainDate;
}

/**
 * The first and last day a spec can occupy. `undefined` when the spec is unbounded: a `tbd`
 * without window, or an `all`/`oneOf` containing one.
 *
 * @example
 * ```ts
 * import { dateSpecBounds, inMonths } from "iacml/core";
 * dateSpecBounds(inMonths("2024-07", "2024-08"));
 * // { earliest: "2024-07-01", latest: "2024-08-31" }
 * ```
 */
export function dateSpecBounds(spec: DateSpec): DateSpecBounds | undefined {
  const env = envelopeOf(spec);
  if (!Number.isFinite(env.minStart) || !Number.isFinite(env.maxEnd)) return undefined;
  return { earliest: fromDayNumber(env.minStart), latest: fromDayNumber(env.maxEnd) };
}

/**
 * The days a spec occupies under every reading, sorted and merged (adjacent ranges joined):
 * a day range is certain; `all` is the union of its parts' certain days; `oneOf` the
 * intersection over its options; a month, months or tbd have none.
 *
 * @example
 * ```ts
 * import { certainDays, allOf, onDays } from "iacml/core";
 * certainDays(allOf(onDays("2020-09-10"), onDays("2020-09-15")));
 * // [{ start: "2020-09-10", end: "2020-09-10" }, { start: "2020-09-15", end: "2020-09-15" }]
 * ```
 */
export function certainDays(spec: DateSpec): DateRange[] {
  return toRanges(certainRuns(spec));
}

/**
 * The days a spec may occupy under some reading, sorted and merged: a month's every day, the
 * union over `oneOf` options and `all` parts, a tbd's window. `undefined` when unbounded
 * (a tbd without window anywhere in the spec), since every day is then possible.
 *
 * @example
 * ```ts
 * import { possibleDays, oneOf, inMonth } from "iacml/core";
 * possibleDays(oneOf(inMonth("2024-04"), inMonth("2024-05")));
 * // [{ start: "2024-04-01", end: "2024-05-31" }]
 * ```
 */
export function possibleDays(spec: DateSpec): DateRange[] | undefined {
  const runs = possibleRuns(spec);
  return runs.every(([s, e]) => Number.isFinite(s) && Number.isFinite(e)) ? toRanges(runs) : undefined;
}

/**
 * Whether a spec has exactly one reading: a day range, or `all` of precise parts.
 *
 * @example
 * ```ts
 * import { isPrecise, onDays, inMonth } from "iacml/core";
 * isPrecise(onDays("2023-09-21", "2023-09-22")); // true
 * isPrecise(inMonth("2024-01")); // false
 * ```
 */
export function isPrecise(spec: DateSpec): boolean {
  if (spec.kind === "days") return true;
  return spec.kind === "all" && spec.parts.every(isPrecise);
}
