/**
 * Validation of untrusted calendar input.
 * @module
 */
import * as z from "zod";
import { issueFactory } from "../core/issue.js";
import { createIssueSink, resolveLimits, type Limits } from "../core/limits.js";
import { calendarMessages } from "../core/messages/calendar.js";
import { fail, ok, type Result } from "../core/result.js";
import { catchToResult, snapshotUntrusted } from "../core/untrusted.js";
import { schemaIssues } from "../core/schema-input.js";
import { CalendarEventSchema, type CalendarEvent } from "./event.js";

const issue = /* @__PURE__ */ issueFactory(calendarMessages);

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
export function parseCalendarEvents(input: unknown, options: ParseCalendarOptions = {}): Result<CalendarEvent[]> {
  return catchToResult(() => {
    const limits = resolveLimits(options?.limits);
    const snapshot = snapshotUntrusted(input, limits);
    if (!snapshot.ok) return snapshot;
    const sink = createIssueSink(limits.maxIssues);
    const parsed = z.array(CalendarEventSchema).safeParse(snapshot.value);
    if (!parsed.success) {
      return fail(
        schemaIssues(parsed.error.issues, (text, path) => issue("calendar.invalid-event", text, { path }), limits),
      );
    }
    const seen = new Set<string>();
    parsed.data.forEach((e, index) => {
      if (seen.has(e.id)) sink.add(issue("calendar.duplicate-id", { id: e.id }, { path: [index, "id"] }));
      seen.add(e.id);
    });
    parsed.data.forEach((e, index) => {
      if (e.partOf !== undefined && !seen.has(e.partOf)) {
        sink.add(issue("calendar.unknown-parent", { id: e.id, parent: e.partOf }, { path: [index, "partOf"] }));
      }
    });
    const issues = sink.issues();
    return issues.length ? fail(issues) : ok(parsed.data);
  }, "parseCalendarEvents");
}
