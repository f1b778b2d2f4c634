import { plainDate } from "iacml/core";
import { describe, expect, it } from "vitest";
import mammoth from "mammoth";
import {
  buildActivityAnnex,
  buildPerformanceReport,
  checkSheetBlocks,
  processData,
  reportBlocks,
  type DocumentBlock,
} from "iacml/reports";
import { annexToDocx, checkSheetToDocx, reportToDocx, shapesToPng, fixZipTimes } from "iacml/word";
import { dataset, rialBudget2022To2024 } from "iacml/data";

const build = (locale: "en" | "es") => {
  const r = buildPerformanceReport(processData(dataset, rialBudget2022To2024), {
    asOf: plainDate("2023-09-30"),
    locale,
  });
  if (!r.ok) throw new Error("report");
  return r.value;
};
const toBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const headings = (blocks: readonly DocumentBlock[]) => blocks.flatMap((b) => (b.kind === "heading" ? [b.text] : []));
const decode = (s: string) =>
  s
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"');

describe.each(["en", "es"] as const)("the %s report as Word, read back with mammoth", (locale) => {
  const report = build(locale);
  const blocks = reportBlocks(report);

  it("has the report's headings as Word headings, in order, and the same facts as the Markdown", async () => {
    const bytes = await reportToDocx(report);
    expect(bytes[0]).toBe(0x50); // "PK": a zip
    const html = (await mammoth.convertToHtml({ buffer: toBuffer(bytes) })).value;
    const found = [...html.matchAll(/<h([1-4])>(.*?)<\/h\1>/g)].map((m) => decode(m[2]!.replace(/<[^>]+>/g, "")));
    // The title is Word's Title style, which mammoth reads as a paragraph: the rest are headings.
    expect(found).toEqual(headings(blocks).slice(1));
    const text = (await mammoth.extractRawText({ buffer: toBuffer(bytes) })).value;
    expect(text).toContain(report.title);
    for (const line of report.priorityLines) expect(text).toContain(line.mandateSentence!);
    for (const row of report.funding!.table.rows) for (const cell of row) if (cell !== "") expect(text).toContain(cell);
    for (const f of report.funding!.table.footnotes) expect(text).toContain(f);
    expect(text).toContain(report.funding!.execution!);
    for (const row of report.calendar.activities.rows) expect(text).toContain(row[1]!);
    expect(html).toContain("<table>");
  }, 30_000);

  it("embeds the timeline as SVG with a PNG fallback", async () => {
    const bytes = await reportToDocx(report);
    const text = new TextDecoder("latin1").decode(bytes);
    expect(text).toContain("word/media/");
    expect(text).toMatch(/\.svg/);
    expect(text).toMatch(/\.png/);
  }, 30_000);

  it("gives the same bytes for the same report", async () => {
    expect(toBuffer(await reportToDocx(report)).equals(toBuffer(await reportToDocx(report)))).toBe(true);
  }, 30_000);
});

describe("the check sheet and the annex as Word", () => {
  it("read back with their headings", async () => {
    const report = build("en");
    const sheet = await checkSheetToDocx(report.checks, "en");
    const html = (await mammoth.convertToHtml({ buffer: toBuffer(sheet) })).value;
    const found = [...html.matchAll(/<h([1-4])>(.*?)<\/h\1>/g)].map((m) => decode(m[2]!));
    expect(found).toEqual(headings(checkSheetBlocks(report.checks, "en")).slice(1));
    const annex = buildActivityAnnex({ dataset }, { from: "2018-01-01", to: "2021-09-30" });
    if (!annex.ok) throw new Error("annex");
    const text = (await mammoth.extractRawText({ buffer: toBuffer(await annexToDocx(annex.value)) })).value;
    expect(text).toContain("On-site visit from Ecuador to Panama");
  }, 30_000);
});

describe("the PNG fallback and the fixed timestamps", () => {
  it("writes a valid PNG signature and size", () => {
    const png = shapesToPng(3, 2, [{ kind: "rect", cls: "x", x: 0, y: 0, width: 3, height: 2, fill: "#2e75b6" }]);
    expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([3, 2]);
  });

  it("leaves a buffer that is not a zip unchanged", () => {
    expect([...fixZipTimes(new Uint8Array([1, 2, 3]), "2023-09-30")]).toEqual([1, 2, 3]);
  });
});
