/**
 * Reports as Markdown, from the same blocks the Word writer uses.
 * @module
 */
import type { ActivityAnnex } from "./annex.js";
import type { CheckSheet, PerformanceReport, ReportItem } from "./performance-types.js";
import { annexBlocks, checkSheetBlocks, reportBlocks, type DocumentBlock } from "./blocks.js";

/**
 * Options of {@link renderMarkdown}.
 *
 * @example
 * ```ts
 * import type { MarkdownOptions } from "iacml/reports";
 * const options: MarkdownOptions = { timelineImage: "timeline.svg" };
 * ```
 */
export interface MarkdownOptions {
  /** Path of the timeline picture to link (write `timelineSvg(report.calendar.timeline)` there); without it the picture is left out. */
  readonly timelineImage?: string;
}

/** A table cell: pipes escaped, line breaks flattened. */
const cell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");

function list(items: readonly ReportItem[], depth = 0): string[] {
  return items.flatMap((i) => [`${"  ".repeat(depth)}- ${i.text}`, ...list(i.items, depth + 1)]);
}

/**
 * Blocks as Markdown: `#` headings, paragraphs, nested lists, pipe tables with a bold caption
 * and their footnotes under them, the picture as an image link when a path is given.
 *
 * @example
 * ```ts
 * import { blocksToMarkdown } from "iacml/reports";
 * blocksToMarkdown([{ kind: "heading", level: 1, text: "Title" }]); // "# Title\n"
 * ```
 */
export function blocksToMarkdown(blocks: readonly DocumentBlock[], options: MarkdownOptions = {}): string {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case "heading":
        out.push(`${"#".repeat(b.level)} ${b.text}`, "");
        break;
      case "paragraph":
        out.push(b.text, "");
        break;
      case "list":
        out.push(...list(b.items), "");
        break;
      case "table": {
        const t = b.table;
        if (t.caption !== undefined) out.push(`**${t.caption}**`, "");
        out.push(`| ${t.headers.map(cell).join(" | ")} |`, `|${t.headers.map(() => " --- ").join("|")}|`);
        out.push(...t.rows.map((r) => `| ${r.map(cell).join(" | ")} |`), "");
        if (t.footnotes.length > 0) out.push(...t.footnotes.map((f) => f.replace(/^\*/, "\\*")), "");
        break;
      }
      case "image":
        if (options.timelineImage !== undefined)
          out.push(`![${b.alt}](${options.timelineImage})`, "", `*${b.caption}*`, "");
        break;
    }
  }
  while (out[out.length - 1] === "") out.pop();
  return `${out.join("\n")}\n`;
}

/**
 * Writes a performance report as Markdown in its language, in the structure of the
 * Secretariat's document (see `reportBlocks`). The check sheet is a separate document:
 * {@link renderCheckSheetMarkdown}.
 *
 * @example
 * ```ts
 * import { plainDate } from "iacml/core";
 * import { buildPerformanceReport, renderMarkdown } from "iacml/reports";
 * import { dataset, rialBudget2022To2024 } from "iacml/data";
 * const r = buildPerformanceReport({ dataset, budget: rialBudget2022To2024 }, { asOf: plainDate("2023-09-30"), locale: "es" });
 * if (r.ok) console.log(renderMarkdown(r.value));
 * ```
 */
export function renderMarkdown(report: PerformanceReport, options: MarkdownOptions = {}): string {
  return blocksToMarkdown(reportBlocks(report), options);
}

/**
 * Writes a report's check sheet as Markdown.
 *
 * @example
 * ```ts
 * import { plainDate } from "iacml/core";
 * import { buildPerformanceReport, renderCheckSheetMarkdown } from "iacml/reports";
 * import { dataset } from "iacml/data";
 * const r = buildPerformanceReport({ dataset }, { asOf: plainDate("2023-09-30") });
 * if (r.ok) console.log(renderCheckSheetMarkdown(r.value.checks, r.value.locale));
 * ```
 */
export function renderCheckSheetMarkdown(sheet: CheckSheet, locale: "en" | "es" = "en"): string {
  return blocksToMarkdown(checkSheetBlocks(sheet, locale));
}

/**
 * Writes an activity annex as Markdown: a heading per group with its activities in the
 * document's words, and the table of the totals the documents state beside those listed.
 *
 * @example
 * ```ts
 * import { buildActivityAnnex, renderAnnexMarkdown } from "iacml/reports";
 * import { dataset } from "iacml/data";
 * const r = buildActivityAnnex({ dataset }, { from: "2018-01-01", to: "2021-09-30" });
 * if (r.ok) console.log(renderAnnexMarkdown(r.value));
 * ```
 */
export function renderAnnexMarkdown(annex: ActivityAnnex): string {
  return blocksToMarkdown(annexBlocks(annex));
}
