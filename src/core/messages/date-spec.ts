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
    en: "'{text}' names a day that does not exist: {monthName} has {days} days",
    es: "'{text}' nombra un día que no existe: {monthNameEs} tiene {days} días",
  },
  "core.mixed-precision-range": {
    en: "The range '{text}' joins a day and a month; write both ends as days or both as months",
    es: "El intervalo '{text}' une un día y un mes; escriba ambos extremos como días o como meses",
  },
  "core.incomplete-date-text": {
    en: "The date '{text}' ends before it is complete",
    es: "La fecha '{text}' termina antes de estar completa",
  },
  "core.unknown-date-word": {
    en: "Cannot read '{text}' as a date; the nearest form that reads is '{suggestion}'",
    es: "No se puede leer '{text}' como fecha; la forma más cercana que se lee es '{suggestion}'",
  },
  "core.year-out-of-range": {
    en: "'{text}' names the year {year}; dates must lie in the years {min}-{max}",
    es: "'{text}' nombra el año {year}; las fechas deben estar entre los años {min} y {max}",
  },
  "core.weekday-mismatch": {
    en: "'{text}' says {written}, but {date} is a {weekday}",
    es: "'{text}' dice {written}, pero el {dateEs} es {weekdayEs}",
  },
  "core.ambiguous-numeric-date": {
    en: '\'{text}\' can be read day/month or month/day; give the option order: "dmy" or "mdy"',
    es: '\'{text}\' puede leerse día/mes o mes/día; indique la opción order: "dmy" o "mdy"',
  },
  "core.invalid-period": {
    en: "'{text}' names a part of a year or month that does not exist",
    es: "'{text}' nombra una parte de un año o de un mes que no existe",
  },
  "core.invalid-date-spec": {
    en: "Not a valid date spec at {where}: {detail}",
    es: "No es una especificación de fecha válida en {where}: {detailEs}",
  },
  "core.unknown-date-order": {
    en: 'The option order is {got}; it must be "dmy" (07/08/2023 is 7 August) or "mdy" (July 8)',
    es: 'La opción order es {gotEs}; debe ser "dmy" (07/08/2023 es el 7 de agosto) o "mdy" (el 8 de julio)',
  },
  "core.invalid-year-option": {
    en: "The option year is {got}; it must be a whole year from {min} to {max}",
    es: "La opción year es {gotEs}; debe ser un año entero de {min} a {max}",
  },
  "core.date-spec-too-deep": {
    en: "The date spec nests all, oneOf and originally deeper than {max} levels",
    es: "La especificación de fecha anida all, oneOf y originally a más de {max} niveles",
  },
} as const satisfies MessageCatalog;
