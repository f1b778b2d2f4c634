// Internal: month names for the text parser and formatter, kept small on purpose (no date-fns
// locales in the parser's bundle).

/** Full month names, index 0 = January. */
export const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** Full Spanish month names, index 0 = enero. */
export const MONTHS_ES = [
  "enero",
  "febrero",
  "marzo",
  "abril",
  "mayo",
  "junio",
  "julio",
  "agosto",
  "septiembre",
  "octubre",
  "noviembre",
  "diciembre",
] as const;

const EXTRA: Record<string, number> = {
  sept: 9,
  setiembre: 9,
  set: 9,
  ene: 1,
  abr: 4,
  ago: 8,
  dic: 12,
};

/** Month number (1-12) of an English or Spanish name or abbreviation, lower case, no dot. */
export function monthNumber(word: string): number | undefined {
  const extra = EXTRA[word];
  if (typeof extra === "number") return extra;
  for (let i = 0; i < 12; i++) {
    const en = MONTHS_EN[i]!.toLowerCase();
    if (word === en || word === MONTHS_ES[i] || (word.length === 3 && en.startsWith(word))) return i + 1;
  }
  return undefined;
}
