import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatIssue } from "iacml/core";
import { dataset } from "iacml/data";
import {
  canonicalMandateRefs,
  formatCitations,
  formatMandateRefs,
  mandateContextOf,
  mandateRef,
  parseCitations,
  parseMandateRefs,
  type CitedSource,
  type MandateRef,
} from "iacml/mandates";
import { mandatesMessages } from "../../src/core/messages/mandates.js";

const context = mandateContextOf(dataset, "xxi");
const strip = (refs: readonly MandateRef[]) => refs.map(({ span: _span, ...rest }) => rest);
const label = (s: CitedSource) => (s.kind === "instrument" ? s.instrument : s.symbol);

describe("format then parse gives the citations back, over every edition of the dataset (property)", () => {
  const conference = fc.constantFrom(...context.conferences);
  const ref = fc.oneof(
    fc.tuple(conference, fc.integer({ min: 1, max: 40 })).map(([c, n]) => mandateRef(c, "declaration", n)),
    fc
      .tuple(
        conference,
        fc.integer({ min: 1, max: 20 }),
        fc.option(fc.constantFrom(..."abcdefghij"), { nil: undefined }),
      )
      .map(([c, n, item]) => mandateRef(c, "plan-of-action", n, item)),
  );
  const resolution = fc
    .tuple(
      fc.constantFrom("CIDI", "AG"),
      fc.constantFrom("RES", "DEC"),
      fc.integer({ min: 1, max: 3000 }),
      fc.constantFrom("CIII-O/20", "XLIV-O/14", "I-E/01"),
    )
    .map(([body, act, n, session]) => `${body}/${act}. ${n} (${session})`);

  it("refs in English and Spanish, shared cities written with their year", () => {
    fc.assert(
      fc.property(
        fc.array(ref, { minLength: 1, maxLength: 10 }),
        fc.constantFrom("en" as const, "es" as const),
        (refs, locale) => {
          const text = formatMandateRefs(refs, locale, context);
          const back = parseMandateRefs(text, context);
          expect(back.ok, text).toBe(true);
          if (back.ok) expect(strip(back.value)).toEqual(strip(canonicalMandateRefs(refs)));
        },
      ),
      { numRuns: 300 },
    );
  }, 30_000);

  it("refs and other sources together", () => {
    fc.assert(
      fc.property(
        fc.array(ref, { maxLength: 5 }),
        fc.array(resolution, { maxLength: 3 }),
        fc.constantFrom("en" as const, "es" as const),
        (refs, symbols, locale) => {
          fc.pre(refs.length + symbols.length > 0);
          const first = parseCitations(
            [formatMandateRefs(refs, "en", context), ...symbols].filter((x) => x !== "").join("; "),
            context,
          );
          expect(first.ok).toBe(true);
          if (!first.ok) return;
          const text = formatCitations(first.value, locale, context);
          const back = parseCitations(text, context);
          expect(back.ok, text).toBe(true);
          if (!back.ok) return;
          expect(strip(back.value.refs)).toEqual(strip(first.value.refs));
          expect(back.value.sources.map(label)).toEqual(first.value.sources.map(label));
        },
      ),
      { numRuns: 200 },
    );
  }, 30_000);

  it("whole instruments of every edition, in both languages", () => {
    for (const c of context.conferences) {
      for (const kind of ["declaration", "plan-of-action"] as const) {
        const source: CitedSource = {
          kind: "instrument",
          conference: c.id,
          instrument: `${c.edition}/${kind === "declaration" ? "Decl" : "PoA"}`,
          instrumentKind: kind,
          span: { start: 0, end: 0 },
        };
        for (const locale of ["en", "es"] as const) {
          const text = formatCitations({ refs: [], sources: [source] }, locale, context);
          const back = parseCitations(text, context);
          expect(back.ok && back.value.sources.map(label), text).toEqual([source.instrument]);
        }
      }
    }
  });
});

describe("issues of unreadable citations", () => {
  it("point at the words and name the nearest form, in English and Spanish", () => {
    const text = "Articel 5 of the Declaraton of Bridgetown";
    const r = parseMandateRefs(text, context);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const first = r.issues[0]!;
    expect(first.code).toBe("mandates.unknown-word");
    expect(text.slice(first.span!.start, first.span!.end)).toBe("Articel");
    expect(first.params.nearest).toBe("Article");
    expect(formatIssue(first, "es")).toBe(
      "'Articel' no forma parte de una referencia a mandatos; la forma más cercana que se lee es 'Article'",
    );
  });

  it("every mandates message exists in Spanish and differs from the English", () => {
    for (const [code, m] of Object.entries(mandatesMessages)) {
      expect(m.es.length, code).toBeGreaterThan(0);
      expect(m.es, code).not.toBe(m.en);
    }
  });

  it("lists the candidates of an ambiguous city", () => {
    const r = parseMandateRefs("paragraph 3 of the Plan of Action of Buenos Aires", mandateContextOf(dataset, "xix"));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]!.params.candidates).toBe("X (1995), XVI (2009), XXI (2021)");
      expect(formatIssue(r.issues[0]!, "es")).toContain("fue sede de varias conferencias");
    }
  });
});

describe("an unknown city names the nearest city of the context", () => {
  it.each([
    ["Article 5 of the Declaration of Medelin", "Medellín"],
    ["Article 5 of the Declaration of Bridgtown", "Bridgetown"],
    ["Artículo 5 de la Declaración de Vina del Mr", "Viña del Mar"],
  ])("%s → %s", (text, nearest) => {
    const r = parseMandateRefs(text, context);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]).toMatchObject({ code: "mandates.unknown-city", params: { nearest } });
    expect(formatIssue(r.issues[0]!, "es")).toContain(`la ciudad más cercana que se lee es '${nearest}'`);
  });
});
