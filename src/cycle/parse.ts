import type * as z from "zod";
import { checkTextInput, createIssueSink, excerpt, resolveLimits, type Limits } from "../core/limits.js";
import { schemaIssues } from "../core/schema-input.js";
import { fail, ok, type Issue, type Result } from "../core/result.js";
import { catchToResult, snapshotUntrusted } from "../core/untrusted.js";
import { CycleRulesSchema, type CycleRules } from "./rules-schema.js";
import { CycleScheduleSchema, type CycleSchedule } from "./schedule-schema.js";
import { conferenceIssues, cycleIssue, rulesIssues } from "./validate.js";

/**
 * Options of {@link parseCycleRules} and {@link parseCycleSchedule}.
 *
 * @example
 * ```ts
 * import type { ParseCycleOptions } from "iacml/cycle";
 * const options: ParseCycleOptions = { limits: { maxDepth: 32 } };
 * ```
 */
export interface ParseCycleOptions {
  /** Bounds on the input (text length, depth, size) and on the issues returned; defaults `DEFAULT_LIMITS`. */
  readonly limits?: Partial<Limits>;
}

function capped(issues: readonly Issue[], limits: Limits): Issue[] {
  const sink = createIssueSink(limits.maxIssues);
  for (const i of issues) sink.add(i);
  return sink.issues();
}

function zodIssues(error: z.ZodError, what: string, limits: Limits): Issue[] {
  return schemaIssues(
    error.issues,
    (text, path) => cycleIssue("cycle.invalid-input", { what, whatEs: WHAT_ES[what] ?? what, ...text }, { path }),
    limits,
  );
}

/** The inputs' names in Spanish, for `cycle.invalid-input`. */
const WHAT_ES: Readonly<Record<string, string>> = {
  "cycle rules": "Reglas del ciclo",
  "cycle schedule": "Calendario del ciclo",
  JSON: "JSON",
};

/** JSON text parsed (bounded by `maxTextLength`), then any value copied as plain data. */
function plainInput(input: unknown, limits: Limits): Result<unknown> {
  let value = input;
  if (typeof input === "string") {
    const text = checkTextInput(input, limits);
    if (!text.ok) return text;
    try {
      value = JSON.parse(input) as unknown;
    } catch (e) {
      return fail([
        cycleIssue("cycle.invalid-input", {
          what: "JSON",
          whatEs: "JSON",
          detail: excerpt((e as Error).message),
          detailEs: "el texto no es JSON válido",
        }),
      ]);
    }
  }
  return snapshotUntrusted(value, limits);
}

/**
 * Reads rules of a cycle from untrusted input (a value or JSON text): checks their shape and that
 * every rule names a known milestone kind. Never throws, for any value (throwing getters,
 * Proxies, cycles, nesting deeper than `limits.maxDepth`, text longer than
 * `limits.maxTextLength` are issues); at most `limits.maxIssues` issues are returned.
 *
 * @example
 * ```ts
 * import { parseCycleRules, iacmlCycleRules } from "iacml/cycle";
 * const r = parseCycleRules(JSON.stringify(iacmlCycleRules));
 * console.log(r.ok);
 * ```
 */
export function parseCycleRules(input: unknown, options: ParseCycleOptions = {}): Result<CycleRules> {
  return catchToResult(() => {
    const limits = resolveLimits(options?.limits);
    const json = plainInput(input, limits);
    if (!json.ok) return json;
    const parsed = CycleRulesSchema.safeParse(json.value);
    if (!parsed.success) return fail(zodIssues(parsed.error, "cycle rules", limits));
    const issues = rulesIssues(parsed.data);
    return issues.length > 0 ? fail(capped(issues, limits)) : ok(parsed.data);
  }, "parseCycleRules");
}

/**
 * Reads the schedule of a cycle from untrusted input (a value or JSON text) against the rules:
 * its shape and dates (impossible dates are issues), milestone kinds the rules know, unique ids,
 * and a conference that comes after its predecessor. Never throws, for any value (the same
 * bounds as {@link parseCycleRules}).
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
export function parseCycleSchedule(
  input: unknown,
  rules: CycleRules,
  options: ParseCycleOptions = {},
): Result<CycleSchedule> {
  return catchToResult(() => {
    const limits = resolveLimits(options?.limits);
    const rulesCopy = snapshotUntrusted(rules, limits);
    if (!rulesCopy.ok) return rulesCopy;
    const checkedRules = CycleRulesSchema.safeParse(rulesCopy.value);
    if (!checkedRules.success) return fail(zodIssues(checkedRules.error, "cycle rules", limits));
    const json = plainInput(input, limits);
    if (!json.ok) return json;
    const parsed = CycleScheduleSchema.safeParse(json.value);
    if (!parsed.success) return fail(zodIssues(parsed.error, "cycle schedule", limits));
    const schedule = parsed.data;
    const kinds = new Set(checkedRules.data.milestones.map((m) => m.kind));
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
        issues.push(
          cycleIssue(
            "cycle.duplicate-id",
            { id },
            { path: i === 0 ? ["conference", "id"] : ["milestones", i - 1, "id"] },
          ),
        );
      }
      seen.add(id);
    });
    schedule.milestones.forEach((m, i) => {
      if (!kinds.has(m.kind)) {
        issues.push(
          cycleIssue("cycle.unknown-milestone-kind", { kind: m.kind, known }, { path: ["milestones", i, "kind"] }),
        );
      }
    });
    return issues.length > 0 ? fail(capped(issues, limits)) : ok(schedule);
  }, "parseCycleSchedule");
}
