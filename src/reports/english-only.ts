/**
 * The texts the data holds in English only (titles, outputs, topics, points, names), so that a
 * Spanish report can print them as written and its check sheet can list every one it used: no
 * English text is silently mixed in, none is silently left out.
 * @module
 */
import type { Locale } from "../core/messages/catalog.js";
import type { LocalizedText } from "../entities/common.js";
import type { ProcessData } from "./process.js";

/**
 * A text the data has only in English, and the record it belongs to.
 *
 * @example
 * ```ts
 * import type { EnglishOnlyText } from "iacml/reports";
 * const t: EnglishOnlyText = { text: "Labor inspection in the mining sector", subject: "rial/bc/2022-2024/pa-cl" };
 * ```
 */
export interface EnglishOnlyText {
  /** The text as the data writes it. */
  readonly text: string;
  /** The id of the record that holds it (never printed). */
  readonly subject: string;
}

/** A count as the document states it: "29 OAS Member States", "at least 20 Ministries of Labor (of …)". */
export function countText(c: {
  readonly count: number;
  readonly qualifier?: string;
  readonly unit: string;
  readonly of?: string;
}): string {
  return `${c.qualifier === undefined ? "" : `${c.qualifier} `}${c.count} ${c.unit}${c.of === undefined ? "" : ` (${c.of})`}`;
}

/** A stated figure: "more than 90 instruments". */
export const figureText = (f: { readonly value: number; readonly qualifier?: string; readonly unit: string }): string =>
  `${f.qualifier === undefined ? "" : `${f.qualifier} `}${f.value} ${f.unit}`;

/** A working-group topic as the report prints it, without its "WG1: " prefix. */
export const topicText = (t: string): string => t.replace(/^WG\d+:\s*/, "");

const lacks = (t: LocalizedText | undefined, locale: Locale): t is LocalizedText =>
  t !== undefined && t[locale] === undefined;

/**
 * Every text of the data (and of the budget and calendar events given with it) that has no
 * version in `locale`: record titles, the documents' words (`asWritten`, stated outputs and
 * counts, descriptions, topics, decisions, partners' points), document titles without a Spanish
 * title, conference themes, working-group names, budget line titles, calendar entries, and the
 * names of parties and instruments without one. English has every text: for `en` the list is
 * empty. A report keeps the ones it prints ({@link englishOnlyUsed}).
 *
 * @example
 * ```ts
 * import { englishOnlyTexts } from "iacml/reports";
 * import { dataset } from "iacml/data";
 * englishOnlyTexts({ dataset }, "es").some((t) => t.text === "Labor inspection in the mining sector"); // true
 * ```
 */
export function englishOnlyTexts(process: ProcessData, locale: Locale): EnglishOnlyText[] {
  if (locale === "en") return [];
  const d = process.dataset;
  const out: EnglishOnlyText[] = [];
  const add = (subject: string, text: string | undefined) => {
    if (text !== undefined && text.trim() !== "") out.push({ text, subject });
  };
  for (const l of d.priorityLines) add(l.id, l.title);
  for (const a of d.actions) {
    add(a.id, a.title);
    for (const w of a.asWritten ?? []) add(a.id, w.text);
    for (const o of a.statedOutputs ?? [])
      add(a.id, o.figure === undefined ? o.text : `${figureText(o.figure)}: ${o.text}`);
    for (const c of a.participationCounts ?? []) add(a.id, countText(c));
    for (const s of a.sessions) {
      add(a.id, s.label);
      add(a.id, s.topic);
    }
  }
  for (const m of d.politicalMeetings) {
    add(m.id, m.description);
    for (const w of m.asWritten ?? []) add(m.id, w.text);
    for (const t of m.topics) add(m.id, topicText(t));
    for (const o of m.statedOutputs ?? []) add(m.id, o.text);
  }
  for (const x of d.decisions) add(x.id, x.text);
  for (const doc of d.documents) if (doc.titleEs === undefined) add(doc.symbol ?? doc.id, doc.title);
  for (const c of d.conferences) {
    if (lacks(c.theme, locale)) add(c.id, c.theme.en);
    for (const t of c.themes ?? []) add(c.id, `${t.number}) ${t.text}`);
  }
  for (const a of d.cycleAuthorities)
    for (const wg of a.workingGroups)
      if (lacks(wg.title, locale)) add(`${a.afterConference}/wg${wg.number}`, wg.title.en);
  for (const c of d.bilateralCooperations) add(c.id, c.topic);
  for (const c of d.partnerContributions) {
    add(c.id, c.heading);
    for (const p of c.points) add(c.id, p.text);
  }
  for (const e of d.annexEntries) add(e.id, e.title);
  for (const e of d.externalEvents) add(e.id, e.title);
  for (const a of d.activities) add(a.id, a.title);
  for (const m of d.meetings) if (lacks(m.title, locale)) add(m.id, m.title.en);
  for (const e of process.calendarEvents ?? []) if (lacks(e.title, locale)) add(e.id, e.title.en);
  for (const l of process.budget?.plan.lines ?? []) if (lacks(l.title, locale)) add(l.id, l.title.en);
  for (const s of d.memberStates) if (lacks(s.name, locale)) add(s.id, s.name.en);
  for (const o of d.organizations) {
    const shown = o.acronym ?? o.name;
    if (lacks(shown, locale)) add(o.id, shown.en);
  }
  for (const i of d.instruments) if (lacks(i.name, locale)) add(i.id, i.name.en);
  return out;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The English-only texts a report's text uses, each once, in the order they first appear: a
 * text is used when it occurs in `printed` (short texts, 12 characters or fewer, only as whole
 * words, so "CIM" is not found in "CIMT").
 *
 * @example
 * ```ts
 * import { englishOnlyUsed } from "iacml/reports";
 * englishOnlyUsed([{ text: "Youth employment", subject: "x" }], "Visita in situ sobre Youth employment"); // [{ text: "Youth employment", subject: "x" }]
 * ```
 */
export function englishOnlyUsed(candidates: readonly EnglishOnlyText[], printed: string): EnglishOnlyText[] {
  const found = new Map<string, { at: number; subjects: string[] }>();
  for (const c of candidates) {
    const seen = found.get(c.text);
    if (seen !== undefined) {
      if (!seen.subjects.includes(c.subject)) seen.subjects.push(c.subject);
      continue;
    }
    const at =
      c.text.length > 12
        ? printed.indexOf(c.text)
        : (new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(c.text)}(?![\\p{L}\\p{N}])`, "u").exec(printed)?.index ?? -1);
    if (at >= 0) found.set(c.text, { at, subjects: [c.subject] });
  }
  return [...found]
    .sort((a, b) => a[1].at - b[1].at || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([text, v]) => ({ text, subject: v.subjects[0]! }));
}
