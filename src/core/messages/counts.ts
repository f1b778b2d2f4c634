// Internal: counts written for people, with the grouping marks of each language and words that
// agree with the number, for messages that count things they left out.

/**
 * A whole number with thousands marks: `4,497,500` in English and `4.497.500` in Spanish, as
 * the OAS writes figures in each language. Other numbers (fractions, non-finite) are written
 * as they are.
 * (`groupDigits(4497500, "es")` is `"4.497.500"`.)
 */
export function groupDigits(count: number, locale: "en" | "es"): string {
  if (!Number.isSafeInteger(count)) return String(count);
  const digits = String(Math.abs(count)).replace(/\B(?=(\d{3})+(?!\d))/g, locale === "es" ? "." : ",");
  return count < 0 ? `-${digits}` : digits;
}

/**
 * The params of a "left out" notice: the plain number (kept for programs) and, for people,
 * `omittedPhrase`/`omittedPhraseEs` with grouped digits and words that agree in number
 * ("1 more conflict was" / "4,497,500 more conflicts were"; "Se omitió 1 conflicto más" /
 * "Se omitieron otros 4.497.500 conflictos").
 */
export function omissionParams(
  omitted: number,
  noun: { readonly en: readonly [string, string]; readonly es: readonly [string, string] },
  verbEs: readonly [string, string],
): Record<string, string | number> {
  const one = omitted === 1;
  return {
    omitted,
    omittedPhrase: one ? `1 more ${noun.en[0]} was` : `${groupDigits(omitted, "en")} more ${noun.en[1]} were`,
    omittedPhraseEs: one
      ? `${verbEs[0]} 1 ${noun.es[0]} más`
      : `${verbEs[1]} otros ${groupDigits(omitted, "es")} ${noun.es[1]}`,
  };
}
