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
 * Every kind may also carry {@link DateSpecExtras}: a `note` kept from the text ("(preliminary)"),
 * the `period` the text named ("Q3 2024", "second half of October 2024") and the date it was
 * `originally` planned for. They describe the spec; the days it may occupy are given by the
 * kind's fields alone, so code that reads only `kind` and its fields stays right.
 *
 * @example
 * ```ts
 * import { plainMonth, type DateSpec } from "iacml/core";
 * const aprilOrMay: DateSpec = {
 *   kind: "oneOf",
 *   options: [{ kind: "month", month: plainMonth("2024-04") }, { kind: "month", month: plainMonth("2024-05") }],
 * };
 * ```
 */
export type DateSpec = DateSpecExtras &
  (
    | { readonly kind: "days"; readonly start: PlainDate; readonly end: PlainDate }
    | { readonly kind: "month"; readonly month: PlainMonth }
    | { readonly kind: "months"; readonly start: PlainMonth; readonly end: PlainMonth }
    | { readonly kind: "all"; readonly parts: readonly DateSpec[] }
    | { readonly kind: "oneOf"; readonly options: readonly DateSpec[] }
    | { readonly kind: "tbd"; readonly within?: DateRange }
  );

/**
 * What a spec may say about itself beyond its days (all optional):
 *
 * - `note`: a remark the text attached to the date that is not a date, as written
 *   ("at least three months before the XXII IACML", "preliminary", "to be confirmed");
 * - `period`: the part of a year or month the text named, for display and EDTF; the spec's
 *   own fields hold its days (see {@link DatePeriod} for the conventions);
 * - `originally`: the date it was first planned for ("originally scheduled for April 2020").
 *
 * @example
 * ```ts
 * import { plainMonth, type DateSpec } from "iacml/core";
 * const q3: DateSpec = {
 *   kind: "months", start: plainMonth("2024-07"), end: plainMonth("2024-09"),
 *   period: { kind: "quarter", n: 3, of: "2024" }, note: "preliminary",
 * };
 * ```
 */
export interface DateSpecExtras {
  /** A remark kept from the text, as written. */
  readonly note?: string;
  /** The part of a year or month the text named. */
  readonly period?: DatePeriod;
  /** The date first planned, when the text gives it. */
  readonly originally?: DateSpec;
}

/**
 * Kinds of {@link DatePeriod}.
 *
 * @example
 * ```ts
 * import type { DatePeriodKind } from "iacml/core";
 * const k: DatePeriodKind = "quarter";
 * ```
 */
export type DatePeriodKind =
  | "half"
  | "semester"
  | "quarter"
  | "four-months"
  | "fortnight"
  | "early"
  | "mid"
  | "late"
  | "week";

/**
 * A part of a year or of a month as the documents name it, with the days each one covers:
 *
 * | kind | of a year (`of: "2024"`) | of a month (`of: "2024-10"`) |
 * |---|---|---|
 * | `half` (n 1-2) | January-June, July-December ("first half of 2024") | days 1-15, 16-last ("second half of October") |
 * | `semester` (n 1-2) | January-June, July-December | — |
 * | `quarter` (n 1-4) | three months each ("Q3 2024", "1er trimestre") | — |
 * | `four-months` (n 1-3) | four months each ("primer cuatrimestre") | — |
 * | `fortnight` (n 1-2) | — | days 1-15, 16-last ("segunda quincena de julio") |
 * | `early`, `mid`, `late` | January-April, May-August, September-December | days 1-10, 11-20, 21-last |
 * | `week` | — (`of` is the week's Monday) Monday to Sunday ("week of 14 October 2024") |
 *
 * A part of a year is a `months` spec (some time in those months); a part of a month or a week
 * is a `tbd` spec with that window (some time in those days, not every one of them).
 *
 * @example
 * ```ts
 * import type { DatePeriod } from "iacml/core";
 * const lateNovember: DatePeriod = { kind: "late", of: "2024-11" };
 * ```
 */
export interface DatePeriod {
  /** Which part. */
  readonly kind: DatePeriodKind;
  /** Which one of the parts, from 1, for `half`, `semester`, `quarter`, `four-months` and `fortnight`. */
  readonly n?: number;
  /** The year (`YYYY`) or month (`YYYY-MM`) it is part of; for `week`, its Monday (`YYYY-MM-DD`). */
  readonly of: string;
}

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
