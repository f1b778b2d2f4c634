/**
 * The documents as a list of blocks (headings, paragraphs, lists, tables, a picture), which the
 * Markdown and Word writers both render, so that both read the same.
 * @module
 */
import type { ActivityAnnex } from "./annex.js";
import type { CheckSheet, PerformanceReport, ReportItem, ReportTable } from "./performance-types.js";
import { reportLabel as label } from "./labels.js";
import { timelineSize, timelineSvg } from "./timeline-svg.js";
import type { Timeline } from "./timeline.js";

/**
 * One block of a document.
 *
 * @example
 * ```ts
 * import type { DocumentBlock } from "iacml/reports";
 * const b: DocumentBlock = { kind: "heading", level: 1, text: "I. Introduction" };
 * ```
 */
export type DocumentBlock =
  | { readonly kind: "heading"; readonly level: 1 | 2 | 3 | 4; readonly text: string }
  | { readonly kind: "paragraph"; readonly text: string }
  | { readonly kind: "list"; readonly items: readonly ReportItem[] }
  | { readonly kind: "table"; readonly table: ReportTable }
  | {
      readonly kind: "image";
      readonly svg: string;
      readonly width: number;
      readonly height: number;
      readonly alt: string;
      readonly caption: string;
      /** What the picture draws, for writers that need another format of it. */
      readonly timeline: Timeline;
    };

const item = (text: string, items: readonly ReportItem[] = []): ReportItem => ({ text, items });
const p = (text: string): DocumentBlock => ({ kind: "paragraph", text });
const h = (level: 1 | 2 | 3 | 4, text: string): DocumentBlock => ({ kind: "heading", level, text });

/**
 * A performance report as blocks, in the order of the Secretariat's document: title, I, II,
 * III a) to d), Annex 1 with its tables and the timeline picture.
 *
 * @example
 * ```ts
 * import { plainDate } from "iacml/core";
 * import { buildPerformanceReport, reportBlocks } from "iacml/reports";
 * import { dataset, rialBudget2022To2024 } from "iacml/data";
 * const r = buildPerformanceReport({ dataset, budget: rialBudget2022To2024 }, { asOf: plainDate("2023-09-30") });
 * if (r.ok) console.log(reportBlocks(r.value).filter((b) => b.kind === "heading").length);
 * ```
 */
export function reportBlocks(report: PerformanceReport): DocumentBlock[] {
  const l = report.locale;
  const out: DocumentBlock[] = [h(1, report.title)];
  const intro = report.introduction;
  out.push(h(2, label("introduction", l)), ...intro.paragraphs.map(p));
  if (intro.leaders.length > 0) out.push({ kind: "list", items: intro.leaders.map((t) => item(t)) });
  out.push(...(intro.after ?? []).map(p), p(intro.closing));
  const t = report.themes;
  out.push(h(2, t.heading), ...t.paragraphs.map(p));
  if (t.themes.length > 0) out.push(p(label("themesList", l)), { kind: "list", items: t.themes.map((x) => item(x)) });
  if (t.workingGroupsIntro !== undefined) out.push(p(t.workingGroupsIntro));
  if (t.workingGroups.length > 0) out.push({ kind: "list", items: t.workingGroups.map((x) => item(x)) });
  out.push(p(t.closing));
  out.push(h(2, report.performanceHeading), h(3, label("prioritiesHeading", l)), p(report.prioritiesIntro));
  for (const line of report.priorityLines) {
    out.push(h(4, line.heading), p(label("actions", l)));
    out.push({
      kind: "list",
      items: line.actions.map((a) =>
        item(a.statusText === undefined ? a.title : `(${a.statusText}) – ${a.title}`, a.details),
      ),
    });
    if (line.mandateSentence !== undefined) out.push(p(line.mandateSentence));
  }
  if (report.otherRialActions.length > 0)
    out.push(p(label("rialNote", l)), { kind: "list", items: report.otherRialActions.map((x) => item(x)) });
  out.push(h(3, label("politicalHeading", l)), p(report.politicalIntro));
  for (const m of report.politicalProcess)
    out.push(h(4, `${m.number}. ${m.title}`), { kind: "list", items: m.details });
  if (report.funding !== undefined) {
    const f = report.funding;
    out.push(h(3, label("fundingHeading", l)), p(f.intro), { kind: "table", table: f.table }, h(4, f.executionHeading));
    if (f.execution !== undefined) out.push(p(f.execution));
    if (f.executionTable !== undefined) out.push({ kind: "table", table: f.executionTable });
  }
  if (report.partners.length > 0) {
    out.push(h(3, label("partnersHeading", l)), p(label("partnersNote", l)));
    for (const partner of report.partners)
      out.push(h(4, partner.title), { kind: "list", items: partner.items.map((x) => item(x)) });
  }
  const c = report.calendar;
  out.push(h(2, c.heading), { kind: "table", table: c.activities }, { kind: "table", table: c.otherEvents });
  const size = timelineSize(c.timeline);
  out.push({
    kind: "image",
    svg: timelineSvg(c.timeline),
    width: size.width,
    height: size.height,
    alt: c.timeline.title,
    caption: c.caption,
    timeline: c.timeline,
  });
  return out;
}

/**
 * A check sheet as blocks: title, what it is, then a section per kind of check.
 *
 * @example
 * ```ts
 * import { plainDate } from "iacml/core";
 * import { buildPerformanceReport, checkSheetBlocks } from "iacml/reports";
 * import { dataset } from "iacml/data";
 * const r = buildPerformanceReport({ dataset }, { asOf: plainDate("2023-09-30") });
 * if (r.ok) console.log(checkSheetBlocks(r.value.checks).length);
 * ```
 */
export function checkSheetBlocks(sheet: CheckSheet, locale: "en" | "es" = "en"): DocumentBlock[] {
  const out: DocumentBlock[] = [h(1, sheet.title), p(sheet.intro)];
  for (const s of sheet.sections) {
    out.push(h(2, s.title), ...s.notes.map(p));
    if (s.items.length > 0)
      out.push({ kind: "list", items: s.items.map((i) => item(`[${label(i.certainty, locale)}] ${i.text}`)) });
    else if (s.notes.length === 0) out.push(p(label("none", locale)));
  }
  return out;
}

/**
 * An activity annex as blocks: a heading per group, its activities, then the totals stated and
 * listed.
 *
 * @example
 * ```ts
 * import { annexBlocks, buildActivityAnnex } from "iacml/reports";
 * import { dataset } from "iacml/data";
 * const r = buildActivityAnnex({ dataset }, { from: "2018-01-01", to: "2021-09-30" });
 * if (r.ok) console.log(annexBlocks(r.value)[0]);
 * ```
 */
export function annexBlocks(annex: ActivityAnnex): DocumentBlock[] {
  const l = annex.locale;
  const out: DocumentBlock[] = [h(1, annex.title)];
  for (const g of annex.groups) out.push(h(2, g.title), { kind: "list", items: g.items.map((i) => item(i.text)) });
  out.push(h(2, label("countsHeading", l)), {
    kind: "table",
    table: {
      headers: [label("group", l), label("listed", l), label("stated", l), label("agrees", l)],
      rows: annex.groups.map((g) => [
        g.title,
        String(g.listed),
        g.stated === undefined ? "—" : String(g.stated),
        g.agrees === undefined ? "—" : label(g.agrees ? "yes" : "no", l),
      ]),
      footnotes: annex.notes,
    },
  });
  return out;
}
