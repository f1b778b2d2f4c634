// A prepared context reads exactly like the plain one, cannot be changed behind the parser's back
// and fails on bad input with the parser's own issues.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  mandateContextOf,
  parseCitations,
  parseMandateRefs,
  prepareMandateContext,
  type MandateContext,
} from "iacml/mandates";
import { dataset } from "iacml/data";

const plain = (): MandateContext => ({
  conferences: [
    { id: "xix", edition: "XIX", cities: ["Cancún"] },
    { id: "xx", edition: "XX", cities: ["Bridgetown"] },
    { id: "xxi", edition: "XXI", cities: ["Buenos Aires"] },
  ],
  defaultConference: "xxi",
});

const sentences = [
  "Articles 15, 23 and 25 of the Declaration and 7b and 7c of the Plan of Action of Buenos Aires",
  "Declaration of Cancún, article 2, and paragraph 4 of the Plan of Action",
  "7.h of the Plan of Action of Bridgetown",
  "Artículos 15 y 23 de la Declaración y 7 b) del Plan de Acción de Buenos Aires",
  "Article 3 of the Declaration of Oslo",
  "Articles of the Declaration",
];

describe("prepareMandateContext", () => {
  it("gives a frozen copy that reads every sentence as the plain context does", () => {
    const input = plain();
    const prepared = prepareMandateContext(input);
    expect(prepared.ok).toBe(true);
    if (!prepared.ok) return;
    expect(prepared.value).not.toBe(input);
    expect(prepared.value).toEqual(input);
    expect(Object.isFrozen(prepared.value)).toBe(true);
    expect(Object.isFrozen(prepared.value.conferences[0]!.cities)).toBe(true);
    for (const text of sentences) {
      expect(parseMandateRefs(text, prepared.value)).toEqual(parseMandateRefs(text, input));
      expect(parseCitations(text, prepared.value)).toEqual(parseCitations(text, input));
    }
  });

  it("is not changed by later changes to the object it was given", () => {
    const input = plain() as { conferences: { id: string; edition?: string; cities: string[] }[] };
    const prepared = prepareMandateContext(input);
    if (!prepared.ok) throw new Error("prepared");
    input.conferences[2]!.cities[0] = "Lima";
    const r = parseMandateRefs("Article 3 of the Declaration of Buenos Aires", prepared.value);
    expect(r.ok && r.value.map((ref) => ref.id)).toEqual(["XXI/Decl/3"]);
  });

  it("returns a prepared context as it is, and mandateContextOf gives one", () => {
    const prepared = prepareMandateContext(plain());
    if (!prepared.ok) throw new Error("prepared");
    const again = prepareMandateContext(prepared.value);
    expect(again.ok && again.value).toBe(prepared.value);
    const context = mandateContextOf(dataset, "xxi");
    expect(Object.isFrozen(context)).toBe(true);
    const same = prepareMandateContext(context);
    expect(same.ok && same.value).toBe(context);
    // Spreading makes a plain context again, read as before.
    const other = { ...context, defaultConference: "xx" };
    const r = parseMandateRefs("Article 3 of the Declaration", other);
    expect(r.ok && r.value.map((ref) => ref.id)).toEqual(["XX/Decl/3"]);
  });

  it("fails on what is not a context with the parsers' issues, and never throws", () => {
    for (const bad of [null, {}, { conferences: "x" }, { conferences: [{ id: 3 }] }]) {
      const prepared = prepareMandateContext(bad);
      expect(prepared.ok).toBe(false);
      const parsed = parseMandateRefs("Article 3 of the Declaration", bad as unknown as MandateContext);
      if (!prepared.ok && !parsed.ok) expect(prepared.issues).toEqual(parsed.issues);
    }
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error("boom");
        },
        ownKeys() {
          throw new Error("boom");
        },
      },
    );
    expect(prepareMandateContext(hostile).ok).toBe(false);
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const r = prepareMandateContext(value);
        if (r.ok) expect(Object.isFrozen(r.value)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
