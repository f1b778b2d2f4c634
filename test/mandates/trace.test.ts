import { describe, expect, it } from "vitest";
import { formatSuggestion } from "iacml/core";
import fc from "fast-check";
import Papa from "papaparse";
import {
  findTraceIssues,
  fingerprintText,
  lineage,
  mandateCoverage,
  suspectLinks,
  traceMandates,
  traceMatrix,
  traceMatrixToCsv,
  traceToJson,
  writeCsv,
  type TraceInput,
  type TraceLink,
} from "iacml/mandates";
import { deepFreeze } from "./context.js";

const input = (): TraceInput => ({
  instruments: [
    {
      id: "XX/PoA",
      provisions: [
        { id: "XX/PoA/7h", text: "Gender mainstreaming." },
        { id: "XX/PoA/9a", retired: true },
      ],
    },
    {
      id: "XXI/PoA",
      completeness: "cited-only",
      provisions: [
        { id: "XXI/PoA/7a", text: "Promote  decent work" },
        { id: "XXI/PoA/7b", text: "Formal work for all" },
        { id: "XXI/PoA/7c" },
      ],
    },
    {
      id: "XXI/Decl",
      provisions: [{ id: "XXI/Decl/15" }, { id: "XXI/Decl/23" }],
    },
  ],
  actions: [
    { id: "pl1/a1", priorityLine: "pl1", status: "fulfilled" },
    { id: "pl1/a2", priorityLine: "pl1", status: "future" },
    {
      id: "pl2/a1",
      priorityLine: "pl2",
      status: "ongoing",
      outputs: ["DOC-1"],
    },
    {
      id: "pl2/a2",
      priorityLine: "pl2",
      derived: "Political process of the cycle",
    },
    { id: "pl2/a3", priorityLine: "pl2" },
  ],
  recommendations: [
    { id: "wg1-2021/r1", workingGroup: "wg1" },
    { id: "wg2-2021/r1", workingGroup: "wg2" },
  ],
  groups: [
    {
      id: "pl1",
      kind: "priority-line",
      workingGroup: "wg1",
      mandates: ["XXI/PoA/7a", "XXI/Decl/15"],
    },
    {
      id: "pl2",
      kind: "priority-line",
      workingGroup: "wg2",
      mandates: ["XXI/Decl/23"],
    },
    { id: "wg1", kind: "working-group" },
  ],
  links: [
    {
      kind: "answers",
      from: "pl1/a1",
      to: "XXI/PoA/7a",
      how: "implements",
      reviewed: fingerprintText("Promote decent work."),
    },
    {
      kind: "answers",
      from: "pl1/a2",
      to: "XXI/PoA/7b",
      how: "contributes",
      reviewed: fingerprintText("Decent work for all"),
    },
    { kind: "answers", from: "pl2/a1", to: "XXI/PoA/7c", how: "reports-on" },
    { kind: "answers", from: "pl2/a1", to: "XX/PoA/9a", how: "implements" },
    { kind: "answers", from: "pl2/a1", to: "XXI/PoA/99", how: "implements" },
    { kind: "feeds", from: "wg1-2021/r1", to: "XXI/PoA/7a" },
    { kind: "feeds", from: "wg2-2021/r1", to: "XXI/PoA/7b" },
    { kind: "produces", from: "pl1/a1", to: "DOC-2" },
    { kind: "produces", from: "ghost", to: "DOC-3" },
    {
      kind: "evolves",
      from: "XX/PoA/7h",
      to: "XXI/PoA/7a",
      relation: "renumbered",
    },
    {
      kind: "evolves",
      from: "XX/PoA/9a",
      to: "XXI/PoA/7c",
      relation: "superseded",
    },
  ],
});

