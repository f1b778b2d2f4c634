import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CycleRulesSchema, iacmlCycleRules, parseCycleRules, type CycleRules } from "iacml/cycle";

describe("iacmlCycleRules", () => {
  it("validates against its schema and names only known kinds", () => {
    expect(CycleRulesSchema.safeParse(iacmlCycleRules).success).toBe(true);
    expect(parseCycleRules(iacmlCycleRules).ok).toBe(true);
    expect(parseCycleRules(JSON.stringify(iacmlCycleRules)).ok).toBe(true);
  });

  it("states the documented rules with their strength", () => {
    const rule = (id: string) => iacmlCycleRules.rules.find((r) => r.id === id);
    expect(rule("preparatory-three-months")).toMatchObject({
      atLeast: { months: 3 },
      strength: "hard",
      direction: "before",
    });
    expect(rule("working-groups-one-year")).toMatchObject({
      atLeast: { months: 9 },
      atMost: { months: 15 },
      strength: "soft",
    });
    expect(iacmlCycleRules.milestones.find((m) => m.kind === "authorities")?.recurrence?.month).toBe(1);
  });
});

describe("parseCycleRules", () => {
  it("reports rules that name an unknown milestone kind", () => {
    const bad: CycleRules = { ...iacmlCycleRules, rules: [{ ...iacmlCycleRules.rules[0]!, anchor: "summit" }] };
    const r = parseCycleRules(bad);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues[0]).toMatchObject({ code: "cycle.unknown-rule-reference", path: ["rules", 0, "anchor"] });
  });

  it("reports duplicate milestone kinds and shape errors", () => {
    const dup = { ...iacmlCycleRules, milestones: [iacmlCycleRules.milestones[0]!, iacmlCycleRules.milestones[0]!] };
    const r = parseCycleRules(dup);
    expect(!r.ok && r.issues.map((i) => i.code)).toContain("cycle.duplicate-id");
    const shape = parseCycleRules({ ...iacmlCycleRules, lengthInMonths: -1 });
    expect(!shape.ok && shape.issues[0]!.path).toEqual(["lengthInMonths"]);
    const json = parseCycleRules("{not json");
    expect(!json.ok && json.issues[0]!.code).toBe("cycle.invalid-input");
  });

  it("never throws on arbitrary input", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.jsonValue()), (input) => {
        expect(typeof parseCycleRules(input).ok).toBe("boolean");
      }),
    );
  });
});
