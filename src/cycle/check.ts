import type { PlainDate } from "../core/plain-date.js";
import type { Finding, Issue, Result } from "../core/result.js";
import { dayWords } from "./date-words.js";
import { cycleFinding, evaluateRule, ruleFinding, withSuggestion } from "./evaluate.js";
import { kindName, type Name } from "./names.js";
import { planCycle, type CyclePlan } from "./plan.js";
import type { CycleRules } from "./rules-schema.js";
import type { ConferenceMilestone, CycleSchedule } from "./schedule-schema.js";
import { envelope, isBounded, type Envelope } from "./timing.js";
import { CONFERENCE, PREVIOUS_CONFERENCE, cycleIssue } from "./validate.js";
import { dateSpecProblem } from "../calendar/spec-guard.js";

interface Instance {
  readonly id: string;
  readonly env: Envelope;
  readonly name: Name;
}

function instance(m: ConferenceMilestone, kind: string, rules: CycleRules): Instance {
  return { id: m.id, env: envelope(m.when), name: kindName(kind, rules, m.title) };
}

/** The occurrence rules measure when a kind happens several times: the one that ends last. */
function lastOf(instances: readonly Instance[]): Instance | undefined {
  let best: Instance | undefined;
  for (const x of instances) {
    if (
      !best ||
      x.env.maxEnd > best.env.maxEnd ||
      (x.env.maxEnd === best.env.maxEnd &&
        (x.env.minStart > best.env.minStart || (x.env.minStart === best.env.minStart && x.id > best.id)))
    ) {
      best = x;
    }
  }
  return best;
}

function asFindings(issues: readonly Issue[], subjects: readonly string[]): Finding[] {
  return issues.map((i) => ({ ...i, certainty: "certain" as const, subjects }));
}

