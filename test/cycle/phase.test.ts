import { describe, expect, it } from "vitest";
import { plainDate } from "iacml/core";
import { cyclePhase, iacmlCycleRules, type Cycle } from "iacml/cycle";
import { days, deepFreeze, month } from "./helpers.js";
import { schedule2018To2021, schedule2022To2024 } from "./real-data.js";

const cycle2022: Cycle = { rules: iacmlCycleRules, schedule: schedule2022To2024 };
const at = (c: Cycle, d: string) => cyclePhase(c, plainDate(d));

describe("cyclePhase on the 2022-2024 cycle", () => {
  it("walks through the phases", () => {
    expect(
      ["2021-09-23", "2022-03-01", "2023-03-01", "2023-10-01", "2024-11-10", "2025-01-01"].map((d) => [
        at(cycle2022, d).phase,
        at(cycle2022, d).certainty,
      ]),
    ).toEqual([
      ["not-started", "certain"],
      ["planning", "certain"],
      ["implementation", "certain"],
      ["preparation", "certain"],
      ["conference", "possible"],
      ["closed", "certain"],
    ]);
  });

  it("names the last and next milestones with the days to the next", () => {
    const s = at(cycle2022, "2023-03-01");
    expect(s.last?.id).toBe("wp-2022-2024/meetings/authorities-2023");
    expect(s.next?.id).toBe("wp-2022-2024/meetings/wg-2023");
    expect(s.daysToNext).toEqual({ min: 204, max: 204 });
    const imprecise = at(cycle2022, "2023-10-01");
    expect(imprecise.next?.id).toBe("wp-2022-2024/meetings/authorities-2024");
    expect(imprecise.daysToNext).toEqual({ min: 92, max: 122 });
  });

  it("lists what is or may be under way", () => {
    expect(at(cycle2022, "2023-09-21").current.map((m) => m.id)).toEqual(["wp-2022-2024/meetings/wg-2023"]);
    expect(at(cycle2022, "2024-08-15").current.map((m) => m.id)).toEqual(["wp-2022-2024/meetings/preparatory-xxii"]);
  });
});

describe("cyclePhase edge cases", () => {
  it("is certain during a precise conference, and closed after the 2018-2021 cycle", () => {
    const c: Cycle = { rules: iacmlCycleRules, schedule: schedule2018To2021 };
    expect(at(c, "2021-09-23")).toMatchObject({ phase: "conference", certainty: "certain" });
    expect(at(c, "2021-10-01").phase).toBe("closed");
  });

  it("uses the planned window when the opening milestone is not scheduled", () => {
    const bare: Cycle = deepFreeze({
      rules: iacmlCycleRules,
      schedule: {
        id: "bare",
        previousConference: { id: "a", status: "held", when: days("2021-09-22", "2021-09-24") },
        conference: { id: "b", status: "planned", when: month("2024-11") },
        milestones: [],
      },
    });
    expect(at(bare, "2021-10-01")).toMatchObject({ phase: "implementation", certainty: "possible" });
    expect(at(bare, "2023-10-01")).toMatchObject({ phase: "preparation", certainty: "possible" });
    expect(at(bare, "2021-09-24")).toMatchObject({ phase: "not-started", certainty: "possible" });
    expect(at(bare, "2022-01-01").last?.id).toBe("a");
  });
});
