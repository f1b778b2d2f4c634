import { formatIssue } from "iacml/core";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { checkCycle, iacmlCycleRules, planCycle, type CycleRules } from "iacml/cycle";
import { days, deepFreeze, month, monthsAfter, scheduleFromPlan } from "./helpers.js";
import { schedule2022To2024 } from "./real-data.js";

const within = (spec: unknown) => (spec as { within?: { start: string; end: string } }).within;

describe("planCycle on the 2022-2024 cycle", () => {
  const r = planCycle({
    previousConference: schedule2022To2024.previousConference.when,
    conference: schedule2022To2024.conference.when,
    rules: iacmlCycleRules,
  });
  const plan = r.ok ? r.value : undefined;
  const windowOf = (id: string) => within(plan!.milestones.find((m) => m.id === id)!.window);

  it("gives every milestone a window inside the cycle", () => {
    expect(r.ok).toBe(true);
    for (const m of plan!.milestones) {
      const w = within(m.window)!;
      expect(w.start > "2021-09-24" && w.end < "2024-11-01").toBe(true);
    }
    expect(plan!.findings).toEqual([]);
  });

  it("places the preparatory meeting at least three months before any day of November 2024", () => {
    expect(windowOf("preparatory")!.end).toBe("2024-08-01");
  });

  it("reads one year before as 9 to 15 months before every day of the conference month", () => {
    expect(windowOf("working-groups")).toEqual({ start: "2023-08-30", end: "2024-02-01" });
  });

  it("expects the authorities in January (or February) of 2023 and 2024", () => {
    expect(plan!.milestones.filter((m) => m.kind === "authorities").map((m) => [m.id, within(m.window)])).toEqual([
      ["authorities-2023", { start: "2023-01-01", end: "2023-02-28" }],
      ["authorities-2024", { start: "2024-01-01", end: "2024-02-29" }],
    ]);
  });

  it("lists the dependencies between milestones", () => {
    expect(plan!.dependencies).toContainEqual({
      milestone: "preparatory",
      anchor: "conference",
      rule: "preparatory-three-months",
      strength: "hard",
    });
    expect(plan!.dependencies).toHaveLength(iacmlCycleRules.rules.length);
  });
});

describe("planCycle input", () => {
  it("returns issues, not throws, for a conference before its predecessor or undated", () => {
    const r = planCycle({
      previousConference: days("2024-11-05"),
      conference: days("2021-09-22"),
      rules: iacmlCycleRules,
    });
    expect(!r.ok && r.issues[0]!.code).toBe("cycle.conference-before-predecessor");
    const u = planCycle({
      previousConference: { kind: "tbd" },
      conference: days("2021-09-22"),
      rules: iacmlCycleRules,
    });
    expect(!u.ok && u.issues[0]!.code).toBe("cycle.undated-conference");
    // Named, never by id, and dated in words.
    expect(!r.ok && formatIssue(r.issues[0]!, "es")).toBe(
      "La conferencia que cierra el ciclo (22 de septiembre de 2021) no es posterior a la conferencia que abre el ciclo (5 de noviembre de 2024)",
    );
    expect(!r.ok && r.issues[0]!.message).toBe(
      "The conference that closes the cycle (September 22, 2021) does not come after the conference that opens the cycle (November 5, 2024)",
    );
    expect(!u.ok && formatIssue(u.issues[0]!, "es")).toBe(
      "La conferencia que abre el ciclo no tiene ventana de fechas; un ciclo necesita ambas conferencias fechadas",
    );
  });

  it("reports rules that leave no date", () => {
    const impossible: CycleRules = {
      ...iacmlCycleRules,
      rules: [
        ...iacmlCycleRules.rules,
        { ...iacmlCycleRules.rules[8]!, id: "prep-too-early", atLeast: { months: 40 } },
      ],
    };
    const r = planCycle({ previousConference: days("2021-09-22"), conference: month("2024-11"), rules: impossible });
    expect(r.ok && r.value.findings.map((f) => f.code)).toContain("cycle.empty-window");
  });

  it("reports a conference outside the nominal cycle length", () => {
    const r = planCycle({
      previousConference: month("2017-12"),
      conference: days("2021-09-22", "2021-09-24"),
      rules: iacmlCycleRules,
    });
    expect(r.ok && r.value.findings[0]).toMatchObject({
      code: "cycle.rule-broken",
      certainty: "certain",
      severity: "warning",
      params: { rule: "cycle-length" },
    });
  });

  it("serves another process with its own length and milestones", () => {
    const education: CycleRules = {
      process: "education",
      title: { en: "Inter-American Meeting of Ministers of Education" },
      lengthInMonths: 24,
      conference: { title: { en: "Meeting of Ministers of Education" }, audiences: ["ministers"] },
      phases: { implementation: "committee", preparation: "committee" },
      milestones: [
        {
          kind: "committee",
          title: { en: "Inter-American Committee on Education" },
          presence: "required",
          calendar: { kind: "meeting", audiences: ["cie"] },
        },
      ],
      rules: [
        {
          id: "committee-six-months",
          milestone: "committee",
          anchor: "conference",
          direction: "before",
          atLeast: { days: 180 },
          strength: "hard",
          description: { en: "Six months before" },
        },
      ],
    };
    const r = planCycle({ previousConference: days("2022-05-05"), conference: days("2024-05-05"), rules: education });
    expect(r.ok && within(r.value.milestones[0]!.window)).toEqual({ start: "2022-05-06", end: "2023-11-07" });
  });

  it("does not mutate frozen input", () => {
    const input = deepFreeze({
      previousConference: days("2021-09-22"),
      conference: month("2024-11"),
      rules: iacmlCycleRules,
    });
    expect(planCycle(input).ok).toBe(true);
  });
});

// A cycle between two precise conferences whose gap the cycle-length rule accepts.
const compliantConferences = fc
  .record({
    start: fc.integer({ min: 0, max: 365 * 60 }),
    length: fc.integer({ min: 30, max: 41 }),
    extra: fc.integer({ min: 0, max: 27 }),
    span: fc.integer({ min: 0, max: 3 }),
    previousSpan: fc.integer({ min: 0, max: 3 }),
  })
  .map(({ start, length, extra, span, previousSpan }) => {
    const first = monthsAfter("1990-01-01", 0, start);
    const firstEnd = monthsAfter(first, 0, previousSpan);
    const next = monthsAfter(firstEnd, length, extra);
    return { previousConference: days(first, firstEnd), conference: days(next, monthsAfter(next, 0, span)) };
  });

describe("planCycle properties", () => {
  it("a schedule placed in the planned windows has no findings", () => {
    fc.assert(
      fc.property(compliantConferences, (c) => {
        const r = planCycle({ ...c, rules: iacmlCycleRules });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.value.findings).toEqual([]);
        expect(checkCycle(scheduleFromPlan(r.value), iacmlCycleRules)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it("re-planning an already compliant schedule yields the same windows and no findings", () => {
    fc.assert(
      fc.property(compliantConferences, (c) => {
        const first = planCycle({ ...c, rules: iacmlCycleRules });
        if (!first.ok) return;
        const schedule = scheduleFromPlan(first.value);
        const again = planCycle({
          previousConference: schedule.previousConference.when,
          conference: schedule.conference.when,
          rules: iacmlCycleRules,
        });
        expect(again).toEqual(first);
        expect(checkCycle(scheduleFromPlan(again.ok ? again.value : first.value), iacmlCycleRules)).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });
});
