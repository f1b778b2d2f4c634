import { type Locale } from "../core/messages/catalog.js";
import type { Finding } from "../core/result.js";
import type { CalendarEvent } from "./event.js";
import type { CalendarRuleInput } from "./rules.js";
/**
 * A finding of a calendar rule: a {@link Finding} with the id of the rule that raised it and
 * its message in the requested locale.
 *
 * @example
 * ```ts
 * import { checkCalendar, type RuleFinding } from "iacml/calendar";
 * const findings: RuleFinding[] = checkCalendar([], [{ kind: "holy-week", id: "holy-week" }]);
 * ```
 */
export interface RuleFinding extends Finding {
    /** Id of the rule that raised it. */
    readonly rule: string;
    /** The message in the requested locale. */
    readonly explanation: string;
}
/**
 * Options of {@link checkCalendar}.
 *
 * @example
 * ```ts
 * import type { CheckCalendarOptions } from "iacml/calendar";
 * const options: CheckCalendarOptions = { locale: "es", includeTentative: true };
 * ```
 */
export interface CheckCalendarOptions {
    /** Language of each finding's `explanation`. Default `en`. */
    readonly locale?: Locale;
    /** Whether tentative and to-be-confirmed events are checked. Default `true`. */
    readonly includeTentative?: boolean;
}
/**
 * Checks events against rules given as data ({@link CalendarRuleInput}): blackout periods
 * and national holidays, Holy Week (from {@link holyWeek}), minimum gaps in months or days,
 * deadlines before the events they serve, caps on formal meetings in a period, and reasonable
 * local hours of virtual meetings in every participating capital (daylight saving in both
 * hemispheres, from the runtime's time-zone data at the meeting's own instant). Every answer
 * is three-valued: a finding is `certain` when it holds for every reading of imprecise dates,
 * `possible` when for some. Cancelled events are ignored; rules that name a missing event
 * raise `calendar.unknown-event`. Throws a `TypeError` naming the option when `locale` is not a
 * {@link Locale} or `includeTentative` not a boolean.
 *
 * @example
 * ```ts
 * import { checkCalendar, type CalendarEvent } from "iacml/calendar";
 * import { onDays, inMonths, inMonth } from "iacml/core";
 * const base = { status: "tentative", format: "in-person", audiences: ["ministers"] } as const;
 * const events: CalendarEvent[] = [
 *   { ...base, id: "prep", title: { en: "Preparatory meeting" }, kind: "meeting", when: inMonths("2024-07", "2024-08") },
 *   { ...base, id: "xxii", title: { en: "XXII IACML" }, kind: "conference", when: inMonth("2024-11") },
 *   { ...base, id: "ws", title: { en: "Workshop" }, kind: "workshop", when: onDays("2024-03-25", "2024-03-26") },
 * ];
 * const findings = checkCalendar(events, [
 *   { kind: "holy-week", id: "holy-week" },
 *   { kind: "min-gap", id: "prep-3m", before: "prep", after: "xxii", months: 3 },
 * ]);
 * // Holy Week 2024 (certain) and the three-month gap (possible)
 * ```
 */
export declare function checkCalendar(events: readonly CalendarEvent[], rules: readonly CalendarRuleInput[], options?: CheckCalendarOptions): RuleFinding[];
