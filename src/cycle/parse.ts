import type * as z from "zod";
import { fail, ok, type Issue, type Result } from "../core/result.js";
import { CycleRulesSchema, type CycleRules } from "./rules-schema.js";
import { CycleScheduleSchema, type CycleSchedule } from "./schedule-schema.js";
import { conferenceIssues, cycleIssue, rulesIssues } from "./validate.js";

function zodIssues(error: z.ZodError, what: string): Issue[] {
  return error.issues.map((i) =>
    cycleIssue("cycle.invalid-input", { what, detail: i.message }, { path: i.path.filter((p) => typeof p !== "symbol") as (string | number)[] }),
  );
}

function fromJson(input: unknown): Result<unknown> {
  if (typeof input !== "string") return ok(input);
  try {
    return ok(JSON.parse(input) as unknown);
  } catch (e) {
    return fail([cycleIssue("cycle.invalid-input", { what: "JSON", detail: (e as Error).message })]);
  }
}

/**
 * Reads rules of a cycle from untrusted input (a value or JSON text): checks their shape and that
 * every rule names a known milestone kind. Never throws.
 *
 * @example
 * ```ts
 * import { parseCycleRules, iacmlCycleRules } from "iacml/cycle";
 * const r = parseCycleRules(JSON.stringify(iacmlCycleRules));
 * console.log(r.ok);
 * ```
 */
export function parseCycleRules(input: unknown): Result<CycleRules> {
  const json = fromJson(input);
  if (!json.ok) return json;
  const parsed = CycleRulesSchema.safeParse(json.value);
  if (!parsed.success) return fail(zodIssues(parsed.error, "cycle rules"));
  const issues = rulesIssues(parsed.data);
  return issues.length > 0 ? fail(issues) : ok(parsed.data);
}

/**
 * Reads the schedule of a cycle from untrusted input (a value or JSON text) against the rules:
 * its shape and dates (impossible dates are issues), milestone kinds the rules know, unique ids,
 * and a conference that comes after its predecessor. Never throws.
 *
 * @example
 * ```ts
 * import { parseCycleSchedule, iacmlCycleRules } from "iacml/cycle";
 * const r = parseCycleSchedule(
 *   `{"id":"2022-2024",
 *     "previousConference":{"id":"xxi","status":"held","when":{"kind":"days","start":"2021-09-22","end":"2021-09-24"}},
 *     "conference":{"id":"xxii","status":"planned","when":{"kind":"month","month":"2024-11"}},
 *     "milestones":[{"id":"wg","kind":"working-groups","status":"held","when":{"kind":"days","start":"2023-09-21","end":"2023-09-22"}}]}`,
 *   iacmlCycleRules,
 * );
 * console.log(r.ok ? r.value.milestones.length : r.issues);
 * ```
 */
export function parseCycleSchedule(input: unknown, rules: CycleRules): Result<CycleSchedule> {
  const json = fromJson(input);
  if (!json.ok) return json;
  const parsed = CycleScheduleSchema.safeParse(json.value);
  if (!parsed.success) return fail(zodIssues(parsed.error, "cycle schedule"));
  const schedule = parsed.data;
  const kinds = new Set(rules.milestones.map((m) => m.kind));
  const known = [...kinds].join(", ");
  const issues: Issue[] = [
    ...conferenceIssues(schedule.previousConference, schedule.conference, {
      previous: ["previousConference", "when"],
      conference: ["conference", "when"],
    }),
  ];
  const seen = new Set<string>([schedule.previousConference.id]);
  const ids = [schedule.conference.id, ...schedule.milestones.map((m) => m.id)];
  ids.forEach((id, i) => {
    if (seen.has(id)) {
      issues.push(cycleIssue("cycle.duplicate-id", { id }, { path: i === 0 ? ["conference", "id"] : ["milestones", i - 1, "id"] }));
    }
    seen.add(id);
  });
  schedule.milestones.forEach((m, i) => {
    if (!kinds.has(m.kind)) {
      issues.push(cycleIssue("cycle.unknown-milestone-kind", { kind: m.kind, known }, { path: ["milestones", i, "kind"] }));
    }
  });
  return issues.length > 0 ? fail(issues) : ok(schedule);
}
