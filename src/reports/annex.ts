/**
 * The General Secretariat's annex of the activities of a period, grouped as the document
 * groups them.
 * @module
 */
import { issueFactory } from "../core/issue.js";
import { reportsMessages } from "../core/messages/reports.js";
import { parsePlainDate, type PlainDate } from "../core/plain-date.js";
import { fail, ok, type Issue, type Result } from "../core/result.js";
import { dateSpecBounds } from "../core/date-spec/bounds.js";
import type { DateSpec } from "../core/date-spec/types.js";
import type { Locale } from "../core/messages/catalog.js";
import type { Dataset } from "../entities/dataset/schema.js";
import { cooperationParties } from "../entities/work-plan/cooperation-parties.js";
import type { ProcessData } from "./process.js";
import { inputText, parseLocale } from "./performance.js";
import { EVENT_FORMAT, reportLabel as label } from "./labels.js";
import { documentDate, documentDay } from "./document-date.js";
import { conferenceName, joinAnd, partyName, placeName } from "./names.js";

const issue = /* @__PURE__ */ issueFactory(reportsMessages);

const fill = (template: string, params: Readonly<Record<string, string>>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);

/** Headings of the annex's groups, as the General Secretariat's report writes them. */
const GROUP: Readonly<Record<Locale, Readonly<Record<AnnexGroupId, string>>>> = {
  en: {
    "planning-meetings": "Planning Meeting",
    "authorities-meetings": "Virtual Meetings of the Authorities",
    "working-group-meetings": "Meetings of the Working Groups",
    "workshops-and-dialogues": "Workshops and seminars of the Inter-American Network for Labor Administration (RIAL)",
    "covid-response": "RIAL/OAS actions in response to the COVID-19 pandemic",
    "social-actors-dialogues": "Dialogues of Workers and Private Sector, with interventions from COSATE and CEATAL",
    "preparatory-meetings": "Preparatory Meetings",
    "other-activities": "Other important activities",
    "bilateral-done": "RIAL Bilateral Cooperation Activities",
    "bilateral-ongoing": "RIAL Bilateral Cooperation Activities (on-going)",
    "bilateral-pending": "Pending RIAL Bilateral Cooperation (postponed due to the pandemic)",
    conferences: "Conferences",
  },
  es: {
    "planning-meetings": "Reunión de Planificación",
    "authorities-meetings": "Reuniones virtuales de Autoridades",
    "working-group-meetings": "Reuniones de los Grupos de Trabajo",
    "workshops-and-dialogues": "Talleres y seminarios de la Red Interamericana para la Administración Laboral (RIAL)",
    "covid-response": "Acciones de la RIAL/OEA en respuesta a la pandemia de COVID-19",
    "social-actors-dialogues": "Diálogos de Trabajadores y Sector Privado, con intervenciones de COSATE y CEATAL",
    "preparatory-meetings": "Reuniones Preparatorias",
    "other-activities": "Otras actividades importantes",
    "bilateral-done": "Actividades de Cooperación Bilateral de la RIAL",
    "bilateral-ongoing": "Actividades de Cooperación Bilateral de la RIAL (en curso)",
    "bilateral-pending": "Cooperaciones Bilaterales de la RIAL pendientes (postergadas por la pandemia)",
    conferences: "Conferencias",
  },
};

/** Totals a document states that no group of the annex counts, in words. */
const MEASURE: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  en: {
    "bilateral-cooperations.since-2006": "RIAL bilateral cooperation activities since 2006, as stated: {value}",
    "bilateral-cooperations.ministries-assisted":
      "Ministries of Labor that received direct technical assistance through them, as stated: {value}",
    "repository.measures": "{subject}, measures or guidelines gathered, as stated: {value}",
    "newsletters.issued": "Virtual RIAL Newsletters prepared and distributed in the period, as stated: {value}",
    "newsletters.issued-since-start": "RIAL Newsletters in RIAL history, as stated: {value}",
  },
  es: {
    "bilateral-cooperations.since-2006":
      "Actividades de cooperación bilateral de la RIAL desde 2006, según lo afirmado: {value}",
    "bilateral-cooperations.ministries-assisted":
      "Ministerios de Trabajo que recibieron asistencia técnica directa, según lo afirmado: {value}",
    "repository.measures": "{subject}, medidas o lineamientos reunidos, según lo afirmado: {value}",
    "newsletters.issued":
      "Boletines virtuales de la RIAL preparados y distribuidos en el período, según lo afirmado: {value}",
    "newsletters.issued-since-start": "Boletines de la RIAL en su historia, según lo afirmado: {value}",
  },
};

