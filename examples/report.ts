// The Work Plan 2022-2024's performance report, its check sheet and the 2018-2021 activity
// annex, from data.
// Run: npx tsx examples/report.ts [YYYY-MM-DD]
import { buildActivityAnnex, buildPerformanceReport, processData, renderMarkdown, reportBlocks } from "iacml/reports";
import { formatIssue, parsePlainDate } from "iacml/core";
import { dataset, rialBudget2022To2024 } from "iacml/data";

// A date typed by a person is untrusted: read it into a PlainDate first.
const asOfText = process.argv[2] ?? "2023-09-30";
const asOfRead = parsePlainDate(asOfText);
if (!asOfRead.ok) {
  console.error(asOfRead.issues.map((i) => formatIssue(i)).join("\n"));
  process.exit(1);
}
const asOf = asOfRead.value;
const input = processData(dataset, rialBudget2022To2024);
const built = buildPerformanceReport(input, { asOf });
if (!built.ok) {
  for (const issue of built.issues) console.error(formatIssue(issue));
  process.exitCode = 1;
} else {
  const report = built.value;
  console.log(`== ${report.title} ==`);
  console.log(
    "Sections:",
    reportBlocks(report)
      .filter((b) => b.kind === "heading" && b.level === 2)
      .map((b) => (b.kind === "heading" ? b.text : "")),
  );
  console.table(
    report.priorityLines.map((line) => ({
      line: line.number,
      actions: line.actions.length,
      fulfilled: line.actions.filter((a) => a.status?.startsWith("fulfilled")).length,
      provisions: line.mandates.length,
    })),
  );
  console.log(`Political process: ${report.politicalProcess.map((m) => m.title).join("; ")}`);
  console.log(
    `Budget: ${report.funding?.table.rows.at(-1)?.[1] ?? "—"}; ${report.funding?.execution ?? "execution recorded"}`,
  );
  console.log(`Check sheet: ${report.checks.sections.map((s) => `${s.title} (${s.items.length})`).join(", ")}`);
  console.log("\n-- First lines of the Markdown --");
  console.log(renderMarkdown(report).split("\n").slice(0, 12).join("\n"));
}

const annex = buildActivityAnnex(input, { from: "2018-01-01", to: "2021-09-30" });
if (annex.ok) {
  console.log("\n== Annex I, 2018-2021: listed vs stated ==");
  console.table(
    annex.value.groups.map((g) => ({
      group: g.title,
      listed: g.listed,
      stated: g.stated ?? "",
      agrees: g.agrees ?? "",
    })),
  );
  console.log(
    annex.value.groups
      .find((g) => g.id === "bilateral-done")
      ?.items.slice(0, 2)
      .map((i) => i.text)
      .join("\n"),
  );
}
