import type { DateSpec } from "../core/date-spec/types.js";
import { MAX_DAY_NUMBER, MIN_DAY_NUMBER } from "../core/plain-date.js";
import { fail, ok, type Finding, type Issue, type Result } from "../core/result.js";
import { catchToResult, snapshotUntrusted } from "../core/untrusted.js";
import { dateSpecProblem } from "../calendar/spec-guard.js";
import type { LocalizedText } from "../entities/common.js";
import { cycleFinding, evaluateRule, ruleFinding } from "./evaluate.js";
import { kindName } from "./names.js";
import { occurrencesBetween } from "./occurrences.js";
import type { CycleRules, MilestoneDefinition, TimingRule } from "./rules-schema.js";
import {
  clampedDay,
  envelope,
  greatestAnchorBelow,
  inverseGuess,
  leastAnchorReaching,
  measuredRanges,
  ruleBounds,
  type Envelope,
} from "./timing.js";
import { CONFERENCE, PREVIOUS_CONFERENCE, conferenceIssues, cycleIssue, rulesIssues } from "./validate.js";

/**
 * A milestone of a plan: its kind, the window in which it should fall (a `tbd` DateSpec `within`
 * the window, or without a window when the rules leave no date), and the rules that shape it.
 *
 * @example
 * ```ts
 * import { onDays, inMonth } from "iacml/core";
 * import { planCycle, iacmlCycleRules, type PlannedMilestone } from "iacml/cycle";
 * const r = planCycle({ previousConference: onDays("2021-09-22", "2021-09-24"), conference: inMonth("2024-11"), rules: iacmlCycleRules });
 * const prep: PlannedMilestone | undefined = r.ok ? r.value.milestones.find((m) => m.kind === "preparatory") : undefined;
 * ```
 */
export interface PlannedMilestone {
  /** The kind, or `kind-YYYY` for a yearly occurrence. */
  readonly id: string;
  /** The milestone kind of the rules. */
  readonly kind: string;
  /** The kind's title. */
  readonly title: LocalizedText;
  /** Whether the cycle must have it. */
  readonly presence: MilestoneDefinition["presence"];
  /** The window: `{ kind: "tbd", within }`; no `within` when the rules leave no date. */
  readonly window: DateSpec;
  /** The year of a yearly occurrence. */
  readonly year?: number;
  /** Ids of the rules that constrain it. */
  readonly rules: readonly string[];
}

/**
 * A dependency between milestones: `milestone` is placed relative to `anchor` by `rule`.
 *
 * @example
 * ```ts
 * import type { MilestoneDependency } from "iacml/cycle";
 * const d: MilestoneDependency = { milestone: "preparatory", anchor: "conference", rule: "preparatory-three-months", strength: "hard" };
 * ```
 */
export interface MilestoneDependency {
  /** The milestone kind placed by the rule. */
  readonly milestone: string;
  /** The kind it is placed relative to. */
  readonly anchor: string;
  /** The rule id. */
  readonly rule: string;
  /** Whether the rule is hard or soft. */
  readonly strength: "hard" | "soft";
}

/**
 * The plan of a cycle: the two conferences, every milestone with its window, the dependencies,
 * and findings when the conferences themselves break a rule or the rules leave no date.
 *
 * @example
 * ```ts
 * import { onDays, inMonth } from "iacml/core";
 * import { planCycle, iacmlCycleRules, type CyclePlan } from "iacml/cycle";
 * const r = planCycle({ previousConference: onDays("2021-09-22", "2021-09-24"), conference: inMonth("2024-11"), rules: iacmlCycleRules });
 * const plan: CyclePlan | undefined = r.ok ? r.value : undefined;
 * ```
 */
export interface CyclePlan {
  /** The conference that opens the cycle. */
  readonly previousConference: DateSpec;
  /** The conference that closes it. */
  readonly conference: DateSpec;
  /** Milestones in the order of their windows. */
  readonly milestones: readonly PlannedMilestone[];
  /** Rule edges between milestone kinds. */
  readonly dependencies: readonly MilestoneDependency[];
  /** Rules the conferences break, and milestones the rules leave no date for. */
  readonly findings: readonly Finding[];
}

/**
 * What {@link planCycle} needs: the two conferences and the rules.
 *
 * @example
 * ```ts
 * import { onDays, inMonth } from "iacml/core";
 * import { iacmlCycleRules, type PlanCycleInput } from "iacml/cycle";
 * const input: PlanCycleInput = { previousConference: onDays("2021-09-22", "2021-09-24"), conference: inMonth("2024-11"), rules: iacmlCycleRules };
 * ```
 */
