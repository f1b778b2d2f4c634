// Internal: the words of the budget's messages: dates written out, line titles, plurals.
import { dayInWords } from "../core/date-spec/format-text.js";
import type { PlainDate } from "../core/plain-date.js";
import type { BudgetLine } from "./plan-schema.js";

/**
 * A date as a person reads it, for a message param `name`: `{name}` in English words,
 * `{nameEs}` in Spanish words and `{nameIso}` the date itself (for programs).
 */
export function dateWords<N extends string>(name: N, date: PlainDate): Record<N | `${N}Es` | `${N}Iso`, string> {
  const words = dayInWords(date);
  return {
    [name]: words.en,
    [`${name}Es`]: words.es,
    [`${name}Iso`]: date,
  } as Record<N | `${N}Es` | `${N}Iso`, string>;
}

/**
 * A plan line's title for a message param `name`: `{nameTitle}` in English, `{nameTitleEs}` in
 * Spanish (the English title when the plan gives no Spanish one). The id stays in `{name}`.
 */
export function lineTitleWords<N extends string>(
  name: N,
  line: Pick<BudgetLine, "id" | "title"> | undefined,
  id: string,
): Record<`${N}Title` | `${N}TitleEs`, string> {
  const en = line?.title?.en ?? id;
  return { [`${name}Title`]: en, [`${name}TitleEs`]: line?.title?.es ?? en } as Record<
    `${N}Title` | `${N}TitleEs`,
    string
  >;
}

/** The count words of "N entries … left out": the noun and the verb, agreeing in each language. */
export function leftOutWords(count: number): {
  entryWord: string;
  wasWord: string;
  entryWordEs: string;
  wasWordEs: string;
} {
  const one = count === 1;
  return {
    entryWord: one ? "entry" : "entries",
    wasWord: one ? "was" : "were",
    entryWordEs: one ? "asiento" : "asientos",
    wasWordEs: one ? "Se dejó fuera" : "Se dejaron fuera",
  };
}

/** "1 entry id" / "2 entry ids", "1 id de asiento" / "2 ids de asiento". */
export function idCountWords(count: number): { idWord: string; idWordEs: string } {
  const one = count === 1;
  return { idWord: one ? "entry id" : "entry ids", idWordEs: one ? "id de asiento" : "ids de asiento" };
}
