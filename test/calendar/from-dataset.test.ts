import { describe, expect, it } from "vitest";
import { formatIssue, onDays } from "iacml/core";
import { calendarEventsOfWorkPlan, findConflicts, type CalendarEvent } from "iacml/calendar";
import { dataset } from "iacml/data";

const extra: CalendarEvent = {
  id: "zz-extra",
  title: { en: "Extra meeting", es: "Reunión adicional" },
  kind: "meeting",
  when: onDays("2024-06-10"),
  status: "confirmed",
  format: "virtual",
  audiences: ["ministers"],
};

describe("calendarEventsOfWorkPlan", () => {
  it("gives the plan's entries and no issue for a known plan", () => {
    const r = calendarEventsOfWorkPlan(dataset, "wp-2022-2024");
    expect(r.issues).toEqual([]);
    expect(r.entries.length).toBeGreaterThan(0);
  });

  it("an unknown plan gives no entries, only the extra events, and an issue naming the id (never the whole calendar)", () => {
    const r = calendarEventsOfWorkPlan(dataset, "wp-2099", [extra]);
    expect(r.entries).toEqual([]);
    expect(r.events.map((e) => e.id)).toEqual(["zz-extra"]);
    expect(r.issues.map((i) => [i.code, i.params.id])).toEqual([["calendar.unknown-work-plan", "wp-2099"]]);
    expect(formatIssue(r.issues[0]!, "es")).toBe("Los datos no contienen el plan de trabajo 'wp-2099', por lo que no tiene entradas de calendario");
    expect(findConflicts(r.events)).toEqual([]);
  });

  it("a value that is not a dataset is an issue, not a throw", () => {
    for (const bad of [null, undefined, 1, {}, { workPlans: [] }]) {
      const r = calendarEventsOfWorkPlan(bad as never, "wp-2022-2024");
      expect(r.entries).toEqual([]);
      expect(r.issues.map((i) => i.code)).toEqual(["calendar.invalid-dataset"]);
    }
  });
});
