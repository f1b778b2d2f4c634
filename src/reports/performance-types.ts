/**
 * The shape of a work plan's performance report: plain, typed data.
 * @module
 */
import type { Locale } from "../core/messages/catalog.js";
import type { PlainDate } from "../core/plain-date.js";
import type { Certainty, Finding, Issue } from "../core/result.js";
import type { ActionKind } from "../entities/work-plan/action.js";
import type { ActionStatus } from "../entities/work-plan/action-status.js";
import type { CyclePhaseName } from "../cycle/phase.js";
import type { CoverageRow } from "../mandates/coverage.js";
import type { BudgetTable } from "../budget/table.js";
import type { Conflict } from "../calendar/conflicts.js";
import type { RuleFinding } from "../calendar/check.js";

/**
 * Options of `buildPerformanceReport`.
 *
 * @example
 * ```ts
 * import type { PerformanceReportOptions } from "iacml/reports";
 * const options: PerformanceReportOptions = { asOf: "2023-09-30", locale: "es" };
 * ```
 */
export interface PerformanceReportOptions {
  /** The date the report speaks as of, `YYYY-MM-DD` (checked: a bad date is an Issue). */
  readonly asOf: string;
  /** Language of the formatted dates, sentences and explanations; default `en`. */
  readonly locale?: string;
}

/**
 * The work plan a report is about.
 *
 * @example
 * ```ts
 * import type { ReportWorkPlan } from "iacml/reports";
 * const plan: ReportWorkPlan = { id: "wp-2022-2024", conference: "xxi", period: "2022-2024", revisions: [], documentAsOf: "September 2023" };
 * ```
 */
export interface ReportWorkPlan {
  /** Work plan id. */
  readonly id: string;
  /** Id of the conference that adopted the mandates it answers. */
  readonly conference: string;
  /** Its years, "2022-2024". */
  readonly period: string;
  /** Day of approval, when recorded. */
  readonly approvedOn?: PlainDate;
  /** Days of its revisions. */
  readonly revisions: readonly string[];
  /** The date the source document speaks as of, formatted in the report's language. */
  readonly documentAsOf: string;
}

/**
 * A milestone of the cycle as the report shows it.
 *
 * @example
 * ```ts
 * import type { ReportMilestone } from "iacml/reports";
 * const m: ReportMilestone = { id: "xxii", kind: "conference", when: "November 2024", status: "planned" };
 * ```
 */
export interface ReportMilestone {
  /** Id in the schedule. */
  readonly id: string;
  /** Milestone kind (`conference`, `authorities`, `preparatory` …). */
  readonly kind: string;
  /** Its date, formatted in the report's language. */
  readonly when: string;
  /** `planned`, `held` or `cancelled`, when the schedule says. */
  readonly status?: string;
}

/**
 * Where the cycle stands on the report's date, from the cycle module.
 *
 * @example
 * ```ts
 * import type { ReportCycle } from "iacml/reports";
 * const cycle: ReportCycle = { id: "2022-2024", phase: "implementation", certainty: "certain", current: [], nextMilestones: [], findings: [] };
 * ```
 */
export interface ReportCycle {
  /** Schedule id, "2022-2024". */
  readonly id: string;
  /** Phase (`cyclePhase`). */
  readonly phase: CyclePhaseName;
  /** Whether imprecise dates leave the phase open. */
  readonly certainty: Certainty;
  /** The milestone that most recently ended. */
  readonly lastMilestone?: ReportMilestone;
  /** Milestones under way or possibly under way. */
  readonly current: readonly ReportMilestone[];
  /** Milestones still ahead, earliest first. */
  readonly nextMilestones: readonly ReportMilestone[];
  /** Days to the first and last possible start of the next milestone. */
  readonly daysToNext?: {
    /** Days to the first possible start. */
    readonly min: number;
    /** Days to the last possible start. */
    readonly max: number;
  };
  /** The cycle rules' findings on the schedule (`checkCycle`). */
  readonly findings: readonly Finding[];
}

/**
 * One action of the work plan in the report.
 *
 * @example
 * ```ts
 * import type { ReportAction } from "iacml/reports";
 * const a: ReportAction = {
 *   id: "wp-2022-2024/pl1/a2", number: 2, kind: "workshop", title: "RIAL Hemispheric Workshop",
 *   status: "future", when: "April or May 2024", hosts: ["Costa Rica"], hostConfirmed: false,
 *   financing: ["RIAL fund (line 5)"], mandates: ["XXI/Decl/15"], mandateSentence: "Article 15 of the Declaration of Buenos Aires",
 * };
 * ```
 */
export interface ReportAction {
  /** Action id. */
  readonly id: string;
  /** Its number within the priority line. */
  readonly number: number;
  /** Kind of action. */
  readonly kind: ActionKind;
  /** Title as the document gives it. */
  readonly title: string;
  /** Status as the document gives it. */
  readonly status?: ActionStatus;
  /** Its date, formatted in the report's language (`formatDateSpec`). */
  readonly when?: string;
  /** Host member states and organizations, by name. */
  readonly hosts: readonly string[];
  /** Whether the host is confirmed, when there is one. */
  readonly hostConfirmed?: boolean;
  /** Sources of financing, one sentence each. */
  readonly financing: readonly string[];
  /** Canonical provision ids the action answers. */
  readonly mandates: readonly string[];
  /** Those provisions as one sentence in the report's language (`formatMandateRefs`). */
  readonly mandateSentence?: string;
  /** Why the action has no mandate sentence, when it has none. */
  readonly derived?: string;
}