function compareFindings(a: Finding, b: Finding): number {
  const key = (f: Finding) => [f.code, f.subjects.join(" "), String(f.params.rule ?? ""), f.message].join("\u0000");
  const [x, y] = [key(a), key(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

function inside(env: Envelope, start: number, end: number): "yes" | "no" | "possibly" {
  if (!isBounded(env)) return "possibly";
  if (env.minStart >= start && env.maxEnd <= end) return "yes";
  return env.maxEnd < start || env.minStart > end ? "no" : "possibly";
}

/**
 * Checks a planned or actual schedule against the rules. Findings are three-valued where dates
 * are imprecise: `certain` when a rule breaks for every reading of the dates, `possible` when
 * for some. Each names the rule, the milestones, the measured gap in days and what would
 * satisfy it. Missing milestones and yearly occurrences are reported with the window they
 * should fall in. When a kind occurs several times, rules measure the occurrence that ends last;
 * cancelled and `extraordinary` milestones are not measured. Findings come sorted, so they do
 * not depend on the order of the input. A milestone whose dates are not a valid DateSpec is a
 * `cycle.invalid-input` finding and is not measured.
 *
 * @example
 * ```ts
 * import { onDays } from "iacml/core";
 * import { checkCycle, iacmlCycleRules } from "iacml/cycle";
 * const findings = checkCycle(
 *   {
 *     id: "2018-2021",
 *     previousConference: { id: "xx", status: "held", when: onDays("2017-12-07", "2017-12-08") },
 *     conference: { id: "xxi", status: "held", when: onDays("2021-09-22", "2021-09-24") },
 *     milestones: [{ id: "prep-2", kind: "preparatory", status: "held", when: onDays("2021-07-28", "2021-07-30") }],
 *   },
 *   iacmlCycleRules,
 * );
 * for (const f of findings) console.log(f.certainty, f.message);
 * ```
 */
export function checkCycle(schedule: CycleSchedule, rules: CycleRules): Finding[] {
  return checkPlannedCycle(schedule, rules, planScheduleCycle(schedule, rules));
}

/** Internal: the plan of a schedule's cycle, for callers that both check and phase it. */
export function planScheduleCycle(schedule: CycleSchedule, rules: CycleRules): Result<CyclePlan> {
  return planCycle({
    previousConference: schedule.previousConference.when,
    conference: schedule.conference.when,
    rules,
  });
}

/** Internal: {@link checkCycle} with the cycle already planned by {@link planScheduleCycle}. */
export function checkPlannedCycle(schedule: CycleSchedule, rules: CycleRules, planned: Result<CyclePlan>): Finding[] {
  if (!planned.ok) return asFindings(planned.issues, [schedule.id]).sort(compareFindings);
  const plan = planned.value;

  const measured = new Map<string, Instance[]>();
  const present = new Set<string>();
  const invalid: Finding[] = [];
  for (const [index, m] of schedule.milestones.entries()) {
    const problem = dateSpecProblem(m.when);
    if (problem) {
      const i = cycleIssue(
        "cycle.invalid-input",
        { what: m.id, whatEs: m.id, ...problem },
        { path: ["milestones", index, "when"] },
      );
      invalid.push({ ...i, certainty: "certain", subjects: [schedule.id, m.id] });
      continue;
    }
    if (m.status === "cancelled") continue;
    present.add(m.kind);
    if (m.extraordinary) continue;
    measured.set(m.kind, [...(measured.get(m.kind) ?? []), instance(m, m.kind, rules)]);
  }
  measured.set(CONFERENCE, [instance(schedule.conference, CONFERENCE, rules)]);
  measured.set(PREVIOUS_CONFERENCE, [instance(schedule.previousConference, PREVIOUS_CONFERENCE, rules)]);

  const recurring = new Set(rules.milestones.filter((d) => d.recurrence).map((d) => d.kind));
  const findings: Finding[] = [...invalid, ...plan.findings.filter((f) => f.code === "cycle.empty-window")];

  for (const rule of rules.rules) {
    if (recurring.has(rule.milestone) || recurring.has(rule.anchor)) continue;
    const m = lastOf(measured.get(rule.milestone) ?? []);
    const a = lastOf(measured.get(rule.anchor) ?? []);
    if (!m || !a) continue;
    const ev = evaluateRule(rule, m.env, a.env);
    if (ev && ev.holds !== "yes")
      findings.push(ruleFinding(rule, { milestone: m.id, anchor: a.id }, ev, { milestone: m.name, anchor: a.name }));
  }

  for (const def of rules.milestones) {
    if (def.presence === "optional") continue;
    const severity = def.presence === "required" ? "error" : "warning";
    if (def.recurrence) {
      const candidates = measured.get(def.kind) ?? [];
      for (const p of plan.milestones.filter((x) => x.kind === def.kind)) {
        const w = p.window.kind === "tbd" ? p.window.within : undefined;
        if (!w) continue;
        const [start, end] = [envelope(p.window).minStart, envelope(p.window).maxEnd];
        const answers = candidates.map((c) => inside(c.env, start, end));
        if (answers.includes("yes")) continue;
        const certainty = answers.includes("possibly") ? "possible" : "certain";
        const name = kindName(def.kind, rules);
        const s = withSuggestion("cycle.suggest-hold", {
          kind: def.kind,
          kindName: name.en,
          kindNameEs: name.es,
          year: p.year!,
          ...windowParams(w.start, w.end),
        });
        findings.push(
          cycleFinding("cycle.missing-occurrence", s.params, {
            certainty,
            severity,
            subjects: [schedule.id, p.id],
            suggestion: s.suggestion,
          }),
        );
      }
      continue;
    }
    if (present.has(def.kind)) continue;
    const window = plan.milestones.find((x) => x.kind === def.kind)!.window;
    const within = window.kind === "tbd" ? window.within : undefined;
    const name = kindName(def.kind, rules);
    const dates = within
      ? windowParams(within.start, within.end)
      : {
          windowStart: "?",
          windowEnd: "?",
          windowStartDate: "?",
          windowStartDateEs: "?",
          windowEndDate: "?",
          windowEndDateEs: "?",
        };
    const base = { cycle: schedule.id, kind: def.kind, kindName: name.en, kindNameEs: name.es, ...dates };
    const s = within ? withSuggestion("cycle.suggest-schedule", base) : { params: base, suggestion: undefined };
    findings.push(
      cycleFinding("cycle.missing-milestone", s.params, {
        certainty: "certain",
        severity,
        subjects: [schedule.id, def.kind],
        ...(s.suggestion ? { suggestion: s.suggestion } : {}),
      }),
    );
  }
  return findings.sort(compareFindings);
}

/** A window's ends: ISO under `windowStart`/`windowEnd` (read by code), words under `…Date`/`…DateEs`. */
function windowParams(start: PlainDate, end: PlainDate) {
  const a = dayWords(start);
  const b = dayWords(end);
  return {
    windowStart: start,
    windowEnd: end,
    windowStartDate: a.en,
    windowStartDateEs: a.es,
    windowEndDate: b.en,
    windowEndDateEs: b.es,
  };
}
