const COMBINING_DIACRITICS = /[\u0300-\u036f]/g;
const ASCII = /^[\x00-\x7f]*$/;

/**
 * The one normalization the library applies before matching words (month names, "Declaration",
 * "párrafo", city names): canonical decomposition (NFD), removal of the combining diacritical
 * marks U+0300–U+036F (so "á", "á" and "a" match), then lower case. Nothing else is folded: the
 * dotless ı, the long ſ, full-width digits, ligatures and zero-width or bidi marks stay as they
 * are, so they never match a letter they only resemble. The result has the same number of code
 * units as the NFD form, not as the input: map spans back with care.
 *
 * @example
 * ```ts
 * import { foldForMatching } from "iacml/core";
 * foldForMatching("Declaración de MEDELLÍN"); // "declaracion de medellin"
 * foldForMatching("xxı"); // "xxı" (not "xxi")
 * ```
 */
export function foldForMatching(text: string): string {
  // Plain ASCII has nothing to decompose or strip (most words the parsers fold).
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize("NFD").replace(COMBINING_DIACRITICS, "").toLowerCase();
}

/**
 * Levenshtein edit distance of two short strings, or `limit + 1` as soon as it must exceed
 * `limit` (work bounded by the length of the words, for "did you mean" suggestions).
 *
 * @example
 * ```ts
 * import { editDistance } from "iacml/core";
 * editDistance("septmber", "september", 2); // 1
 * editDistance("declaration", "plan", 2); // 3 (more than the limit)
 * ```
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      row.push(value);
      if (value < best) best = value;
    }
    if (best > limit) return limit + 1;
    previous = row;
  }
  return previous[b.length]!;
}
