import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatIssue } from "iacml/core";
import {
  mandateRef,
  parseCitations,
  parseMandateRefs,
  type MandateConference,
  type MandateInstrumentKind,
  type MandateRef,
} from "iacml/mandates";
import { context, elementArb, ids, strip, where, WORDS, writeList } from "./clause-writing.js";

/** Instrument-first clauses joined by "and", "&" or "y" ("Declaration of X, article 3, and Plan of Action, paragraph 7(b)"). */
const JOINS = { en: [", and ", " and ", " & "], es: [", y ", " y "] } as const;

describe("instrument-first clauses joined by a conjunction", () => {
  it.each([
    ["Declaración de Buenos Aires, artículo 3, y Plan de Acción, párrafo 7 b)", ["XXI/Decl/3", "XXI/PoA/7b"]],
    ["Declaration of Buenos Aires, article 3, and Plan of Action, paragraph 7(b)", ["XXI/Decl/3", "XXI/PoA/7b"]],
    ["Declaración de Buenos Aires, artículo 3 y Plan de Acción, párrafo 7 b)", ["XXI/Decl/3", "XXI/PoA/7b"]],
    ["Declaration of Buenos Aires, article 3 and Plan of Action, paragraph 7(b)", ["XXI/Decl/3", "XXI/PoA/7b"]],
    ["Declaration of Buenos Aires, article 3 & the Plan of Action, paragraph 7(b)", ["XXI/Decl/3", "XXI/PoA/7b"]],
    [
      "Declaración de Buenos Aires, artículo 3; Plan de Acción de Buenos Aires, párrafo 7 b)",
      ["XXI/Decl/3", "XXI/PoA/7b"],
    ],
    [
      "Declaration of Cancun, articles 12 and 14, and its Plan of Action, paragraph 3(d)",
      ["XIX/Decl/12", "XIX/Decl/14", "XIX/PoA/3d"],
    ],
    [
      "Declaración de Cancún, artículos 12 y 14, y su Plan de Acción, párrafo 3 d)",
      ["XIX/Decl/12", "XIX/Decl/14", "XIX/PoA/3d"],
    ],
    ["Plan de Acción de Cancún, párrafo 3(d), y Declaración de Cancún, artículo 2", ["XIX/PoA/3d", "XIX/Decl/2"]],
    ["Plan of Action of Cancún, paragraph 3(d), and Declaration of Cancún, article 2", ["XIX/PoA/3d", "XIX/Decl/2"]],
    ["Plan of Action of Cancún, paragraph 3(d), and the Declaration, article 2", ["XIX/PoA/3d", "XIX/Decl/2"]],
    ["Plan de Acción de Cancún, párrafo 3 d), y la Declaración, artículo 2", ["XIX/PoA/3d", "XIX/Decl/2"]],
    ["Declaración de Cancún, artículo 2 y el Plan de Acción, párrafo 4", ["XIX/Decl/2", "XIX/PoA/4"]],
    ["Declaración de Cancún, artículo 2, y la misma Declaración, artículo 5", ["XIX/Decl/2", "XIX/Decl/5"]],
    // Two conferences: the second clause names its own.
    ["Declaration of Cancún, article 2, and Plan of Action of Bridgetown, paragraph 9(b)", ["XIX/Decl/2", "XX/PoA/9b"]],
    ["Declaración de Cancún, artículo 2, y Plan de Acción de Bridgetown, párrafo 9 b)", ["XIX/Decl/2", "XX/PoA/9b"]],
    ["Declaration of Cancún, article 2, and the Bridgetown Declaration, article 4", ["XIX/Decl/2", "XX/Decl/4"]],
    ["Declaración de Cancún, artículo 2 y Plan de Acción de la XX CIMT, párrafo 4", ["XIX/Decl/2", "XX/PoA/4"]],
    [
      "Declaración de Cancún, artículo 2, y Plan de Acción, párrafos 4 y 5, y Declaración de Bridgetown, artículo 1",
      ["XIX/Decl/2", "XIX/PoA/4", "XIX/PoA/5", "XX/Decl/1"],
    ],
    // A city named later in the text does not claim the joined clause: it is the first clause's.
    [
      "Declaration of Cancún, article 2, and Plan of Action, paragraph 4; Article 5 of the Declaration of Bridgetown",
      ["XIX/Decl/2", "XIX/PoA/4", "XX/Decl/5"],
    ],
    // The first clause names no conference: the joined one is of the same (here the default).
    [
      "Article 1 of the Declaration of Bridgetown; Declaration, article 3, and Plan of Action, paragraph 4",
      ["XX/Decl/1", "XXI/Decl/3", "XXI/PoA/4"],
    ],
    // A list with no instrument before the joined clause takes the clause's city, as before a semicolon.
    ["Articles 3 and 5 and Plan of Action of Cancún, paragraph 4", ["XIX/Decl/3", "XIX/Decl/5", "XIX/PoA/4"]],
    // Unchanged: the list-first forms and the Spanish "y" between items.
    ["Article 2 of the Declaration of Cancún and Plan of Action, paragraph 4", ["XIX/Decl/2", "XIX/PoA/4"]],
    ["párrafo 3, incisos a) y b) del Plan de Acción de Cancún", ["XIX/PoA/3a", "XIX/PoA/3b"]],
  ])("%s", (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it("gives each reference the span of its own element", () => {
    const text = "Declaration of Buenos Aires, article 3, and Plan of Action, paragraph 7(b)";
    const r = parseMandateRefs(text, context);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.map((ref) => text.slice(ref.span?.start, ref.span?.end))).toEqual(["3", "7(b)"]);
  });

  it("reads a whole instrument joined to a clause as of the clause's conference", () => {
    const r = parseCitations(
      "Declaration of Cancún, article 2, and the Declaration and Plan of Action of Bridgetown",
      context,
    );
    expect(r.ok && r.value.sources.map((s) => (s.kind === "instrument" ? s.instrument : s.symbol))).toEqual([
      "XX/Decl",
      "XX/PoA",
    ]);
    const own = parseCitations("Declaration of Cancún, article 2, and Plan of Action", context);
    expect(own.ok && own.value.sources.map((s) => (s.kind === "instrument" ? s.instrument : s.symbol))).toEqual([
      "XIX/PoA",
    ]);
  });

  it.each([
    ["Declaration of Cancún, article 2, and", "and"],
    ["Declaration of Cancún, article 2 and the", "and"],
    ["Declaración de Cancún, artículo 2, y el", "y"],
    ["Plan de Acción de Cancún, párrafo 3 d) y la", "y"],
  ])("a conjunction followed by no instrument is still dangling: %s", (text, word) => {
    const r = parseMandateRefs(text, context);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const found = r.issues.find((i) => i.code === "mandates.dangling-conjunction");
    expect(found, JSON.stringify(r.issues)).toBeDefined();
    expect(text.slice(found!.span!.start, found!.span!.end)).toBe(word);
    expect(formatIssue(found!, "es")).toContain(`'${word}'`);
  });

  it("an unknown city in the first clause leaves the joined clause unread, with one issue", () => {
    const r = parseMandateRefs("Declaration of Oslo, article 3, and Plan of Action, paragraph 4", context);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.code)).toEqual(["mandates.unknown-city"]);
  });

  it("'e' is not a conjunction: the citation vocabulary has no Portuguese", () => {
    expect(ids("Declaración de Cancún, artículo 2 e Plan de Acción, párrafo 4")).toContain("mandates.unknown-word");
  });
});

