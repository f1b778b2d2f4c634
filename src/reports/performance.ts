/**
 * The work plan's performance report as of a date, joined from the four modules.
 * @module
 */
import type { Locale } from "../core/messages/catalog.js";
import { issueFactory, findingFactory } from "../core/issue.js";
import { reportsMessages } from "../core/messages/reports.js";
import { parsePlainDate, type PlainDate } from "../core/plain-date.js";
import { fail, ok, type Finding, type Issue, type Result } from "../core/result.js";
import { formatDateSpec } from "../core/date-spec/format-text.js";
import { dateSpecBounds } from "../core/date-spec/bounds.js";
import type { DateSpec } from "../core/date-spec/types.js";
import { formatAmount } from "../core/money/format.js";
import { compareAmounts } from "../core/money/arithmetic.js";
import { amount } from "../core/money/amount.js";
import type { Dataset } from "../entities/dataset/schema.js";
import { validateDataset } from "../entities/dataset/validate.js";
import type { WorkPlanAction } from "../entities/work-plan/action.js";
import type { ActionFinancing } from "../entities/work-plan/action-financing.js";
import { iacmlCycleRules } from "../cycle/iacml-rules.js";
import { checkCycle } from "../cycle/check.js";
import { cyclePhase, type MilestoneRef } from "../cycle/phase.js";
import type { CycleSchedule } from "../cycle/schedule-schema.js";
import { mandateCoverage } from "../mandates/coverage.js";
import { findTraceIssues } from "../mandates/trace-issues.js";
import { formatMandateRefs } from "../mandates/format-refs.js";
import { budgetSituation } from "../budget/situation.js";
import { checkBudgetPlan } from "../budget/validate-plan.js";
import { budgetTable } from "../budget/table.js";
import { fromAnnexEntry } from "../calendar/annex.js";
import { findConflicts, compareConflicts } from "../calendar/conflicts.js";
import { checkCalendar } from "../calendar/check.js";
import type { CalendarEvent } from "../calendar/event.js";
import type { ProcessBudget, ProcessData } from "./process.js";
import type {
  ClaimCheck,
  PerformanceReport,
  PerformanceReportOptions,
  ReportAction,
  ReportBudget,
  ReportCalendar,
  ReportCycle,
  ReportMilestone,
  ReportPriorityLine,
} from "./performance-types.js";
import { reportLabel } from "./labels.js";
import { scheduleFromDataset } from "./schedule.js";
import { workPlanTrace, type WorkPlanTrace } from "./trace.js";

const issue = /* @__PURE__ */ issueFactory(reportsMessages);
const finding = /* @__PURE__ */ findingFactory(reportsMessages);

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Untrusted input as text, without calling its own `toString` (which may throw). */
export function inputText(input: unknown): string {
  return typeof input === "string" ? input : typeof input === "number" || typeof input === "boolean" ? String(input) : typeof input;
}

/** Reads the report's language; undefined means English. */
export function parseLocale(input: unknown): Result<Locale> {
  if (input === undefined || input === "en") return ok("en");
  if (input === "es") return ok("es");
  return fail([issue("reports.invalid-locale", { input: inputText(input) }, { path: ["locale"] })]);
}

function chooseWorkPlan(dataset: Dataset, id: string | undefined): Result<Dataset["workPlans"][number]> {
  if (id !== undefined) {
    const plan = dataset.workPlans.find((w) => w.id === id);
    return plan ? ok(plan) : fail([issue("reports.unknown-work-plan", { id }, { path: ["workPlan"] })]);
  }
  const latest = [...dataset.workPlans].sort((a, b) => b.period.fromYear - a.period.fromYear || cmp(a.id, b.id))[0];
  return latest ? ok(latest) : fail([issue("reports.no-work-plan", {}, { path: ["dataset", "workPlans"] })]);
}

function partyName(dataset: Dataset, id: string, locale: Locale): string {
  const state = dataset.memberStates.find((s) => s.id === id);
  if (state) return state.name[locale] ?? state.name.en;
  const org = dataset.organizations.find((o) => o.id === id);
  if (org) return org.acronym?.[locale] ?? org.name[locale] ?? org.name.en;
  return id;
}

function financingText(dataset: Dataset, f: ActionFinancing, locale: Locale): string {
  if (f.kind === "rial-fund") {
    const line = dataset.budgetLines.find((l) => l.id === f.budgetLine);
    return line ? reportLabel("rialFundLine", locale, { number: line.number }) : reportLabel("rialFund", locale);
  }
  const form = reportLabel(f.form === "in-kind" ? "inKind" : f.form === "cash" ? "cash" : "tbd", locale);
  const confirmed = f.confirmed ? "" : `, ${reportLabel("toBeConfirmed", locale)}`;
  return `${partyName(dataset, f.party, locale)} (${form}${confirmed})`;
}