/**
 * The groups of the annex, in the document's order (seed 003, Annex I), then the conferences.
 *
 * @example
 * ```ts
 * import type { AnnexGroupId } from "iacml/reports";
 * const group: AnnexGroupId = "bilateral-ongoing";
 * ```
 */
export type AnnexGroupId =
  | "planning-meetings"
  | "authorities-meetings"
  | "working-group-meetings"
  | "workshops-and-dialogues"
  | "covid-response"
  | "social-actors-dialogues"
  | "preparatory-meetings"
  | "other-activities"
  | "bilateral-done"
  | "bilateral-ongoing"
  | "bilateral-pending"
  | "conferences";

/**
 * One activity in the annex.
 *
 * @example
 * ```ts
 * import type { AnnexItem } from "iacml/reports";
 * const item: AnnexItem = { id: "act-2018-2021/wg-meeting-1", title: "First Meeting of the Working Groups", when: "December 3 and 4, 2019", place: "Quito, Ecuador", text: "First Meeting of the Working Groups: Quito, Ecuador, December 3 and 4, 2019" };
 * ```
 */
export interface AnnexItem {
  /** Record id (never printed). */
  readonly id: string;
  /** Title or topic as recorded; for a cooperation, its modality with both sides named. */
  readonly title: string;
  /** Its date, as the documents write it; absent when the record has none. */
  readonly when?: string;
  /** City and country, or "Virtual", when known. */
  readonly place?: string;
  /** `virtual`, `hybrid` or `in-person`, when recorded. */
  readonly format?: string;
  /** The line as the annex prints it: title, place, date and, for a cooperation, who provided and who received it and its sessions. */
  readonly text: string;
}

/**
 * One group of the annex: its items, the count the data gives and, where a document states
 * one, the stated count and whether they agree.
 *
 * @example
 * ```ts
 * import type { AnnexGroup } from "iacml/reports";
 * const g: AnnexGroup = { id: "bilateral-ongoing", title: "RIAL Bilateral Cooperation Activities (on-going)", items: [], listed: 5, stated: 4, claim: "claim/003/bc-ongoing", agrees: false };
 * ```
 */
export interface AnnexGroup {
  /** Which group. */
  readonly id: AnnexGroupId;
  /** Its heading in the annex's language. */
  readonly title: string;
  /** Its activities, by date then id. */
  readonly items: readonly AnnexItem[];
  /** How many the data lists. */
  readonly listed: number;
  /** How many the document states, when it states it. */
  readonly stated?: number;
  /** The claim the stated count comes from. */
  readonly claim?: string;
  /** Whether listed and stated agree, when there is a stated count. */
  readonly agrees?: boolean;
}

/**
 * The annex of a period: its groups (empty ones left out) and their totals.
 *
 * @example
 * ```ts
 * import { buildActivityAnnex, type ActivityAnnex } from "iacml/reports";
 * import { dataset } from "iacml/data";
 * const r = buildActivityAnnex({ dataset }, { from: "2018-01-01", to: "2021-09-30" });
 * if (r.ok) { const annex: ActivityAnnex = r.value; console.log(annex.total); }
 * ```
 */
export interface ActivityAnnex {
  /** First day of the period. */
  readonly from: PlainDate;
  /** Last day of the period. */
  readonly to: PlainDate;
  /** Language of the annex. */
  readonly locale: Locale;
  /** "Activities of the Inter-American Conference of Ministers of Labor from … to …". */
  readonly title: string;
  /** Groups in the document's order. */
  readonly groups: readonly AnnexGroup[];
  /** Activities listed in all groups. */
  readonly total: number;
  /** Totals the documents state that no list of the annex counts ("115 since 2006"). */
  readonly notes: readonly string[];
}

