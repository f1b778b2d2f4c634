import { formatIssue } from "iacml/core";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { checkCycle, iacmlCycleRules, planCycle, postponeConference, type Cycle } from "iacml/cycle";
import { days, deepFreeze, month, monthsAfter } from "./helpers.js";
import { conferences, schedule2018To2021, schedule2022To2024 } from "./real-data.js";

const xxi = conferences.find((c) => c.id === "xxi")!;

// The 2018-2021 cycle as the authorities saw it on 22 May 2020, with the XXI set for December 2020.
const asOfMay2020: Cycle = deepFreeze({
  rules: iacmlCycleRules,
  schedule: {
    ...schedule2018To2021,
    conference: { ...schedule2018To2021.conference, status: "planned", when: xxi.originalPlan!.dates },
    milestones: schedule2018To2021.milestones.filter((m) => m.when.kind === "days" && m.when.end < "2020-05-22"),
  },
});

describe("postponeConference: the XXI IACML from December 2020 to September 2021", () => {
  const r = postponeConference(asOfMay2020, xxi.dates, xxi.postponement!.endorsedBy!);
  const outcome = r.ok ? r.value : undefined;

  it("records the decision", () => {
    expect(r.ok).toBe(true);
    expect(outcome!.cycle.schedule.conference.when).toEqual(xxi.dates);
    expect(outcome!.cycle.schedule.postponements).toEqual([
      { conference: "xxi", from: xxi.originalPlan!.dates, to: xxi.dates, decision: xxi.postponement!.endorsedBy },
    ]);
    expect(outcome!.findings[0]).toMatchObject({ code: "cycle.conference-postponed", severity: "info" });
    expect(outcome!.findings[0]!.message).toContain("343 (CIII-O/20)");
    // Dates in words in both languages; the ISO forms stay in params.
    expect(outcome!.findings[0]!.message).not.toMatch(/\d{4}-\d{2}/);
    expect(formatIssue(outcome!.findings[0]!, "es")).not.toMatch(/\d{4}-\d{2}/);
    expect(formatIssue(outcome!.findings[0]!, "es")).toContain("de 2021");
  });

  it("shows what now needs to happen: another working-group meeting and a January 2021 meeting of authorities", () => {
    const wg = outcome!.newFindings.find((f) => f.params.rule === "working-groups-one-year")!;
    expect(wg).toMatchObject({ certainty: "certain", subjects: ["act-2018-2021/wg-meeting-1", "xxi"] });
    expect(wg.suggestion).toBe(
      "'Meeting of the working groups' should end between June 22, 2020 and December 22, 2020",
    );
    expect(wg.params.milestone).toBe("act-2018-2021/wg-meeting-1");
    expect(outcome!.newFindings.find((f) => f.code === "cycle.missing-occurrence")?.subjects).toEqual([
      "2018-2021",
      "authorities-2021",
    ]);
    // The additional meeting actually held (10 and 15 September 2020) falls in the new window.
    const held = outcome!.cycle.schedule.milestones.concat(
      schedule2018To2021.milestones.filter((m) => m.id.endsWith("wg-meeting-2")),
    );
    expect(
      checkCycle({ ...outcome!.cycle.schedule, milestones: held }, iacmlCycleRules).some(
        (f) => f.params.rule === "working-groups-one-year",
      ),
    ).toBe(false);
  });

  it("re-derives every downstream window", () => {
    const replanned = planCycle({
      previousConference: month("2017-12"),
      conference: xxi.dates,
      rules: iacmlCycleRules,
    });
    expect(replanned.ok && outcome!.plan).toEqual(replanned.ok && replanned.value);
    expect(outcome!.windowChanges.map((c) => c.milestone)).toContain("preparatory");
    expect(outcome!.windowChanges.find((c) => c.milestone === "authorities-2021")?.before).toEqual({ kind: "tbd" });
  });
});

describe("postponeConference: moving the XXII IACML by three months", () => {
  const r = postponeConference({ rules: iacmlCycleRules, schedule: schedule2022To2024 }, month("2025-02"), {
    body: "iacml-authorities",
    date: month("2024-01"),
  });

  it("moves the windows and flags the 2023 working-group meeting and a 2025 meeting of authorities", () => {
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.windowChanges.find((c) => c.milestone === "preparatory")?.after).toEqual({
      kind: "tbd",
      within: { start: "2023-11-30", end: "2024-11-01" },
    });
    expect(r.value.newFindings.map((f) => f.params.rule ?? f.subjects[1])).toEqual([
      "authorities-2025",
      "working-groups-one-year",
    ]);
  });

  it("writes imprecise dates in the record", () => {
    const c: Cycle = {
      rules: iacmlCycleRules,
      schedule: {
        ...schedule2022To2024,
        conference: {
          ...schedule2022To2024.conference,
          when: { kind: "tbd", within: { start: "2024-10-01", end: "2024-12-31" } } as never,
        },
      },
    };
    const to = {
      kind: "oneOf",
      options: [
        { kind: "all", parts: [days("2025-01-10"), days("2025-01-12")] },
        { kind: "months", start: "2025-02", end: "2025-03" },
      ],
    } as never;
    const r = postponeConference(c, to, { body: "x", date: days("2024-06-01") });
    expect(r.ok && r.value.findings[0]!.params).toMatchObject({
      from: "tbd 2024-10-01..2024-12-31",
      to: "2025-01-10 & 2025-01-12 or 2025-02..2025-03",
    });
  });

  it("returns issues for dates before the previous conference", () => {
    const bad = postponeConference({ rules: iacmlCycleRules, schedule: schedule2022To2024 }, days("2020-01-01"), {
      body: "x",
      date: month("2024-01"),
    });
    expect(!bad.ok && bad.issues[0]!.code).toBe("cycle.conference-before-predecessor");
  });
});

describe("postponeConference properties", () => {
  it("postponing then restoring gives back the original plan and schedule", () => {
    const cycle: Cycle = { rules: iacmlCycleRules, schedule: schedule2022To2024 };
    const original = planCycle({
      previousConference: cycle.schedule.previousConference.when,
      conference: cycle.schedule.conference.when,
      rules: iacmlCycleRules,
    });
    fc.assert(
      fc.property(fc.integer({ min: -20, max: 20 }), fc.integer({ min: 0, max: 27 }), (months, extra) => {
        const moved = postponeConference(cycle, days(monthsAfter("2024-11-01", months, extra)), {
          body: "a",
          date: month("2024-01"),
        });
        if (!moved.ok) return;
        const back = postponeConference(moved.value.cycle, cycle.schedule.conference.when, {
          body: "a",
          date: month("2024-02"),
        });
        expect(back.ok && back.value.plan).toEqual(original.ok && original.value);
        if (!back.ok) return;
        const { postponements, ...rest } = back.value.cycle.schedule;
        expect(rest).toEqual(cycle.schedule);
        expect(postponements).toHaveLength(2);
        expect(back.value.findings.slice(1)).toEqual(checkCycle(cycle.schedule, iacmlCycleRules));
      }),
      { numRuns: 60 },
    );
  });
});