export interface PlanCycleInput {
  /** The dates of the conference that closes the cycle. */
  readonly conference: DateSpec;
  /** The dates of the conference that opens it. */
  readonly previousConference: DateSpec;
  /** The rules of the process. */
  readonly rules: CycleRules;
}

type Domain = { lo: number; hi: number };

const MAX_PASSES = 200;

/** Narrows each side of one rule bound; returns whether anything changed. */
function propagate(rule: TimingRule, fixed: ReadonlyMap<string, Envelope>, domains: Map<string, Domain>): boolean {
  const md = domains.get(rule.milestone);
  const ad = domains.get(rule.anchor);
  if (!md && !ad) return false;
  const asEnvelope = (d: Domain): Envelope => ({ minStart: d.lo, maxStart: d.hi, minEnd: d.lo, maxEnd: d.hi });
  const mEnv = md ? asEnvelope(md) : fixed.get(rule.milestone)!;
  const aEnv = ad ? asEnvelope(ad) : fixed.get(rule.anchor)!;
  const { m, a } = measuredRanges(rule, mEnv, aEnv);
  let changed = false;
  for (const b of ruleBounds(rule)) {
    if (b.type === "le") {
      // m ≤ f(a): a variable may take its largest value; a fixed anchor must hold for all readings.
      if (md) {
        const hi = Math.min(md.hi, b.f(ad ? a[1] : a[0]));
        if (hi !== md.hi) [md.hi, changed] = [hi, true];
      }
      if (ad) {
        const need = md ? md.lo : m[1];
        const lo = Math.max(ad.lo, leastAnchorReaching(b.f, need, inverseGuess(rule, b, need)));
        if (lo !== ad.lo) [ad.lo, changed] = [lo, true];
      }
    } else {
      if (md) {
        const lo = Math.max(md.lo, b.f(ad ? a[0] : a[1]));
        if (lo !== md.lo) [md.lo, changed] = [lo, true];
      }
      if (ad) {
        const limit = md ? md.hi : m[0];
        const hi = Math.min(ad.hi, greatestAnchorBelow(b.f, limit, inverseGuess(rule, b, limit)));
        if (hi !== ad.hi) [ad.hi, changed] = [hi, true];
      }
    }
    if ((md && md.lo > md.hi) || (ad && ad.lo > ad.hi)) return false;
  }
  return changed;
}