describe("traceMandates", () => {
  it("indexes both directions with how each action answers", () => {
    const trace = traceMandates(deepFreeze(input()));
    expect(trace.answeredBy.get("XXI/PoA/7a")).toEqual([
      {
        action: "pl1/a1",
        provision: "XXI/PoA/7a",
        how: "implements",
        reviewed: fingerprintText("Promote decent work"),
      },
    ]);
    expect(trace.answersOf.get("pl2/a1")?.map((a) => `${a.provision}:${a.how}`)).toEqual([
      "XX/PoA/9a:implements",
      "XXI/PoA/7c:reports-on",
    ]);
    expect(trace.fedBy.get("XXI/PoA/7b")?.[0]?.recommendation).toBe("wg2-2021/r1");
    expect(trace.outputsOf.get("pl1/a1")).toEqual(["DOC-2"]);
    expect(trace.predecessors.get("XXI/PoA/7a")?.[0]?.relation).toBe("renumbered");
    expect([...trace.retired]).toEqual(["XX/PoA/9a"]);
    expect(trace.unresolved.map((l) => l.to)).toEqual(["XXI/PoA/99", "DOC-3"]);
  });

  it("records duplicates and retirements given as links", () => {
    const base = input();
    const trace = traceMandates({
      ...base,
      actions: [...base.actions, { id: "pl1/a1" }],
      links: [...base.links, { kind: "evolves", from: "XXI/Decl/23", relation: "retired" }, base.links[9]!],
    });
    expect(trace.duplicates).toEqual([{ id: "pl1/a1", kind: "action", count: 2 }]);
    expect(trace.retired.has("XXI/Decl/23")).toBe(true);
    expect(trace.successors.get("XX/PoA/7h")).toHaveLength(1);
  });
});

describe("mandateCoverage", () => {
  const trace = traceMandates(input());
  it("per instrument, retired provisions out of the denominator, shallow and deep", () => {
    const rows = mandateCoverage(trace);
    expect(rows.map((r) => [r.group, r.total, r.covered, r.deepCovered, r.retired, r.percent])).toEqual([
      ["XX/PoA", 1, 0, 0, 1, 0],
      ["XXI/Decl", 2, 0, 0, 0, 0],
      ["XXI/PoA", 3, 3, 2, 0, 100],
    ]);
    expect(rows[2]!.notDeepIds).toEqual(["XXI/PoA/7b"]);
    expect(rows[2]!.deepPercent).toBe(66.7);
  });

  it("per priority line and per working group", () => {
    const lines = mandateCoverage(trace, { by: "priority-line" });
    expect(lines.map((r) => [r.group, r.total, r.covered, r.uncoveredIds])).toEqual([
      ["pl1", 3, 2, ["XXI/Decl/15"]],
      ["pl2", 2, 1, ["XXI/Decl/23"]],
    ]);
    const groups = mandateCoverage(trace, { by: "working-group" });
    expect(groups.map((r) => [r.group, r.total, r.covered])).toEqual([
      ["wg1", 3, 2],
      ["wg2", 3, 1],
    ]);
    expect(
      mandateCoverage(
        traceMandates({
          instruments: [{ id: "X/Decl", provisions: [] }],
          actions: [],
          links: [],
        }),
      )[0]?.percent,
    ).toBeUndefined();
  });
});

