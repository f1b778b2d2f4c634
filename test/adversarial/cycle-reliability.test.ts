// Hostile and careless input for the cycle: every case of the reliability issue, plus fuzzing
// of the untrusted-input entry points over any value and over mutations of valid records.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkCycle,
  cycleEvents,
  cyclePhase,
  iacmlCycleRules,
  parseCycleRules,
  parseCycleSchedule,
  planCycle,
  postponeConference,
  type Cycle,
  type CycleSchedule,
} from "iacml/cycle";
import { inMonth, onDays, plainDate, type DateSpec } from "iacml/core";

const T = 30_000;

const schedule: CycleSchedule = {
  id: "2022-2024",
  previousConference: { id: "xxi", status: "held", when: onDays("2021-09-22", "2021-09-24") },
  conference: { id: "xxii", status: "planned", when: inMonth("2024-11") },
  milestones: [{ id: "wg", kind: "working-groups", status: "held", when: onDays("2023-09-21", "2023-09-22") }],
};

const months = (start: string, end: string) => ({ kind: "months", start, end }) as DateSpec;

function nestedJson(depth: number): string {
  let spec = `{"kind":"days","start":"2024-01-01","end":"2024-01-01"}`;
  for (let i = 0; i < depth; i++)
    spec = `{"kind":"all","parts":[${spec},{"kind":"days","start":"2024-02-01","end":"2024-02-01"}]}`;
  return JSON.stringify({ ...schedule, milestones: [] }).replace(
    `"milestones":[]`,
    `"milestones":[{"id":"m","kind":"working-groups","status":"held","when":${spec}}]`,
  );
}

describe("edge dates never make the cycle throw", () => {
  it("planCycle returns a Result for conferences at 9999-12 and after 0001-01", () => {
    for (const [previousConference, conference] of [
      [inMonth("9999-10"), inMonth("9999-12")],
      [inMonth("0001-01"), inMonth("0001-03")],
      [onDays("0001-01-01"), onDays("9999-12-31")],
      [inMonth("0001-01"), inMonth("2024-11")],
      [inMonth("2021-09"), inMonth("9999-12")],
    ] as const) {
      const r = planCycle({ previousConference, conference, rules: iacmlCycleRules });
      expect(typeof r.ok).toBe("boolean");
      if (r.ok) {
        for (const m of r.value.milestones)
          if (m.window.kind === "tbd" && m.window.within)
            expect(m.window.within.start <= m.window.within.end).toBe(true);
      }
    }
  });

  it("checkCycle and postponeConference on a milestone spanning 0001-01..9999-12", () => {
    const wide: CycleSchedule = {
      ...schedule,
      milestones: [{ id: "wide", kind: "preparatory", status: "planned", when: months("0001-01", "9999-12") }],
    };
    const findings = checkCycle(wide, iacmlCycleRules);
    expect(findings.some((f) => f.subjects.includes("wide"))).toBe(true);
    for (const f of findings) expect(f.suggestion ?? "").not.toMatch(/NaN|undefined/);
    const r = postponeConference({ rules: iacmlCycleRules, schedule: wide }, months("9999-01", "9999-12"), {
      body: "cidi",
      date: inMonth("2024-06"),
    });
    expect(typeof r.ok).toBe("boolean");
    const back = postponeConference({ rules: iacmlCycleRules, schedule: wide }, onDays("2022-01-01"), {
      body: "cidi",
      date: inMonth("2021-12"),
    });
    expect(typeof back.ok).toBe("boolean");
  });
});

