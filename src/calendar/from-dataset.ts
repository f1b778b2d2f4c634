/**
 * Calendar events of a work plan, read from the reference dataset (the builder that turns
 * `iacml/data` into the input of {@link findConflicts} and {@link checkCalendar}).
 * @module
 */
import { dateSpecBounds } from "../core/date-spec/bounds.js";
import type { Dataset } from "../entities/dataset/schema.js";
import type { AnnexEntry } from "../entities/work-plan/annex-entry.js";
import { issueFactory } from "../core/issue.js";
import { calendarMessages } from "../core/messages/calendar.js";
import type { Issue } from "../core/result.js";
import { fromAnnexEntry } from "./annex.js";
import type { CalendarEvent } from "./event.js";

const issue = /* @__PURE__ */ issueFactory(calendarMessages);
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const startOf = (e: { readonly when: CalendarEvent["when"] }): string => dateSpecBounds(e.when)?.earliest ?? "";

/**
 * The calendar entries of a work plan's Annex 1 (the calendars its actions and meetings appear
 * in; every entry when the plan exists but none is linked), as entries and as calendar events
 * with the caller's extra events. A work plan the dataset does not hold gives no entries (only
 * the `extra` events) and one `calendar.unknown-work-plan` issue in `issues`, like
 * `cycleScheduleFromDataset`'s `cycle.unknown-work-plan`; a value that is not a dataset gives
 * `calendar.invalid-dataset` the same way, never a thrown error. `issues` is empty otherwise.
 *
 * @example
 * ```ts
 * import { calendarEventsOfWorkPlan, findConflicts } from "iacml/calendar";
 * import { dataset } from "iacml/data";
 * const { entries, events, issues } = calendarEventsOfWorkPlan(dataset, "wp-2022-2024", []);
 * console.log(findConflicts(events).length, issues.length); // … 0
 * console.log(entries.length <= events.length); // true
 * console.log(calendarEventsOfWorkPlan(dataset, "wp-2099").issues[0]?.code); // "calendar.unknown-work-plan"
 * ```
 */
export function calendarEventsOfWorkPlan(
  dataset: Dataset,
  planId: string,
  extra: readonly CalendarEvent[] = [],
): {
  readonly entries: readonly AnnexEntry[];
  readonly events: readonly CalendarEvent[];
  readonly issues: readonly Issue[];
} {
  const extraSorted = () => [...(Array.isArray(extra) ? extra : [])].sort((a, b) => cmp(a.id, b.id));
  if (!isDatasetShape(dataset))
    return { entries: [], events: extraSorted(), issues: [issue("calendar.invalid-dataset", {}, { path: [] })] };
  if (!dataset.workPlans.some((w) => w.id === planId)) {
    return {
      entries: [],
      events: extraSorted(),
      issues: [issue("calendar.unknown-work-plan", { id: String(planId) }, { path: ["workPlan"] })],
    };
  }
  const lineIds = new Set(dataset.priorityLines.filter((l) => l.workPlan === planId).map((l) => l.id));
  const own = new Set([
    planId,
    ...dataset.actions.filter((a) => lineIds.has(a.priorityLine)).map((a) => a.id),
    ...dataset.politicalMeetings.filter((m) => m.workPlan === planId).map((m) => m.id),
  ]);
  const calendars = new Set(
    dataset.annexEntries
      .filter((e) => own.has(e.calendar) || (e.represents !== undefined && own.has(e.represents)))
      .map((e) => e.calendar),
  );
  const entries = dataset.annexEntries
    .filter((e) => calendars.size === 0 || calendars.has(e.calendar))
    .sort((a, b) => cmp(startOf(a), startOf(b)) || cmp(a.id, b.id));
  return { entries, events: [...entries.map(fromAnnexEntry), ...extra].sort((a, b) => cmp(a.id, b.id)), issues: [] };
}

/** Whether a value has the lists this builder reads (a typed Dataset always has them). */
function isDatasetShape(value: unknown): value is Dataset {
  if (typeof value !== "object" || value === null) return false;
  const d = value as Record<string, unknown>;
  return ["workPlans", "priorityLines", "actions", "politicalMeetings", "annexEntries"].every((k) =>
    Array.isArray(d[k]),
  );
}
