/**
 * Reports as Markdown in English or Spanish.
 * @module
 */
import type { Locale } from "../core/messages/catalog.js";
import { formatIssue } from "../core/messages/index.js";
import type { Issue } from "../core/result.js";
import type { ActivityAnnex, AnnexGroupId } from "./annex.js";
import type { PerformanceReport, ReportMilestone } from "./performance-types.js";
import { reportLabel as label } from "./labels.js";

const STATUS: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  en: {
    fulfilled: "Fulfilled",
    ongoing: "Ongoing",
    future: "Future",
    "fulfilled-and-ongoing": "Fulfilled and ongoing",
    "fulfilled-and-future": "Fulfilled and future",
    "future-and-ongoing": "Future and ongoing",
    postponed: "Postponed",
    cancelled: "Cancelled",
    planned: "planned",
    held: "held",
  },
  es: {
    fulfilled: "Cumplida",
    ongoing: "En curso",
    future: "Futura",
    "fulfilled-and-ongoing": "Cumplida y en curso",
    "fulfilled-and-future": "Cumplida y futura",
    "future-and-ongoing": "Futura y en curso",
    postponed: "Postergada",
    cancelled: "Cancelada",
    planned: "prevista",
    held: "realizada",
  },
};

const PHASE: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  en: { "not-started": "not started", planning: "planning", implementation: "implementation", preparation: "preparation of the next conference", conference: "conference", closed: "closed" },
  es: { "not-started": "no iniciado", planning: "planificación", implementation: "ejecución", preparation: "preparación de la próxima conferencia", conference: "conferencia", closed: "cerrado" },
};

const GROUP: Readonly<Record<Locale, Readonly<Record<AnnexGroupId, string>>>> = {
  en: {
    "planning-meetings": "Planning Meeting",
    "authorities-meetings": "Meetings of the Authorities",
    "working-group-meetings": "Meetings of the Working Groups",
    "workshops-and-dialogues": "Workshops and seminars of the RIAL",
    "covid-response": "RIAL/OAS actions in response to the COVID-19 pandemic",
    "social-actors-dialogues": "Dialogues of Workers and Private Sector (COSATE and CEATAL)",
    "preparatory-meetings": "Preparatory Meetings",
    "other-activities": "Other important activities",
    "bilateral-done": "RIAL Bilateral Cooperation Activities (done)",
    "bilateral-ongoing": "RIAL Bilateral Cooperation Activities (ongoing)",
    "bilateral-pending": "Pending RIAL Bilateral Cooperation (postponed)",
    conferences: "Conferences",
  },
  es: {
    "planning-meetings": "Reunión de Planificación",
    "authorities-meetings": "Reuniones de Autoridades",
    "working-group-meetings": "Reuniones de los Grupos de Trabajo",
    "workshops-and-dialogues": "Talleres y seminarios de la RIAL",
    "covid-response": "Acciones RIAL/OEA en respuesta a la pandemia de COVID-19",
    "social-actors-dialogues": "Diálogos de trabajadores y empleadores (COSATE y CEATAL)",
    "preparatory-meetings": "Reuniones Preparatorias",
    "other-activities": "Otras actividades importantes",
    "bilateral-done": "Cooperaciones bilaterales de la RIAL (realizadas)",
    "bilateral-ongoing": "Cooperaciones bilaterales de la RIAL (en curso)",
    "bilateral-pending": "Cooperaciones bilaterales de la RIAL pendientes (postergadas)",
    conferences: "Conferencias",
  },
};

/** A table cell: pipes escaped, line breaks flattened. */
const cell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");

