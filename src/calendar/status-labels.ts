/**
 * Names of the calendar's kinds, statuses, formats, conflict grades and certainties, in English
 * and Spanish.
 * @module
 */
import type { LabelTable } from "./labels.js";
import type { Locale } from "../core/messages/catalog.js";
import { checkedLocale } from "./conflict-options.js";
import { ownEntry as own } from "../core/own-entry.js";

/**
 * Names of event kinds, statuses, formats, conflict grades and certainties.
 *
 * @example
 * ```ts
 * import { calendarLabels } from "iacml/calendar";
 * console.log(calendarLabels["possible"]?.es, calendarLabels["low"]?.es); // "posible" "baja"
 * ```
 */
export const calendarLabels: LabelTable = {
  conference: { en: "conference", es: "conferencia" },
  meeting: { en: "meeting", es: "reunión" },
  workshop: { en: "workshop", es: "taller" },
  dialogue: { en: "dialogue", es: "diálogo" },
  deadline: { en: "deadline", es: "plazo" },
  call: { en: "call", es: "convocatoria" },
  external: { en: "event of another body", es: "evento de otro organismo" },
  blackout: { en: "period to avoid", es: "período a evitar" },
  confirmed: { en: "confirmed", es: "confirmado" },
  tentative: { en: "tentative", es: "provisional" },
  "to-be-confirmed": { en: "to be confirmed", es: "por confirmar" },
  cancelled: { en: "cancelled", es: "cancelado" },
  "in-person": { en: "in person", es: "presencial" },
  virtual: { en: "virtual", es: "virtual" },
  hybrid: { en: "hybrid", es: "híbrido" },
  high: { en: "high", es: "alta" },
  medium: { en: "medium", es: "media" },
  low: { en: "low", es: "baja" },
  certain: { en: "certain", es: "cierto" },
  possible: { en: "possible", es: "posible" },
  overlap: { en: "overlap", es: "coincidencia" },
  "too-close": { en: "too close", es: "demasiado cerca" },
  "not-placeable": { en: "cannot be placed", es: "no se puede situar" },
  omitted: { en: "left out", es: "omitidos" },
};

/**
 * The name of a kind, status, format, grade or certainty in a language (the value itself when
 * unknown). Throws a `TypeError` when `locale` is not a {@link Locale}.
 *
 * @example
 * ```ts
 * import { calendarLabel } from "iacml/calendar";
 * calendarLabel("to-be-confirmed", "es"); // "por confirmar"
 * ```
 */
export function calendarLabel(value: string, locale: Locale): string {
  const l = checkedLocale(locale);
  return own(calendarLabels, value)?.[l] ?? value;
}
