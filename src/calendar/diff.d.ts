import { type RuleFinding } from "./check.js";
import { type Conflict, type FindConflictsOptions } from "./conflicts.js";
import type { CalendarEvent } from "./event.js";
import type { CalendarRuleInput } from "./rules.js";
/**
 * Options of {@link diffCalendars}: conflict options plus rules to check on both sides.
 *
 * @example
 * ```ts
 * import type { DiffCalendarsOptions } from "iacml/calendar";
 * const options: DiffCalendarsOptions = { rules: [{ kind: "holy-week", id: "holy-week" }] };
 * ```
 */
export interface DiffCalendarsOptions extends FindConflictsOptions {
    /** Rules checked on both calendars. Default none. */
    readonly rules?: readonly CalendarRuleInput[];
}
/**
 * The findings that appeared, disappeared or changed (certainty or severity) between two
 * versions of a calendar.
 *
 * @example
 * ```ts
 * import { diffCalendars, type CalendarDiff } from "iacml/calendar";
 * const d: CalendarDiff = diffCalendars([], []);
 * console.log(d.appeared.length);
 * ```
 */
export interface CalendarDiff {
    /** Findings only in `after`. */
    readonly appeared: readonly (Conflict | RuleFinding)[];
    /** Findings only in `before`. */
    readonly disappeared: readonly (Conflict | RuleFinding)[];
    /** Findings on both sides whose certainty or severity changed. */
    readonly changed: readonly {
        /** As before. */
        readonly before: Conflict | RuleFinding;
        /** As after. */
        readonly after: Conflict | RuleFinding;
    }[];
    /** How many findings are the same on both sides. */
    readonly unchanged: number;
}
/**
 * Which conflicts and rule findings appeared or disappeared (or changed certainty or
 * severity) when a calendar's dates changed. Findings are matched by code family
 * (`calendar.overlap`, without `-certain`/`-possible`), rule and subjects.
 *
 * @example
 * ```ts
 * import { diffCalendars, type CalendarEvent } from "iacml/calendar";
 * import { onDays } from "iacml/core";
 * const base = { kind: "meeting", status: "confirmed", format: "virtual", audiences: ["ministers"] } as const;
 * const a: CalendarEvent = { ...base, id: "a", title: { en: "A" }, when: onDays("2024-06-10") };
 * const b: CalendarEvent = { ...base, id: "b", title: { en: "B" }, when: onDays("2024-06-10") };
 * const moved = { ...b, when: onDays("2024-06-20") };
 * diffCalendars([a, b], [a, moved]).disappeared.length; // 1
 * ```
 */
export declare function diffCalendars(before: readonly CalendarEvent[], after: readonly CalendarEvent[], options?: DiffCalendarsOptions): CalendarDiff;
