// `npm run demo [YYYY-MM-DD] [en|es]`: the state of the IACML process on a date (default: the
// date of the latest source document, 30 September 2023), computed from the shipped dataset:
// the performance report as the Secretariat's document has it, and its check sheet. It writes
// the report and the check sheet in Markdown and Word, the activity annex of 2018-2021 and the
// calendar's timeline (SVG) into .tmp/iacml-report-<date>/, and names each file.
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { formatIssue, type Locale, parsePlainDate } from "iacml/core";
import {
  buildActivityAnnex,
  buildPerformanceReport,
  processData,
  renderAnnexMarkdown,
  renderCheckSheetMarkdown,
  renderMarkdown,
  timelineSvg,
} from "iacml/reports";
import { annexToDocx, checkSheetToDocx, reportToDocx } from "iacml/word";
import { dataset, rialBudget2022To2024 } from "iacml/data";

// A date typed by a person is untrusted: read it into a PlainDate first.
const asOfText = process.argv[2] ?? "2023-09-30";
const asOfRead = parsePlainDate(asOfText);
if (!asOfRead.ok) {
  console.error(asOfRead.issues.map((i) => formatIssue(i)).join("\n"));
  process.exit(1);
}
const asOf = asOfRead.value;
const locale: Locale = process.argv[3] === "es" ? "es" : "en";
// Governing Body members and ILC delegates are largely the ministries' own delegations and the
// COSATE/CEATAL members: linking those audiences grades their clashes accordingly.
const audienceLinks = {
  "ilo-governing-body": ["ministries-of-labor", "ministers", "cosate", "ceatal"],
  "ilc-delegates": ["ministries-of-labor", "cosate", "ceatal"],
};
const built = buildPerformanceReport(processData(dataset, rialBudget2022To2024, { audienceLinks }), { asOf, locale });
if (!built.ok) {
  for (const issue of built.issues) console.error(`✗ ${formatIssue(issue, locale)}`);
  console.error("Usage: npm run demo [YYYY-MM-DD] [en|es]");
  process.exit(1);
}
const report = built.value;
const bold = (s: string) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s);

console.log(bold(`\n${report.title}\n`));
for (const p of report.introduction.paragraphs) console.log(`  ${p}`);
for (const l of report.introduction.leaders) console.log(`    · ${l}`);

console.log(bold(`\n${report.performanceHeading}`));
for (const line of report.priorityLines) {
  console.log(`  ${line.heading}`);
  for (const a of line.actions) {
    console.log(`    - ${a.statusText ? `(${a.statusText}) ` : ""}${a.title}`);
    for (const d of a.details)
      console.log(`        ${d.text}${d.items.length > 0 ? ` ${d.items.map((i) => i.text).join("; ")}` : ""}`);
  }
}
console.log(bold("\n  Political process"));
for (const m of report.politicalProcess)
  console.log(`    ${m.number}. ${m.title}: ${m.details.map((d) => d.text).join(" | ")}`);
if (report.funding) {
  console.log(bold(`\n  ${report.funding.table.caption}`));
  for (const row of report.funding.table.rows)
    console.log(`    ${row[0]!.padEnd(72)} ${row[1]!.padStart(11)}  ${row[2]}`);
  for (const f of report.funding.table.footnotes) console.log(`    ${f}`);
  console.log(`  ${report.funding.execution ?? report.funding.executionTable?.rows[0]?.join(" | ")}`);
}

console.log(bold(`\n${report.checks.title}`));
for (const s of report.checks.sections) {
  console.log(`  ${s.title}`);
  for (const n of s.notes) console.log(`    ${n}`);
  for (const i of s.items) console.log(`    [${i.certainty}] ${i.text}`);
}

// Top-level await is not available in CommonJS, which the examples also run as.
async function writeFiles(): Promise<void> {
  const folder = resolve(".tmp", `iacml-report-${report.asOf}`);
  mkdirSync(folder, { recursive: true });
  const files: [string, string | Uint8Array][] = [
    [`timeline.${locale}.svg`, timelineSvg(report.calendar.timeline)],
    [`performance-report.${locale}.md`, renderMarkdown(report, { timelineImage: `timeline.${locale}.svg` })],
    [`performance-report.${locale}.docx`, await reportToDocx(report)],
    [`check-sheet.${locale}.md`, renderCheckSheetMarkdown(report.checks, locale)],
    [`check-sheet.${locale}.docx`, await checkSheetToDocx(report.checks, locale)],
  ];
  const annex = buildActivityAnnex({ dataset }, { from: "2018-01-01", to: "2021-09-30", locale });
  if (annex.ok)
    files.push(
      [`activities-2018-2021.${locale}.md`, renderAnnexMarkdown(annex.value)],
      [`activities-2018-2021.${locale}.docx`, await annexToDocx(annex.value)],
    );
  console.log(bold(`\nFiles written in ${folder}:`));
  for (const [name, data] of files) {
    writeFileSync(join(folder, name), data);
    console.log(`  ${name}`);
  }
}

writeFiles().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