describe("non-JSON values and deep nesting are issues, not exceptions", () => {
  it("a schedule nested 800 levels deep, even as JSON text, gives core.too-deep", () => {
    const text = nestedJson(800);
    const r = parseCycleSchedule(text, iacmlCycleRules, { limits: { maxTextLength: 1_000_000 } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.code)).toContain("core.too-deep");
    const long = parseCycleSchedule(text, iacmlCycleRules);
    expect(long.ok ? [] : long.issues.map((i) => i.code)).toEqual(["core.input-too-long"]);
    const v = parseCycleSchedule(JSON.parse(text), iacmlCycleRules);
    expect(v.ok).toBe(false);
  });

  it("throwing getters, Proxies, null conference and garbage rules give issues", () => {
    const getter = {
      ...schedule,
      get conference(): unknown {
        throw new Error("boom");
      },
    };
    const proxy = new Proxy(
      {},
      {
        get() {
          throw new Error("trap");
        },
        ownKeys() {
          throw new Error("trap");
        },
      },
    );
    for (const input of [getter, proxy, null, undefined, 7, "{", "[]", new Date()]) {
      expect(parseCycleSchedule(input, iacmlCycleRules).ok).toBe(false);
      expect(parseCycleRules(input).ok).toBe(false);
    }
    expect(parseCycleSchedule(schedule, proxy as never).ok).toBe(false);
    expect(parseCycleSchedule(schedule, null as never).ok).toBe(false);
    const rulesGetter = {
      ...iacmlCycleRules,
      get rules(): unknown {
        throw new Error("boom");
      },
    };
    expect(parseCycleRules(rulesGetter).ok).toBe(false);
    for (const conference of [
      null,
      undefined,
      proxy,
      { kind: "days", start: "2024-13-45", end: "2024-13-45" },
      { kind: "oneOf", options: [] },
    ]) {
      const r = planCycle({
        previousConference: onDays("2021-09-22"),
        conference: conference as never,
        rules: iacmlCycleRules,
      });
      expect(r.ok).toBe(false);
    }
    expect(planCycle(null as never).ok).toBe(false);
    expect(
      planCycle({ previousConference: onDays("2021-09-22"), conference: inMonth("2024-11"), rules: null as never }).ok,
    ).toBe(false);
    expect(
      planCycle({ previousConference: onDays("2021-09-22"), conference: inMonth("2024-11"), rules: proxy as never }).ok,
    ).toBe(false);
  });

  it("JSON text past the length limit is one issue at once", () => {
    const r = parseCycleRules(" ".repeat(1_000_000));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues).toHaveLength(1);
  });
});

describe("typed dates are checked at run time", () => {
  it("cyclePhase names asOf in a TypeError for a date that is not a real day", () => {
    const cycle: Cycle = { rules: iacmlCycleRules, schedule };
    for (const bad of ["2026-13-45", "31/12/2023", "2024-1-5", "garbage", undefined, null, 20240101]) {
      expect(() => cyclePhase(cycle, bad as never)).toThrow(TypeError);
      expect(() => cyclePhase(cycle, bad as never)).toThrow(/asOf/);
    }
    expect(cyclePhase(cycle, plainDate("2024-03-01")).phase).toBe("preparation");
  });
});

describe("cycle parsers never throw (fuzz)", () => {
  it(
    "over any value",
    () => {
      fc.assert(
        fc.property(
          fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true }),
          (value) => {
            expect(typeof parseCycleRules(value).ok).toBe("boolean");
            expect(typeof parseCycleSchedule(value, iacmlCycleRules).ok).toBe("boolean");
            expect(typeof planCycle(value as never).ok).toBe("boolean");
          },
        ),
        { numRuns: 200 },
      );
    },
    T,
  );

  it(
    "over mutations of a valid schedule; accepted ones never make the other functions throw",
    () => {
      const paths: string[][] = [
        ["id"],
        ["conference", "when"],
        ["previousConference", "when"],
        ["conference", "when", "month"],
        ["previousConference", "when", "start"],
        ["milestones"],
        ["conference", "status"],
        ["postponements"],
      ];
      fc.assert(
        fc.property(
          fc.constantFrom(...paths),
          fc.oneof(
            fc.anything(),
            fc.constantFrom(
              "9999-12",
              "0001-01",
              "9999-12-31",
              "0001-01-01",
              "2024-02-30",
              { kind: "tbd" },
              months("0001-01", "9999-12"),
              { kind: "month", month: "9999-12" },
            ),
          ),
          (path, value) => {
            const copy = structuredClone(schedule) as unknown as Record<string, unknown>;
            let target = copy;
            for (const key of path.slice(0, -1)) target = (target[key] ?? {}) as Record<string, unknown>;
            target[path.at(-1)!] = value;
            const r = parseCycleSchedule(JSON.stringify(copy), iacmlCycleRules);
            expect(typeof r.ok).toBe("boolean");
            if (r.ok) {
              const cycle: Cycle = { rules: iacmlCycleRules, schedule: r.value };
              checkCycle(r.value, iacmlCycleRules);
              cyclePhase(cycle, plainDate("2024-03-01"));
              cycleEvents(cycle, { includeMissing: true });
              postponeConference(cycle, inMonth("2025-03"), { body: "cidi", date: inMonth("2024-06") });
            }
          },
        ),
        { numRuns: 200 },
      );
    },
    T,
  );
});
