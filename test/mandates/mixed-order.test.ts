import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatIssue } from "iacml/core";
import { mandateRef, parseMandateRefs, type MandateInstrumentKind } from "iacml/mandates";
import { context, elementArb, ids, strip, where, WORDS, writeList } from "./clause-writing.js";

/**
 * An instrument-first clause joined to a list with its instrument after it ("Declaration of
 * Cancún, article 2, and paragraph 4 of the Plan of Action"), and the Spanish "y" at the end of
 * a clause ("artículo 2, y"), which is a dangling conjunction, not the item y.
 */
const JOINS = { en: [", and ", " and "], es: [", y ", " y "] } as const;

describe("an instrument-first clause, then a list with its instrument after it", () => {
  it.each([
    ["Declaration of Cancún, article 2, and paragraph 4 of the Plan of Action", ["XIX/Decl/2", "XIX/PoA/4"]],
    ["Declaración de Cancún, artículo 2, y párrafo 4 del Plan de Acción", ["XIX/Decl/2", "XIX/PoA/4"]],
    ["Declaration of Cancún, article 2 and paragraph 4 of the Plan of Action", ["XIX/Decl/2", "XIX/PoA/4"]],
    ["Declaración de Cancún, artículo 2 y párrafo 4 del Plan de Acción", ["XIX/Decl/2", "XIX/PoA/4"]],
    ["Plan of Action of Bridgetown, paragraph 9(b), and article 3 of the Declaration", ["XX/PoA/9b", "XX/Decl/3"]],
    ["Plan de Acción de Bridgetown, párrafo 9 b), y artículo 3 de la Declaración", ["XX/PoA/9b", "XX/Decl/3"]],
    // A back reference is to the instrument-first clause's conference.
    ["Declaration of Cancún, article 2, and paragraph 4 of its Plan of Action", ["XIX/Decl/2", "XIX/PoA/4"]],
    ["Declaración de Cancún, artículo 2, y párrafo 4 de su Plan de Acción", ["XIX/Decl/2", "XIX/PoA/4"]],
    // Several elements on each side.
    [
      "Declaration of Cancún, articles 2 and 3, and paragraphs 4, 5 and 7(b) of the Plan of Action",
      ["XIX/Decl/2", "XIX/Decl/3", "XIX/PoA/4", "XIX/PoA/5", "XIX/PoA/7b"],
    ],
    [
      "Declaración de Cancún, artículos 2 y 3, y párrafos 4, 5 y 7 b) del Plan de Acción",
      ["XIX/Decl/2", "XIX/Decl/3", "XIX/PoA/4", "XIX/PoA/5", "XIX/PoA/7b"],
    ],
    [
      "Plan de Acción de Cancún, párrafo 3, incisos a) y b), y artículo 2 de la Declaración",
      ["XIX/PoA/3a", "XIX/PoA/3b", "XIX/Decl/2"],
    ],
    [
      "Plan of Action of Cancún, paragraph 3, subparagraphs (a) and (b), and article 2 of the Declaration",
      ["XIX/PoA/3a", "XIX/PoA/3b", "XIX/Decl/2"],
    ],
    // The list names its own conference.
    [
      "Declaration of Cancún, article 2, and paragraph 4 of the Plan of Action of Bridgetown",
      ["XIX/Decl/2", "XX/PoA/4"],
    ],
    ["Declaración de Cancún, artículo 2, y párrafo 4 del Plan de Acción de Bridgetown", ["XIX/Decl/2", "XX/PoA/4"]],
    ["Declaración de Cancún, artículo 2, y párrafo 4 del Plan de Acción de la XX CIMT", ["XIX/Decl/2", "XX/PoA/4"]],
    // A joined instrument-first clause after it is of the same conference.
    [
      "Declaration of Cancún, article 2, and paragraph 4 of the Plan of Action, and Plan of Action, paragraph 5",
      ["XIX/Decl/2", "XIX/PoA/4", "XIX/PoA/5"],
    ],
    [
      "Declaración de Cancún, artículo 2, y párrafo 4 del Plan de Acción, y Plan de Acción, párrafo 5",
      ["XIX/Decl/2", "XIX/PoA/4", "XIX/PoA/5"],
    ],
    // A conference named later in the text does not claim the list: it is the first clause's.
    [
      "Declaration of Cancún, article 2, and paragraph 4 of the Plan of Action; Article 5 of the Declaration of Bridgetown",
      ["XIX/Decl/2", "XIX/PoA/4", "XX/Decl/5"],
    ],
    [
      "Declaración de Cancún, artículo 2, y párrafo 4 del Plan de Acción; artículo 5 de la Declaración de Bridgetown",
      ["XIX/Decl/2", "XIX/PoA/4", "XX/Decl/5"],
    ],
    // The first clause names no conference: the list is of the same (here the default), "its" too.
    [
      "Article 1 of the Declaration of Bridgetown; Declaration, article 3, and paragraph 4 of its Plan of Action",
      ["XX/Decl/1", "XXI/Decl/3", "XXI/PoA/4"],
    ],
    [
      "Artículo 1 de la Declaración de Bridgetown; Declaración, artículo 3, y párrafo 4 de su Plan de Acción",
      ["XX/Decl/1", "XXI/Decl/3", "XXI/PoA/4"],
    ],
    // Unchanged: the list-first forms.
    ["Article 2 of the Declaration of Cancún and paragraph 4 of its Plan of Action", ["XIX/Decl/2", "XIX/PoA/4"]],
    ["Artículo 2 de la Declaración de Cancún y párrafo 4 de su Plan de Acción", ["XIX/Decl/2", "XIX/PoA/4"]],
  ])("%s", (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it("gives each reference the span of its own element", () => {
    const text = "Declaración de Cancún, artículos 2 y 3, y párrafo 7 b) del Plan de Acción";
    const r = parseMandateRefs(text, context);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.map((ref) => text.slice(ref.span?.start, ref.span?.end))).toEqual(["2", "3", "7 b)"]);
  });

  it.each([
    ["Declaration of Oslo, article 3, and paragraph 4 of the Plan of Action", "Oslo"],
    ["Declaración de Oslo, artículo 3, y párrafo 4 del Plan de Acción", "Oslo"],
    ["Declaration of Cancún, article 2, and paragraph 4 of the Plan of Action of Oslo", "Oslo"],
    ["Declaración de Cancún, artículo 2, y párrafo 4 del Plan de Acción de Oslo", "Oslo"],
  ])("an unknown city is one issue, the other clause's references are not guessed: %s", (text, city) => {
    const r = parseMandateRefs(text, context);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.code)).toEqual(["mandates.unknown-city"]);
    expect(text.slice(r.issues[0]!.span!.start, r.issues[0]!.span!.end)).toBe(city);
  });

  it("a list with no instrument after it stays in the instrument-first clause", () => {
    expect(ids("Declaration of Cancún, article 2, and article 5")).toEqual(["XIX/Decl/2", "XIX/Decl/5"]);
    expect(ids("Declaración de Cancún, artículo 2, y artículo 5")).toEqual(["XIX/Decl/2", "XIX/Decl/5"]);
  });
});

