import type { PlainDate, PlainMonth } from "../plain-date.js";

/**
 * A date at the precision a document gives it.
 *
 * - `days`: a day or a day range, both ends included (`start === end` for one day);
 * - `month`: some time in a month ("Jan. 2024");
 * - `months`: some time in a span of months ("Jul-Aug 2024");
 * - `all`: several separate dates that all happen ("September 10 & 15, 2020");
 * - `oneOf`: exactly one of some alternatives ("April or May 2024");
 * - `tbd`: to be determined, with an optional window it is known to fall in.
 *
 * @example
 * ```ts
 * import type { DateSpec } from "iacml/core";
 * const aprilOrMay: DateSpec = {
 *   kind: "oneOf",
 *   options: [{ kind: "month", month: "2024-04" as never }, { kind: "month", month: "2024-05" as never }],
 * };
 * ```
 */
export type DateSpec =
  | { readonly kind: "days"; readonly start: PlainDate; readonly end: PlainDate }
  | { readonly kind: "month"; readonly month: PlainMonth }
  | { readonly kind: "months"; readonly start: PlainMonth; readonly end: PlainMonth }
  | { readonly kind: "all"; readonly parts: readonly DateSpec[] }
  | { readonly kind: "oneOf"; readonly options: readonly DateSpec[] }
  | { readonly kind: "tbd"; readonly within?: DateRange };

/**
 * A range of days, both ends included.
 *
 * @example
 * ```ts
 * import { plainDate, type DateRange } from "iacml/core";
 * const r: DateRange = { start: plainDate("2024-03-24"), end: plainDate("2024-03-30") };
 * ```
 */
export interface DateRange {
  /** First day. */
  readonly start: PlainDate;
  /** Last day (included). */
  readonly end: PlainDate;
}

/**
 * A three-valued answer for comparisons of imprecise dates: `yes` for every reading of the
 * dates, `no` for none, `possibly` for some.
 *
 * @example
 * ```ts
 * import type { Tri } from "iacml/core";
 * const answer: Tri = "possibly";
 * ```
 */
export type Tri = "yes" | "no" | "possibly";
