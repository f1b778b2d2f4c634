/**
 * Names a person reads for the calendar's ids: audiences, event kinds, statuses, formats,
 * conflict grades and certainties, in English and Spanish as the OAS writes them.
 * @module
 */
import type { Locale } from "../core/messages/catalog.js";

type Labels = Readonly<Record<string, Readonly<Record<Locale, string>>>>;

/**
 * Names of the audiences the shipped calendar and cycle rules use. An app with other audience
 * ids passes its own names where it renders them; {@link audienceLabel} falls back to the id with
 * its hyphens read as spaces.
 *
 * @example
 * ```ts
 * import { audienceLabels } from "iacml/calendar";
 * console.log(audienceLabels["ilo-governing-body"]?.es); // "Consejo de Administración de la OIT"
 * ```
 */
export const audienceLabels: Labels = {
  ministers: { en: "Ministers of Labor", es: "Ministros de Trabajo" },
  "ministries-of-labor": { en: "Ministries of Labor", es: "Ministerios de Trabajo" },
  "labor-ministry-officials": { en: "Ministry of Labor officials", es: "funcionarios de los Ministerios de Trabajo" },
  ministries: { en: "ministries", es: "ministerios" },
  cosate: { en: "COSATE", es: "COSATE" },
  ceatal: { en: "CEATAL", es: "CEATAL" },
  "technical-secretariat": { en: "Technical Secretariat", es: "Secretaría Técnica" },
  "ilo-governing-body": { en: "ILO Governing Body", es: "Consejo de Administración de la OIT" },
  "ilc-delegates": { en: "International Labour Conference delegates", es: "delegados a la Conferencia Internacional del Trabajo" },
  "gender-focal-points": { en: "gender focal points", es: "puntos focales de género" },
  authorities: { en: "IACML authorities", es: "autoridades de la CIMT" },
  "iacml-authorities": { en: "IACML authorities", es: "autoridades de la CIMT" },
  "working-group-delegates": { en: "Working Group delegates", es: "delegados de los Grupos de Trabajo" },
  "wg-delegates": { en: "Working Group delegates", es: "delegados de los Grupos de Trabajo" },
  "oas-general-assembly": { en: "OAS General Assembly delegations", es: "delegaciones a la Asamblea General de la OEA" },
  "permanent-missions": { en: "Permanent Missions to the OAS", es: "Misiones Permanentes ante la OEA" },
  "summit-delegations": { en: "Summit of the Americas delegations", es: "delegaciones a la Cumbre de las Américas" },
  cidi: { en: "CIDI", es: "CIDI" },
  iace: { en: "IACE", es: "CIE" },
  "ministries-of-education": { en: "Ministries of Education", es: "Ministerios de Educación" },
  "ministers-of-education": { en: "Ministers of Education", es: "Ministros de Educación" },
  "g20-labor-ministers": { en: "G20 Labour and Employment Ministers", es: "Ministros de Trabajo y Empleo del G20" },
  everyone: { en: "everyone", es: "todos" },
};

/**
 * Names of event kinds, statuses, formats, conflict grades and certainties.
 *
 * @example
 * ```ts
 * import { calendarLabels } from "iacml/calendar";
 * console.log(calendarLabels["possible"]?.es, calendarLabels["low"]?.es); // "posible" "baja"
 * ```
 */
export const calendarLabels: Labels = {
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

const own = (table: Labels, key: string) => (Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined);

/**
 * The name of an audience id in a language; an unknown id reads with its hyphens as spaces.
 *
 * @example
 * ```ts
 * import { audienceLabel } from "iacml/calendar";
 * audienceLabel("gender-focal-points", "es"); // "puntos focales de género"
 * ```
 */
export function audienceLabel(id: string, locale: Locale): string {
  return own(audienceLabels, id)?.[locale] ?? id.replace(/-/g, " ");
}

/**
 * The name of a kind, status, format, grade or certainty in a language (the value itself when
 * unknown).
 *
 * @example
 * ```ts
 * import { calendarLabel } from "iacml/calendar";
 * calendarLabel("to-be-confirmed", "es"); // "por confirmar"
 * ```
 */
export function calendarLabel(value: string, locale: Locale): string {
  return own(calendarLabels, value)?.[locale] ?? value;
}
