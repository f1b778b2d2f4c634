import type { DateSpec } from "../core/date-spec/types.js";
import { toDayNumber, type PlainDate } from "../core/plain-date.js";
import type { Certainty, Result } from "../core/result.js";
import { requirePlainDate } from "../core/options.js";
import { planCycle, type CyclePlan } from "./plan.js";
import { envelope, isBounded, type Envelope } from "./timing.js";
import type { Cycle } from "./types.js";

/**
 * The phases of a cycle. `not-started` is before the conference that opens it has ended;
 * `planning` runs from then until the work plan is approved; `implementation` until the milestone
 * that opens preparation (the working-group meeting by default); `preparation` until the
 * conference; `conference` while it is held; `closed` after.
 *
 * @example
 * ```ts
 * import type { CyclePhaseName } from "iacml/cycle";
 * const p: CyclePhaseName = "implementation";
 * ```
 */
export type CyclePhaseName = "not-started" | "planning" | "implementation" | "preparation" | "conference" | "closed";

/**
 * A milestone as the phase view names it.
 *
 * @example
 * ```ts
 * import { onDays } from "iacml/core";
 * import type { MilestoneRef } from "iacml/cycle";
 * const ref: MilestoneRef = { id: "wg-2023", kind: "working-groups", when: onDays("2023-09-21", "2023-09-22") };
 * ```
 */
export interface MilestoneRef {
  /** Id in the schedule. */
  readonly id: string;
  /** Milestone kind (`conference` for both conferences). */
  readonly kind: string;
  /** When it happens. */
  readonly when: DateSpec;
}

/**
 * Where a cycle stands on a date.
 *
 * @example
 * ```ts
 * import type { CyclePhaseStatus } from "iacml/cycle";
 * const s: CyclePhaseStatus = { phase: "planning", certainty: "certain", current: [] };
 * ```
 */
export interface CyclePhaseStatus {
  /** The phase. */
  readonly phase: CyclePhaseName;
  /** `possible` when imprecise dates leave the phase open. */
  readonly certainty: Certainty;
  /** The milestone that most recently ended for certain. */
  readonly last?: MilestoneRef;
  /** Milestones that are or may be under way on the date. */
  readonly current: readonly MilestoneRef[];
  /** The next milestone that certainly has not started. */
  readonly next?: MilestoneRef;
  /** Days from the date to the first possible and the last possible start of `next`. */
  readonly daysToNext?: {
    /** Days to the first possible start. */
    readonly min: number;
    /** Days to the last possible start. */
    readonly max: number;
  };
}

type Tri = "yes" | "no" | "possibly";

function began(env: Envelope | undefined, day: number): Tri {
  if (!env || !isBounded(env)) return "no";
  return day >= env.maxStart ? "yes" : day >= env.minStart ? "possibly" : "no";
}

/**
 * Tells where a cycle stands on a date: the phase (three-valued through `certainty`), the last
 * milestone that ended, those under way and the next one, with the days to it. A phase opened by
 * a milestone the schedule lacks uses the milestone's planned window. Throws a `TypeError` naming
 * `asOf` when it is not a {@link PlainDate} naming a real day (`"2026-13-45"`).
 *
 * @example
 * ```ts
 * import { inMonth, onDays, plainDate } from "iacml/core";
 * import { cyclePhase, iacmlCycleRules } from "iacml/cycle";
 * const status = cyclePhase(
 *   {
 *     rules: iacmlCycleRules,
 *     schedule: {
 *       id: "2022-2024",
 *       previousConference: { id: "xxi", status: "held", when: onDays("2021-09-22", "2021-09-24") },
 *       conference: { id: "xxii", status: "planned", when: inMonth("2024-11") },
 *       milestones: [{ id: "wg", kind: "working-groups", status: "held", when: onDays("2023-09-21", "2023-09-22") }],
 *     },
 *   },
 *   plainDate("2024-03-01"),
 * );
 * console.log(status.phase, status.next?.id, status.daysToNext);
 * ```
 */
export function cyclePhase(cycle: Cycle, asOf: PlainDate): CyclePhaseStatus {
  return cyclePhaseWith(cycle, asOf, () =>
    planCycle({
      previousConference: cycle.schedule.previousConference.when,
      conference: cycle.schedule.conference.when,
      rules: cycle.rules,
    }),
  );
}

/** Internal: {@link cyclePhase} with the cycle's plan given (asked for only when the phase needs it). */
export function cyclePhaseWith(cycle: Cycle, asOf: PlainDate, planOf: () => Result<CyclePlan>): CyclePhaseStatus {
  const day = toDayNumber(requirePlainDate(asOf, "asOf"));
  const { schedule, rules } = cycle;
  const items: (MilestoneRef & { env: Envelope })[] = [
    ...[schedule.previousConference, schedule.conference].map((c) => ({
      id: c.id,
      kind: "conference",
      when: c.when,
      env: envelope(c.when),
    })),
    ...schedule.milestones
      .filter((m) => m.status !== "cancelled")
      .map((m) => ({ id: m.id, kind: m.kind, when: m.when, env: envelope(m.when) })),
  ].filter((x) => isBounded(x.env));

  const ref = (x: MilestoneRef): MilestoneRef => ({ id: x.id, kind: x.kind, when: x.when });
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const past = items.filter((x) => x.env.maxEnd < day).sort((a, b) => b.env.maxEnd - a.env.maxEnd || byId(a, b));
  const ahead = items.filter((x) => x.env.minStart > day).sort((a, b) => a.env.minStart - b.env.minStart || byId(a, b));
  const current = items
    .filter((x) => x.env.minStart <= day && day <= x.env.maxEnd)
    .sort(byId)
    .map(ref);
  const next = ahead[0];
  const around = {
    current,
    ...(past[0] ? { last: ref(past[0]) } : {}),
    ...(next ? { next: ref(next), daysToNext: { min: next.env.minStart - day, max: next.env.maxStart - day } } : {}),
  };

  const c = envelope(schedule.conference.when);
  const p = envelope(schedule.previousConference.when);
  if (day > c.maxEnd) return { phase: "closed", certainty: "certain", ...around };
  if (day >= c.minStart) {
    const sure = day >= c.maxStart && day <= c.minEnd;
    return { phase: "conference", certainty: sure ? "certain" : "possible", ...around };
  }
  if (day <= p.maxEnd) return { phase: "not-started", certainty: day < p.minEnd ? "certain" : "possible", ...around };

  const plan = planOf();
  const opening = (kind: string): Envelope | undefined => {
    const firsts = items.filter((x) => x.kind === kind).sort((a, b) => a.env.minStart - b.env.minStart);
    if (firsts[0]) return firsts[0].env;
    const planned = plan.ok ? plan.value.milestones.find((m) => m.kind === kind) : undefined;
    return planned ? envelope(planned.window) : undefined;
  };
  const preparation = began(opening(rules.phases.preparation), day);
  if (preparation !== "no")
    return { phase: "preparation", certainty: preparation === "yes" ? "certain" : "possible", ...around };
  const implementation = began(opening(rules.phases.implementation), day);
  if (implementation !== "no") {
    return { phase: "implementation", certainty: implementation === "yes" ? "certain" : "possible", ...around };
  }
  return { phase: "planning", certainty: "certain", ...around };
}
