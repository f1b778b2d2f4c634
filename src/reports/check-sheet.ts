/**
 * The check sheet that goes with a performance report: the findings on the cycle, the mandates,
 * the calendar and the data, each true on the report's date, in people's words.
 * @module
 */
import { formatIssue, messages } from "../core/messages/index.js";
import { fillTemplate, type Locale } from "../core/messages/catalog.js";
import { findingFactory } from "../core/issue.js";
import { reportsMessages } from "../core/messages/reports.js";
import type { PlainDate } from "../core/plain-date.js";
import type { Finding, Issue, Result } from "../core/result.js";
import { dateSpecBounds, possibleDays } from "../core/date-spec/bounds.js";
import type { DateSpec } from "../core/date-spec/types.js";
import type { Dataset } from "../entities/dataset/schema.js";
import { validateDataset } from "../entities/dataset/validate.js";
import type { AnnexEntry } from "../entities/work-plan/annex-entry.js";
import { iacmlCycleRules } from "../cycle/iacml-rules.js";
import { checkPlannedCycle, planScheduleCycle } from "../cycle/check.js";
import type { CyclePlan } from "../cycle/plan.js";
import { cyclePhaseWith } from "../cycle/phase.js";
import { mandateCoverage } from "../mandates/coverage.js";
import { findTraceIssues } from "../mandates/trace-issues.js";
import { findConflicts, compareConflicts, type Conflict } from "../calendar/conflicts.js";
import { checkCalendar } from "../calendar/check.js";
import type { CalendarEvent } from "../calendar/event.js";
import type { ProcessData } from "./process.js";
import type { CheckItem, CheckSection, CheckSheet } from "./performance-types.js";
import { CYCLE_PHASE, MILESTONE_KIND, reportLabel as label } from "./labels.js";
import { documentDate, documentDay } from "./document-date.js";
import { joinAnd, nameIndex } from "./names.js";
import { marksConflict } from "./calendar-annex.js";
import { cycleScheduleFromDataset } from "../cycle/from-dataset.js";
import type { WorkPlanTrace } from "./trace.js";
import type { EnglishOnlyText } from "./english-only.js";

const finding = /* @__PURE__ */ findingFactory(reportsMessages);
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const STATUS_WORD: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  en: {
    planned: "planned",
    tentative: "tentative",
    held: "held",
    future: "future",
    postponed: "postponed",
    cancelled: "cancelled",
  },
  es: {
    planned: "prevista",
    tentative: "tentativa",
    held: "realizada",
    future: "futura",
    postponed: "postergada",
    cancelled: "cancelada",
  },
};

/** What a document's stated count measures, in words. */
const MEASURE_WORD: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  en: {
    "bilateral-cooperations.done": "the bilateral cooperation activities undertaken",
    "bilateral-cooperations.ongoing": "the virtual bilateral cooperation activities still on-going",
    "bilateral-cooperations.pending-postponed": "the bilateral cooperation activities pending",
    "work-plan.priority-lines": "the priority lines",
    "budget.total": "the budget total",
  },
  es: {
    "bilateral-cooperations.done": "las actividades de cooperación bilateral realizadas",
    "bilateral-cooperations.ongoing": "las cooperaciones bilaterales virtuales aún en curso",
    "bilateral-cooperations.pending-postponed": "las cooperaciones bilaterales pendientes",
    "work-plan.priority-lines": "las líneas prioritarias",
    "budget.total": "el total del presupuesto",
  },
};

const SOURCE: Readonly<Record<Locale, string>> = { en: "a source document", es: "un documento fuente" };

/** A `{name}` placeholder of a message template, as `fillTemplate` fills them. */
const PLACEHOLDER = /\{(\w+)\}/g;

