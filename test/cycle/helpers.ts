// Test helpers: a compliant schedule from a plan, deep freezing, synthetic processes.
import { addMonths, fromDayNumber, toDayNumber, type DateSpec, type PlainDate } from "iacml/core";
import type { CyclePlan, CycleSchedule, ScheduledMilestone } from "iacml/cycle";
import { deepFreeze } from "iacml/data";

export { deepFreeze };

/** Places every planned milestone on the first day of its window (a solution when windows are consistent). */
export function scheduleFromPlan(plan: CyclePlan, id = "synthetic"): CycleSchedule {
  const milestones: ScheduledMilestone[] = plan.milestones
    .filter((m) => m.window.kind === "tbd" && m.window.within)
    .map((m) => {
      const start = (m.window as { within: { start: PlainDate } }).within.start;
      return { id: `${id}/${m.id}`, kind: m.kind, status: "planned", when: { kind: "days", start, end: start } };
    });
  return {
    id,
    previousConference: { id: `${id}/previous`, status: "held", when: plan.previousConference },
    conference: { id: `${id}/conference`, status: "planned", when: plan.conference },
    milestones,
  };
}

export function days(start: string, end = start): DateSpec {
  return { kind: "days", start, end } as DateSpec;
}

export function month(m: string): DateSpec {
  return { kind: "month", month: m } as DateSpec;
}

/** A day `months` months (plus `extra` days) after `start`. */
export function monthsAfter(start: string, months: number, extra = 0): string {
  return fromDayNumber(toDayNumber(addMonths(start as PlainDate, months)) + extra);
}