describe("a trailing conjunction is dangling, in English and Spanish", () => {
  it.each([
    ["Declaración de Cancún, artículo 2, y", "y"],
    ["Declaración de Cancún, artículo 2 y", "y"],
    ["Declaración de Cancún, artículo 2, y.", "y"],
    ["Plan de Acción de Cancún, párrafo 7, y", "y"],
    ["artículo 2 de la Declaración de Cancún, y", "y"],
    ["Declaration of Cancún, article 2, and", "and"],
    ["Declaration of Cancún, article 2 and", "and"],
    ["Plan of Action of Cancún, paragraph 7, and", "and"],
  ])("%s", (text, word) => {
    const r = parseMandateRefs(text, context);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.code)).toEqual(["mandates.dangling-conjunction"]);
    const found = r.issues[0]!;
    expect(text.slice(found.span!.start, found.span!.end)).toBe(word);
    expect(formatIssue(found, "es")).toContain(`'${word}'`);
    expect(formatIssue(found, "en")).toContain(`'${word}'`);
  });

  it.each([
    ["párrafo 7y del Plan de Acción de Cancún", ["XIX/PoA/7y"]],
    ["paragraph 7y of the Plan of Action of Cancún", ["XIX/PoA/7y"]],
    ["Plan de Acción de Cancún, párrafo 7 y)", ["XIX/PoA/7y"]],
    ["Plan of Action of Cancún, paragraph 7(y)", ["XIX/PoA/7y"]],
    ["Plan de Acción de Cancún, párrafo 7y", ["XIX/PoA/7y"]],
    ["Plan de Acción de Cancún, párrafo 7, x, y", ["XIX/PoA/7x", "XIX/PoA/7y"]],
    ["Plan of Action of Cancún, paragraph 7, x, y.", ["XIX/PoA/7x", "XIX/PoA/7y"]],
    ["Article 9. a, b, and x, y of the Plan of Action", ["XXI/PoA/9a", "XXI/PoA/9b", "XXI/PoA/9x", "XXI/PoA/9y"]],
    ["párrafo 7 x), y) del Plan de Acción", ["XXI/PoA/7x", "XXI/PoA/7y"]],
  ])("the item y is still read after a paragraph number or an item x: %s", (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });
});