/**
 * Options of {@link buildActivityAnnex}.
 *
 * @example
 * ```ts
 * import type { ActivityAnnexOptions } from "iacml/reports";
 * const options: ActivityAnnexOptions = { from: "2018-01-01", to: "2021-09-30", locale: "es" };
 * ```
 */
export interface ActivityAnnexOptions {
  /** First day, `YYYY-MM-DD`. */
  readonly from: string;
  /** Last day, `YYYY-MM-DD`. */
  readonly to: string;
  /** Language of the dates; default `en`. */
  readonly locale?: string;
}

const ACTIVITY_GROUP: Readonly<Record<string, AnnexGroupId>> = {
  "planning-meeting": "planning-meetings",
  "authorities-meeting": "authorities-meetings",
  "working-group-meeting": "working-group-meetings",
  "preparatory-meeting": "preparatory-meetings",
  workshop: "workshops-and-dialogues",
  dialogue: "workshops-and-dialogues",
  "repository-portfolio": "covid-response",
  "social-actors-dialogue": "social-actors-dialogues",
};

const COOPERATION_GROUP: Readonly<Record<string, AnnexGroupId>> = {
  done: "bilateral-done",
  ongoing: "bilateral-ongoing",
  "pending-postponed": "bilateral-pending",
};

const ORDER: readonly AnnexGroupId[] = [
  "planning-meetings",
  "authorities-meetings",
  "working-group-meetings",
  "workshops-and-dialogues",
  "covid-response",
  "social-actors-dialogues",
  "preparatory-meetings",
  "other-activities",
  "bilateral-done",
  "bilateral-ongoing",
  "bilateral-pending",
  "conferences",
];