function windowSpec(d: Domain | undefined): DateSpec {
  if (!d) return { kind: "tbd" };
  const lo = Math.max(d.lo, MIN_DAY_NUMBER);
  const hi = Math.min(d.hi, MAX_DAY_NUMBER);
  if (lo > hi) return { kind: "tbd" };
  return { kind: "tbd", within: { start: clampedDay(lo), end: clampedDay(hi) } };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Run-time checks of a typed input: a plain copy, real dates, rules with lists. */
function checkedInput(input: unknown): Result<PlanCycleInput> {
  const copy = snapshotUntrusted(input);
  if (!copy.ok) return copy;
  const value = copy.value;
  if (!isRecord(value))
    return fail([
      cycleIssue("cycle.invalid-input", {
        what: "planCycle input",
        whatEs: "Entrada de planCycle",
        detail: "expected an object",
        detailEs: "se esperaba un objeto",
      }),
    ]);
  const issues: Issue[] = [];
  for (const field of ["previousConference", "conference"] as const) {
    const problem = dateSpecProblem(value[field]);
    if (problem)
      issues.push(cycleIssue("cycle.invalid-input", { what: field, whatEs: field, ...problem }, { path: [field] }));
  }
  const rules = value.rules;
  if (!isRecord(rules) || !Array.isArray(rules.milestones) || !Array.isArray(rules.rules) || !isRecord(rules.phases)) {
    issues.push(
      cycleIssue(
        "cycle.invalid-input",
        {
          what: "rules",
          whatEs: "rules",
          detail: "expected cycle rules (parseCycleRules)",
          detailEs: "se esperaban reglas del ciclo (parseCycleRules)",
        },
        { path: ["rules"] },
      ),
    );
  }
  return issues.length > 0 ? fail(issues) : ok(value as unknown as PlanCycleInput);
}

/**
 * Plans a cycle: from the two conferences and the rules, the window in which each milestone
 * should fall for every rule to hold (for every reading of imprecise conference dates), the
 * yearly occurrences of recurring milestones, and the dependencies between milestones. Windows
 * treat a milestone as one day; rules that involve a recurring milestone do not narrow windows.
 * Returns issues (never throws, whatever the value) when a conference is undated or not a valid
 * DateSpec, does not follow its predecessor, or a rule names an unknown milestone kind. Dates at
 * the edges of 0001-9999 are handled: windows are clipped to that range, and a window the range
 * cannot hold is a `cycle.empty-window` finding.
 *
 * @example
 * ```ts
 * import { onDays, inMonth } from "iacml/core";
 * import { planCycle, iacmlCycleRules } from "iacml/cycle";
 * const r = planCycle({
 *   previousConference: onDays("2021-09-22", "2021-09-24"),
 *   conference: inMonth("2024-11"),
 *   rules: iacmlCycleRules,
 * });
 * if (r.ok) for (const m of r.value.milestones) console.log(m.id, m.window);
 * ```
 */
export function planCycle(input: PlanCycleInput): Result<CyclePlan> {
  return catchToResult(() => {
    const checked = checkedInput(input);
    return checked.ok ? planChecked(checked.value) : checked;
  }, "planCycle");
}

function planChecked(input: PlanCycleInput): Result<CyclePlan> {
  const { rules } = input;
  const issues = [
    ...rulesIssues(rules, ["rules"]),
    ...conferenceIssues(
      { id: PREVIOUS_CONFERENCE, when: input.previousConference },
      { id: CONFERENCE, when: input.conference },
      { previous: ["previousConference"], conference: ["conference"] },
    ),
  ];
  if (issues.length > 0) return fail(issues);

  const previous = envelope(input.previousConference);
  const conference = envelope(input.conference);
  const fixed = new Map<string, Envelope>([
    [PREVIOUS_CONFERENCE, previous],
    [CONFERENCE, conference],
  ]);
  const recurring = new Set(rules.milestones.filter((m) => m.recurrence).map((m) => m.kind));
  const domains = new Map<string, Domain>();
  for (const m of rules.milestones) {
    if (!m.recurrence) {
      domains.set(m.kind, {
        lo: Math.max(MIN_DAY_NUMBER, previous.maxEnd + 1),
        hi: Math.min(MAX_DAY_NUMBER, conference.minStart - 1),
      });
    }
  }
  const active = rules.rules.filter((r) => !recurring.has(r.milestone) && !recurring.has(r.anchor));
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let changed = false;
    for (const rule of active) changed = propagate(rule, fixed, domains) || changed;
    if (!changed || [...domains.values()].some((d) => d.lo > d.hi)) break;
  }

  const findings: Finding[] = [];
  for (const rule of rules.rules) {
    const m = fixed.get(rule.milestone);
    const a = fixed.get(rule.anchor);
    if (!m || !a) continue;
    const ev = evaluateRule(rule, m, a)!;
    if (ev.holds !== "yes") {
      const names = { milestone: kindName(rule.milestone, rules), anchor: kindName(rule.anchor, rules) };
      findings.push(ruleFinding(rule, { milestone: rule.milestone, anchor: rule.anchor }, ev, names));
    }
  }

  const milestones: PlannedMilestone[] = [];
  const rulesOf = (kind: string) => rules.rules.filter((r) => r.milestone === kind).map((r) => r.id);
  for (const def of rules.milestones) {
    const base = { kind: def.kind, title: def.title, presence: def.presence, rules: rulesOf(def.kind) };
    if (def.recurrence) {
      for (const o of occurrencesBetween(def.recurrence, previous, conference)) {
        milestones.push({
          ...base,
          id: `${def.kind}-${o.year}`,
          year: o.year,
          window: windowSpec({ lo: o.start, hi: o.end }),
        });
      }
      continue;
    }
    const domain = domains.get(def.kind);
    if (domain && domain.lo > domain.hi) {
      const name = kindName(def.kind, rules);
      findings.push(
        cycleFinding(
          "cycle.empty-window",
          { milestone: def.kind, milestoneName: name.en, milestoneNameEs: name.es },
          { certainty: "certain", subjects: [def.kind] },
        ),
      );
    }
    milestones.push({ ...base, id: def.kind, window: windowSpec(domain) });
  }
  const startOf = (m: PlannedMilestone) =>
    m.window.kind === "tbd" && m.window.within ? m.window.within.start : "9999";
  milestones.sort((x, y) => (startOf(x) < startOf(y) ? -1 : startOf(x) > startOf(y) ? 1 : x.id < y.id ? -1 : 1));

  const dependencies = rules.rules.map((r) => ({
    milestone: r.milestone,
    anchor: r.anchor,
    rule: r.id,
    strength: r.strength,
  }));
  return ok({
    previousConference: input.previousConference,
    conference: input.conference,
    milestones,
    dependencies,
    findings,
  });
}
