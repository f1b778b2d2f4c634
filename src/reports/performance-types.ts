/**
 * The shape of a work plan's performance report and its check sheet: plain, typed data whose
 * strings are already in the report's language.
 * @module
 */
import type { Locale } from "../core/messages/catalog.js";
import type { PlainDate } from "../core/plain-date.js";
import type { Certainty, Severity } from "../core/result.js";
import type { ActionKind } from "../entities/work-plan/action.js";
import type { ActionStatus } from "../entities/work-plan/action-status.js";
import type { CyclePhaseName } from "../cycle/phase.js";
import type { CoverageRow } from "../mandates/coverage.js";
import type { Timeline } from "./timeline.js";

/**
 * Options of `buildPerformanceReport`.
 *
 * @example
 * ```ts
 * import { plainDate } from "iacml/core";
 * import type { PerformanceReportOptions } from "iacml/reports";
 * const options: PerformanceReportOptions = { asOf: plainDate("2023-09-30"), locale: "es" };
 * ```
 */
export interface PerformanceReportOptions {
  /** The date the report speaks as of (also checked at run time: a bad date is an Issue). */
  readonly asOf: PlainDate;
  /** Language of the report; default `en` (also checked at run time). */
  readonly locale?: Locale;
}

/**
 * A bulleted item with optional sub-items.
 *
 * @example
 * ```ts
 * import type { ReportItem } from "iacml/reports";
 * const item: ReportItem = { text: "Date: May 4 and 5, 2023", items: [] };
 * ```
 */
export interface ReportItem {
  /** The text. */
  readonly text: string;
  /** Sub-items. */
  readonly items: readonly ReportItem[];
}

/**
 * Section I: how the plan was prepared and approved, by whom, and the meeting of authorities.
 *
 * @example
 * ```ts
 * import type { ReportIntroduction } from "iacml/reports";
 * const intro: ReportIntroduction = { paragraphs: ["…"], leaders: [], closing: "…" };
 * ```
 */
export interface ReportIntroduction {
  /** Paragraphs before the list of leaders. */
  readonly paragraphs: readonly string[];
  /** The troika and the working groups' authorities, one line each. */
  readonly leaders: readonly string[];
  /** Paragraphs after the list (questionnaire, meeting of authorities). */
  readonly after?: readonly string[];
  /** "This document is a report on the execution of … as of …". */
  readonly closing: string;
}

/**
 * Section II: the conference's theme, its central themes and its working groups.
 *
 * @example
 * ```ts
 * import type { ReportThemes } from "iacml/reports";
 * const t: ReportThemes = { heading: "II. Themes and mandates of the XXI IACML", paragraphs: [], themes: [], workingGroups: [], closing: "" };
 * ```
 */
export interface ReportThemes {
  /** "II. Themes and mandates of the XXI IACML". */
  readonly heading: string;
  /** The theme sentence. */
  readonly paragraphs: readonly string[];
  /** The central themes, when the data has them. */
  readonly themes: readonly string[];
  /** The sentence before the working groups. */
  readonly workingGroupsIntro?: string;
  /** "Working Group 1: …". */
  readonly workingGroups: readonly string[];
  /** The RIAL sentence. */
  readonly closing: string;
}

/**
 * One action of a priority line, as the document describes it.
 *
 * @example
 * ```ts
 * import type { ReportAction } from "iacml/reports";
 * const a: ReportAction = { id: "wp-2022-2024/pl1/a2", number: 2, kind: "workshop", title: "RIAL Hemispheric Workshop", status: "future", statusText: "Future activity", details: [] };
 * ```
 */
export interface ReportAction {
  /** Action id (for apps; never printed). */
  readonly id: string;
  /** Its number within the line. */
  readonly number: number;
  /** Kind of action. */
  readonly kind: ActionKind;
  /** Title as the data holds it, in the report's language when held. */
  readonly title: string;
  /** Status as the document gives it. */
  readonly status?: ActionStatus;
  /** The status as printed: "Fulfilled activity". */
  readonly statusText?: string;
  /** Its date, as the documents write it. */
  readonly when?: string;
  /** Date, place, format, financing, participation, sessions, outputs, partners: one item each. */
  readonly details: readonly ReportItem[];
}