function table(headers: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [`| ${headers.map(cell).join(" | ")} |`, `|${headers.map(() => " --- ").join("|")}|`, ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`)];
}

const status = (s: string | undefined, locale: Locale): string => (s === undefined ? "—" : STATUS[locale][s] ?? s);
const milestoneText = (m: ReportMilestone, locale: Locale): string => `${m.id} (${m.when}${m.status ? `, ${status(m.status, locale)}` : ""})`;
const issues = (list: readonly Issue[], locale: Locale): string[] =>
  list.length === 0 ? [label("none", locale)] : list.map((i) => `- ${formatIssue(i, locale)}`);

/**
 * Writes a performance report as Markdown: title, cycle, priority lines with a table of
 * actions each, mandate coverage, gaps, the budget table and situation, calendar findings, the
 * documents' statements and the discrepancies. Labels come from `reportLabels`; issue messages
 * from `formatIssue`. The language is the report's unless another is given.
 *
 * @example
 * ```ts
 * import { buildPerformanceReport, renderMarkdown } from "iacml/reports";
 * import { dataset, rialBudget2022To2024 } from "iacml/data";
 * const r = buildPerformanceReport({ dataset, budget: rialBudget2022To2024 }, { asOf: "2023-09-30" });
 * if (r.ok) console.log(renderMarkdown(r.value, "es"));
 * ```
 */
export function renderMarkdown(report: PerformanceReport, locale: Locale = report.locale): string {
  const l = locale;
  const out: string[] = [`# ${label("performanceTitle", l, { period: report.workPlan.period })}`, ""];
  out.push(`${label("asOf", l, { date: report.asOf })}. ${label("documentAsOf", l, { date: report.workPlan.documentAsOf })}.`);
  if (report.workPlan.approvedOn) out.push(`${label("approvedOn", l, { date: report.workPlan.approvedOn })}.`);
  out.push("");
  if (report.cycle) {
    const c = report.cycle;
    out.push(`## ${label("cycle", l)} ${c.id}`, "");
    out.push(`- ${label("phase", l)}: ${PHASE[l][c.phase] ?? c.phase} (${label(c.certainty, l)})`);
    if (c.lastMilestone) out.push(`- ${label("lastMilestone", l)}: ${milestoneText(c.lastMilestone, l)}`);
    if (c.daysToNext) out.push(`- ${label("daysToNext", l)}: ${c.daysToNext.min === c.daysToNext.max ? c.daysToNext.min : `${c.daysToNext.min}–${c.daysToNext.max}`}`);
    out.push(`- ${label("nextMilestones", l)}: ${c.nextMilestones.map((m) => milestoneText(m, l)).join("; ") || "—"}`, "");
    out.push(`### ${label("cycleFindings", l)}`, "", ...issues(c.findings, l), "");
  }
  out.push(`## ${label("priorityLines", l)}`, "");
  for (const line of report.priorityLines) {
    out.push(`### ${label("priorityLine", l, { number: line.number })}. ${line.title}`, "");
    if (line.mandateSentence) out.push(`${label("mandates", l)}: ${line.mandateSentence}.`, "");
    out.push(
      ...table(
        [label("action", l), label("status", l), label("when", l), label("hosts", l), label("financing", l), label("provisions", l)],
        line.actions.map((a) => [
          `${a.number}. ${a.title}`,
          status(a.status, l),
          a.when ?? "—",
          a.hosts.length === 0 ? "—" : `${a.hosts.join(", ")}${a.hostConfirmed === false ? ` (${label("toBeConfirmed", l)})` : ""}`,
          a.financing.join("; ") || "—",
          a.mandates.join(", ") || a.derived || "—",
        ]),
      ),
      "",
    );
  }
  out.push(`## ${label("coverage", l)}`, "");
  out.push(
    ...table(
      [label("instrument", l), label("covered", l), label("deep", l), label("uncovered", l)],
      report.coverage.map((r) => [
        r.group,
        `${r.covered}/${r.total} (${r.percent ?? "—"}%)`,
        `${r.deepCovered}/${r.total} (${r.deepPercent ?? "—"}%)`,
        r.uncoveredIds.join(", ") || "—",
      ]),
    ),
    "",
    `### ${label("gaps", l)}`,
    "",
    ...issues(report.gaps, l),
    "",
  );
  if (report.budget) {
    const b = report.budget;
    out.push(`## ${label("budget", l)}`, "", `**${b.table.title} ${b.table.period}**`, "");
    out.push(
      ...table(b.table.headers, [
        ...b.table.rows.map((r) => [r.activity, `${r.approvedByFund}${r.marker}`, r.otherFunding]),
        ["TOTAL:", b.table.total, ""],
      ]),
    );
    if (b.table.footnotes.length > 0) out.push("", ...b.table.footnotes);
    out.push("", `### ${label("situation", l, { date: report.asOf })}`, "");
    out.push(
      ...table(
        [label("approved", l), label("committed", l), label("spent", l), label("available", l), label("executed", l)],
        [[b.totals.approved, b.totals.committed, b.totals.spent, b.totals.available, b.totals.percentExecuted === undefined ? "—" : `${b.totals.percentExecuted}%`]],
      ),
      "",
      `### ${label("budgetFindings", l)}`,
      "",
      ...issues(b.findings, l),
      "",
    );
  }
  out.push(`## ${label("calendar", l)}`, "", label("eventsChecked", l, { count: report.calendar.events, date: report.asOf }), "");
  out.push(`### ${label("conflicts", l)}`, "");
  out.push(
    ...(report.calendar.conflicts.length === 0
      ? [label("none", l)]
      : table(
          [label("certainty", l), label("grade", l), label("explanation", l)],
          report.calendar.conflicts.map((c) => [label(c.certainty, l), c.grade, c.explanation]),
        )),
    "",
    `### ${label("ruleFindings", l)}`,
    "",
    ...(report.calendar.ruleFindings.length === 0 ? [label("none", l)] : report.calendar.ruleFindings.map((f) => `- ${f.explanation} (${label(f.certainty, l)})`)),
    "",
  );
  out.push(`## ${label("claims", l)}`, "");
  out.push(
    ...(report.claims.length === 0
      ? [label("none", l)]
      : table(
          [label("measure", l), label("subject", l), label("stated", l), label("data", l), label("agrees", l)],
          report.claims.map((c) => [c.measure, c.subject, c.stated, c.computed ?? "—", c.agrees === undefined ? label("notChecked", l) : label(c.agrees ? "yes" : "no", l)]),
        )),
    "",
    `## ${label("discrepancies", l)}`,
    "",
    ...issues(report.discrepancies, l),
  );
  return `${out.join("\n")}\n`;
}

/**
 * Writes an activity annex as Markdown: a heading per group with its activities, and a table
 * of the counts the data lists beside the counts the documents state.
 *
 * @example
 * ```ts
 * import { buildActivityAnnex, renderAnnexMarkdown } from "iacml/reports";
 * import { dataset } from "iacml/data";
 * const r = buildActivityAnnex({ dataset }, { from: "2018-01-01", to: "2021-09-30" });
 * if (r.ok) console.log(renderAnnexMarkdown(r.value));
 * ```
 */
export function renderAnnexMarkdown(annex: ActivityAnnex, locale: Locale = annex.locale): string {
  const l = locale;
  const out: string[] = [`# ${label("annexTitle", l, { from: annex.from, to: annex.to })}`, ""];
  for (const g of annex.groups) {
    out.push(`## ${GROUP[l][g.id]}`, "");
    for (const item of g.items) out.push(`- ${item.title}${item.when ? `. ${item.when}` : ""}${item.format === "virtual" ? ` (${item.format})` : ""}`);
    out.push("");
  }
  out.push(
    ...table(
      [label("group", l), label("listed", l), label("stated", l), label("agrees", l)],
      annex.groups.map((g) => [GROUP[l][g.id], String(g.listed), g.stated === undefined ? "—" : String(g.stated), g.agrees === undefined ? "—" : label(g.agrees ? "yes" : "no", l)]),
    ),
  );
  return `${out.join("\n")}\n`;
}
