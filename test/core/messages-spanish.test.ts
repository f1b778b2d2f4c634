import { describe, expect, it } from "vitest";
import { messages } from "iacml/core";

// Every Spanish template must be Spanish: it may not use a word that only the English
// templates use (the check is built from the catalogs, not from a hand list), and it must keep
// the values of its English twin (in their Spanish form where one is given).
function words(text: string): string[] {
  return text
    .replace(/\{\w+\}/g, " ")
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
}
const placeholders = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the Spanish catalog", () => {
  it("fills the same values as the English one, for every code (a value may have a Spanish form, `{nameEs}`)", () => {
    const base = (p: string | undefined) => (p ?? "").replace(/Es$/, "");
    const wrong = Object.entries(messages).filter(([, t]) => {
      const en = new Set(placeholders(t.en).map(base));
      const es = new Set(placeholders(t.es).map(base));
      return en.size !== es.size || [...en].some((p) => !es.has(p));
    });
    expect(wrong.map(([code]) => code)).toEqual([]);
  });
  it("is not a copy of the English text", () => {
    const copies = Object.entries(messages).filter(([, t]) => t.en === t.es && words(t.en).length > 1);
    expect(copies.map(([code]) => code)).toEqual([]);
  });
  it("uses the OAS's Spanish names (CIMT, OEA), never IACML or OAS", () => {
    const bad = Object.entries(messages).filter(([, t]) => /\b(IACML|OAS|Working Group)\b/.test(t.es));
    expect(bad.map(([code]) => code)).toEqual([]);
  });
});