describe("findTraceIssues", () => {
  it("reports every kind of gap", () => {
    const base = input();
    const trace = traceMandates({
      ...base,
      actions: [...base.actions, { id: "pl2/a1" }, { id: "pl3/a1", derived: "  " }],
      links: [
        ...base.links,
        {
          kind: "evolves",
          from: "XXI/PoA/7a",
          to: "XX/PoA/7h",
          relation: "renumbered",
        },
        {
          kind: "evolves",
          from: "XXI/Decl/15",
          to: "XXI/Decl/15",
          relation: "superseded",
        },
      ],
    });
    const findings = findTraceIssues(trace);
    const summary = findings.map((f) => `${f.code} ${f.subjects.join(" ")}`);
    expect(summary).toEqual([
      "mandates.action-without-mandate pl2/a2".replace("pl2/a2", "pl2/a3"),
      "mandates.action-without-mandate pl3/a1",
      "mandates.cycle XX/PoA/7h XXI/PoA/7a",
      "mandates.cycle XXI/Decl/15",
      "mandates.duplicate-id pl2/a1",
      "mandates.link-to-retired pl2/a1 XX/PoA/9a",
      "mandates.suspect-link pl1/a2 XXI/PoA/7b",
      "mandates.uncovered-provision XX/PoA/7h",
      "mandates.uncovered-provision XXI/Decl/15",
      "mandates.uncovered-provision XXI/Decl/23",
      "mandates.unknown-link-end ghost DOC-3",
      "mandates.unknown-provision pl2/a1 XXI/PoA/99",
    ]);
    const retired = findings.find((f) => f.code === "mandates.link-to-retired")!;
    expect(retired.suggestion).toBe("Link it to paragraph 7c of the Plan of Action of the XXI IACML instead");
    expect(retired.suggestionParams).toMatchObject({ successors: "XXI/PoA/7c" });
    expect(formatSuggestion(retired, "es")).toBe(
      "Vincúlela en su lugar al párrafo 7c del Plan de Acción de la XXI CIMT",
    );
    expect(findings.find((f) => f.code === "mandates.suspect-link")?.certainty).toBe("possible");
  });

  it("a link is suspect until re-reviewed against the new text; spacing and punctuation do not count", () => {
    const base = input();
    expect(suspectLinks(traceMandates(base)).map((s) => s.provision)).toEqual(["XXI/PoA/7b"]);
    const reviewed = base.links.map(
      (l): TraceLink =>
        l.kind === "answers" && l.to === "XXI/PoA/7b" ? { ...l, reviewed: fingerprintText("Formal work for all") } : l,
    );
    expect(suspectLinks(traceMandates({ ...base, links: reviewed }))).toEqual([]);
    expect(fingerprintText("Formal, work for all.")).toBe(fingerprintText(" formal work\tfor all "));
    expect(fingerprintText("Formal work for all")).not.toBe(fingerprintText("Formal work for some"));
    const feedSuspect = traceMandates({
      ...base,
      links: [
        ...base.links.slice(0, 5),
        {
          kind: "feeds",
          from: "wg1-2021/r1",
          to: "XXI/PoA/7a",
          reviewed: "fp1:0",
        },
      ],
    });
    expect(suspectLinks(feedSuspect).map((s) => s.from)).toEqual(["wg1-2021/r1", "pl1/a2"]);
  });
});

describe("lineage", () => {
  const trace = traceMandates(input());
  it("downstream from a recommendation, with the path explaining each step", () => {
    const l = lineage(trace, "wg1-2021/r1");
    expect(l.kind).toBe("recommendation");
    expect(l.downstream.map((s) => s.id)).toEqual(["XXI/PoA/7a", "pl1/a1", "DOC-2"]);
    expect(l.downstream[2]!.path.map((e) => e.relation)).toEqual(["feeds", "implements", "produces"]);
    expect(l.upstream).toEqual([]);
  });

  it("upstream from an output to its mandates across cycles", () => {
    const l = lineage(trace, "DOC-2");
    expect(l.kind).toBe("output");
    expect(l.upstream.map((s) => `${s.kind}:${s.id}`)).toEqual([
      "action:pl1/a1",
      "provision:XXI/PoA/7a",
      "recommendation:wg1-2021/r1",
      "provision:XX/PoA/7h",
    ]);
    expect(l.upstream[3]!.path).toEqual([
      { from: "XX/PoA/7h", to: "XXI/PoA/7a", relation: "renumbered" },
      { from: "XXI/PoA/7a", to: "pl1/a1", relation: "implements" },
      { from: "pl1/a1", to: "DOC-2", relation: "produces" },
    ]);
    expect(lineage(trace, "XXI/PoA").kind).toBe("instrument");
    expect(lineage(trace, "nothing")).toEqual({
      id: "nothing",
      kind: undefined,
      upstream: [],
      downstream: [],
    });
  });
});