/**
 * One priority line with its actions and the mandates they answer.
 *
 * @example
 * ```ts
 * import type { ReportPriorityLine } from "iacml/reports";
 * const line: ReportPriorityLine = { id: "wp-2022-2024/pl1", number: 1, title: "Future of work", heading: "1. Future of work", actions: [], mandates: [] };
 * ```
 */
export interface ReportPriorityLine {
  /** Priority line id (never printed). */
  readonly id: string;
  /** Its number. */
  readonly number: number;
  /** Its title. */
  readonly title: string;
  /** "1. Future of work and new forms of employment". */
  readonly heading: string;
  /** Its actions, by number. */
  readonly actions: readonly ReportAction[];
  /** Provision ids its actions answer, sorted (for apps). */
  readonly mandates: readonly string[];
  /** "Mandates to which these activities respond: …", in the document's words (English) or the OAS's (Spanish). */
  readonly mandateSentence?: string;
}

/**
 * One meeting of the political process (III.b), meetings of authorities grouped as the
 * document groups them.
 *
 * @example
 * ```ts
 * import type { ReportPoliticalMeeting } from "iacml/reports";
 * const m: ReportPoliticalMeeting = { ids: ["wp-2022-2024/meetings/wg-2023"], number: 1, title: "Meeting of the Working Groups", details: [] };
 * ```
 */
export interface ReportPoliticalMeeting {
  /** The meetings' ids (never printed). */
  readonly ids: readonly string[];
  /** Its number in the section. */
  readonly number: number;
  /** "Meeting of the Working Groups", "XXII IACML" … */
  readonly title: string;
  /** Topics, date and place, funding, notes. */
  readonly details: readonly ReportItem[];
}

/**
 * A table as the documents print it.
 *
 * @example
 * ```ts
 * import type { ReportTable } from "iacml/reports";
 * const t: ReportTable = { headers: ["Activity", "Budget"], rows: [["Workshop", "10,000"]], footnotes: [] };
 * ```
 */
export interface ReportTable {
  /** A caption above it, when any. */
  readonly caption?: string;
  /** Column headers. */
  readonly headers: readonly string[];
  /** Rows of cells. */
  readonly rows: readonly (readonly string[])[];
  /** Notes under it ("* This amount was approved …"). */
  readonly footnotes: readonly string[];
}

/**
 * Section III.c: the approved table exactly as printed and the execution from the ledger.
 *
 * @example
 * ```ts
 * import type { ReportFunding } from "iacml/reports";
 * const f: ReportFunding = { intro: "…", table: { headers: [], rows: [], footnotes: [] }, executionHeading: "Execution", hasExecutionRecords: false, execution: "No records." };
 * ```
 */
export interface ReportFunding {
  /** The sentence before the table. */
  readonly intro: string;
  /** "General budget of the Work Plan, according to funding source", with its TOTAL row and footnotes. */
  readonly table: ReportTable;
  /** "Execution as of September 30, 2023". */
  readonly executionHeading: string;
  /** Whether the ledger holds any contribution, commitment or expenditure by the date. */
  readonly hasExecutionRecords: boolean;
  /** The plain sentence when it holds none. */
  readonly execution?: string;
  /** Approved, committed, spent, available, executed, when it holds some. */
  readonly executionTable?: ReportTable;
}

/**
 * Section III.d: a partner's contributions, when the data has them.
 *
 * @example
 * ```ts
 * import type { ReportPartner } from "iacml/reports";
 * const p: ReportPartner = { title: "Contributions of the ILO", items: ["…"] };
 * ```
 */
export interface ReportPartner {
  /** "Contributions of the International Labour Organization (ILO)". */
  readonly title: string;
  /** One line per contribution. */
  readonly items: readonly string[];
}

/**
 * Annex 1: the calendar as a table and as a timeline.
 *
 * @example
 * ```ts
 * import type { ReportCalendarAnnex } from "iacml/reports";
 * declare const annex: ReportCalendarAnnex;
 * console.log(annex.activities.rows.length, annex.timeline.rows.length);
 * ```
 */
export interface ReportCalendarAnnex {
  /** "Annex 1. Calendar of the 2022-2024 Work Plan (updated as of September 2023)". */
  readonly heading: string;
  /** The activities of the process. */
  readonly activities: ReportTable;
  /** Other important events (ILO, OAS, Summit …). */
  readonly otherEvents: ReportTable;
  /** The picture's data (`timelineSvg` draws it). */
  readonly timeline: Timeline;
  /** The sentence under the picture. */
  readonly caption: string;
}