interface Candidate {
  readonly group: AnnexGroupId;
  readonly id: string;
  readonly title: string;
  readonly spans: readonly DateSpec[];
  readonly when?: DateSpec;
  readonly format?: string;
  readonly place?: string;
  readonly measure?: string;
  /** Extra words after the date: who provided a cooperation, its sessions. */
  readonly tail?: string;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const day = (d: string): DateSpec => ({ kind: "days", start: d, end: d }) as DateSpec;

/** "On-site visit from Ecuador to Panama on Youth employment", and who provided and who received it. */
function cooperationWords(
  dataset: Dataset,
  c: Dataset["bilateralCooperations"][number],
  locale: Locale,
): { title: string; parties: string } {
  const names = (ids: readonly string[]) =>
    joinAnd(
      ids.map((id) => partyName(dataset, id, locale)),
      locale,
    );
  const key =
    c.modality === "on-site-visit"
      ? "onSiteVisit"
      : c.modality === "experts-visit"
        ? "expertsVisit"
        : "virtualCooperation";
  const { provider, recipient } = cooperationParties(c);
  return {
    title: label(key, locale, { from: names(c.from), to: names(c.to), topic: c.topic }),
    parties: label("providerRecipient", locale, { provider: names(provider), recipient: names(recipient) }),
  };
}

function sessionsWords(c: Dataset["bilateralCooperations"][number], locale: Locale): string | undefined {
  const s = c.sessions;
  if (s === undefined) return undefined;
  const count = s.held === 1 ? label("sessionHeld", locale) : label("sessionsHeld", locale, { count: s.held });
  const dates =
    s.dates.length === 0 ? "" : `: ${documentDate({ kind: "all", parts: s.dates.map(day) } as DateSpec, locale)}`;
  return `${c.status === "ongoing" ? `${label("ongoing", locale)}, ` : ""}${count}${dates}`;
}

function candidates(dataset: Dataset, locale: Locale): Candidate[] {
  const place = (city: string | undefined, country: string | undefined) => placeName(dataset, city, country, locale);
  return [
    ...dataset.activities.map((a): Candidate => {
      const where = a.location
        ? place(a.location.city, a.location.country)
        : a.host
          ? place(a.host.city, a.host.memberStates[0])
          : a.format === "virtual"
            ? label("virtual", locale)
            : "";
      return {
        group: ACTIVITY_GROUP[a.kind] ?? "other-activities",
        id: a.id,
        title: a.within ? `${a.title} (${a.within})` : a.title,
        spans: [a.when],
        when: a.when,
        ...(a.format ? { format: a.format } : {}),
        ...(where === "" ? {} : { place: where }),
      };
    }),
    ...dataset.bilateralCooperations.map((c): Candidate => {
      const words = cooperationWords(dataset, c, locale);
      const sessions = sessionsWords(c, locale);
      return {
        group: COOPERATION_GROUP[c.status]!,
        id: c.id,
        title: words.title,
        spans: [...(c.when ? [c.when] : []), ...(c.sessions?.dates ?? []).map(day)],
        ...(c.when ? { when: c.when } : {}),
        ...(c.modality === "virtual" ? { format: "virtual" } : {}),
        measure: `bilateral-cooperations.${c.status}`,
        tail: sessions === undefined ? words.parties : `${words.parties}; ${sessions}`,
      };
    }),
    ...dataset.conferences.map(
      (c): Candidate => ({
        group: "conferences",
        id: c.id,
        title: conferenceName(dataset, c.id, locale),
        spans: [c.dates],
        when: c.dates,
        format: c.format,
        ...(c.city || c.hostCountry ? { place: place(c.city, c.hostCountry) } : {}),
      }),
    ),
  ];
}

/**
 * A bilateral cooperation as the annex prints it: modality with both sides, topic, date, who
 * provided it to whom, its sessions.
 *
 * @example
 * ```ts
 * import { cooperationText } from "iacml/reports";
 * import { dataset } from "iacml/data";
 * cooperationText(dataset, dataset.bilateralCooperations[1]!, "en"); // "On-site visit from Ecuador to Panama on Youth employment: August 27–31, 2018 (provided by Panama to Ecuador)"
 * ```
 */
export function cooperationText(dataset: Dataset, c: Dataset["bilateralCooperations"][number], locale: Locale): string {
  const words = cooperationWords(dataset, c, locale);
  const sessions = sessionsWords(c, locale);
  return itemText(
    {
      group: "bilateral-done",
      id: c.id,
      title: words.title,
      spans: [],
      ...(c.when ? { when: c.when } : {}),
      ...(c.modality === "virtual" ? { format: "virtual" } : {}),
      tail: sessions === undefined ? words.parties : `${words.parties}; ${sessions}`,
    },
    locale,
  );
}

function itemText(c: Candidate, locale: Locale): string {
  const where = [c.place, c.when === undefined ? undefined : documentDate(c.when, locale)].filter(
    (x): x is string => x !== undefined && x !== "",
  );
  const format =
    c.format === "virtual" && c.place !== label("virtual", locale) ? ` (${EVENT_FORMAT[locale]["virtual"]})` : "";
  const head = where.length === 0 ? c.title : `${c.title}: ${where.join(", ")}`;
  return `${head}${format}${c.tail === undefined ? "" : ` (${c.tail})`}`;
}

function overlaps(spans: readonly DateSpec[], from: PlainDate, to: PlainDate): boolean {
  return spans.some((s) => {
    const b = dateSpecBounds(s);
    return b !== undefined && b.earliest <= to && b.latest >= from;
  });
}

const seriesOf = (id: string): string => id.slice(0, Math.max(0, id.lastIndexOf("/")));

/**
 * Every activity of a period, grouped as the General Secretariat's report groups its annex
 * (seed 003, Annex I): planning meeting, meetings of the authorities, meetings of the working
 * groups, RIAL workshops and hemispheric dialogues, COVID-19 responses, dialogues of workers
 * and employers, preparatory meetings, other activities, bilateral cooperation done, ongoing
 * and pending — then the conferences held in the period. A record is in the period when one
 * of its dates (its `when`, or a cooperation's session days) may fall in it; an undated record
 * is in when a dated record of the same series (its id up to the last `/`) is. Beside each
 * group's listed count is the count a document claim states for it (a claim whose subject is
 * the series) and whether they agree. Bad dates or a reversed period are Issues.
 *
 * @example
 * ```ts
 * import { buildActivityAnnex } from "iacml/reports";
 * import { dataset } from "iacml/data";
 * const r = buildActivityAnnex({ dataset }, { from: "2018-01-01", to: "2021-09-30" });
 * if (r.ok) console.log(r.value.groups.find((g) => g.id === "bilateral-ongoing")); // listed 5, stated 4
 * ```
 */
export function buildActivityAnnex(process: ProcessData, options: ActivityAnnexOptions): Result<ActivityAnnex> {
  const from = parsePlainDate(inputText(options?.from));
  const to = parsePlainDate(inputText(options?.to));
  const locale = parseLocale(options?.locale);
  const problems: Issue[] = [
    ...(from.ok ? [] : from.issues.map((i) => ({ ...i, path: ["from", ...i.path] }))),
    ...(to.ok ? [] : to.issues.map((i) => ({ ...i, path: ["to", ...i.path] }))),
    ...(locale.ok ? [] : locale.issues),
  ];
  if (!from.ok || !to.ok || !locale.ok) return fail(problems);
  if (to.value < from.value)
    return fail([issue("reports.period-reversed", { from: from.value, to: to.value }, { path: ["to"] })]);
  const dataset = process?.dataset;
  if (dataset === undefined || dataset === null)
    return fail([issue("reports.no-work-plan", {}, { path: ["dataset"] })]);
  const l = locale.value;
  const all = candidates(dataset, l);
  const dated = all.filter((c) => c.spans.length > 0 && overlaps(c.spans, from.value, to.value));
  const datedSeries = new Set(dated.map((c) => seriesOf(c.id)));
  const chosen = [...dated, ...all.filter((c) => c.spans.length === 0 && datedSeries.has(seriesOf(c.id)))];
  const groups: AnnexGroup[] = [];
  for (const id of ORDER) {
    const members = chosen.filter((c) => c.group === id).sort((a, b) => cmp(startOf(a), startOf(b)) || cmp(a.id, b.id));
    if (members.length === 0) continue;
    const measure = members[0]!.measure;
    const seriesIds = new Set(members.map((m) => seriesOf(m.id)));
    const claim =
      measure === undefined
        ? undefined
        : dataset.documentClaims.find((c) => c.measure === measure && seriesIds.has(c.subject));
    const stated = claim === undefined || typeof claim.value !== "number" ? undefined : claim.value;
    groups.push({
      id,
      title: GROUP[l][id],
      items: members.map((m) => ({
        id: m.id,
        title: m.title,
        ...(m.when ? { when: documentDate(m.when, l) } : {}),
        ...(m.place ? { place: m.place } : {}),
        ...(m.format ? { format: m.format } : {}),
        text: itemText(m, l),
      })),
      listed: members.length,
      ...(stated === undefined ? {} : { stated, claim: claim!.id, agrees: stated === members.length }),
    });
  }
  const series = new Set(chosen.map((c) => seriesOf(c.id)));
  const counted = new Set(groups.map((g) => g.claim).filter((c): c is string => c !== undefined));
  const notes = dataset.documentClaims
    .filter(
      (c) =>
        !counted.has(c.id) &&
        (series.has(c.subject) || chosen.some((x) => x.id === c.subject)) &&
        MEASURE[l][c.measure] !== undefined,
    )
    .sort((a, b) => cmp(a.id, b.id))
    .map((c) =>
      fill(MEASURE[l][c.measure]!, {
        value: String(c.value),
        subject: chosen.find((x) => x.id === c.subject)?.title ?? "",
      }),
    );
  return ok({
    from: from.value,
    to: to.value,
    locale: l,
    title: label("annexTitle", l, { from: documentDay(from.value, l), to: documentDay(to.value, l) }),
    groups,
    total: groups.reduce((n, g) => n + g.listed, 0),
    notes,
  });
}

function startOf(c: Candidate): string {
  return c.spans.map((s) => dateSpecBounds(s)?.earliest ?? "").sort()[0] ?? "";
}
