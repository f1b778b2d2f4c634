import { formatIssue } from "iacml/core";
import { describe, expect, it } from "vitest";
import { checkCycle, cycleScheduleFromDataset, iacmlCycleRules } from "iacml/cycle";
import { calendarEventsOfWorkPlan, findConflicts } from "iacml/calendar";
import { dataset } from "iacml/data";
import { planEvents, scheduleFromDataset } from "iacml/reports";

describe("builders from the dataset beside the module's functions", () => {
  it("cycleScheduleFromDataset gives the schedule the reports build, and checkCycle takes it", () => {
    for (const plan of dataset.workPlans) {
      const mine = cycleScheduleFromDataset(dataset, plan.id);
      const theirs = scheduleFromDataset(dataset, plan.id);
      expect(mine.ok).toBe(theirs.ok);
      if (mine.ok && theirs.ok) {
        expect(mine.value).toEqual(theirs.value);
        expect(() => checkCycle(mine.value, iacmlCycleRules)).not.toThrow();
      }
    }
    const bad = cycleScheduleFromDataset(dataset, "wp-1900");
    expect(bad.ok ? [] : bad.issues.map((i) => i.code)).toEqual(["cycle.unknown-work-plan"]);
  });

  it("cycleScheduleFromDataset on null or a shapeless value is a Result with an issue, never a throw", () => {
    for (const value of [null, undefined, 3, "x", {}, { workPlans: [] }]) {
      const r = cycleScheduleFromDataset(value as never, "wp-2022-2024");
      expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(["cycle.invalid-dataset"]);
      if (!r.ok) expect(formatIssue(r.issues[0]!, "es")).toMatch(/^Los datos no son válidos/);
    }
  });

  it("calendarEventsOfWorkPlan gives the events the reports build, and findConflicts takes them", () => {
    const mine = calendarEventsOfWorkPlan(dataset, "wp-2022-2024");
    const theirs = planEvents(dataset, "wp-2022-2024", []);
    expect(mine.events).toEqual(theirs.events);
    expect(mine.entries).toEqual(theirs.entries);
    expect(mine.events.length).toBeGreaterThan(0);
    expect(findConflicts(mine.events).length).toBeGreaterThan(0);
  });
});
