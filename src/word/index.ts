/**
 * Word (.docx) output of the reports: the performance report, its check sheet and the activity
 * annex, written with the `docx` package from the same blocks the Markdown uses. A separate
 * entry point, so that users of the other modules do not load `docx`.
 * @module iacml/word
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from "docx";
import type { ActivityAnnex } from "../reports/annex.js";
import { annexBlocks, checkSheetBlocks, reportBlocks, type DocumentBlock } from "../reports/blocks.js";
import type { CheckSheet, PerformanceReport, ReportItem, ReportTable } from "../reports/performance-types.js";
import { timelineShapes } from "../reports/timeline-svg.js";
import { shapesToPng } from "./png.js";
import { fixZipTimes } from "./zip-times.js";

export { shapesToPng } from "./png.js";
export { fixZipTimes } from "./zip-times.js";

const HEADINGS = [HeadingLevel.TITLE, HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;
/** Content size of a landscape US Letter page with 1-inch margins, in pixels (96 to the inch), less room for a caption. */
const LANDSCAPE_WIDTH = 864;
const LANDSCAPE_HEIGHT = 560;

function listParagraphs(items: readonly ReportItem[], level = 0): Paragraph[] {
  return items.flatMap((i) => [
    new Paragraph({ text: i.text, bullet: { level: Math.min(level, 8) } }),
    ...listParagraphs(i.items, level + 1),
  ]);
}

function tableChildren(t: ReportTable): (Paragraph | Table)[] {
  const cell = (text: string, header: boolean, numeric: boolean) =>
    new TableCell({
      children: [
        new Paragraph({
          alignment: numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text, bold: header, size: 18 })],
        }),
      ],
      ...(header ? { shading: { fill: "D9E2F3" } } : {}),
    });
  const numericColumn = t.headers.map(
    (_, c) =>
      t.rows.length > 0 &&
      t.rows.every((r) => /^(US)?\$?[\d.,]*\**$/.test(r[c] ?? "") || (r[c] ?? "") === "" || r[0] === "TOTAL:"),
  );
  const rows = [
    new TableRow({ tableHeader: true, children: t.headers.map((h) => cell(h, true, false)) }),
    ...t.rows.map(
      (r) =>
        new TableRow({
          children: r.map((text, c) => cell(text, r[0] === "TOTAL:", numericColumn[c] === true && c > 0)),
        }),
    ),
  ];
  return [
    ...(t.caption === undefined
      ? []
      : [
          new Paragraph({
            children: [new TextRun({ text: t.caption, bold: true })],
            spacing: { before: 120, after: 80 },
            keepNext: true,
          }),
        ]),
    new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }),
    ...t.footnotes.map(
      (f) => new Paragraph({ children: [new TextRun({ text: f, size: 18, italics: true })], spacing: { before: 60 } }),
    ),
    new Paragraph({ text: "" }),
  ];
}

function imageChildren(b: Extract<DocumentBlock, { kind: "image" }>): Paragraph[] {
  const layout = timelineShapes(b.timeline);
  const png = shapesToPng(layout.width, layout.height, layout.shapes);
  const scale = Math.min(1, LANDSCAPE_WIDTH / b.width, LANDSCAPE_HEIGHT / b.height);
  return [
    new Paragraph({
      children: [
        new ImageRun({
          type: "svg",
          data: new TextEncoder().encode(b.svg),
          fallback: { type: "png", data: png },
          transformation: { width: Math.round(b.width * scale), height: Math.round(b.height * scale) },
          altText: { id: "1", name: b.alt, title: b.alt, description: b.caption },
        }),
      ],
    }),
    new Paragraph({ children: [new TextRun({ text: b.caption, italics: true, size: 18 })] }),
  ];
}

/**
 * Blocks as the children of a Word section; a heading of level 1 after the first block (the
 * report's Annex 1) starts a new landscape section, so that its tables and timeline fit.
 */