/** A param value in people's words: names for ids, documents' dates for ISO dates. */
function humanValue(key: string, value: unknown, names: ReadonlyMap<string, string>, locale: Locale): unknown {
  if (typeof value !== "string") return value;
  const known = names.get(value);
  if (known !== undefined) return known;
  if (key === "kind" && MILESTONE_KIND[locale][value] !== undefined) return MILESTONE_KIND[locale][value];
  if (key === "status" && STATUS_WORD[locale][value] !== undefined) return STATUS_WORD[locale][value];
  if (key === "measure" && MEASURE_WORD[locale][value] !== undefined) return MEASURE_WORD[locale][value];
  if (/^\d{3}_[0-9a-f]+\.txt$/.test(value)) return names.get(value) ?? SOURCE[locale];
  // Each pattern runs only on a text holding the character it needs (a date's dash, ".txt", an id's slash).
  let text = value;
  if (text.includes("-")) text = text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (d) => documentDay(d as PlainDate, locale));
  if (text.includes(".txt"))
    text = text.replace(/\b\d{3}_[0-9a-f]+\.txt\b/g, (file) => names.get(file) ?? SOURCE[locale]);
  if (text.includes("/"))
    text = text.replace(/[A-Za-z0-9][A-Za-z0-9._:-]*\/[A-Za-z0-9._:/-]+/g, (id) => names.get(id) ?? id);
  return text;
}

/**
 * An issue or finding as a sentence in people's words: every id its parameters name becomes
 * the name (meetings, actions, calendar entries, countries, conferences), ISO dates become the
 * documents' dates, file names of sources become "a source document".
 *
 * @example
 * ```ts
 * import { humanizeIssue, nameIndex } from "iacml/reports";
 * import { dataset } from "iacml/data";
 * const names = nameIndex(dataset, "en");
 * humanizeIssue({ code: "x", severity: "info", message: "m", path: [], params: {} }, names, "en"); // "m"
 * ```
 */
export function humanizeIssue(issue: Issue, names: ReadonlyMap<string, string>, locale: Locale): string {
  const known = Object.prototype.hasOwnProperty.call(messages, issue.code);
  const template: string | undefined =
    known && (locale === "en" || locale === "es") ? messages[issue.code]![locale] : undefined;
  // An unknown code (its own message) or language (a TypeError): as formatIssue answers.
  if (template === undefined) return formatIssue(issue, locale);
  // Only the params the message names are put in words: the others are never printed.
  // (No prototype: any name, `__proto__` too, is an own property.)
  const used: Record<string, unknown> = Object.create(null);
  for (const [, key] of template.matchAll(PLACEHOLDER))
    if (!Object.prototype.hasOwnProperty.call(used, key!) && Object.prototype.hasOwnProperty.call(issue.params, key!))
      used[key!] = humanValue(key!, issue.params[key!], names, locale);
  return fillTemplate(template, used as Issue["params"]);
}

const toItem = (i: Issue, text: string): CheckItem => ({
  code: i.code,
  severity: i.severity,
  certainty: "certainty" in i ? (i as Finding).certainty : "certain",
  text,
  subjects: "subjects" in i ? [...(i as Finding).subjects] : [],
});

/** Possible days of a date, as one comparable key. */
const dayKey = (spec: DateSpec): string => (possibleDays(spec) ?? []).map((r) => `${r.start}/${r.end}`).join(" ");

