import { describe, expect, it } from "vitest";
import { CalendarEventSchema, findConflicts } from "iacml/calendar";
import { cycleEvents, iacmlCycleRules, type Cycle } from "iacml/cycle";
import { days, deepFreeze } from "./helpers.js";
import { schedule2018To2021, schedule2022To2024 } from "./real-data.js";

const cycle2022: Cycle = deepFreeze({ rules: iacmlCycleRules, schedule: structuredClone(schedule2022To2024) });

describe("cycleEvents", () => {
  it("gives calendar events the calendar module accepts", () => {
    for (const schedule of [schedule2018To2021, schedule2022To2024]) {
      const events = cycleEvents(
        { rules: iacmlCycleRules, schedule },
        { includeMissing: true, includePreviousConference: true },
      );
      for (const e of events) expect(CalendarEventSchema.safeParse(e).success).toBe(true);
      expect(events.every((e) => e.partOf === schedule.id)).toBe(true);
    }
  });

  it("grades statuses by what is known", () => {
    const byId = new Map(cycleEvents(cycle2022).map((e) => [e.id, e]));
    expect(byId.get("wp-2022-2024/meetings/planning")).toMatchObject({
      status: "confirmed",
      kind: "meeting",
      format: "virtual",
    });
    expect(byId.get("wp-2022-2024/meetings/preparatory-xxii")?.status).toBe("tentative");
    expect(byId.get("wp-2022-2024/meetings/wg-2023")?.status).toBe("confirmed");
    expect(byId.get("xxii")).toMatchObject({
      kind: "conference",
      status: "tentative",
      title: iacmlCycleRules.conference.title,
    });
    expect(byId.get("wp-2022-2024/approval")).toMatchObject({ kind: "deadline", format: "virtual" });
  });

  it("adds missing milestones as to-be-confirmed within their window", () => {
    const missing = cycleEvents(cycle2022, { includeMissing: true }).filter((e) => e.status === "to-be-confirmed");
    expect(missing.map((e) => [e.id, e.when])).toEqual([
      ["2022-2024/working-group-reports", { kind: "tbd", within: { start: "2023-08-31", end: "2024-07-31" } }],
      ["2022-2024/general-secretariat-report", { kind: "tbd", within: { start: "2023-09-02", end: "2024-10-31" } }],
    ]);
  });

  it("maps cancelled, undated and unknown-kind milestones", () => {
    const events = cycleEvents({
      rules: iacmlCycleRules,
      schedule: {
        ...schedule2022To2024,
        milestones: [
          {
            id: "x",
            kind: "preparatory",
            status: "cancelled",
            when: days("2024-07-01"),
            location: { city: "Washington, D.C.", country: "US" },
          },
          { id: "y", kind: "other", status: "planned", when: { kind: "tbd" } },
        ],
      },
    });
    expect(events.map((e) => [e.id, e.status, e.kind])).toEqual([
      ["x", "cancelled", "meeting"],
      ["y", "to-be-confirmed", "meeting"],
      ["xxii", "tentative", "conference"],
    ]);
    expect(events[0]!.location).toEqual({ city: "Washington, D.C.", country: "US" });
  });

  it("can be checked for conflicts by the calendar module", () => {
    const events = cycleEvents(cycle2022);
    const wg = events.find((e) => e.id === "wp-2022-2024/meetings/wg-2023")!;
    const { partOf: _, ...rest } = wg;
    const clash = { ...rest, id: "other-meeting", title: { en: "Another hemispheric meeting" } };
    const conflicts = findConflicts([...events, clash]);
    expect(conflicts.some((c) => c.subjects.includes("other-meeting") && c.subjects.includes(wg.id))).toBe(true);
  });
});