function reportAction(dataset: Dataset, a: WorkPlanAction, traced: WorkPlanTrace, locale: Locale): ReportAction {
  const refs = traced.refsOf.get(a.id);
  const mandates = a.mandateRefs ? [...a.mandateRefs].sort(cmp) : (refs ?? []).map((r) => r.id);
  const hosts = a.host ? [...a.host.memberStates, ...a.host.organizations].map((id) => partyName(dataset, id, locale)) : [];
  return {
    id: a.id,
    number: a.number,
    kind: a.kind,
    title: a.title,
    ...(a.status === undefined ? {} : { status: a.status }),
    ...(a.when === undefined ? {} : { when: formatDateSpec(a.when, locale) }),
    hosts,
    ...(a.host === undefined ? {} : { hostConfirmed: a.host.confirmed }),
    financing: a.financing.map((f) => financingText(dataset, f, locale)),
    mandates,
    ...(refs && refs.length > 0 ? { mandateSentence: formatMandateRefs(refs, locale, traced.context) } : {}),
    ...(a.derived === undefined ? {} : { derived: a.derived }),
  };
}

function priorityLines(dataset: Dataset, planId: string, traced: WorkPlanTrace, locale: Locale): ReportPriorityLine[] {
  const coverage = new Map(mandateCoverage(traced.trace, { by: "priority-line" }).map((row) => [row.group, row] as const));
  return dataset.priorityLines
    .filter((l) => l.workPlan === planId)
    .sort((a, b) => a.number - b.number || cmp(a.id, b.id))
    .map((line) => {
      const actions = dataset.actions
        .filter((a) => a.priorityLine === line.id)
        .sort((a, b) => a.number - b.number || cmp(a.id, b.id))
        .map((a) => reportAction(dataset, a, traced, locale));
      const refs = new Map(
        dataset.actions.filter((a) => a.priorityLine === line.id).flatMap((a) => traced.refsOf.get(a.id) ?? []).map((r) => [r.id, r] as const),
      );
      const mandates = [...new Set(actions.flatMap((a) => a.mandates))].sort(cmp);
      const row = coverage.get(line.id);
      return {
        id: line.id,
        number: line.number,
        title: line.title,
        mandates,
        ...(refs.size > 0 ? { mandateSentence: formatMandateRefs([...refs.values()], locale, traced.context) } : {}),
        ...(row === undefined ? {} : { coverage: row }),
        actions,
      };
    });
}

function milestone(ref: MilestoneRef, schedule: CycleSchedule, locale: Locale): ReportMilestone {
  const scheduled = [schedule.previousConference, schedule.conference, ...schedule.milestones].find((m) => m.id === ref.id);
  return { id: ref.id, kind: ref.kind, when: formatDateSpec(ref.when, locale), ...(scheduled ? { status: scheduled.status } : {}) };
}

function cycleView(process: ProcessData, planId: string, asOf: PlainDate, locale: Locale): ReportCycle | undefined {
  const built = scheduleFromDataset(process.dataset, planId);
  if (!built.ok) return undefined;
  const schedule = built.value;
  const rules = process.cycleRules ?? iacmlCycleRules;
  const status = cyclePhase({ rules, schedule }, asOf);
  const ahead = [
    { id: schedule.conference.id, kind: "conference", when: schedule.conference.when, status: schedule.conference.status },
    ...schedule.milestones,
  ]
    .filter((m) => m.status !== "cancelled")
    .map((m) => ({ m, bounds: dateSpecBounds(m.when) }))
    .filter((x) => x.bounds !== undefined && x.bounds.earliest > asOf)
    .sort((a, b) => cmp(a.bounds!.earliest, b.bounds!.earliest) || cmp(a.m.id, b.m.id))
    .map(({ m }) => milestone(m, schedule, locale));
  return {
    id: schedule.id,
    phase: status.phase,
    certainty: status.certainty,
    ...(status.last ? { lastMilestone: milestone(status.last, schedule, locale) } : {}),
    current: status.current.map((m) => milestone(m, schedule, locale)),
    nextMilestones: ahead,
    ...(status.daysToNext ? { daysToNext: { ...status.daysToNext } } : {}),
    findings: checkCycle(schedule, rules),
  };
}

function budgetView(budget: ProcessBudget, asOf: PlainDate, locale: Locale): ReportBudget {
  const situation = budgetSituation(budget.plan, budget.ledger, { asOf });
  const t = situation.totals;
  return {
    plan: budget.plan.id,
    currency: situation.currency,
    table: budgetTable(budget.plan, budget.ledger, { asOf, locale }),
    totals: {
      approved: formatAmount(t.approved, 2),
      committed: formatAmount(t.committed, 2),
      spent: formatAmount(t.spent, 2),
      available: formatAmount(t.available, 2),
      ...(t.percentExecuted === undefined ? {} : { percentExecuted: formatAmount(t.percentExecuted, 0) }),
    },
    findings: [...situation.findings, ...checkBudgetPlan(budget.plan)],
  };
}

