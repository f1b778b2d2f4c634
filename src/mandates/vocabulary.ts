/**
 * The words a citation is written in (folded: lowercase, no accents), English and Spanish, and
 * the nearest of them to an unknown word.
 * @module
 */

import { foldForMatching, editDistance } from "../core/text.js";

/** Keywords before the items of a paragraph: "numeral 7, literal b", "párrafo 3, incisos a) y b)". */
export const ITEM_KEYWORDS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  "literal",
  "literales",
  "inciso",
  "incisos",
  "subparagraph",
  "subparagraphs",
  "letra",
  "letras",
]);

/** Words before numbers or items: article, paragraph, section, numeral, literal, inciso … */
export const KEYWORDS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  "article",
  "articles",
  "art",
  "arts",
  "articulo",
  "articulos",
  "paragraph",
  "paragraphs",
  "para",
  "paras",
  "parrafo",
  "parrafos",
  "operative",
  "operativo",
  "operativos",
  "section",
  "sections",
  "seccion",
  "secciones",
  "numeral",
  "numerales",
  "item",
  "items",
  "point",
  "points",
  "punto",
  "puntos",
  ...ITEM_KEYWORDS,
]);
export const AND_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set(["and", "y"]);
export const OF_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set(["of", "de"]);
export const DEL_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set(["del"]);
export const THE_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set(["the", "la", "el", "las", "los"]);
/** Words that point back to the conference named last: its, the same, dicha … */
export const BACK_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  "its",
  "su",
  "sus",
  "same",
  "misma",
  "mismo",
  "dicha",
  "dicho",
  "said",
  "aforementioned",
  "citada",
  "citado",
  "mencionada",
  "mencionado",
]);
export const RANGE_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set(["to", "through", "thru", "a", "al", "hasta"]);
export const RANGE_MARKS = "-‐‑–—";
export const DECLARATION_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set(["declaration", "declaracion"]);
export const PLAN_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set(["plan"]);
export const ACTION_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set(["action", "accion"]);
export const RESOLUTION_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  "resolution",
  "resolutions",
  "resolucion",
  "resoluciones",
]);
/** Bodies whose symbols open a cited resolution or document (`CIDI/RES. 343 …`, `OEA/Ser.K/…`). */
export const SYMBOL_BODIES: ReadonlySet<string> = /* @__PURE__ */ new Set([
  "CIDI",
  "AG",
  "CP",
  "CEPCIDI",
  "OEA",
  "OAS",
]);
/** Ways to name the conference after its edition number: "XIX IACML", "XIX Conferencia Interamericana de Ministros de Trabajo". */
export const CONFERENCE_PHRASES: readonly (readonly string[])[] = [
  ["inter", "american", "conference", "of", "ministers", "of", "labor"],
  ["inter", "american", "conference", "of", "ministers", "of", "labour"],
  ["conferencia", "interamericana", "de", "ministros", "de", "trabajo"],
  ["conferencia", "interamericana", "de", "ministras", "y", "ministros", "de", "trabajo"],
  ["iacml"],
  ["cimt"],
  ["conference"],
  ["conferencia"],
];

/** Every word the parser reads, as written in the documents (for suggestions). */
const SUGGESTIONS = [
  "Article",
  "Articles",
  "Art.",
  "Arts.",
  "paragraph",
  "paragraphs",
  "operative paragraph",
  "section",
  "sections",
  "numeral",
  "literal",
  "inciso",
  "incisos",
  "item",
  "Artículo",
  "Artículos",
  "párrafo",
  "párrafos",
  "sección",
  "Declaration",
  "Declaración",
  "Plan of Action",
  "Plan de Acción",
  "of",
  "de",
  "del",
  "the",
  "and",
  "y",
  "to",
  "its",
  "the same",
  "dicha",
  "la misma",
  "IACML",
  "CIMT",
  "Resolution",
  "Resolución",
];
const FOLDED_SUGGESTIONS = SUGGESTIONS.map((s) => ({ s, f: foldForMatching(s).replace(/\./g, "") }));

/**
 * The nearest word the parser reads to a folded unknown word (at most two edits, or one for
 * words of four letters or fewer), or undefined.
 */
export function nearestWord(folded: string): string | undefined {
  if (folded.length < 3 || folded.length > 30) return undefined;
  const max = folded.length <= 4 ? 1 : 2;
  let best: { s: string; d: number } | undefined;
  for (const { s, f } of FOLDED_SUGGESTIONS) {
    const d = editDistance(folded, f, max);
    if (d <= max && (best === undefined || d < best.d)) best = { s, d };
  }
  return best?.s;
}

/**
 * The name nearest to a folded text among folded names, at most `max` edits away (texts over
 * 40 characters are not compared), or undefined.
 */
export function nearestName(
  folded: string,
  names: readonly { readonly name: string; readonly folded: string }[],
  max = 40,
): string | undefined {
  if (folded.length === 0 || folded.length > 40) return undefined;
  let best: { name: string; d: number } | undefined;
  for (const { name, folded: f } of names) {
    const d = editDistance(folded, f, best === undefined ? max : best.d - 1);
    if (d <= max && (best === undefined || d < best.d)) best = { name, d };
  }
  return best?.name;
}
