import { bench, describe } from "vitest";
import {
  mandateCoverage,
  parseMandateRefs,
  prepareMandateContext,
  traceMandates,
  type TraceInput,
  type TraceLink,
} from "iacml/mandates";
import { context } from "./context.js";

/** Deterministic pseudo-random numbers (LCG), so every run measures the same data. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/** A registry of `provisionCount` provisions in 10 instruments and `actionCount` actions with 3 links each. */
function registry(provisionCount: number, actionCount: number): TraceInput {
  const next = random(42);
  const perInstrument = provisionCount / 10;
  const instruments = Array.from({ length: 10 }, (_, k) => ({
    id: `I${k}/PoA`,
    provisions: Array.from({ length: perInstrument }, (_, n) => ({
      id: `I${k}/PoA/${n + 1}`,
    })),
  }));
  const provisionIds = instruments.flatMap((i) => i.provisions.map((p) => p.id));
  const hows = ["implements", "contributes", "reports-on"] as const;
  const actions = Array.from({ length: actionCount }, (_, n) => ({
    id: `pl${n % 8}/a${n}`,
    priorityLine: `pl${n % 8}`,
    status: next() < 0.4 ? "fulfilled" : "ongoing",
  }));
  const links: TraceLink[] = [];
  for (const action of actions) {
    for (let k = 0; k < 3; k++) {
      links.push({
        kind: "answers",
        from: action.id,
        to: provisionIds[Math.floor(next() * provisionIds.length)]!,
        how: hows[k]!,
      });
    }
  }
  return { instruments, actions, links };
}

/** The straightforward implementation: for each provision, scan every link and every action. */
function nestedLoopCoverage(input: TraceInput): {
  covered: number;
  deep: number;
  total: number;
} {
  let covered = 0;
  let deep = 0;
  let total = 0;
  for (const instrument of input.instruments) {
    for (const provision of instrument.provisions) {
      total++;
      let isCovered = false;
      let isDeep = false;
      for (const link of input.links) {
        if (link.kind !== "answers" || link.to !== provision.id) continue;
        isCovered = true;
        for (const action of input.actions) {
          if (action.id === link.from && action.status === "fulfilled") isDeep = true;
        }
      }
      if (isCovered) covered++;
      if (isDeep) deep++;
    }
  }
  return { covered, deep, total };
}

/**
 * The least a coverage needs, at full scale in the same run: one Map from action to status and
 * one Set each of covered and deeply covered provisions, counting only (no trace, no per-provision
 * rows, no validation, no issues).
 */
function mapIndexedCounts(input: TraceInput): { covered: number; deep: number; total: number } {
  const status = new Map(input.actions.map((action) => [action.id, action.status] as const));
  const covered = new Set<string>();
  const deep = new Set<string>();
  for (const link of input.links) {
    if (link.kind !== "answers") continue;
    covered.add(link.to);
    if (status.get(link.from) === "fulfilled") deep.add(link.to);
  }
  let total = 0;
  for (const instrument of input.instruments) total += instrument.provisions.length;
  return { covered: covered.size, deep: deep.size, total };
}

const small = registry(1_000, 4_000);
const full = registry(50_000, 200_000);

describe("trace + coverage, 1,000 provisions × 4,000 actions × 3 links", () => {
  bench("traceMandates + mandateCoverage (indexed)", () => {
    mandateCoverage(traceMandates(small));
  });
  bench(
    "nested-loop baseline",
    () => {
      nestedLoopCoverage(small);
    },
    { iterations: 3, time: 0 },
  );
});

describe("trace + coverage, 50,000 provisions × 200,000 actions × 3 links", () => {
  bench(
    "traceMandates + mandateCoverage (indexed)",
    () => {
      mandateCoverage(traceMandates(full));
    },
    { iterations: 5, time: 0, warmupIterations: 1 },
  );
  bench(
    "peer: Map-indexed counts of covered and deeply covered provisions (counting only)",
    () => {
      mapIndexedCounts(full);
    },
    { iterations: 5, time: 0, warmupIterations: 1 },
  );
  // The nested loop at this scale is ~2,500× the work of the small case (quadratic): minutes per
  // run. It is measured at 1/50 of the scale above and extrapolated in docs/traceability.md.
  bench(
    "nested-loop baseline at 1/50 scale (1,000 × 4,000)",
    () => {
      nestedLoopCoverage(small);
    },
    { iterations: 3, time: 0 },
  );
});

const forms = [
  "Articles 15, 23 and 25 of the Declaration and 7b and 7c of the Plan of Action of Buenos Aires",
  "Article 7 and 8 of the Declaration, and 7a of the Plan of Action",
  "Articles 9, 29, and 30 of the Declaration",
  "7.h of the Plan of Action of Bridgetown",
  "Article 9. a, b, d, f, and h of the Plan of Action",
  "Article 7, f and h of the Plan of Action",
  "(Article 21)",
  "Artículos 15, 23 y 25 de la Declaración y 7b y 7c del Plan de Acción de Buenos Aires",
  "Articles 5 to 8 of the Declaration and 7a-c of the Plan of Action of Buenos Aires",
  "Article 22 of the Declaration of Bridgetown",
];
const sentences = Array.from({ length: 100_000 }, (_, n) =>
  forms[n % forms.length]!.replace(/\b15\b/, String((n % 60) + 1)),
);

// A prepared context (what mandateContextOf returns) is checked and indexed once; a plain object
// is copied, checked and indexed on every call, as untrusted input must be.
const prepared = prepareMandateContext(context);
if (!prepared.ok) throw new Error("context");

describe("parse 100,000 reference sentences", () => {
  bench(
    "parseMandateRefs, prepared context",
    () => {
      for (const s of sentences) parseMandateRefs(s, prepared.value);
    },
    { iterations: 3, time: 0 },
  );
  bench(
    "parseMandateRefs, plain context (checked on every call)",
    () => {
      for (const s of sentences) parseMandateRefs(s, context);
    },
    { iterations: 3, time: 0 },
  );
  bench(
    "peer: bare regex number extraction (no grammar, no resolution)",
    () => {
      for (const s of sentences) [...s.matchAll(/\d+[a-z]?/g)];
    },
    { iterations: 3, time: 0 },
  );
});
