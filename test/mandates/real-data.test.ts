import { existsSync, readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatMandateRefs, parseMandateRefs, type MandateContext } from "iacml/mandates";
import { conferences, provisions } from "iacml/data";
import { activities2018To2021, bilateralCooperations, workPlanActions } from "iacml/data";

/** The context the dataset itself gives: every conference with its city. */
const datasetContext = (defaultConference: string): MandateContext => ({
  conferences: conferences.map((c) => ({
    id: c.id,
    edition: c.edition.roman,
    cities: c.city === undefined ? [] : [c.city],
  })),
  defaultConference,
});
const provisionIds = new Set(provisions.map((p) => p.id));

const seeds = fileURLToPath(new URL("../../../shared/seeds/", import.meta.url));
const seedSentences = (prefix: string, pattern: RegExp): string[] => {
  let file: string | undefined;
  try {
    file = readdirSync(seeds).find((f) => f.startsWith(prefix));
  } catch {
    return [];
  }
  if (file === undefined) return [];
  return [...readFileSync(seeds + file, "utf8").matchAll(pattern)].map((m) => m[1]!.trim());
};

describe("every mandate sentence of the dataset parses", () => {
  const workPlan = workPlanActions.filter((a) => a.mandateText !== undefined);
  const report = [...activities2018To2021, ...bilateralCooperations].filter((a) => a.mandateText !== undefined);

  it("has sentences to read", () => {
    expect(workPlan.length).toBeGreaterThan(10);
    expect(report.length).toBeGreaterThan(10);
  });

  it.each(workPlan.map((a) => [a.id, a.mandateText!] as const))("work plan 2022-2024 %s", (_id, text) => {
    const r = parseMandateRefs(text, datasetContext("xxi"));
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    expect(r.value.every((ref) => ref.conference === "xxi")).toBe(true);
    for (const ref of r.value) expect(provisionIds, ref.id).toContain(ref.id);
  });

  it.each(report.map((a) => [a.id, a.mandateText!] as const))(
    "General Secretariat report 2018-2021 %s",
    (_id, text) => {
      const r = parseMandateRefs(text, datasetContext("xx"));
      expect(r.ok, JSON.stringify(r)).toBe(true);
      if (!r.ok) return;
      expect(r.value.every((ref) => ref.conference === "xx")).toBe(true);
      for (const ref of r.value) expect(provisionIds, ref.id).toContain(ref.id);
    },
  );

  // The seed documents sit beside the repository (../shared/seeds) in development and CI.
  it.skipIf(!existsSync(seeds))("reads the sentences as the seed documents print them", () => {
    const lines = seedSentences("001_", /Mandates to which these activities respond:([^\n]*)/g);
    const inline = seedSentences("003_", /\((Articles? [^)]*)\)/g);
    for (const text of [...lines, ...inline]) {
      const r = parseMandateRefs(text, datasetContext(text.includes("Buenos Aires") ? "xxi" : "xx"));
      expect(r.ok, text).toBe(true);
    }
    expect(lines).toHaveLength(8);
    expect(inline.length).toBeGreaterThan(0);
  });

  it("formats each sentence back to a canonical form that parses to the same references", () => {
    for (const a of [...workPlan, ...report]) {
      const ctx = datasetContext(workPlan.includes(a as never) ? "xxi" : "xx");
      const r = parseMandateRefs(a.mandateText!, ctx);
      if (!r.ok) continue;
      const again = parseMandateRefs(formatMandateRefs(r.value, "es", ctx), ctx);
      expect(again.ok && new Set(again.value.map((x) => x.id))).toEqual(new Set(r.value.map((x) => x.id)));
    }
  });
});
