import type { DateSpec } from "../core/date-spec/types.js";
import { fail, ok, type Finding, type Result } from "../core/result.js";
import type { Decision } from "../entities/process/conference.js";
import { checkCycle } from "./check.js";
import { cycleFinding } from "./evaluate.js";
import { planCycle, type CyclePlan } from "./plan.js";
import type { CycleSchedule } from "./schedule-schema.js";
import { bodyName, kindName } from "./names.js";
import { specWords } from "./date-words.js";
import { specText } from "./timing.js";
import { CONFERENCE, cycleIssue } from "./validate.js";
import { catchToResult } from "../core/untrusted.js";
import { dateSpecProblem } from "../calendar/spec-guard.js";
import type { Cycle } from "./types.js";

/**
 * A planned window that a postponement moved.
 *
 * @example
 * ```ts
 * import { toBeDetermined } from "iacml/core";
 * import type { WindowChange } from "iacml/cycle";
 * const c: WindowChange = {
 *   milestone: "preparatory",
 *   before: toBeDetermined({ start: "2023-11-24", end: "2024-08-01" }),
 *   after: toBeDetermined({ start: "2023-11-24", end: "2024-11-01" }),
 * };
 * ```
 */
export interface WindowChange {
  /** Planned milestone id. */
  readonly milestone: string;
  /** Its window before the postponement (`tbd` without window when it did not exist). */
  readonly before: DateSpec;
  /** Its window after (`tbd` without window when it no longer exists). */
  readonly after: DateSpec;
}

/**
 * What a postponement gives: the new cycle (the decision recorded), its plan with every window
 * re-derived, the windows that moved, and findings for what now needs to happen.
 *
 * @example
 * ```ts
 * import type { PostponementOutcome } from "iacml/cycle";
 * const show = (o: PostponementOutcome) => o.newFindings.map((f) => f.message);
 * ```
 */
export interface PostponementOutcome {
  /** The cycle with the conference on its new dates and the postponement recorded. */
  readonly cycle: Cycle;
  /** The plan of the new cycle. */
  readonly plan: CyclePlan;
  /** Planned windows that changed. */
  readonly windowChanges: readonly WindowChange[];
  /** A `cycle.conference-postponed` record, then every finding of the new schedule. */
  readonly findings: readonly Finding[];
  /** The findings of the new schedule that the old one did not have. */
  readonly newFindings: readonly Finding[];
}

const findingKey = (f: Finding) =>
  [f.code, f.certainty, f.subjects.join(" "), String(f.params.rule ?? "")].join("\u0000");

function windowsById(plan: CyclePlan | undefined): Map<string, DateSpec> {
  return new Map((plan?.milestones ?? []).map((m) => [m.id, m.window]));
}

/**
 * Moves the conference that closes a cycle to new dates: records the decision (who, which
 * instrument, when), re-derives every planned window, and reports what now needs to happen
 * (milestones held or planned for the old dates that no longer fit, new yearly occurrences,
 * rules the new dates break). Planned milestones keep their dates: the findings say which to
 * move and where. Returns issues (never throws) when the new dates or the decision's date are not
 * a valid DateSpec or do not follow the previous conference.
 *
 * @example
 * ```ts
 * import { inMonth, onDays } from "iacml/core";
 * import { postponeConference, iacmlCycleRules } from "iacml/cycle";
 * const r = postponeConference(
 *   {
 *     rules: iacmlCycleRules,
 *     schedule: {
 *       id: "2018-2021",
 *       previousConference: { id: "xx", status: "held", when: onDays("2017-12-07", "2017-12-08") },
 *       conference: { id: "xxi", status: "planned", when: inMonth("2020-12") },
 *       milestones: [{ id: "wg-2019", kind: "working-groups", status: "held", when: onDays("2019-12-03", "2019-12-04") }],
 *     },
 *   },
 *   onDays("2021-09-22", "2021-09-24"),
 *   { body: "cidi", instrument: "CIDI/RES. 343 (CIII-O/20)", date: inMonth("2020-07") },
 * );
 * if (r.ok) for (const f of r.value.newFindings) console.log(f.message, "→", f.suggestion);
 * ```
 */
export function postponeConference(cycle: Cycle, newDates: DateSpec, decision: Decision): Result<PostponementOutcome> {
  return catchToResult(() => {
    const problem = dateSpecProblem(newDates);
    if (problem)
      return fail([
        cycleIssue("cycle.invalid-input", { what: "newDates", whatEs: "newDates", ...problem }, { path: ["newDates"] }),
      ]);
    const decided =
      typeof decision === "object" && decision !== null
        ? dateSpecProblem(decision.date)
        : { detail: "expected a decision", detailEs: "se esperaba una decisión" };
    if (decided)
      return fail([
        cycleIssue("cycle.invalid-input", { what: "decision", whatEs: "decision", ...decided }, { path: ["decision"] }),
      ]);
    return postpone(cycle, newDates, decision);
  }, "postponeConference");
}

function postpone(cycle: Cycle, newDates: DateSpec, decision: Decision): Result<PostponementOutcome> {
  const { schedule, rules } = cycle;
  const planned = planCycle({ previousConference: schedule.previousConference.when, conference: newDates, rules });
  if (!planned.ok) return fail(planned.issues);
  const oldPlan = planCycle({
    previousConference: schedule.previousConference.when,
    conference: schedule.conference.when,
    rules,
  });

  const nextSchedule: CycleSchedule = {
    ...schedule,
    conference: { ...schedule.conference, when: newDates },
    postponements: [
      ...(schedule.postponements ?? []),
      { conference: schedule.conference.id, from: schedule.conference.when, to: newDates, decision },
    ],
  };
  const before = windowsById(oldPlan.ok ? oldPlan.value : undefined);
  const after = windowsById(planned.value);
  const none: DateSpec = { kind: "tbd" };
  const windowChanges = [...new Set([...before.keys(), ...after.keys()])]
    .filter((id) => JSON.stringify(before.get(id)) !== JSON.stringify(after.get(id)))
    .sort()
    .map((id) => ({ milestone: id, before: before.get(id) ?? none, after: after.get(id) ?? none }));

  const oldKeys = new Set(checkCycle(schedule, rules).map(findingKey));
  const checked = checkCycle(nextSchedule, rules);
  const conferenceName = kindName(CONFERENCE, rules, schedule.conference.title ?? rules.conference.title);
  const body = bodyName(decision.body);
  const record = cycleFinding(
    "cycle.conference-postponed",
    {
      conference: schedule.conference.id,
      conferenceName: conferenceName.en,
      conferenceNameEs: conferenceName.es,
      bodyName: body.en,
      bodyNameEs: body.es,
      from: specText(schedule.conference.when),
      fromText: specWords(schedule.conference.when).en,
      fromTextEs: specWords(schedule.conference.when).es,
      to: specText(newDates),
      toText: specWords(newDates).en,
      toTextEs: specWords(newDates).es,
      body: decision.body,
      instrument: decision.instrument ? `, ${decision.instrument}` : "",
      decided: specText(decision.date),
      decidedText: specWords(decision.date).en,
      decidedTextEs: specWords(decision.date).es,
    },
    { certainty: "certain", severity: "info", subjects: [schedule.id, schedule.conference.id] },
  );
  return ok({
    cycle: { rules, schedule: nextSchedule },
    plan: planned.value,
    windowChanges,
    findings: [record, ...checked],
    newFindings: checked.filter((f) => !oldKeys.has(findingKey(f))),
  });
}
