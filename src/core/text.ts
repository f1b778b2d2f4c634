const COMBINING_DIACRITICS = /[\u0300-\u036f]/g;

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
  return text.normalize("NFD").replace(COMBINING_DIACRITICS, "").toLowerCase();
}
