import type { Dataset } from "../entities/dataset/schema.js";
import type { AnnexEntry } from "../entities/work-plan/annex-entry.js";
import type { CalendarEvent } from "./event.js";
/**
 * The calendar entries of a work plan's Annex 1 (the calendars its actions and meetings appear
 * in; every entry when none is linked), as entries and as calendar events with the caller's
 * extra events.
 *
 * @example
 * ```ts
 * import { calendarEventsOfWorkPlan, findConflicts } from "iacml/calendar";
 * import { dataset } from "iacml/data";
 * const { entries, events } = calendarEventsOfWorkPlan(dataset, "wp-2022-2024", []);
 * console.log(findConflicts(events).length);
 * console.log(entries.length <= events.length); // true
 * ```
 */
export declare function calendarEventsOfWorkPlan(dataset: Dataset, planId: string, extra?: readonly CalendarEvent[]): {
    readonly entries: readonly AnnexEntry[];
    readonly events: readonly CalendarEvent[];
};