function sections(blocks: readonly DocumentBlock[], landscapeFrom?: number): ISectionOptions[] {
  const children = (from: number, to: number) =>
    blocks.slice(from, to).flatMap((b): (Paragraph | Table)[] => {
      switch (b.kind) {
        case "heading":
          return [new Paragraph({ text: b.text, heading: HEADINGS[b.level - 1]!, keepNext: true })];
        case "paragraph":
          return [new Paragraph({ text: b.text, spacing: { after: 120 } })];
        case "list":
          return listParagraphs(b.items);
        case "table":
          return tableChildren(b.table);
        case "image":
          return imageChildren(b);
      }
    });
  const split = landscapeFrom ?? blocks.length;
  const out: ISectionOptions[] = [{ children: children(0, split) }];
  if (split < blocks.length) {
    out.push({
      properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
      children: children(split, blocks.length),
    });
  }
  return out;
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The document's properties, dated by the report's day instead of the clock. */
function coreXml(title: string, day: string): string {
  const at = `${day}T00:00:00Z`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:title>${esc(title)}</dc:title><dc:creator>iacml</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${at}</dcterms:modified>` +
    `</cp:coreProperties>`
  );
}

async function pack(title: string, language: string, day: string, body: ISectionOptions[]): Promise<Uint8Array> {
  const doc = new Document({
    title,
    creator: "iacml",
    styles: { default: { document: { run: { font: "Calibri", size: 22, language: { value: language } } } } },
    sections: body,
  });
  const bytes = new Uint8Array(
    await Packer.toArrayBuffer(doc, false, [{ path: "docProps/core.xml", data: coreXml(title, day) }]),
  );
  return fixZipTimes(bytes, day);
}

/**
 * Writes blocks (see `reportBlocks`, `checkSheetBlocks`, `annexBlocks` in `iacml/reports`) as a
 * Word document: headings as Word headings (the first as the title), paragraphs, nested
 * bulleted lists, tables with a shaded header row and their footnotes beneath, the timeline as
 * an SVG picture with a PNG fallback for processors that cannot show SVG. The same blocks give
 * the same bytes: the timestamps inside come from `date`, not from the clock.
 *
 * @example
 * ```ts
 * import { blocksToDocx } from "iacml/word";
 * const bytes = await blocksToDocx([{ kind: "heading", level: 1, text: "Title" }], { title: "Title", locale: "en" });
 * console.log(bytes.length > 0); // true
 * ```
 */
export async function blocksToDocx(
  blocks: readonly DocumentBlock[],
  options: {
    /** The document's title property. */
    readonly title: string;
    /** Its language. */
    readonly locale: "en" | "es";
    /** The day its created and modified properties carry, `YYYY-MM-DD` (default 1980-01-01: never the clock). */
    readonly date?: string;
  },
): Promise<Uint8Array> {
  // The section that holds the picture (Annex 1) goes on landscape pages.
  const image = blocks.findIndex((b) => b.kind === "image");
  let from: number | undefined;
  for (let i = image - 1; i > 0 && from === undefined; i--) {
    const b = blocks[i]!;
    if (b.kind === "heading" && b.level === 2) from = i;
  }
  const day = options.date !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(options.date) ? options.date : "1980-01-01";
  return pack(options.title, options.locale === "es" ? "es-419" : "en-US", day, sections(blocks, from));
}

/**
 * A performance report as the bytes of a Word document (.docx), in the report's language and
 * the structure of the Secretariat's document: I to III, the budget table with its footnote,
 * Annex 1 on landscape pages with its tables and the timeline picture. Pure: nothing is
 * read or written; save the bytes where you like.
 *
 * @example
 * ```ts
 * import { plainDate } from "iacml/core";
 * import { buildPerformanceReport } from "iacml/reports";
 * import { reportToDocx } from "iacml/word";
 * import { dataset, rialBudget2022To2024 } from "iacml/data";
 * const r = buildPerformanceReport({ dataset, budget: rialBudget2022To2024 }, { asOf: plainDate("2023-09-30"), locale: "es" });
 * if (r.ok) { const bytes = await reportToDocx(r.value); console.log(bytes.byteLength); }
 * ```
 */
export async function reportToDocx(report: PerformanceReport): Promise<Uint8Array> {
  return blocksToDocx(reportBlocks(report), { title: report.title, locale: report.locale, date: report.asOf });
}

/**
 * A report's check sheet as a Word document.
 *
 * @example
 * ```ts
 * import { plainDate } from "iacml/core";
 * import { buildPerformanceReport } from "iacml/reports";
 * import { checkSheetToDocx } from "iacml/word";
 * import { dataset } from "iacml/data";
 * const r = buildPerformanceReport({ dataset }, { asOf: plainDate("2023-09-30") });
 * if (r.ok) console.log((await checkSheetToDocx(r.value.checks, r.value.locale)).byteLength);
 * ```
 */
export async function checkSheetToDocx(sheet: CheckSheet, locale: "en" | "es" = "en"): Promise<Uint8Array> {
  return blocksToDocx(checkSheetBlocks(sheet, locale), { title: sheet.title, locale });
}

/**
 * An activity annex as a Word document.
 *
 * @example
 * ```ts
 * import { buildActivityAnnex } from "iacml/reports";
 * import { annexToDocx } from "iacml/word";
 * import { dataset } from "iacml/data";
 * const r = buildActivityAnnex({ dataset }, { from: "2018-01-01", to: "2021-09-30" });
 * if (r.ok) console.log((await annexToDocx(r.value)).byteLength);
 * ```
 */
export async function annexToDocx(annex: ActivityAnnex): Promise<Uint8Array> {
  return blocksToDocx(annexBlocks(annex), { title: annex.title, locale: annex.locale, date: annex.to });
}
