import { type Limits } from "../core/limits.js";
import { type Result } from "../core/result.js";
import { type CalendarEvent } from "./event.js";
/**
 * Options of {@link parseCalendarEvents}.
 *
 * @example
 * ```ts
 * import type { ParseCalendarOptions } from "iacml/calendar";
 * const options: ParseCalendarOptions = { limits: { maxIssues: 20 } };
 * ```
 */
export interface ParseCalendarOptions {
    /** Bounds on the input (depth, size) and on the issues returned; defaults `DEFAULT_LIMITS`. */
    readonly limits?: Partial<Limits>;
}
/**
 * Validates untrusted JSON as a list of calendar events: each against
 * {@link CalendarEventSchema} (`calendar.invalid-event`, with the path to the bad field), then
 * unique ids (`calendar.duplicate-id`) and `partOf` parents present (`calendar.unknown-parent`).
 * Never throws, for any value: the input is first copied as plain data (throwing getters,
 * Proxies, cycles, nesting deeper than `limits.maxDepth` and non-JSON values are issues), and
 * at most `limits.maxIssues` issues are returned (then one says how many more there were).
 *
 * @example
 * ```ts
 * import { parseCalendarEvents } from "iacml/calendar";
 * const r = parseCalendarEvents([{ id: "x", title: { en: "X" }, kind: "party" }]);
 * if (!r.ok) console.log(r.issues.map((i) => i.path.join(".")));
 * ```
 */
export declare function parseCalendarEvents(input: unknown, options?: ParseCalendarOptions): Result<CalendarEvent[]>;
