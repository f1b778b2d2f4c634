import { describe, expect, it } from "vitest";
import { formatIssue, formatSuggestion, onDays } from "iacml/core";
import {
  calendarEventsOfWorkPlan,
  checkCalendar,
  findConflicts,
  toICalendar,
  type CalendarEvent,
} from "iacml/calendar";
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
    expect(formatIssue(r.issues[0]!, "es")).toBe(
      "Los datos no contienen el plan de trabajo 'wp-2099', por lo que no tiene entradas de calendario",
    );
    expect(findConflicts(r.events)).toEqual([]);
  });

  it("a value that is not a dataset is an issue, not a throw", () => {
    for (const bad of [null, undefined, 1, {}, { workPlans: [] }]) {
      const r = calendarEventsOfWorkPlan(bad as never, "wp-2022-2024");
      expect(r.entries).toEqual([]);
      expect(r.issues.map((i) => i.code)).toEqual(["calendar.invalid-dataset"]);
    }
  });

  it("the 2022-2024 calendar's conflicts, rule findings and iCalendar show no ISO date or country code", () => {
    const { events } = calendarEventsOfWorkPlan(dataset, "wp-2022-2024");
    const findings = [...findConflicts(events), ...checkCalendar(events, [{ kind: "holy-week", id: "hw" }])];
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      for (const l of ["en", "es"] as const) {
        expect(formatIssue(f, l)).not.toMatch(/\d{4}-\d{2}-\d{2}/);
        expect(formatSuggestion(f, l) ?? "").not.toMatch(/\d{4}-\d{2}-\d{2}/);
      }
    }
    const ics = toICalendar(events, { locale: "es" }).replace(/\r\n /g, "");
    const described = ics
      .split("\r\n")
      .filter((line) => line.startsWith("DESCRIPTION:") || line.startsWith("LOCATION:"));
    expect(described.length).toBeGreaterThan(0);
    for (const line of described) expect(line).not.toMatch(/\d{4}-\d{2}|, [A-Z]{2}$/);
    expect(ics).toContain("TRANSP:OPAQUE");
  });
});
