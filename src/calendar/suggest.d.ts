import type { DateSpec } from "../core/date-spec/types.js";
import type { Issue } from "../core/result.js";
import { type PlainDate } from "../core/plain-date.js";
import type { EventFormat, LocalizedText } from "../entities/common.js";
import { type RuleFinding } from "./check.js";
import type { Conflict, FindConflictsOptions } from "./conflicts.js";
import type { CalendarEvent, CalendarEventKind } from "./event.js";
import type { CalendarRuleInput } from "./rules.js";
/**
 * What a new event needs: how many days, in which window ("April or May 2024" as a
 * DateSpec), for which audiences, where, and how many suggestions to return.
 *
 * @example
 * ```ts
 * import type { SuggestDatesRequest } from "iacml/calendar";
 * import { oneOf, inMonth } from "iacml/core";
 * const request: SuggestDatesRequest = {
 *   durationDays: 2, window: oneOf(inMonth("2024-04"), inMonth("2024-05")),
 *   audiences: ["labor-ministry-officials"], country: "CR",
 * };
 * ```
 */
export interface SuggestDatesRequest {
    /** Id the suggested event gets in its findings. Default `suggested`. */
    readonly id?: string;
    /** Title. Default "New event". */
    readonly title?: LocalizedText;
    /** Kind. Default `workshop`. */
    readonly kind?: CalendarEventKind;
    /** Number of consecutive days (at least 1). */
    readonly durationDays: number;
    /** Where the event may fall; each suggestion lies inside one run of its possible days. */
    readonly window: DateSpec;
    /** Audiences it draws. */
    readonly audiences: readonly string[];
    /** ISO alpha-2 host country. */
    readonly country?: string;
    /** Format. Default `in-person`. */
    readonly format?: EventFormat;
    /** Only Monday-Friday days. Default `true`. */
    readonly weekdaysOnly?: boolean;
    /** How many suggestions at most. Default 5. */
    readonly count?: number;
}
/**
 * A suggested date range, with the reasons it is good and the soft findings it still has
 * (possible conflicts, conflicts with no shared audience, possible rule findings).
 *
 * @example
 * ```ts
 * import { suggestDates, type DateSuggestion } from "iacml/calendar";
 * import { inMonth } from "iacml/core";
 * const s: DateSuggestion[] = suggestDates({ durationDays: 2, window: inMonth("2024-05"), audiences: [] }, []);
 * console.log(s[0]?.start);
 * ```
 */
export interface DateSuggestion {
    /** First day. */
    readonly start: PlainDate;
    /** Last day. */
    readonly end: PlainDate;
    /** The suggested event, as checked. */
    readonly event: CalendarEvent;
    /** Penalty of the soft findings (0 = none); lower ranks first. */
    readonly penalty: number;
    /** Why it is good (info issues with codes `calendar.reason-*`). */
    readonly reasons: readonly Issue[];
    /** Soft conflicts and rule findings it still has. */
    readonly findings: readonly (Conflict | RuleFinding)[];
}
/**
 * Options of {@link suggestDates}: those of {@link FindConflictsOptions} plus the locale of
 * reasons.
 *
 * @example
 * ```ts
 * import type { SuggestDatesOptions } from "iacml/calendar";
 * const options: SuggestDatesOptions = { travelBufferDays: 2, locale: "es" };
 * ```
 */
export type SuggestDatesOptions = FindConflictsOptions;
/**
 * Ranked free date ranges for a new event inside a window, against a calendar and rules.
 * A candidate with a certain conflict that shares an audience, or a certain rule finding of
 * severity `error` (Holy Week, a national holiday, a missed gap), is never suggested; the
 * rest are ranked by the penalty of their soft findings, then by distance to the nearest
 * event for the same audiences (farther first, up to 14 days), then by date. Suggestions do
 * not overlap one another. Events with no date or window yet (a `tbd` without `within`)
 * cannot be placed and are left out (see `calendar.not-placeable` in {@link findConflicts}).
 * Throws a `TypeError` naming the field when the request or an option has the wrong type
 * (`durationDays` not a whole number from 1 to 366, `window` not a DateSpec, `locale: "fr"`).
 *
 * @example
 * ```ts
 * import { suggestDates } from "iacml/calendar";
 * import { oneOf, inMonth } from "iacml/core";
 * const suggestions = suggestDates(
 *   { durationDays: 2, window: oneOf(inMonth("2024-04"), inMonth("2024-05")), audiences: ["ministers"], country: "CR" },
 *   [],
 *   [{ kind: "holy-week", id: "holy-week" }],
 * );
 * console.log(suggestions.map((s) => `${s.start} – ${s.end}`));
 * ```
 */
export declare function suggestDates(request: SuggestDatesRequest, events: readonly CalendarEvent[], rules?: readonly CalendarRuleInput[], options?: SuggestDatesOptions): DateSuggestion[];