/** Findings on the data: the dataset's checks (recorded discrepancies included), stale statuses, annex dates that name other days. */
function dataFindings(
  dataset: Dataset,
  planId: string,
  asOf: PlainDate,
  traced: WorkPlanTrace,
  locale: Locale,
): Issue[] {
  const out: Issue[] = [...validateDataset(dataset), ...traced.issues];
  // (The discrepancies recorded on conferences are among validateDataset's findings.)
  const lineIds = new Set(dataset.priorityLines.filter((l) => l.workPlan === planId).map((l) => l.id));
  const open = [
    ...dataset.actions
      .filter((a) => lineIds.has(a.priorityLine) && a.status === "future")
      .map((a) => ({ id: a.id, status: a.status as string, when: a.when })),
    ...dataset.politicalMeetings
      .filter((m) => m.workPlan === planId && (m.status === "planned" || m.status === "tentative"))
      .map((m) => ({ id: m.id, status: m.status as string, when: m.when })),
  ];
  for (const r of open) {
    const bounds = r.when === undefined ? undefined : dateSpecBounds(r.when);
    if (bounds === undefined || bounds.latest >= asOf) continue;
    out.push(
      finding(
        "reports.status-behind-date",
        { id: r.id, status: r.status, when: documentDate(r.when!, locale), asOf },
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
    // The same days written two ways ("July–August 2024", "July or August 2024") are the same date.
    if (when === undefined || dayKey(when) === dayKey(entry.when)) continue;
    out.push(
      finding(
        "reports.annex-date-differs",
        {
          entry: entry.id,
          annexWhen: documentDate(entry.when, locale),
          id: entry.represents!,
          when: documentDate(when, locale),
        },
        { certainty: "certain", severity: "info", subjects: [entry.id, entry.represents!] },
      ),
    );
  }
  return out;
}

/** Cycle findings as of the date: a missing milestone whose window is still open is not yet missing. */
function cycleItems(
  process: ProcessData,
  planId: string,
  asOf: PlainDate,
  names: ReadonlyMap<string, string>,
  locale: Locale,
): CheckSection {
  const built = cycleScheduleFromDataset(process.dataset, planId);
  if (!built.ok)
    return {
      title: label("checkCycle", locale),
      notes: built.issues.map((i) => humanizeIssue(i, names, locale)),
      items: [],
    };
  const rules = process.cycleRules ?? iacmlCycleRules;
  // One plan of the cycle for its phase and its check (planning copies and checks the rules).
  let planned: Result<CyclePlan> | undefined;
  const planOf = () => (planned ??= planScheduleCycle(built.value, rules));
  const status = cyclePhaseWith({ rules, schedule: built.value }, asOf, planOf);
  const notes = [
    label("checkPhase", locale, {
      asOf: documentDay(asOf, locale),
      phase: CYCLE_PHASE[locale][status.phase] ?? status.phase,
    }),
  ];
  const ahead = [built.value.conference, ...built.value.milestones]
    .filter((m) => m.status !== "cancelled")
    .map((m) => ({ m, earliest: dateSpecBounds(m.when)?.earliest }))
    .filter((x) => x.earliest !== undefined && x.earliest > asOf)
    .sort((a, b) => cmp(a.earliest!, b.earliest!));
  if (ahead.length > 0)
    notes.push(
      label("checkNext", locale, {
        list: ahead.map(({ m }) => `${names.get(m.id) ?? m.id} (${documentDate(m.when, locale)})`).join("; "),
      }),
    );
  const items = checkPlannedCycle(built.value, rules, planOf()).map((f): CheckItem => {
    const end = f.params["windowEnd"];
    if (
      f.code === "cycle.missing-milestone" &&
      typeof end === "string" &&
      /^\d{4}-\d{2}-\d{2}$/.test(end) &&
      end >= asOf
    ) {
      const open = finding(
        "reports.milestone-window-open",
        { kind: String(f.params["kind"]), windowStart: String(f.params["windowStart"]), windowEnd: end, asOf },
        { certainty: "possible", severity: "info", subjects: [...f.subjects] },
      );
      return toItem(open, humanizeIssue(open, names, locale));
    }
    const rule = f.code === "cycle.rule-broken" ? rules.rules.find((r) => r.id === f.params["rule"]) : undefined;
    if (rule !== undefined) {
      const broken = finding(
        "reports.cycle-rule",
        {
          milestone: String(f.params["milestone"]),
          anchor: String(f.params["anchor"]),
          rule: rule.description[locale] ?? rule.description.en,
          gapMin: Number(f.params["gapMin"]),
          gapMax: Number(f.params["gapMax"]),
        },
        { certainty: f.certainty, severity: f.severity, subjects: [...f.subjects] },
      );
      return toItem(broken, humanizeIssue(broken, names, locale));
    }
    return toItem(f, humanizeIssue(f, names, locale));
  });
  return { title: label("checkCycle", locale), notes, items };
}

/** Conflicts as sentences: both events by name, the days as the documents write them. */
function conflictItem(c: Conflict, names: ReadonlyMap<string, string>, locale: Locale): CheckItem {
  const days = (c.certainDays.length > 0 ? c.certainDays : c.possibleDays)
    .map((d) => documentDate({ kind: "days", start: d.start, end: d.end }, locale))
    .join("; ");
  const subjects = joinAnd(
    c.subjects.map((s) => names.get(s) ?? s),
    locale,
  );
  const grade = label(c.grade === "high" ? "gradeHigh" : c.grade === "medium" ? "gradeMedium" : "gradeLow", locale);
  const text = label(c.certainty === "certain" ? "checkConflictCertain" : "checkConflict", locale, {
    subjects,
    days,
    grade,
  });
  return { code: c.code, severity: c.severity, certainty: c.certainty, text, subjects: [...c.subjects] };
}

/**
 * The conflicts `findConflicts` finds among some of the events (`among`, a part of `events`),
 * taken from its result on all of them (`all`): the pair conflicts whose two events are among
 * them and the notices on them. A pair's conflict depends only on its two events, except through
 * `partOf` (an event held inside another never clashes with it, along the chain of events the
 * calendar holds): so `undefined` (compute them anew) when an event's chain passes through an
 * event not among them, when two events share an id, or when `all` left some conflicts out.
 */
export function conflictsAmong(
  all: readonly Conflict[],
  events: readonly CalendarEvent[],
  among: readonly CalendarEvent[],
): Conflict[] | undefined {
  if (all.some((c) => c.kind === "omitted")) return undefined;
  const byId = new Map(events.map((e) => [e.id, e] as const));
  if (byId.size !== events.length) return undefined;
  const ids = new Set(among.map((e) => e.id));
  for (const e of among) {
    const seen = new Set<string>();
    for (let id = e.partOf; id !== undefined && !seen.has(id); id = byId.get(id)?.partOf) {
      seen.add(id);
      if (byId.has(id) && !ids.has(id)) return undefined;
    }
  }
  return all.filter((c) => c.subjects.length > 0 && c.subjects.every((s) => ids.has(s)));
}

const stillAhead = (when: DateSpec, asOf: PlainDate): boolean => {
  const bounds = dateSpecBounds(when);
  return bounds === undefined || bounds.latest >= asOf;
};

/** Titles the data holds in English only, when the report is in another language. */
function translationItems(dataset: Dataset, planId: string, locale: Locale): CheckItem[] {
  if (locale === "en") return [];
  const lineIds = new Set(dataset.priorityLines.filter((l) => l.workPlan === planId).map((l) => l.id));
  const titles = [
    ...dataset.priorityLines.filter((l) => l.workPlan === planId).map((l) => ({ subject: l.id, text: l.title })),
    ...dataset.actions.filter((a) => lineIds.has(a.priorityLine)).map((a) => ({ subject: a.id, text: a.title })),
  ];
  return englishOnlyItems(titles);
}

const englishOnlyItems = (texts: readonly EnglishOnlyText[]): CheckItem[] =>
  texts.map((t) => ({
    code: "reports.untranslated-title",
    severity: "info" as const,
    certainty: "certain" as const,
    text: t.text,
    subjects: [t.subject],
  }));

/**
 * A check sheet whose section "Titles without a Spanish text in the data" lists exactly the
 * given English-only texts (the ones a report printed): the section is replaced, added, or
 * left out when there are none (always left out in English).
 *
 * @example
 * ```ts
 * import { plainDate } from "iacml/core";
 * import { buildPerformanceReport, withEnglishOnly } from "iacml/reports";
 * import { dataset } from "iacml/data";
 * const r = buildPerformanceReport({ dataset }, { asOf: plainDate("2023-09-30"), locale: "es" });
 * if (r.ok) console.log(withEnglishOnly(r.value.checks, [{ text: "Youth employment", subject: "x" }], "es").sections.at(-1)?.items.length); // 1
 * ```
 */
export function withEnglishOnly(sheet: CheckSheet, texts: readonly EnglishOnlyText[], locale: Locale): CheckSheet {
  const title = label("checkTranslations", locale);
  const others = sheet.sections.filter((s) => s.title !== title);
  const items = locale === "en" ? [] : englishOnlyItems(texts);
  return { ...sheet, sections: items.length === 0 ? others : [...others, { title, notes: [], items }] };
}

/**
 * The check sheet of a work plan as of a date, and the calendar conflicts the annex marks. Each
 * finding is true on that date: a cycle milestone whose window is still open is "not yet
 * scheduled" (possible), not missing; conflicts and rule findings concern only events not over
 * by then; an annex date is a discrepancy only when it names other days than the record (not
 * when it writes the same days another way).
 *
 * @example
 * ```ts
 * import { buildCheckSheet, workPlanTrace } from "iacml/reports";
 * import { calendarEventsOfWorkPlan } from "iacml/calendar";
 * import { plainDate } from "iacml/core";
 * import { dataset } from "iacml/data";
 * const traced = workPlanTrace(dataset, "wp-2022-2024");
 * const { sheet } = buildCheckSheet({ dataset }, "wp-2022-2024", "2022-2024", traced, calendarEventsOfWorkPlan(dataset, "wp-2022-2024"), plainDate("2023-09-30"), "en");
 * console.log(sheet.sections.length);
 * ```
 */
export function buildCheckSheet(
  process: ProcessData,
  planId: string,
  period: string,
  traced: WorkPlanTrace,
  plan: { readonly entries: readonly AnnexEntry[]; readonly events: readonly CalendarEvent[] },
  asOf: PlainDate,
  locale: Locale,
): { readonly sheet: CheckSheet; readonly calendarConflicts: readonly Conflict[] } {
  const { sheet, conflicts } = checkSheetOf(process, planId, period, traced, plan, asOf, locale);
  return { sheet, calendarConflicts: conflicts.sort(compareConflicts) };
}

/**
 * {@link buildCheckSheet}, with the calendar's conflicts as `findConflicts` returns them, not yet
 * in `compareConflicts` order: a caller that keeps some of them sorts only those (the same order,
 * since the sort is stable), and the days of the others are never computed.
 */
export function checkSheetOf(
  process: ProcessData,
  planId: string,
  period: string,
  traced: WorkPlanTrace,
  plan: { readonly entries: readonly AnnexEntry[]; readonly events: readonly CalendarEvent[] },
  asOf: PlainDate,
  locale: Locale,
): { readonly sheet: CheckSheet; readonly conflicts: Conflict[] } {
  const dataset = process.dataset;
  const names = nameIndex(dataset, locale);
  for (const e of process.calendarEvents ?? []) if (!names.has(e.id)) names.set(e.id, e.title[locale] ?? e.title.en);
  const conflictOptions = { locale, ...(process.audienceLinks ? { audienceLinks: process.audienceLinks } : {}) };
  const calendarConflicts = findConflicts(plan.events, conflictOptions);

  const coverage = mandateCoverage(traced.trace);
  const coverageItems: CheckItem[] = [];
  const coverageNotes = coverage.map((r) =>
    label("checkCoverageRow", locale, {
      instrument: names.get(r.group) ?? r.group,
      covered: r.covered,
      deep: r.deepCovered,
      total: r.total,
    }),
  );
  for (const gap of findTraceIssues(traced.trace, { context: traced.context }))
    coverageItems.push(toItem(gap, humanizeIssue(gap, names, locale)));

  const ahead = plan.events.filter((e) => stillAhead(e.when, asOf));
  const conflicts = conflictsAmong(calendarConflicts, plan.events, ahead) ?? findConflicts(ahead, conflictOptions);
  const shown = conflicts.filter(marksConflict).sort(compareConflicts);
  const rules = process.calendarRules ?? [{ kind: "holy-week" as const, id: "holy-week" }];
  const ruleFindings = checkCalendar(ahead, rules, { locale }).sort(
    (a, b) => cmp(a.rule, b.rule) || cmp(a.subjects.join(" "), b.subjects.join(" ")),
  );
  const calendarNotes = [label("checkEventsChecked", locale, { count: ahead.length, asOf: documentDay(asOf, locale) })];
  if (conflicts.length > shown.length)
    calendarNotes.push(label("more", locale, { count: conflicts.length - shown.length }));

  const data = dataFindings(dataset, planId, asOf, traced, locale).map((i) =>
    toItem(i, humanizeIssue(i, names, locale)),
  );
  const sections: CheckSection[] = [
    cycleItems(process, planId, asOf, names, locale),
    { title: label("checkCoverage", locale), notes: coverageNotes, items: coverageItems },
    {
      title: label("checkCalendar", locale),
      notes: calendarNotes,
      items: [
        ...shown.map((c) => conflictItem(c, names, locale)),
        ...ruleFindings.map((f) => toItem(f, humanizeIssue(f, names, locale))),
      ],
    },
    {
      title: label("checkData", locale),
      notes: [],
      items: data.sort((a, b) => cmp(a.code, b.code) || cmp(a.text, b.text)),
    },
  ];
  const untranslated = translationItems(dataset, planId, locale);
  if (untranslated.length > 0)
    sections.push({ title: label("checkTranslations", locale), notes: [], items: untranslated });
  const day = documentDay(asOf, locale);
  const sheet: CheckSheet = {
    title: label("checkTitle", locale, { period, asOf: day }),
    intro: label("checkIntro", locale, { asOf: day }),
    coverage,
    sections,
  };
  return { sheet, conflicts: calendarConflicts };
}