/** The annex calendars the plan's records appear in (all entries when none is linked). */
function planEvents(dataset: Dataset, planId: string): CalendarEvent[] {
  const lineIds = new Set(dataset.priorityLines.filter((l) => l.workPlan === planId).map((l) => l.id));
  const own = new Set([
    ...dataset.actions.filter((a) => lineIds.has(a.priorityLine)).map((a) => a.id),
    ...dataset.politicalMeetings.filter((m) => m.workPlan === planId).map((m) => m.id),
  ]);
  const calendars = new Set(dataset.annexEntries.filter((e) => e.represents !== undefined && own.has(e.represents)).map((e) => e.calendar));
  return dataset.annexEntries.filter((e) => calendars.size === 0 || calendars.has(e.calendar)).map(fromAnnexEntry);
}

const stillAhead = (when: DateSpec, asOf: PlainDate): boolean => {
  const bounds = dateSpecBounds(when);
  return bounds === undefined || bounds.latest >= asOf;
};

function calendarView(process: ProcessData, planId: string, asOf: PlainDate, locale: Locale): ReportCalendar {
  const events = [...planEvents(process.dataset, planId), ...(process.calendarEvents ?? [])]
    .filter((e) => stillAhead(e.when, asOf))
    .sort((a, b) => cmp(a.id, b.id));
  const conflicts = findConflicts(events, { locale, ...(process.audienceLinks ? { audienceLinks: process.audienceLinks } : {}) }).sort(
    compareConflicts,
  );
  const rules = process.calendarRules ?? [{ kind: "holy-week" as const, id: "holy-week" }];
  const ruleFindings = checkCalendar(events, rules, { locale }).sort(
    (a, b) => cmp(a.rule, b.rule) || cmp(a.subjects.join(" "), b.subjects.join(" ")) || cmp(a.code, b.code),
  );
  return { events: events.length, conflicts, ruleFindings };
}

function claimChecks(dataset: Dataset, planId: string, budget: ReportBudget | undefined): ClaimCheck[] {
  const lines = dataset.priorityLines.filter((l) => l.workPlan === planId).length;
  return dataset.documentClaims
    .filter((c) => c.subject === planId || (budget !== undefined && c.subject === budget.plan))
    .map((c): ClaimCheck => {
      const base = { claim: c.id, source: c.source.document, measure: c.measure, subject: c.subject, stated: String(c.value) };
      if (c.measure === "work-plan.priority-lines") return { ...base, computed: String(lines), agrees: Number(c.value) === lines };
      if (c.measure === "budget.total" && budget !== undefined) {
        const stated = amount(String(c.value));
        return { ...base, computed: budget.totals.approved, agrees: compareAmounts(stated, amount(budget.totals.approved)) === 0 };
      }
      return base;
    })
    .sort((a, b) => cmp(a.claim, b.claim));
}

const OPEN_ACTION = new Set(["future"]);
const OPEN_MEETING = new Set(["planned", "tentative"]);

function discrepancies(dataset: Dataset, planId: string, asOf: PlainDate, claims: readonly ClaimCheck[], traced: WorkPlanTrace): Issue[] {
  const out: Issue[] = [...validateDataset(dataset), ...traced.issues];
  for (const c of dataset.conferences) {
    for (const d of c.discrepancies ?? []) {
      out.push(finding("reports.recorded-discrepancy", { subject: c.id, note: d.note, source: d.source.document }, { certainty: "certain", severity: "info", subjects: [c.id] }));
    }
  }
  for (const claim of claims) {
    if (claim.agrees !== false || !claim.measure.startsWith("budget.")) continue;
    out.push(
      finding(
        "reports.claim-differs",
        { source: claim.source, stated: claim.stated, measure: claim.measure, subject: claim.subject, computed: claim.computed ?? "" },
        { certainty: "certain", severity: "warning", subjects: [claim.claim, claim.subject] },
      ),
    );
  }
  const lineIds = new Set(dataset.priorityLines.filter((l) => l.workPlan === planId).map((l) => l.id));
  const dated = [
    ...dataset.actions.filter((a) => lineIds.has(a.priorityLine) && a.status !== undefined && OPEN_ACTION.has(a.status)).map((a) => ({ id: a.id, status: a.status!, when: a.when })),
    ...dataset.politicalMeetings.filter((m) => m.workPlan === planId && OPEN_MEETING.has(m.status)).map((m) => ({ id: m.id, status: m.status as string, when: m.when })),
  ];
  for (const r of dated) {
    const bounds = r.when === undefined ? undefined : dateSpecBounds(r.when);
    if (bounds === undefined || bounds.latest >= asOf) continue;
    out.push(
      finding(
        "reports.status-behind-date",
        { id: r.id, status: r.status, when: formatDateSpec(r.when!, "en"), asOf },
        { certainty: "certain", severity: "warning", subjects: [r.id] },
      ),
    );
  }
  const whenOf = new Map<string, DateSpec | undefined>([
    ...dataset.actions.filter((a) => lineIds.has(a.priorityLine)).map((a) => [a.id, a.when] as const),
    ...dataset.politicalMeetings.filter((m) => m.workPlan === planId).map((m) => [m.id, m.when] as const),
  ]);
  for (const entry of dataset.annexEntries) {
    const when = entry.represents === undefined ? undefined : whenOf.get(entry.represents);
    if (when === undefined || formatDateSpec(when, "en") === formatDateSpec(entry.when, "en")) continue;
    out.push(
      finding(
        "reports.annex-date-differs",
        { entry: entry.id, annexWhen: formatDateSpec(entry.when, "en"), id: entry.represents!, when: formatDateSpec(when, "en") },
        { certainty: "certain", severity: "info", subjects: [entry.id, entry.represents!] },
      ),
    );
  }
  return out;
}

