// Shared by the joined-clause and mixed-order tests: the dataset's context, how a test writes
// a citation clause in English or Spanish, and the arbitraries of its elements.
import fc from "fast-check";
import { dataset } from "iacml/data";
import {
  mandateContextOf,
  parseMandateRefs,
  type MandateConference,
  type MandateInstrumentKind,
  type MandateRef,
} from "iacml/mandates";

export const context = mandateContextOf(dataset, "xxi");
export const strip = (refs: readonly MandateRef[]) => refs.map(({ span: _span, ...rest }) => rest);

/** The ids a text reads as, or the codes of its issues. */
export function ids(text: string): string[] {
  const r = parseMandateRefs(text, context);
  return r.ok ? r.value.map((ref) => ref.id) : r.issues.map((i) => i.code);
}

export const WORDS = {
  en: {
    declaration: "Declaration",
    plan: "Plan of Action",
    article: ["article", "articles"],
    paragraph: ["paragraph", "paragraphs"],
    and: "and",
    of: "of",
    /** A second instrument-first clause named without its conference. */
    the: ["", "the ", "its "],
    /** An instrument after a list: named, or a reference back. */
    after: ["of the ", "of its "],
    edition: (e: string) => `of the ${e} IACML`,
  },
  es: {
    declaration: "Declaración",
    plan: "Plan de Acción",
    article: ["artículo", "artículos"],
    paragraph: ["párrafo", "párrafos"],
    and: "y",
    of: "de",
    the: ["", "su "],
    after: ["", "de su "],
    edition: (e: string) => `de la ${e} CIMT`,
  },
} as const;

const shared = new Set(context.conferences.flatMap((c) => c.cities).filter((city, k, all) => all.indexOf(city) !== k));

/** "of Cancún", "de Buenos Aires 2021" (a city several editions share), "of the I IACML" (no city). */
export function where(c: MandateConference, locale: "en" | "es"): string {
  const city = c.cities[0];
  if (city === undefined) return WORDS[locale].edition(c.edition ?? c.id);
  return `${WORDS[locale].of} ${city}${shared.has(city) ? ` ${c.year}` : ""}`;
}

export const elementArb = fc.record({
  number: fc.integer({ min: 1, max: 40 }),
  item: fc.option(fc.constantFrom(..."abcdefgh"), { nil: undefined }),
  written: fc.constantFrom("7b", "7(b)", "7 b)"),
});
export type DrawnElement = typeof elementArb extends fc.Arbitrary<infer T> ? T : never;

/** A clause's elements (no items in a declaration) and its list written with its keyword. */
export function writeList(
  kind: MandateInstrumentKind,
  drawn: readonly DrawnElement[],
  locale: "en" | "es",
): { elements: DrawnElement[]; text: string } {
  const w = WORDS[locale];
  const elements = drawn.map((e) => (kind === "declaration" ? { ...e, item: undefined } : e));
  const keyword = (kind === "declaration" ? w.article : w.paragraph)[elements.length === 1 ? 0 : 1];
  const written = elements.map((e) =>
    e.item === undefined ? String(e.number) : e.written.replace("7", String(e.number)).replace("b", e.item),
  );
  const list = written.length === 1 ? written[0] : `${written.slice(0, -1).join(", ")} ${w.and} ${written.at(-1)}`;
  return { elements, text: `${keyword} ${list}` };
}
