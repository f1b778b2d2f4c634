import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatIssue } from "iacml/core";
import {
  canonicalMandateRefs,
  formatMandateRefs,
  mandateRef,
  parseMandateRefs,
  type MandateConference,
  type MandateContext,
  type MandateRef,
} from "iacml/mandates";
import { context, deepFreeze } from "./context.js";

const ids = (text: string, ctx: MandateContext = context): string[] => {
  const r = parseMandateRefs(text, ctx);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value.map((ref) => ref.id);
};
const codes = (text: string, ctx: MandateContext = context): string[] => {
  const r = parseMandateRefs(text, ctx);
  return r.ok ? [] : r.issues.map((i) => i.code);
};

describe("parseMandateRefs: the forms the documents use", () => {
  it.each([
    [
      "Articles 15, 23 and 25 of the Declaration and 7b and 7c of the Plan of Action of Buenos Aires",
      ["XXI/Decl/15", "XXI/Decl/23", "XXI/Decl/25", "XXI/PoA/7b", "XXI/PoA/7c"],
    ],
    ["Article 7 and 8 of the Declaration, and 7a of the Plan of Action", ["XXI/Decl/7", "XXI/Decl/8", "XXI/PoA/7a"]],
    ["Articles 9, 29, and 30 of the Declaration", ["XXI/Decl/9", "XXI/Decl/29", "XXI/Decl/30"]],
    ["7.h of the Plan of Action of Bridgetown", ["XX/PoA/7h"]],
    [
      "Article 9. a, b, d, f, and h of the Plan of Action",
      ["XXI/PoA/9a", "XXI/PoA/9b", "XXI/PoA/9d", "XXI/PoA/9f", "XXI/PoA/9h"],
    ],
    ["Article 7, f and h of the Plan of Action", ["XXI/PoA/7f", "XXI/PoA/7h"]],
    ["(Article 21)", ["XXI/Decl/21"]],
    ["Article 5 of the Plan of Action of Buenos Aires", ["XXI/PoA/5"]],
    ["Articles 5 to 8", ["XXI/Decl/5", "XXI/Decl/6", "XXI/Decl/7", "XXI/Decl/8"]],
    ["Articles 5-7 of the Declaration", ["XXI/Decl/5", "XXI/Decl/6", "XXI/Decl/7"]],
    ["7a-c", ["XXI/PoA/7a", "XXI/PoA/7b", "XXI/PoA/7c"]],
    ["7a-7c of the Plan of Action", ["XXI/PoA/7a", "XXI/PoA/7b", "XXI/PoA/7c"]],
    ["7a to 7c of the Plan of Action", ["XXI/PoA/7a", "XXI/PoA/7b", "XXI/PoA/7c"]],
    [
      "Artículos 15, 23 y 25 de la Declaración y 7b y 7c del Plan de Acción de Buenos Aires",
      ["XXI/Decl/15", "XXI/Decl/23", "XXI/Decl/25", "XXI/PoA/7b", "XXI/PoA/7c"],
    ],
    ["Artículos 5 a 7 de la Declaración de Bridgetown", ["XX/Decl/5", "XX/Decl/6", "XX/Decl/7"]],
    ["Article 22 of the Declaration of Bridgetown", ["XX/Decl/22"]],
    [
      "Mandates to which these activities respond: Article 12 of the Declaration and 7i and 7j of the Plan of Action of Buenos Aires.",
      ["XXI/Decl/12", "XXI/PoA/7i", "XXI/PoA/7j"],
    ],
    [
      "(Articles 23 and 24 of the Declaration, and 7.h of the Plan of Action of Bridgetown)",
      ["XX/Decl/23", "XX/Decl/24", "XX/PoA/7h"],
    ],
    ["Article 5 of the Plan of Action of the XX IACML", ["XX/PoA/5"]],
    ["Artículo 5 del Plan de Acción de la XX CIMT", ["XX/PoA/5"]],
    [
      "Article 22 of the Declaration of Bridgetown; Article 5 of the Declaration of Buenos Aires",
      ["XX/Decl/22", "XXI/Decl/5"],
    ],
    ["Article 3 of the Bridgetown Declaration", ["XX/Decl/3"]],
    ["Art. 3 and paragraph 4 of the Declaration", ["XXI/Decl/3", "XXI/Decl/4"]],
    ["Article 9. a, b, and x, y of the Plan of Action", ["XXI/PoA/9a", "XXI/PoA/9b", "XXI/PoA/9x", "XXI/PoA/9y"]],
    ["Artículo 7, y 8 de la Declaración", ["XXI/Decl/7", "XXI/Decl/8"]],
  ])("%s", (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it("records the span each reference came from", () => {
    const text = "Article 12 of the Declaration and 7i and 7j of the Plan of Action of Buenos Aires";
    const r = parseMandateRefs(text, context);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.map((ref) => text.slice(ref.span!.start, ref.span!.end))).toEqual(["12", "7i", "7j"]);
    const items = parseMandateRefs("Article 9. a, b of the Plan of Action", context);
    if (items.ok)
      expect(items.value.map((ref) => ref.span)).toEqual([
        { start: 11, end: 12 },
        { start: 14, end: 15 },
      ]);
  });

  it("tells a lettered item from a roman numeral by the conference's numbering", () => {
    const roman: MandateContext = {
      conferences: [{ id: "xxii", cities: ["Bogotá"], itemNumbering: "roman" }],
      defaultConference: "xxii",
    };
    expect(ids("7i of the Plan of Action", context)).toEqual(["XXI/PoA/7i"]);
    expect(ids("7i of the Plan of Action", roman)).toEqual(["XXII/PoA/7.i"]);
    expect(ids("7.iv and 7.ix of the Plan of Action de Bogota", roman)).toEqual(["XXII/PoA/7.iv", "XXII/PoA/7.ix"]);
    expect(ids("7.i-iii of the Plan of Action", roman)).toEqual(["XXII/PoA/7.i", "XXII/PoA/7.ii", "XXII/PoA/7.iii"]);
    expect(codes("7iv of the Plan of Action", context)).toEqual(["mandates.invalid-item"]);
    expect(codes("7b of the Plan of Action", roman)).toEqual(["mandates.invalid-item"]);
  });

  it.each([
    ["Articles 15 and", "mandates.dangling-conjunction", "and"],
    ["Articles 15, 23 and of the Declaration", "mandates.dangling-conjunction", "and"],
    ["Article 5 of the Declaration and", "mandates.dangling-conjunction", "and"],
    ["Article 5 of the Declaration of Lima", "mandates.unknown-city", "Lima"],
    ["Article 5 of the Declaration of", "mandates.expected-city", "of"],
    ["Article 5 foo", "mandates.unknown-word", "foo"],
    ["Article", "mandates.expected-number", ""],
    ["Articles 8 to 5", "mandates.invalid-range", "8 to 5"],
    ["7c-a of the Plan of Action", "mandates.invalid-range", "7c-a"],
    ["7a-8c of the Plan of Action", "mandates.invalid-range", "7a-8c"],
    ["Articles 1 to 5000", "mandates.range-too-large", "1 to 5000"],
    ["Article 0", "mandates.invalid-number", "0"],
    ["7b of the Declaration", "mandates.item-in-declaration", "7b"],
    ["Article b", "mandates.item-without-paragraph", "b"],
    ["", "mandates.empty-reference", ""],
  ])("%s → %s", (text, code, spanText) => {
    const r = parseMandateRefs(text, context);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const found = r.issues.find((i) => i.code === code);
    expect(found, JSON.stringify(r.issues)).toBeDefined();
    expect(text.slice(found!.span!.start, found!.span!.end)).toBe(spanText);
    expect(formatIssue(found!, "es")).not.toBe(found!.message);
  });

  it("needs a city or a default conference", () => {
    const noDefault: MandateContext = { conferences: context.conferences };
    expect(codes("Article 5 of the Declaration", noDefault)).toEqual(["mandates.no-conference"]);
    expect(ids("Article 5 of the Declaration of Bridgetown", noDefault)).toEqual(["XX/Decl/5"]);
    expect(codes("Article 5", { ...context, defaultConference: "xxx" })).toEqual([
      "mandates.unknown-default-conference",
    ]);
    expect(ids("(Article 21)", { ...context, defaultInstrument: "plan-of-action" })).toEqual(["XXI/PoA/21"]);
  });

  it("never throws and reports spans inside the text (fuzz)", () => {
    const vocabulary = fc.constantFrom(
      "Article",
      "Articles",
      "Artículos",
      "of",
      "the",
      "Declaration",
      "Plan",
      "Action",
      "de",
      "del",
      "la",
      "Acción",
      "and",
      "y",
      ",",
      ".",
      ";",
      "(",
      ")",
      "-",
      "to",
      "a",
      "7b",
      "9",
      "i",
      "iv",
      "Buenos",
      "Aires",
      "Bridgetown",
      "XX",
      "IACML",
      ":",
      "Lima",
      "&",
      "15",
      "7.h",
      "99999999",
    );
    const sentence = fc.oneof(
      fc.string(),
      fc.string({ unit: "grapheme" }),
      fc.array(vocabulary, { maxLength: 20 }).map((w) => w.join(" ")),
    );
    fc.assert(
      fc.property(sentence, (text) => {
        const r = parseMandateRefs(text, context);
        const spans = r.ok ? r.value.map((x) => x.span!) : r.issues.map((i) => i.span!);
        for (const span of spans) {
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.end).toBeLessThanOrEqual(text.length);
          expect(span.start).toBeLessThanOrEqual(span.end);
        }
      }),
      { numRuns: 2000 },
    );
    expect(parseMandateRefs(42 as unknown as string, context).ok).toBe(false);
  });

  it("does not mutate a frozen context", () => {
    const frozen = deepFreeze(structuredClone(context));
    expect(ids("7b of the Plan of Action of Bridgetown", frozen)).toEqual(["XX/PoA/7b"]);
  });
});