/**
 * The performance report of a work plan as of a date: the cycle's phase and next milestones
 * (`cyclePhase`, `checkCycle`), the priority lines with each action's status, date, hosts,
 * financing and mandates (read by `parseMandateRefs`, written by `formatMandateRefs`), the
 * coverage and gaps of the trace (`mandateCoverage`, `findTraceIssues`), the budget table and
 * situation (`budgetTable`, `budgetSituation`), the calendar conflicts and rule findings of
 * the events not over by the date (`findConflicts`, `checkCalendar`), the documents' own
 * statements checked against the data, and every discrepancy (`validateDataset`, recorded
 * conference discrepancies, statuses left behind by their dates, annex dates that differ from
 * the record). Nothing is recomputed here. A bad `asOf`, language or work plan is an Issue.
 *
 * @example
 * ```ts
 * import { buildPerformanceReport, renderMarkdown } from "iacml/reports";
 * import { dataset, rialBudget2022To2024 } from "iacml/data";
 * const r = buildPerformanceReport({ dataset, budget: rialBudget2022To2024 }, { asOf: "2023-09-30", locale: "es" });
 * if (r.ok) console.log(renderMarkdown(r.value));
 * ```
 */
export function buildPerformanceReport(process: ProcessData, options: PerformanceReportOptions): Result<PerformanceReport> {
  const asOf = parsePlainDate(inputText(options?.asOf));
  const locale = parseLocale(options?.locale);
  const problems = [
    ...(asOf.ok ? [] : asOf.issues.map((i) => ({ ...i, path: ["asOf", ...i.path] }))),
    ...(locale.ok ? [] : locale.issues),
  ];
  if (!asOf.ok || !locale.ok) return fail(problems);
  const dataset = process?.dataset;
  if (dataset === undefined || dataset === null || !Array.isArray(dataset.workPlans)) {
    return fail([issue("reports.no-work-plan", {}, { path: ["dataset"] })]);
  }
  const chosen = chooseWorkPlan(dataset, process.workPlan);
  if (!chosen.ok) return chosen;
  const plan = chosen.value;
  const lang = locale.value;
  const day = asOf.value;
  const traced = workPlanTrace(dataset, plan.id);
  const budget = process.budget ? budgetView(process.budget, day, lang) : undefined;
  const claims = claimChecks(dataset, plan.id, budget);
  const cycle = cycleView(process, plan.id, day, lang);
  const report: PerformanceReport = {
    asOf: day,
    locale: lang,
    workPlan: {
      id: plan.id,
      conference: plan.conference,
      period: `${plan.period.fromYear}-${plan.period.toYear}`,
      ...(plan.approval ? { approvedOn: plan.approval.on as PlainDate } : {}),
      revisions: [...plan.revisions],
      documentAsOf: formatDateSpec(plan.asOf, lang),
    },
    ...(cycle ? { cycle } : {}),
    priorityLines: priorityLines(dataset, plan.id, traced, lang),
    coverage: mandateCoverage(traced.trace),
    gaps: findTraceIssues(traced.trace),
    ...(budget ? { budget } : {}),
    calendar: calendarView(process, plan.id, day, lang),
    claims,
    discrepancies: sortIssues(discrepancies(dataset, plan.id, day, claims, traced)),
  };
  return ok(report);
}

/** Sorted by code, subjects and message so the report does not depend on input order. */
function sortIssues(issues: readonly Issue[]): Issue[] {
  const key = (i: Issue) => `${i.code}\u0000${"subjects" in i ? (i as Finding).subjects.join(" ") : ""}\u0000${i.message}`;
  return [...issues].sort((a, b) => cmp(key(a), key(b)));
}
