/**
 * People's words for the dataset's ids: countries, organizations, conferences, places.
 * @module
 */
import type { Locale } from "../core/messages/catalog.js";
import type { Dataset } from "../entities/dataset/schema.js";
import type { LocalizedText } from "../entities/common.js";
import { reportLabel, TERMS_ES } from "./labels.js";

/** A localized text in the report's language, English when the data has no other. */
export const localized = (text: LocalizedText | undefined, locale: Locale): string =>
  text === undefined ? "" : (text[locale] ?? text.en);

/** Whether the data holds the text in the report's language. */
export const hasLocale = (text: LocalizedText | undefined, locale: Locale): boolean =>
  text !== undefined && text[locale] !== undefined;

/** A term the data writes in English, in the report's language when the glossary has it. */
export const term = (text: string, locale: Locale): string => (locale === "es" ? (TERMS_ES[text] ?? text) : text);

/** "A, B and C" / "A, B y C". */
export function joinAnd(items: readonly string[], locale: Locale): string {
  if (items.length <= 1) return items[0] ?? "";
  const last = items[items.length - 1]!;
  const word = locale === "en" ? "and" : /^(i|hi)(?!e)/i.test(last) ? "e" : "y";
  return `${items.slice(0, -1).join(", ")} ${word} ${last}`;
}

/** The name of a member state or organization (its acronym when it has one). */
export function partyName(dataset: Dataset, id: string, locale: Locale): string {
  const state = dataset.memberStates.find((s) => s.id === id);
  if (state) return localized(state.name, locale);
  const org = dataset.organizations.find((o) => o.id === id);
  if (org) return localized(org.acronym ?? org.name, locale);
  return /^[A-Z]{2}$/.test(id) ? regionName(id, locale) : id;
}

/**
 * The runtime's region names, one instance per language, made on first use: a formatter, not a
 * result (building one costs far more than asking it).
 */
const regionNames = /* @__PURE__ */ new Map<Locale, Intl.DisplayNames>();