/**
 * One priority line with its actions and mandate coverage.
 *
 * @example
 * ```ts
 * import type { ReportPriorityLine } from "iacml/reports";
 * const line: ReportPriorityLine = { id: "wp-2022-2024/pl1", number: 1, title: "Future of work", mandates: [], actions: [] };
 * ```
 */
export interface ReportPriorityLine {
  /** Priority line id. */
  readonly id: string;
  /** Its number. */
  readonly number: number;
  /** Its title. */
  readonly title: string;
  /** Provisions its actions answer, canonical and sorted. */
  readonly mandates: readonly string[];
  /** Those provisions as one sentence in the report's language. */
  readonly mandateSentence?: string;
  /** Coverage of the instruments' provisions by this line (`mandateCoverage` by priority line). */
  readonly coverage?: CoverageRow;
  /** Its actions, by number. */
  readonly actions: readonly ReportAction[];
}

/**
 * The budget situation, from the budget module.
 *
 * @example
 * ```ts
 * import type { ReportBudget } from "iacml/reports";
 * declare const budget: ReportBudget;
 * console.log(budget.table.total, budget.totals.spent);
 * ```
 */
export interface ReportBudget {
  /** The plan id. */
  readonly plan: string;
  /** ISO 4217 currency. */
  readonly currency: string;
  /** The table as the documents print it (`budgetTable`). */
  readonly table: BudgetTable;
  /** Totals of the situation as of the date (`budgetSituation`), decimal strings. */
  readonly totals: {
    /** Approved (original + amendments + reallocations). */
    readonly approved: string;
    /** Committed. */
    readonly committed: string;
    /** Spent. */
    readonly spent: string;
    /** Approved − committed − spent. */
    readonly available: string;
    /** Spent over approved × 100, when anything is approved. */
    readonly percentExecuted?: string;
  };
  /** The budget module's findings: the situation's and the plan check's. */
  readonly findings: readonly Finding[];
}

/**
 * The calendar findings on the events not over by the report's date.
 *
 * @example
 * ```ts
 * import type { ReportCalendar } from "iacml/reports";
 * const c: ReportCalendar = { events: 0, conflicts: [], ruleFindings: [] };
 * ```
 */
export interface ReportCalendar {
  /** Number of events checked. */
  readonly events: number;
  /** Conflicts between them (`findConflicts`). */
  readonly conflicts: readonly Conflict[];
  /** Rule findings (`checkCalendar`). */
  readonly ruleFindings: readonly RuleFinding[];
}

/**
 * What a document states about itself beside what the data gives.
 *
 * @example
 * ```ts
 * import type { ClaimCheck } from "iacml/reports";
 * const c: ClaimCheck = { claim: "claim/001/budget-total", source: "001", measure: "budget.total", subject: "rial-2022-2024", stated: "105000.00", computed: "105000.00", agrees: true };
 * ```
 */
export interface ClaimCheck {
  /** Claim id. */
  readonly claim: string;
  /** Source document. */
  readonly source: string;
  /** What is measured (`budget.total`, `work-plan.priority-lines` …). */
  readonly measure: string;
  /** What it is about. */
  readonly subject: string;
  /** The value the document states. */
  readonly stated: string;
  /** The value the data gives, when the report knows how to compute it. */
  readonly computed?: string;
  /** Whether they agree, when computed. */
  readonly agrees?: boolean;
}

/**
 * A work plan's performance report as of a date: plain data an app renders as it likes
 * (`renderMarkdown` writes it in English or Spanish).
 *
 * @example
 * ```ts
 * import { buildPerformanceReport, type PerformanceReport } from "iacml/reports";
 * import { dataset, rialBudget2022To2024 } from "iacml/data";
 * const r = buildPerformanceReport({ dataset, budget: rialBudget2022To2024 }, { asOf: "2023-09-30" });
 * if (r.ok) { const report: PerformanceReport = r.value; console.log(report.cycle?.phase); }
 * ```
 */
export interface PerformanceReport {
  /** The date the report speaks as of. */
  readonly asOf: PlainDate;
  /** Its language. */
  readonly locale: Locale;
  /** The work plan. */
  readonly workPlan: ReportWorkPlan;
  /** Where the cycle stands; absent when the dataset cannot give the schedule. */
  readonly cycle?: ReportCycle;
  /** Priority lines by number, with their actions. */
  readonly priorityLines: readonly ReportPriorityLine[];
  /** Coverage of each instrument's provisions (`mandateCoverage`). */
  readonly coverage: readonly CoverageRow[];
  /** Trace gaps and problems (`findTraceIssues`). */
  readonly gaps: readonly Finding[];
  /** The budget; absent when the process has none. */
  readonly budget?: ReportBudget;
  /** Calendar conflicts and rule findings. */
  readonly calendar: ReportCalendar;
  /** The documents' statements about themselves, checked where the report can. */
  readonly claims: readonly ClaimCheck[];
  /** Where the data and the documents differ, or the data disagrees with itself. */
  readonly discrepancies: readonly Issue[];
}
