/**
 * Validation of untrusted calendar input.
 * @module
 */
import * as z from "zod";
import { issueFactory } from "../core/issue.js";
import { calendarMessages } from "../core/messages/calendar.js";
import { fail, ok, type Issue, type Result } from "../core/result.js";
import { CalendarEventSchema, type CalendarEvent } from "./event.js";

const issue = /* @__PURE__ */ issueFactory(calendarMessages);

/**
 * Validates untrusted JSON as a list of calendar events: each against
 * {@link CalendarEventSchema} (`calendar.invalid-event`, with the path to the bad field), then
 * unique ids (`calendar.duplicate-id`) and `partOf` parents present (`calendar.unknown-parent`).
 * Never throws.
 *
 * @example
 * ```ts
 * import { parseCalendarEvents } from "iacml/calendar";
 * const r = parseCalendarEvents([{ id: "x", title: { en: "X" }, kind: "party" }]);
 * if (!r.ok) console.log(r.issues.map((i) => i.path.join(".")));
 * ```
 */
export function parseCalendarEvents(input: unknown): Result<CalendarEvent[]> {
  const parsed = z.array(CalendarEventSchema).safeParse(input);
  if (!parsed.success) {
    return fail(
      parsed.error.issues.map((i) =>
        issue("calendar.invalid-event", { detail: i.message }, { path: i.path.map((p) => (typeof p === "symbol" ? String(p) : p)) }),
      ),
    );
  }
  const issues: Issue[] = [];
  const seen = new Set<string>();
  parsed.data.forEach((e, index) => {
    if (seen.has(e.id)) issues.push(issue("calendar.duplicate-id", { id: e.id }, { path: [index, "id"] }));
    seen.add(e.id);
  });
  parsed.data.forEach((e, index) => {
    if (e.partOf !== undefined && !seen.has(e.partOf)) {
      issues.push(issue("calendar.unknown-parent", { id: e.id, parent: e.partOf }, { path: [index, "partOf"] }));
    }
  });
  return issues.length ? fail(issues) : ok(parsed.data);
}