describe("exports", () => {
  const trace = traceMandates(input());
  it("CSV matrix parses back with a real CSV parser", () => {
    for (const columns of ["actions", "priority-lines", "working-groups"] as const) {
      const matrix = traceMatrix(trace, columns);
      const csv = traceMatrixToCsv(matrix);
      const parsed = Papa.parse<string[]>(csv, {
        skipEmptyLines: true,
        delimiter: ",",
      });
      expect(parsed.errors).toEqual([]);
      expect(parsed.data[0]).toEqual(["provision", ...matrix.columns]);
      expect(parsed.data.slice(1).map((r) => r[0])).toEqual(matrix.rows.map((r) => r.provision));
      for (const [k, row] of matrix.rows.entries()) {
        expect(parsed.data[k + 1]!.slice(1)).toEqual(
          row.cells.map((c) => c.map((l) => `${l.action}:${l.how}`).join("; ")),
        );
      }
    }
    expect(traceMatrix(trace, "priority-lines").columns).toEqual(["pl1", "pl2"]);
  });

  it("writeCsv quotes what RFC 4180 requires (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 2, maxLength: 2 }), {
          minLength: 1,
          maxLength: 5,
        }),
        (rows) => {
          const parsed = Papa.parse<string[]>(writeCsv(rows), {
            newline: "\r\n",
            delimiter: ",",
          });
          expect(parsed.data.slice(0, rows.length)).toEqual(rows);
        },
      ),
    );
  });

  it("JSON is deterministic and sorted", () => {
    const json = traceToJson(trace);
    const parsed = JSON.parse(json) as {
      actions: { id: string }[];
      links: unknown[];
    };
    expect(parsed.actions.map((a) => a.id)).toEqual([...parsed.actions.map((a) => a.id)].sort());
    expect(parsed.links).toHaveLength(10);
  });
});

const inputArb = fc
  .record({
    provisions: fc.uniqueArray(fc.integer({ min: 1, max: 40 }), {
      maxLength: 25,
    }),
    actions: fc.uniqueArray(fc.integer({ min: 1, max: 30 }), { maxLength: 20 }),
    links: fc.array(
      fc.record({
        action: fc.integer({ min: 1, max: 30 }),
        provision: fc.integer({ min: 1, max: 45 }),
        how: fc.constantFrom("implements" as const, "contributes" as const, "reports-on" as const),
      }),
      { maxLength: 60 },
    ),
    retired: fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 5 }),
    statuses: fc.array(fc.constantFrom("fulfilled", "future", "ongoing"), {
      minLength: 30,
      maxLength: 30,
    }),
  })
  .map(
    ({ provisions, actions, links, retired, statuses }): TraceInput => ({
      instruments: [
        {
          id: "A/Decl",
          provisions: provisions
            .filter((n) => n % 2 === 0)
            .map((n) => ({ id: `A/Decl/${n}`, retired: retired.includes(n) })),
        },
        {
          id: "A/PoA",
          provisions: provisions.filter((n) => n % 2 === 1).map((n) => ({ id: `A/PoA/${n}` })),
        },
      ],
      actions: actions.map((n) => ({
        id: `pl${n % 3}/a${n}`,
        priorityLine: `pl${n % 3}`,
        status: statuses[n - 1]!,
      })),
      groups: [0, 1, 2].map((n) => ({
        id: `pl${n}`,
        kind: "priority-line" as const,
        workingGroup: `wg${n % 2}`,
      })),
      links: links.map(
        (l): TraceLink => ({
          kind: "answers",
          from: `pl${l.action % 3}/a${l.action}`,
          to: `A/${l.provision % 2 === 0 ? "Decl" : "PoA"}/${l.provision}`,
          how: l.how,
        }),
      ),
    }),
  );

