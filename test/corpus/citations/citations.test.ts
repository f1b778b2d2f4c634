import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { dataset } from "iacml/data";
import { mandateContextOf, parseCitations, type CitedSource } from "iacml/mandates";

interface Entry {
  readonly category: string;
  readonly text: string;
  readonly context: string;
  readonly refs?: readonly string[];
  readonly sources?: readonly string[];
  readonly issue?: string;
  readonly from?: string;
  readonly knownGap?: boolean;
}
interface Corpus {
  readonly sources?: Record<string, { title: string; url?: string; file?: string }>;
  readonly entries: readonly Entry[];
}

const load = (name: string): Corpus =>
  JSON.parse(readFileSync(new URL(`./${name}`, import.meta.url), "utf8")) as Corpus;
const real = load("real.json");
const synthetic = load("synthetic.json");
const label = (s: CitedSource) => (s.kind === "instrument" ? s.instrument : s.symbol);
const coverage = new Map<string, { read: number; total: number }>();

function reading(entry: Entry): { refs: string[]; sources: string[]; codes: string[] } {
  const r = parseCitations(entry.text, mandateContextOf(dataset, entry.context));
  if (!r.ok) return { refs: [], sources: [], codes: r.issues.map((i) => i.code) };
  return { refs: r.value.refs.map((x) => x.id), sources: r.value.sources.map(label), codes: [] };
}

function check(corpus: string, entry: Entry): void {
  const got = reading(entry);
  const key = `${corpus} ${entry.category}`;
  const row = coverage.get(key) ?? { read: 0, total: 0 };
  row.total++;
  let ok: boolean;
  if (entry.issue !== undefined) ok = got.codes.includes(entry.issue);
  else
    ok =
      got.codes.length === 0 &&
      JSON.stringify(got.refs) === JSON.stringify(entry.refs ?? []) &&
      JSON.stringify(got.sources) === JSON.stringify(entry.sources ?? []);
  if (ok) row.read++;
  coverage.set(key, row);
  if (entry.knownGap) {
    expect(ok, `${entry.text} is a known gap; it now reads: update the corpus`).toBe(false);
    return;
  }
  expect(got.codes, entry.text).toEqual(entry.issue === undefined ? [] : expect.arrayContaining([entry.issue]));
  if (entry.issue === undefined) {
    expect(got.refs, entry.text).toEqual(entry.refs ?? []);
    expect(got.sources, entry.text).toEqual(entry.sources ?? []);
  }
}

describe("citation corpus from public OAS and IACML documents", () => {
  it("has at least 150 phrases, each with its source document", () => {
    expect(real.entries.length).toBeGreaterThanOrEqual(150);
    for (const entry of real.entries) {
      const source = real.sources?.[entry.from ?? ""];
      expect(source, entry.text).toBeDefined();
      expect(source!.url ?? source!.file).toBeTruthy();
    }
  });
  it.each(real.entries.map((e) => [e.category, e.text, e] as const))("%s: %s", (_c, _t, entry) => check("real", entry));
});

describe("synthetic citation phrases (labelled, one per form of issue 16)", () => {
  it.each(synthetic.entries.map((e) => [e.category, e.text, e] as const))("%s: %s", (_c, _t, entry) =>
    check("synthetic", entry),
  );
});

afterAll(() => {
  const rows = [...coverage.entries()].map(
    ([k, v]) =>
      `${k.padEnd(32)} ${String(v.read).padStart(4)} / ${String(v.total).padEnd(4)} ${((100 * v.read) / v.total).toFixed(0)}%`,
  );
  console.log(`\nCitation corpus coverage by category\n${rows.join("\n")}`);
});