describe("instrument-first clauses joined by a conjunction read back (property)", () => {
  const clause = fc.record({
    conference: fc.constantFrom(...context.conferences),
    kind: fc.constantFrom<MandateInstrumentKind>("declaration", "plan-of-action"),
    elements: fc.array(elementArb, { minLength: 1, maxLength: 3 }),
    sameAsBefore: fc.boolean(),
    prefix: fc.nat(2),
    join: fc.nat(2),
  });

  it("in English and Spanish, with the second instrument named with or without its conference", () => {
    fc.assert(
      fc.property(
        fc.array(clause, { minLength: 2, maxLength: 4 }),
        fc.constantFrom("en" as const, "es" as const),
        (clauses, locale) => {
          const w = WORDS[locale];
          const expected: MandateRef[] = [];
          const parts: string[] = [];
          let previous: MandateConference | undefined;
          for (const [k, c] of clauses.entries()) {
            const conference = k > 0 && c.sameAsBefore ? previous! : c.conference;
            const { elements, text: list } = writeList(c.kind, c.elements, locale);
            const name = c.kind === "declaration" ? w.declaration : w.plan;
            const head =
              k > 0 && c.sameAsBefore
                ? `${w.the[c.prefix % w.the.length]}${name}`
                : `${name} ${where(conference, locale)}`;
            parts.push(`${k === 0 ? "" : JOINS[locale][c.join % JOINS[locale].length]}${head}, ${list}`);
            for (const e of elements) expected.push(mandateRef(conference, c.kind, e.number, e.item));
            previous = conference;
          }
          const text = parts.join("");
          const back = parseMandateRefs(text, context);
          expect(back.ok, `${text} ${back.ok ? "" : JSON.stringify(back.issues)}`).toBe(true);
          if (back.ok) expect(strip(back.value), text).toEqual(strip(expected));
        },
      ),
      { numRuns: 400 },
    );
  }, 30_000);
});