const conferenceArb = fc.constantFrom(...context.conferences);
const refArb = fc.oneof(
  fc.tuple(conferenceArb, fc.integer({ min: 1, max: 60 })).map(([c, n]) => mandateRef(c, "declaration", n)),
  fc
    .tuple(
      conferenceArb,
      fc.integer({ min: 1, max: 30 }),
      fc.option(fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz"), {
        nil: undefined,
      }),
    )
    .map(([c, n, item]) => mandateRef(c, "plan-of-action", n, item)),
);
const romanConference: MandateConference = {
  id: "xxii",
  edition: "XXII",
  cities: ["Bogotá"],
  itemNumbering: "roman",
};
const romanContext: MandateContext = {
  conferences: [...context.conferences, romanConference],
  defaultConference: "xxi",
};
const romanRefArb = fc
  .tuple(fc.integer({ min: 1, max: 30 }), fc.constantFrom("i", "ii", "iii", "iv", "v", "ix", "xii"))
  .map(([n, item]) => mandateRef(romanConference, "plan-of-action", n, item));
const strip = (refs: readonly MandateRef[]) => refs.map(({ span: _span, ...rest }) => rest);

describe("formatMandateRefs", () => {
  it("writes the canonical sentence in English and Spanish", () => {
    const r = parseMandateRefs("7c, 7b, 7b and Article 25, 15 and 23 of the Declaration of Buenos Aires", context);
    expect(r.ok).toBe(false);
    const refs = ids(
      "Articles 25, 15 and 23 of the Declaration and 7c, 7b and 7b of the Plan of Action of Buenos Aires",
    );
    expect(refs).toHaveLength(6);
    const parsed = parseMandateRefs(
      "Articles 25, 15 and 23 of the Declaration and 7c, 7b and 7b of the Plan of Action of Buenos Aires",
      context,
    );
    if (!parsed.ok) return;
    expect(formatMandateRefs(parsed.value, "en", context)).toBe(
      "Articles 15, 23 and 25 of the Declaration and 7b and 7c of the Plan of Action of Buenos Aires",
    );
    expect(formatMandateRefs(parsed.value, "es", context)).toBe(
      "Artículos 15, 23 y 25 de la Declaración y 7b y 7c del Plan de Acción de Buenos Aires",
    );
    expect(formatMandateRefs(parsed.value)).toBe(
      "Articles 15, 23 and 25 of the Declaration and 7b and 7c of the Plan of Action of the XXI IACML",
    );
    expect(formatMandateRefs([])).toBe("");
  });

  it("parse(format(x)) returns x, in both languages, with or without city names (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(refArb, romanRefArb), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.constantFrom("en" as const, "es" as const),
        fc.boolean(),
        (refs, locale, withCities) => {
          const canonical = canonicalMandateRefs(refs);
          const text = formatMandateRefs(refs, locale, withCities ? romanContext : undefined);
          const back = parseMandateRefs(text, romanContext);
          expect(back.ok, text).toBe(true);
          if (back.ok) expect(strip(back.value)).toEqual(strip(canonical));
        },
      ),
      { numRuns: 500 },
    );
  });
});
