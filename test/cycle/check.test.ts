import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatIssue, formatSuggestion } from "iacml/core";
import { checkCycle, formatCycleSuggestion, iacmlCycleRules, type CycleSchedule } from "iacml/cycle";
import { days, deepFreeze, month } from "./helpers.js";
import { schedule2018To2021, schedule2022To2024 } from "./real-data.js";

const summary = (s: CycleSchedule) =>
  checkCycle(s, iacmlCycleRules).map((f) => [f.code, f.certainty, f.severity, f.params.rule ?? f.params.kind]);

describe("checkCycle on the real cycles", () => {
  it("2018-2021: the second preparatory meeting certainly breaks the three-month rule; the cycle ran long", () => {
    expect(summary(schedule2018To2021)).toEqual([
      ["cycle.missing-milestone", "certain", "error", "work-plan-approval"],
      ["cycle.rule-broken", "certain", "error", "preparatory-three-months"],
      ["cycle.rule-broken", "certain", "warning", "cycle-length"],
    ]);
    const prep = checkCycle(schedule2018To2021, iacmlCycleRules).find(
      (f) => f.params.rule === "preparatory-three-months",
    )!;
    expect(prep.subjects).toEqual(["act-2018-2021/preparatory-xxi-2", "xxi"]);
    expect(prep.params).toMatchObject({ gapMin: 54, gapMax: 54, requirement: "at least 3 months before" });
    expect(prep.suggestion).toContain("on or before June 22, 2021");
    // The ISO date stays in params for code; people read the words.
    expect(prep.params).toMatchObject({ to: "2021-06-22", toDate: "June 22, 2021", toDateEs: "22 de junio de 2021" });
  });

  it("2022-2024: the preparatory meeting 'July or August 2024' possibly breaks it; reports are not scheduled yet", () => {
    expect(summary(schedule2022To2024)).toEqual([
      ["cycle.missing-milestone", "certain", "warning", "general-secretariat-report"],
      ["cycle.missing-milestone", "certain", "warning", "working-group-reports"],
      ["cycle.rule-broken", "possible", "error", "preparatory-three-months"],
    ]);
    const prep = checkCycle(schedule2022To2024, iacmlCycleRules).find((f) => f.code === "cycle.rule-broken")!;
    expect(prep.params).toMatchObject({ gapMin: 62, gapMax: 152 });
    expect(prep.suggestion).toBe("'Preparatory meeting' should end on or before August 1, 2024");
    expect(formatIssue(prep, "es")).toBe(
      "La reunión preparatoria se celebra al menos tres meses antes de la conferencia: «Reunión preparatoria» debe situarse al menos 3 meses antes de «la conferencia que cierra el ciclo»; la distancia es de 62 a 152 días",
    );
    expect(prep.params.rule).toBe("preparatory-three-months");
    expect(formatCycleSuggestion(prep, "es")).toBe(
      "«Reunión preparatoria» debería terminar a más tardar el 1 de agosto de 2024",
    );
    // core's formatSuggestion gives the same Spanish (the finding carries its suggestion code).
    expect(prep.suggestionCode).toBe("cycle.suggest-by");
    expect(formatSuggestion(prep, "es")).toBe(formatCycleSuggestion(prep, "es"));
    expect(formatSuggestion(prep, "en")).toBe(prep.suggestion);
  });

  it("no finding or suggestion of either cycle shows an ISO date to a person, in either language", () => {
    for (const s of [schedule2018To2021, schedule2022To2024]) {
      for (const f of checkCycle(s, iacmlCycleRules)) {
        for (const l of ["en", "es"] as const) {
          expect(formatIssue(f, l)).not.toMatch(/\d{4}-\d{2}-\d{2}/);
          expect(formatSuggestion(f, l) ?? "").not.toMatch(/\d{4}-\d{2}-\d{2}/);
        }
      }
    }
  });

  it("ignores the extraordinary May 2020 meeting but still expects one meeting of authorities a year", () => {
    const withoutJanuary2021 = {
      ...schedule2018To2021,
      milestones: schedule2018To2021.milestones.filter((m) => m.id !== "act-2018-2021/authorities-2021-01"),
    };
    const missing = checkCycle(withoutJanuary2021, iacmlCycleRules).find((f) => f.code === "cycle.missing-occurrence")!;
    expect(missing).toMatchObject({
      certainty: "certain",
      severity: "warning",
      subjects: ["2018-2021", "authorities-2021"],
    });
  });
});

describe("checkCycle three-valued", () => {
  const schedule = (
    prep: CycleSchedule["milestones"][number]["when"],
    conference: CycleSchedule["conference"]["when"],
  ): CycleSchedule => ({
    id: "c",
    previousConference: { id: "prev", status: "held", when: days("2021-09-22", "2021-09-24") },
    conference: { id: "conf", status: "planned", when: conference },
    milestones: [{ id: "prep", kind: "preparatory", status: "planned", when: prep }],
  });
  const prepFinding = (s: CycleSchedule) =>
    checkCycle(s, iacmlCycleRules).find((f) => f.params.rule === "preparatory-three-months");

  it("possible for July or August before November, certain for July 28-30 before September 22-24, none for early July", () => {
    const julyOrAugust = { kind: "oneOf", options: [month("2024-07"), month("2024-08")] } as const;
    expect(prepFinding(schedule(julyOrAugust, month("2024-11")))?.certainty).toBe("possible");
    expect(prepFinding(schedule(days("2024-07-28", "2024-07-30"), days("2024-09-22", "2024-09-24")))?.certainty).toBe(
      "certain",
    );
    expect(prepFinding(schedule(days("2024-07-01", "2024-07-02"), days("2024-11-04", "2024-11-06")))).toBeUndefined();
  });

  it("measures nothing against an undated milestone and reports a bad conference as a finding", () => {
    expect(prepFinding(schedule({ kind: "tbd" }, month("2024-11")))).toBeUndefined();
    const bad = checkCycle(schedule(days("2024-07-01"), days("2020-01-01")), iacmlCycleRules);
    expect(bad.map((f) => f.code)).toEqual(["cycle.conference-before-predecessor"]);
  });

  it("gives a possible missing occurrence when the meeting may fall outside January-February", () => {
    const s: CycleSchedule = {
      ...schedule2022To2024,
      milestones: schedule2022To2024.milestones.map((m) =>
        m.id.endsWith("authorities-2024")
          ? { ...m, when: { kind: "months", start: "2024-01", end: "2024-03" } as never }
          : m,
      ),
    };
    const f = checkCycle(s, iacmlCycleRules).find((x) => x.code === "cycle.missing-occurrence")!;
    expect(f).toMatchObject({ certainty: "possible", subjects: ["2022-2024", "authorities-2024"] });
  });
});

describe("checkCycle properties", () => {
  it("findings do not depend on the order of milestones", () => {
    for (const s of [schedule2018To2021, schedule2022To2024]) {
      const expected = checkCycle(s, iacmlCycleRules);
      fc.assert(
        fc.property(fc.shuffledSubarray([...s.milestones], { minLength: s.milestones.length }), (ms) => {
          expect(checkCycle({ ...s, milestones: ms }, iacmlCycleRules)).toEqual(expected);
        }),
        { numRuns: 50 },
      );
    }
  });

  it("does not mutate frozen input", () => {
    const frozen = deepFreeze(structuredClone(schedule2018To2021));
    expect(checkCycle(frozen, deepFreeze(structuredClone(iacmlCycleRules))).length).toBeGreaterThan(0);
  });
});
