import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatIssue } from "iacml/core";
import { iacmlCycleRules, parseCycleSchedule } from "iacml/cycle";
import { schedule2018To2021, schedule2022To2024 } from "./real-data.js";

const base = {
  id: "2022-2024",
  previousConference: { id: "xxi", status: "held", when: { kind: "days", start: "2021-09-22", end: "2021-09-24" } },
  conference: { id: "xxii", status: "planned", when: { kind: "month", month: "2024-11" } },
  milestones: [
    {
      id: "wg",
      kind: "working-groups",
      status: "held",
      when: { kind: "days", start: "2023-09-21", end: "2023-09-22" },
    },
  ],
};

describe("parseCycleSchedule", () => {
  it("accepts the real schedules, as values and as JSON", () => {
    for (const s of [schedule2018To2021, schedule2022To2024]) {
      expect(parseCycleSchedule(s, iacmlCycleRules).ok).toBe(true);
      expect(parseCycleSchedule(JSON.stringify(s), iacmlCycleRules)).toEqual({ ok: true, value: s });
    }
  });

  it("reports impossible dates with their path", () => {
    const bad = {
      ...base,
      milestones: [{ ...base.milestones[0]!, when: { kind: "days", start: "2023-02-30", end: "2023-02-30" } }],
    };
    const r = parseCycleSchedule(bad, iacmlCycleRules);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]!.code).toBe("cycle.invalid-input");
      expect(r.issues[0]!.path.slice(0, 3)).toEqual(["milestones", 0, "when"]);
    }
  });

  it("reports a milestone of an unknown kind", () => {
    const r = parseCycleSchedule(
      { ...base, milestones: [{ ...base.milestones[0]!, kind: "summit" }] },
      iacmlCycleRules,
    );
    expect(!r.ok && r.issues[0]).toMatchObject({
      code: "cycle.unknown-milestone-kind",
      path: ["milestones", 0, "kind"],
      params: { kind: "summit" },
    });
    if (!r.ok) expect(formatIssue(r.issues[0]!, "es")).toContain("summit");
  });

  it("reports a conference that does not come after its predecessor", () => {
    const r = parseCycleSchedule(
      { ...base, conference: { ...base.conference, when: { kind: "month", month: "2021-09" } } },
      iacmlCycleRules,
    );
    expect(!r.ok && r.issues[0]).toMatchObject({
      code: "cycle.conference-before-predecessor",
      path: ["conference", "when"],
    });
  });

  it("reports an undated conference and duplicate ids", () => {
    const undated = parseCycleSchedule(
      { ...base, conference: { ...base.conference, when: { kind: "tbd" } } },
      iacmlCycleRules,
    );
    expect(!undated.ok && undated.issues[0]!.code).toBe("cycle.undated-conference");
    const dup = parseCycleSchedule(
      { ...base, milestones: [base.milestones[0], { ...base.milestones[0], id: "xxii" }] },
      iacmlCycleRules,
    );
    expect(!dup.ok && dup.issues[0]).toMatchObject({ code: "cycle.duplicate-id", path: ["milestones", 1, "id"] });
    const dupConference = parseCycleSchedule(
      { ...base, conference: { ...base.conference, id: "xxi" } },
      iacmlCycleRules,
    );
    expect(!dupConference.ok && dupConference.issues[0]!.path).toEqual(["conference", "id"]);
  });

  it("reports bad JSON text", () => {
    const r = parseCycleSchedule("{", iacmlCycleRules);
    expect(!r.ok && r.issues[0]!.code).toBe("cycle.invalid-input");
  });

  it("never throws on arbitrary strings and JSON", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.jsonValue(), fc.constant(base)), (input) => {
        expect(typeof parseCycleSchedule(input, iacmlCycleRules).ok).toBe("boolean");
      }),
    );
  });
});
