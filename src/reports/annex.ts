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
import { formatDateSpec } from "../core/date-spec/format-text.js";
import type { DateSpec } from "../core/date-spec/types.js";
import type { Locale } from "../core/messages/catalog.js";
import type { Dataset } from "../entities/dataset/schema.js";
import type { ProcessData } from "./process.js";
import { inputText, parseLocale } from "./performance.js";

const issue = /* @__PURE__ */ issueFactory(reportsMessages);

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
 * const item: AnnexItem = { id: "act-2018-2021/wg-meeting-1", title: "First Meeting of the Working Groups", when: "December 3–4, 2019" };
 * ```
 */
export interface AnnexItem {
  /** Record id. */
  readonly id: string;
  /** Title or topic as recorded. */
  readonly title: string;
  /** Its date, formatted in the annex's language; absent when the record has none. */
  readonly when?: string;
  /** `virtual`, `hybrid` or `in-person`, when recorded. */
  readonly format?: string;
}

/**
 * One group of the annex: its items, the count the data gives and, where a document states
 * one, the stated count and whether they agree.
 *
 * @example
 * ```ts
 * import type { AnnexGroup } from "iacml/reports";
 * const g: AnnexGroup = { id: "bilateral-ongoing", items: [], listed: 5, stated: 4, claim: "claim/003/bc-ongoing", agrees: false };
 * ```
 */
export interface AnnexGroup {
  /** Which group. */
  readonly id: AnnexGroupId;
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
  /** Language of the dates. */
  readonly locale: Locale;
  /** Groups in the document's order. */
  readonly groups: readonly AnnexGroup[];
  /** Activities listed in all groups. */
  readonly total: number;
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
  readonly measure?: string;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function candidates(dataset: Dataset): Candidate[] {
  const day = (d: string): DateSpec => ({ kind: "days", start: d, end: d }) as DateSpec;
  return [
    ...dataset.activities.map((a) => ({
      group: ACTIVITY_GROUP[a.kind] ?? "other-activities",
      id: a.id,
      title: a.within ? `${a.title} (${a.within})` : a.title,
      spans: [a.when],
      when: a.when,
      ...(a.format ? { format: a.format } : {}),
    })),
    ...dataset.bilateralCooperations.map((c) => ({
      group: COOPERATION_GROUP[c.status]!,
      id: c.id,
      title: `${c.from.join(", ")} → ${c.to.join(", ")}: ${c.topic}`,
      spans: [...(c.when ? [c.when] : []), ...(c.sessions?.dates ?? []).map(day)],
      ...(c.when ? { when: c.when } : {}),
      ...(c.modality === "virtual" ? { format: "virtual" } : {}),
      measure: `bilateral-cooperations.${c.status}`,
    })),
    ...dataset.conferences.map((c) => ({
      group: "conferences" as const,
      id: c.id,
      title: `${c.edition.roman} IACML${c.city ? `, ${c.city}` : ""}`,
      spans: [c.dates],
      when: c.dates,
      format: c.format,
    })),
  ];
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
  if (to.value < from.value) return fail([issue("reports.period-reversed", { from: from.value, to: to.value }, { path: ["to"] })]);
  const dataset = process?.dataset;
  if (dataset === undefined || dataset === null) return fail([issue("reports.no-work-plan", {}, { path: ["dataset"] })]);
  const all = candidates(dataset);
  const dated = all.filter((c) => c.spans.length > 0 && overlaps(c.spans, from.value, to.value));
  const series = new Set(dated.map((c) => seriesOf(c.id)));
  const chosen = [...dated, ...all.filter((c) => c.spans.length === 0 && series.has(seriesOf(c.id)))];
  const groups: AnnexGroup[] = [];
  for (const id of ORDER) {
    const members = chosen
      .filter((c) => c.group === id)
      .sort((a, b) => cmp(startOf(a), startOf(b)) || cmp(a.id, b.id));
    if (members.length === 0) continue;
    const measure = members[0]!.measure;
    const seriesIds = new Set(members.map((m) => seriesOf(m.id)));
    const claim = measure === undefined ? undefined : dataset.documentClaims.find((c) => c.measure === measure && seriesIds.has(c.subject));
    const stated = claim === undefined || typeof claim.value !== "number" ? undefined : claim.value;
    groups.push({
      id,
      items: members.map((m) => ({
        id: m.id,
        title: m.title,
        ...(m.when ? { when: formatDateSpec(m.when, locale.value) } : {}),
        ...(m.format ? { format: m.format } : {}),
      })),
      listed: members.length,
      ...(stated === undefined ? {} : { stated, claim: claim!.id, agrees: stated === members.length }),
    });
  }
  return ok({ from: from.value, to: to.value, locale: locale.value, groups, total: groups.reduce((n, g) => n + g.listed, 0) });
}

function startOf(c: Candidate): string {
  return c.spans.map((s) => dateSpecBounds(s)?.earliest ?? "").sort()[0] ?? "";
}
