// `npm run demo [YYYY-MM-DD] [en|es]`: the state of the IACML process on a date (default: the
// date of the latest source document, 30 September 2023), computed from the shipped dataset,
// and the Markdown performance report written to a file.
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { formatIssue, type Locale } from "iacml/core";
import { formatBudgetTable } from "iacml/budget";
import { buildPerformanceReport, processData, renderMarkdown } from "iacml/reports";
import { dataset, rialBudget2022To2024 } from "iacml/data";

const asOf = process.argv[2] ?? "2023-09-30";
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
const title = (id: string): string =>
  dataset.politicalMeetings.find((m) => m.id === id)?.kind.replace(/-/g, " ") ??
  (dataset.conferences.find((c) => c.id === id) ? `${id.toUpperCase()} IACML` : id);
const eventTitle = (id: string): string => dataset.annexEntries.find((e) => e.id === id)?.title ?? title(id);

console.log(bold(`\nThe IACML process on ${report.asOf} — Work Plan ${report.workPlan.period}\n`));

if (report.cycle) {
  const c = report.cycle;
  console.log(bold("Triennial cycle"));
  console.log(`  Phase: ${c.phase} (${c.certainty})${c.daysToNext ? `; ${c.daysToNext.min === c.daysToNext.max ? c.daysToNext.min : `${c.daysToNext.min}–${c.daysToNext.max}`} days to the next milestone` : ""}`);
  console.table(c.nextMilestones.map((m) => ({ "next milestone": title(m.id), when: m.when, status: m.status ?? "" })));
  for (const f of c.findings) console.log(`  [${f.certainty}] ${formatIssue(f, locale)}`);
}

console.log(bold("\nMandate coverage (over the provisions the documents cite; the full texts are not in the dataset)"));
console.table(
  report.coverage
    .filter((row) => row.by === "instrument")
    .map((row) => ({
      instrument: row.group,
      cited: row.total,
      covered: row.covered,
      "covered %": row.percent?.toFixed(0) ?? "—",
      "deep %": row.deepPercent?.toFixed(0) ?? "—",
      uncovered: row.uncoveredIds.join(", "),
    })),
);

if (report.budget) {
  console.log(bold(`\nRIAL budget (${report.budget.currency}), as approved`));
  console.log(formatBudgetTable(report.budget.table).replace(/^/gm, "  "));
  const t = report.budget.totals;
  console.log(`  As of ${report.asOf}: approved ${t.approved}, committed ${t.committed}, spent ${t.spent}, available ${t.available}` +
    " (the documents give no spending figures; see examples/budget.ts for an illustrated year)");
}

const conflicts = report.calendar.conflicts;
const worth = conflicts.filter((c) => c.grade !== "low" || c.certainty === "certain");
console.log(bold(`\nCalendar: ${report.calendar.events} events not yet over, ${conflicts.length} conflicts; the ${worth.length} that are certain or draw the same people:`));
const grades = { high: 0, medium: 1, low: 2 } as const;
console.table(
  [...worth]
    .sort((a, b) => grades[a.grade] - grades[b.grade] || (a.certainty === b.certainty ? 0 : a.certainty === "certain" ? -1 : 1))
    .map((c) => ({ grade: c.grade, certainty: c.certainty, between: c.subjects.map(eventTitle).map((s) => s.slice(0, 38)).join("  ×  ") })),
);
console.log(`  (${conflicts.length - worth.length} more are possible, low-graded overlaps with calls, repositories and other open-ended entries)`);
for (const f of report.calendar.ruleFindings.slice(0, 5)) console.log(`  [${f.certainty}] ${formatIssue(f, locale)}`);

console.log(bold("\nWhere the documents disagree with themselves or with the data"));
for (const d of report.discrepancies) console.log(`  - ${formatIssue(d, locale)}`);

const file = resolve(`iacml-performance-report-${report.asOf}.${locale}.md`);
writeFileSync(file, renderMarkdown(report, locale));
console.log(bold(`\nThe full performance report is in ${file}`));