/** A country outside the OAS (Switzerland, Indonesia) by its ISO code, from the runtime's Unicode data. */
function regionName(code: string, locale: Locale): string {
  try {
    let names = regionNames.get(locale);
    if (names === undefined) {
      names = new Intl.DisplayNames([locale], { type: "region", fallback: "code" });
      regionNames.set(locale, names);
    }
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** "XXII IACML" / "XXII CIMT". */
export function conferenceName(dataset: Dataset, id: string, locale: Locale): string {
  const c = dataset.conferences.find((x) => x.id === id);
  return c ? reportLabel("conferenceName", locale, { edition: c.edition.roman }) : id;
}

/**
 * Spanish names of the cities the dataset names in English (outside knowledge: the Spanish
 * exonyms and accents of the OAS's Spanish documents and the RAE's Diccionario panhispánico de
 * dudas, not the five source documents). A city not listed is written as the data writes it.
 *
 * @example
 * ```ts
 * import { CITY_ES } from "iacml/reports";
 * CITY_ES["Geneva"]; // "Ginebra"
 * ```
 */
export const CITY_ES: Readonly<Record<string, string>> = {
  Bogota: "Bogotá",
  Geneva: "Ginebra",
  "Los Angeles": "Los Ángeles",
  Medellin: "Medellín",
  "Mexico City": "Ciudad de México",
  "Port of Spain": "Puerto España",
};

/**
 * A city in the report's language: its Spanish name from {@link CITY_ES} in Spanish, as the
 * data writes it otherwise.
 *
 * @example
 * ```ts
 * import { cityName } from "iacml/reports";
 * cityName("Bogota", "es"); // "Bogotá"
 * ```
 */
export const cityName = (city: string, locale: Locale): string => (locale === "es" ? (CITY_ES[city] ?? city) : city);

/**
 * Bodies the data names in English, as the OAS writes them in each language (the Spanish from
 * the cycle rules' milestone "Aprobación del plan de trabajo por la Comisión de Políticas de
 * Cooperación Solidaria para el Desarrollo del CIDI").
 */
const BODY_NAMES: Readonly<Record<string, Readonly<Record<Locale, string>>>> = {
  "CIDI Committee on Partnership for Development Policies": {
    en: "CIDI's Committee on Partnership for Development Policies",
    es: "la Comisión de Políticas de Cooperación Solidaria para el Desarrollo del CIDI",
  },
  "CIDI's Committee on Partnership for Development Policies": {
    en: "CIDI's Committee on Partnership for Development Policies",
    es: "la Comisión de Políticas de Cooperación Solidaria para el Desarrollo del CIDI",
  },
  CIDI: { en: "CIDI", es: "el CIDI" },
  "OAS General Assembly": { en: "the OAS General Assembly", es: "la Asamblea General de la OEA" },
  "OAS Permanent Council": { en: "the OAS Permanent Council", es: "el Consejo Permanente de la OEA" },
};

/**
 * A deciding body the data names in English, in the report's language with its article ("CIDI's
 * Committee on Partnership for Development Policies" / "la Comisión de Políticas de Cooperación
 * Solidaria para el Desarrollo del CIDI"); `undefined` for a body the library has no name for.
 *
 * @example
 * ```ts
 * import { bodyText } from "iacml/reports";
 * bodyText("CIDI Committee on Partnership for Development Policies", "es"); // "la Comisión de Políticas de Cooperación Solidaria para el Desarrollo del CIDI"
 * ```
 */
export const bodyText = (body: string, locale: Locale): string | undefined =>
  Object.prototype.hasOwnProperty.call(BODY_NAMES, body) ? BODY_NAMES[body]![locale] : undefined;

/**
 * An organization's full name with its acronym and article, in the report's language: "the
 * International Labour Organization (ILO)" / "la Organización Internacional del Trabajo (OIT)";
 * `undefined` when the id is no organization of the dataset.
 *
 * @example
 * ```ts
 * import { organizationTitle } from "iacml/reports";
 * import { dataset } from "iacml/data";
 * organizationTitle(dataset, "ilo", "es"); // "la Organización Internacional del Trabajo (OIT)"
 * ```
 */
export function organizationTitle(dataset: Dataset, id: string, locale: Locale): string | undefined {
  const org = dataset.organizations.find((o) => o.id === id);
  if (org === undefined || (locale === "es" && org.name.es === undefined)) return undefined;
  const name = localized(org.name, locale);
  const acronym = org.acronym === undefined ? "" : ` (${localized(org.acronym, locale)})`;
  const first = name.split(" ")[0] ?? "";
  const article = locale === "en" ? "the" : /(ión|dad|a)$/i.test(first) ? "la" : "el";
  return `${article} ${name}${acronym}`;
}

/** "Bogota, Colombia"; a city alone when it already names the country, the country alone without a city. */
export function placeName(
  dataset: Dataset,
  city: string | undefined,
  country: string | undefined,
  locale: Locale,
): string {
  const countryName = country === undefined ? undefined : partyName(dataset, country, locale);
  if (city === undefined) return countryName ?? "";
  const shown = cityName(city, locale);
  return countryName === undefined || shown.includes(countryName) ? shown : `${shown}, ${countryName}`;
}

/** The declaration and plan of action of a conference as one name: "Declaration and Plan of Action of Buenos Aires". */
export function instrumentsName(dataset: Dataset, conference: string, locale: Locale): string {
  const c = dataset.conferences.find((x) => x.id === conference);
  const city = c?.city === undefined ? undefined : cityName(c.city, locale);
  if (city !== undefined)
    return locale === "en" ? `Declaration and Plan of Action of ${city}` : `Declaración y Plan de Acción de ${city}`;
  const names = dataset.instruments.filter((i) => i.conference === conference).map((i) => localized(i.name, locale));
  return joinAnd(names, locale);
}

/**
 * Names for every id a check can mention: meetings, actions, calendar entries, conferences,
 * instruments and provisions, cooperation series, member states and organizations, work plans.
 *
 * @example
 * ```ts
 * import { nameIndex } from "iacml/reports";
 * import { dataset } from "iacml/data";
 * nameIndex(dataset, "es").get("xxii"); // "XXII CIMT"
 * ```
 */
export function nameIndex(dataset: Dataset, locale: Locale): Map<string, string> {
  const names = new Map<string, string>();
  for (const s of dataset.memberStates) names.set(s.id, localized(s.name, locale));
  for (const o of dataset.organizations) names.set(o.id, localized(o.acronym ?? o.name, locale));
  for (const c of dataset.conferences) names.set(c.id, conferenceName(dataset, c.id, locale));
  for (const e of dataset.annexEntries) names.set(e.id, e.title);
  for (const a of dataset.actions) names.set(a.id, a.title);
  for (const e of dataset.externalEvents) names.set(e.id, e.title);
  for (const m of dataset.meetings) names.set(m.id, localized(m.title, locale));
  for (const a of dataset.activities) names.set(a.id, a.title);
  for (const l of dataset.priorityLines) names.set(l.id, `${l.number}. ${l.title}`);
  for (const m of dataset.politicalMeetings) names.set(m.id, meetingName(dataset, m, locale));
  for (const i of dataset.instruments) names.set(i.id, localized(i.name, locale));
  for (const p of dataset.provisions) names.set(p.id, provisionName(dataset, p, locale));
  for (const c of dataset.bilateralCooperations) {
    const series = c.id.slice(0, Math.max(0, c.id.lastIndexOf("/")));
    names.set(series, reportLabel("cooperationSeries", locale, { period: series.slice(series.lastIndexOf("/") + 1) }));
  }
  // Source files are named by the title of the document they hold ("the Report of the General Secretariat …").
  for (const d of dataset.documents)
    if (d.seed !== undefined) names.set(d.seed, `“${locale === "es" ? (d.titleEs?.text ?? d.title) : d.title}”`);
  for (const w of dataset.workPlans)
    names.set(w.id, `${locale === "en" ? "Work Plan" : "Plan de Trabajo"} ${w.period.fromYear}-${w.period.toYear}`);
  return names;
}

/** "Article 12 of the Declaration of Buenos Aires", "paragraph 7b of the Plan of Action of Buenos Aires". */
export function provisionName(dataset: Dataset, p: Dataset["provisions"][number], locale: Locale): string {
  const instrument = dataset.instruments.find((i) => i.id === p.instrument);
  const name = localized(instrument?.name, locale);
  const number = `${p.number}${p.item ?? ""}`;
  if (instrument?.kind === "declaration") return reportLabel("provisionArticle", locale, { number, instrument: name });
  return reportLabel("provisionParagraph", locale, { number, instrument: name });
}

/** The name of a political-process meeting as the documents title it. */
export function meetingName(dataset: Dataset, m: Dataset["politicalMeetings"][number], locale: Locale): string {
  const conf = m.conference === undefined ? "" : conferenceName(dataset, m.conference, locale);
  switch (m.kind) {
    case "working-group-meeting":
      return reportLabel("meetingWorkingGroups", locale);
    case "preparatory-meeting":
      return reportLabel("meetingPreparatory", locale, { conference: conf });
    case "conference":
      return conf;
    case "authorities-meeting":
      return reportLabel("meetingAuthorities", locale);
    case "planning-meeting":
      return reportLabel("meetingPlanning", locale);
    case "cosate-ceatal-meeting":
      return "COSATE, CEATAL";
    default:
      return reportLabel("meetingOther", locale);
  }
}