describe("an instrument-first clause then a list with its instrument after it reads back (property)", () => {
  const clause = fc.record({
    conference: fc.constantFrom(...context.conferences),
    kind: fc.constantFrom<MandateInstrumentKind>("declaration", "plan-of-action"),
    elements: fc.array(elementArb, { minLength: 1, maxLength: 3 }),
  });

  it("in English and Spanish, with the list's instrument named with or without its conference", () => {
    fc.assert(
      fc.property(
        clause,
        clause,
        fc.constantFrom("en" as const, "es" as const),
        fc.nat(1),
        fc.constantFrom("own", "same", "back"),
        (first, second, locale, join, named) => {
          const w = WORDS[locale];
          const list = (c: typeof first) => writeList(c.kind, c.elements, locale);
          const name = (kind: MandateInstrumentKind) => (kind === "declaration" ? w.declaration : w.plan);
          // Spanish: "del Plan de Acción", "de la Declaración"; English: "of the …".
          const phrase = (kind: MandateInstrumentKind, back: boolean) =>
            back
              ? `${w.after[1]}${name(kind)}`
              : locale === "es"
                ? `${kind === "declaration" ? "de la" : "del"} ${name(kind)}`
                : `${w.after[0]}${name(kind)}`;
          const a = list(first);
          const b = list(second);
          const conference = named === "own" ? second.conference : first.conference;
          const text =
            `${name(first.kind)} ${where(first.conference, locale)}, ${a.text}${JOINS[locale][join]}${b.text} ` +
            `${phrase(second.kind, named === "back")}${named === "own" ? ` ${where(second.conference, locale)}` : ""}`;
          const expected = [
            ...a.elements.map((e) => mandateRef(first.conference, first.kind, e.number, e.item)),
            ...b.elements.map((e) => mandateRef(conference, second.kind, e.number, e.item)),
          ];
          const back = parseMandateRefs(text, context);
          expect(back.ok, `${text} ${back.ok ? "" : JSON.stringify(back.issues)}`).toBe(true);
          if (back.ok) expect(strip(back.value), text).toEqual(strip(expected));
        },
      ),
      { numRuns: 400 },
    );
  }, 30_000);
});