const shuffled = <T>(items: readonly T[], seed: number): T[] => {
  const copy = [...items];
  let s = seed;
  for (let i = copy.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
};

describe("properties", () => {
  it("coverage counts add up", () => {
    fc.assert(
      fc.property(inputArb, (data) => {
        const trace = traceMandates(data);
        for (const by of ["instrument", "priority-line", "working-group"] as const) {
          for (const row of mandateCoverage(trace, { by })) {
            expect(row.covered + row.uncovered).toBe(row.total);
            expect(row.uncoveredIds).toHaveLength(row.uncovered);
            expect(row.total - row.deepCovered).toBe(row.notDeepIds.length);
            expect(row.deepCovered).toBeLessThanOrEqual(row.covered);
          }
        }
        const instruments = mandateCoverage(trace);
        const all = data.instruments.flatMap((i) => i.provisions);
        expect(instruments.reduce((n, r) => n + r.total + r.retired, 0)).toBe(all.length);
        const uncovered = findTraceIssues(trace).filter((f) => f.code === "mandates.uncovered-provision").length;
        expect(instruments.reduce((n, r) => n + r.uncovered, 0)).toBe(uncovered);
      }),
    );
  });

  it("the trace is independent of input order", () => {
    fc.assert(
      fc.property(inputArb, fc.nat(), (data, seed) => {
        const other: TraceInput = {
          ...data,
          instruments: shuffled(data.instruments, seed).map((i) => ({
            ...i,
            provisions: shuffled(i.provisions, seed + 1),
          })),
          actions: shuffled(data.actions, seed + 2),
          links: shuffled(data.links, seed + 3),
        };
        const a = traceMandates(data);
        const b = traceMandates(other);
        expect(traceToJson(b)).toBe(traceToJson(a));
        expect(mandateCoverage(b, { by: "priority-line" })).toEqual(mandateCoverage(a, { by: "priority-line" }));
        expect(findTraceIssues(b)).toEqual(findTraceIssues(a));
        expect(traceMatrixToCsv(traceMatrix(b))).toBe(traceMatrixToCsv(traceMatrix(a)));
      }),
    );
  });

  it("never mutates its inputs", () => {
    fc.assert(
      fc.property(inputArb, (data) => {
        const before = JSON.stringify(data);
        const frozen = deepFreeze(structuredClone(data));
        const trace = traceMandates(frozen);
        mandateCoverage(trace, { by: "working-group" });
        findTraceIssues(trace);
        traceToJson(trace);
        expect(JSON.stringify(frozen)).toBe(before);
      }),
      { numRuns: 30 },
    );
  });
});

describe("unresolved and repeated links", () => {
  it("keeps links whose ends do not exist out of the index and reports them", () => {
    const trace = traceMandates({
      instruments: [{ id: "A/PoA", provisions: [{ id: "A/PoA/1", text: "x" }, { id: "A/PoA/2" }] }],
      actions: [{ id: "a1", outputs: ["D"] }],
      recommendations: [{ id: "r1" }],
      links: [
        { kind: "feeds", from: "r1", to: "A/PoA/9" },
        { kind: "feeds", from: "r9", to: "A/PoA/1" },
        { kind: "feeds", from: "r1", to: "A/PoA/1", reviewed: fingerprintText("x") },
        { kind: "feeds", from: "r1", to: "A/PoA/2" },
        { kind: "evolves", from: "A/PoA/1", to: "A/PoA/9", relation: "split" },
        { kind: "evolves", from: "A/PoA/1", to: "A/PoA/2", relation: "split" },
        { kind: "evolves", from: "A/PoA/1", to: "A/PoA/2", relation: "merged" },
        { kind: "produces", from: "a1", to: "D" },
        { kind: "answers", from: "a9", to: "A/PoA/1", how: "implements" },
        { kind: "answers", from: "a1", to: "A/PoA/1", how: "reports-on" },
        { kind: "answers", from: "a1", to: "A/PoA/1", how: "implements" },
      ],
    });
    expect(trace.outputsOf.get("a1")).toEqual(["D"]);
    expect(trace.feedsOf.get("r1")?.map((f) => f.provision)).toEqual(["A/PoA/1", "A/PoA/2"]);
    expect(trace.successors.get("A/PoA/1")?.map((e) => e.relation)).toEqual(["merged", "split"]);
    expect(trace.answersOf.get("a1")?.map((a) => a.how)).toEqual(["implements", "reports-on"]);
    const codes = findTraceIssues(trace).map((f) => `${f.code} ${f.params.id ?? f.params.provision}`);
    expect(codes).toContain("mandates.unknown-provision A/PoA/9");
    expect(codes).toContain("mandates.unknown-link-end r9");
    expect(codes).toContain("mandates.unknown-link-end a9");
    expect(lineage(trace, "r1").downstream.map((s) => s.id)).toEqual(["A/PoA/1", "A/PoA/2", "a1", "D"]);
    expect(mandateCoverage(trace, { by: "working-group" })).toEqual([]);
  });
});