/**
 * One finding of the check sheet, in people's words.
 *
 * @example
 * ```ts
 * import type { CheckItem } from "iacml/reports";
 * const c: CheckItem = { code: "cycle.rule-broken", severity: "warning", certainty: "possible", text: "…", subjects: [] };
 * ```
 */
export interface CheckItem {
  /** The finding's code (`cycle.rule-broken`, `calendar.overlap` …). */
  readonly code: string;
  /** How serious. */
  readonly severity: Severity;
  /** Certain on the report's date, or possible. */
  readonly certainty: Certainty;
  /** The sentence, names instead of ids, dates as the documents write them. */
  readonly text: string;
  /** Ids concerned (for apps; never printed). */
  readonly subjects: readonly string[];
}

/**
 * A titled group of checks.
 *
 * @example
 * ```ts
 * import type { CheckSection } from "iacml/reports";
 * const s: CheckSection = { title: "The triennial cycle", notes: [], items: [] };
 * ```
 */
export interface CheckSection {
  /** Its title. */
  readonly title: string;
  /** Plain notes before the findings. */
  readonly notes: readonly string[];
  /** The findings. */
  readonly items: readonly CheckItem[];
}

/**
 * The check sheet that goes with a report: for the Secretariat, not for the authorities.
 *
 * @example
 * ```ts
 * import type { CheckSheet } from "iacml/reports";
 * declare const sheet: CheckSheet;
 * console.log(sheet.sections.map((s) => s.items.length));
 * ```
 */
export interface CheckSheet {
  /** "Check sheet of the Work Plan 2022-2024 as of September 30, 2023". */
  readonly title: string;
  /** What it is. */
  readonly intro: string;
  /** Cycle phase (for apps). */
  readonly phase?: CyclePhaseName;
  /** Coverage rows by instrument (for apps). */
  readonly coverage: readonly CoverageRow[];
  /** Cycle, coverage, calendar, data and translations. */
  readonly sections: readonly CheckSection[];
}

/**
 * A work plan's performance report as of a date, in the structure of the Secretariat's
 * document, and its separate check sheet.
 *
 * @example
 * ```ts
 * import { plainDate } from "iacml/core";
 * import { buildPerformanceReport, type PerformanceReport } from "iacml/reports";
 * import { dataset, rialBudget2022To2024 } from "iacml/data";
 * const r = buildPerformanceReport({ dataset, budget: rialBudget2022To2024 }, { asOf: plainDate("2023-09-30") });
 * if (r.ok) { const report: PerformanceReport = r.value; console.log(report.title); }
 * ```
 */
export interface PerformanceReport {
  /** The date the report speaks as of. */
  readonly asOf: PlainDate;
  /** Its language. */
  readonly locale: Locale;
  /** Work plan id (never printed). */
  readonly workPlan: string;
  /** Its years, "2022-2024". */
  readonly period: string;
  /** The document's title. */
  readonly title: string;
  /** I. Introduction. */
  readonly introduction: ReportIntroduction;
  /** II. Themes and mandates. */
  readonly themes: ReportThemes;
  /** "III. Performance report of the Work Plan 2022-2024". */
  readonly performanceHeading: string;
  /** III.a: the sentence before the lines. */
  readonly prioritiesIntro: string;
  /** III.a: the priority lines. */
  readonly priorityLines: readonly ReportPriorityLine[];
  /** III.a, "Note on other actions of the RIAL": the bilateral cooperations held in the plan's years. */
  readonly otherRialActions: readonly string[];
  /** III.b: the sentence before the meetings. */
  readonly politicalIntro: string;
  /** III.b: the political-process meetings. */
  readonly politicalProcess: readonly ReportPoliticalMeeting[];
  /** III.c: funding; absent without a budget. */
  readonly funding?: ReportFunding;
  /** III.d: partners' contributions; empty when the data has none. */
  readonly partners: readonly ReportPartner[];
  /** Annex 1. */
  readonly calendar: ReportCalendarAnnex;
  /** The check sheet that goes with it. */
  readonly checks: CheckSheet;
}
