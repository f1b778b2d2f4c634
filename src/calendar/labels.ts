/**
 * Names a person reads for the calendar's ids: audiences, event kinds, statuses, formats,
 * conflict grades and certainties, in English and Spanish as the OAS writes them.
 * @module
 */
import type { Locale } from "../core/messages/catalog.js";
import { checkedLocale } from "./conflict-options.js";
import { ownEntry as own } from "../core/own-entry.js";

/**
 * Names by key, each in English and Spanish.
 *
 * @example
 * ```ts
 * import type { LabelTable } from "iacml/calendar";
 * const t: LabelTable = { oas: { en: "OAS", es: "OEA" } };
 * ```
 */
export type LabelTable = Readonly<Record<string, Readonly<Record<Locale, string>>>>;

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
export const audienceLabels: LabelTable = {
  ministers: { en: "Ministers of Labor", es: "Ministros de Trabajo" },
  "ministries-of-labor": { en: "Ministries of Labor", es: "Ministerios de Trabajo" },
  "labor-ministry-officials": { en: "Ministry of Labor officials", es: "funcionarios de los Ministerios de Trabajo" },
  ministries: { en: "ministries", es: "ministerios" },
  cosate: { en: "COSATE", es: "COSATE" },
  ceatal: { en: "CEATAL", es: "CEATAL" },
  "technical-secretariat": { en: "Technical Secretariat", es: "Secretaría Técnica" },
  "ilo-governing-body": { en: "ILO Governing Body", es: "Consejo de Administración de la OIT" },
  "ilc-delegates": {
    en: "International Labour Conference delegates",
    es: "delegados a la Conferencia Internacional del Trabajo",
  },
  "gender-focal-points": { en: "gender focal points", es: "puntos focales de género" },
  authorities: { en: "IACML authorities", es: "autoridades de la CIMT" },
  "iacml-authorities": { en: "IACML authorities", es: "autoridades de la CIMT" },
  "working-group-delegates": { en: "Working Group delegates", es: "delegados de los Grupos de Trabajo" },
  "wg-delegates": { en: "Working Group delegates", es: "delegados de los Grupos de Trabajo" },
  "oas-general-assembly": {
    en: "OAS General Assembly delegations",
    es: "delegaciones a la Asamblea General de la OEA",
  },
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
 * The name of an audience id in a language; an unknown id reads with its hyphens as spaces.
 * Throws a `TypeError` when `locale` is not a {@link Locale}.
 *
 * @example
 * ```ts
 * import { audienceLabel } from "iacml/calendar";
 * audienceLabel("gender-focal-points", "es"); // "puntos focales de género"
 * ```
 */
export function audienceLabel(id: string, locale: Locale): string {
  const l = checkedLocale(locale);
  return own(audienceLabels, id)?.[l] ?? String(id).replace(/-/g, " ");
}
