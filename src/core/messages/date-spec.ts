import type { MessageCatalog } from "./catalog.js";

/**
 * Messages of the date-spec issue and finding codes, in English and Spanish. The text parser
 * also raises `core.unknown-date-text`, `core.missing-year` and `core.date-range-reversed`,
 * and the EDTF parser `core.invalid-edtf`, from the core catalog.
 *
 * @example
 * ```ts
 * import { messages } from "iacml/core";
 * console.log(messages["core.impossible-date"]?.es);
 * ```
 */
export const dateSpecMessages = {
  "core.impossible-date": {
    en: "'{text}' names a day that does not exist ({year}-{month}-{day})",
    es: "'{text}' nombra un día que no existe ({year}-{month}-{day})",
  },
  "core.mixed-precision-range": {
    en: "The range '{text}' joins a day and a month; write both ends as days or both as months",
    es: "El intervalo '{text}' une un día y un mes; escriba ambos extremos como días o como meses",
  },
  "core.incomplete-date-text": {
    en: "The date '{text}' ends before it is complete",
    es: "La fecha '{text}' termina antes de estar completa",
  },
} as const satisfies MessageCatalog;
