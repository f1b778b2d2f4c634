// Internal: dates of cycle messages in people's words (English and Spanish), never ISO.
import { dayInWords, formatDateSpec } from "../core/date-spec/format-text.js";
import type { DateSpec } from "../core/date-spec/types.js";
import { MAX_DAY_NUMBER, MIN_DAY_NUMBER, type PlainDate } from "../core/plain-date.js";
import { clampedDay } from "./timing.js";

/** A day as words in both languages: `{ en: "August 1, 2024", es: "1 de agosto de 2024" }`. */
export const dayWords: (day: PlainDate) => { readonly en: string; readonly es: string } = dayInWords;

/** A day number as words; outside 0001–9999 "before …" / "antes del …", "after …" / "después del …". */
export function dayNumberWords(day: number): { readonly en: string; readonly es: string } {
  const w = dayWords(clampedDay(day));
  if (day < MIN_DAY_NUMBER) return { en: `before ${w.en}`, es: `antes del ${w.es}` };
  if (day > MAX_DAY_NUMBER) return { en: `after ${w.en}`, es: `después del ${w.es}` };
  return w;
}

/** A date spec as words in both languages. */
export function specWords(spec: DateSpec): { readonly en: string; readonly es: string } {
  return { en: formatDateSpec(spec, "en"), es: formatDateSpec(spec, "es") };
}
