// The date parser held to a corpus of phrases from public OAS/IACML and other public documents
// (oas-pages.json and oas-pages-2.json, each with its source) and to clearly labelled synthetic phrases for forms
// the documents found lack (synthetic.json). Prints the coverage per category.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatDateSpec, parseDateSpec, type DateSpec, type ParseDateSpecOptions } from "iacml/core";

interface Phrase {
  text: string;
  category: string;
  expected: DateSpec | null;
  options?: ParseDateSpecOptions;
  source?: { title: string; url: string };
  why?: string;
}
const load = (name: string) => JSON.parse(readFileSync(new URL(name, import.meta.url), "utf8"));
const documents: Phrase[] = [...load("./oas-pages.json"), ...load("./oas-pages-2.json")];
const synthetic: Phrase[] = load("./synthetic.json").phrases;

function coverage(phrases: Phrase[]): string {
  const rows = new Map<string, [number, number]>();
  for (const p of phrases) {
    const r = parseDateSpec(p.text, p.options);
    const good = p.expected === null ? !r.ok : r.ok && JSON.stringify(r.value) === JSON.stringify(p.expected);
    const [n, k] = rows.get(p.category) ?? [0, 0];
    rows.set(p.category, [n + 1, k + (p.expected !== null && good ? 1 : 0)]);
  }
  return [...rows].map(([c, [n, k]]) => `${c}: ${k}/${n} read`).join("; ");
}

describe("date corpus from public documents", () => {
  it("has phrases with their sources", () => {
    expect(documents.length).toBeGreaterThanOrEqual(300);
    for (const p of documents) {
      expect(p.source?.url).toMatch(/^https?:\/\//);
      expect(p.source?.title.length).toBeGreaterThan(3);
    }
    console.log(`documents (${documents.length}): ${coverage(documents)}`);
    console.log(`synthetic (${synthetic.length}): ${coverage(synthetic)}`);
  });
  for (const [name, phrases] of [
    ["document", documents],
    ["synthetic", synthetic],
  ] as const) {
    it.each(phrases.map((p) => [p.text, p] as const))(`${name}: %s`, (_text, p) => {
      const r = parseDateSpec(p.text, p.options);
      if (p.expected === null) {
        expect(r.ok).toBe(false);
        if (!r.ok) for (const i of r.issues) expect(i.span ?? { start: 0, end: 0 }).toBeDefined();
        return;
      }
      expect(r).toEqual({ ok: true, value: p.expected });
      // Formatting the reading and parsing it again gives it back.
      for (const locale of ["en", "es"] as const) {
        expect(parseDateSpec(formatDateSpec(p.expected, locale))).toEqual({ ok: true, value: p.expected });
      }
    });
  }
});
