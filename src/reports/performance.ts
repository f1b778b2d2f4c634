/**
 * The work plan's performance report as of a date, in the structure of the Secretariat's
 * document (seed 001), joined from the four modules.
 * @module
 */
import type { Locale } from "../core/messages/catalog.js";
import { issueFactory } from "../core/issue.js";
import { reportsMessages } from "../core/messages/reports.js";
import { parsePlainDate, type PlainDate } from "../core/plain-date.js";
import { fail, ok, type Result } from "../core/result.js";
import { dateSpecBounds } from "../core/date-spec/bounds.js";
import type { Dataset } from "../entities/dataset/schema.js";
import type { WorkPlanAction } from "../entities/work-plan/action.js";
import type { ActionFinancing } from "../entities/work-plan/action-financing.js";
import type { ActionHost } from "../entities/work-plan/action-host.js";
import type { ActionParticipation } from "../entities/work-plan/action-participation.js";
import type { PoliticalMeeting } from "../entities/work-plan/political-meeting.js";
import { formatMandateRefs } from "../mandates/format-refs.js";
import type { MandateRef } from "../mandates/ref.js";
import type { ProcessData } from "./process.js";
import type {
  PerformanceReport,
  PerformanceReportOptions,
  ReportAction,
  ReportIntroduction,
  ReportItem,
  ReportPoliticalMeeting,
  ReportPriorityLine,
  ReportThemes,
} from "./performance-types.js";
import { ACTION_STATUS, EVENT_FORMAT, FINANCED_COST, reportLabel as label } from "./labels.js";
import { documentDate, documentDay, documentMonth } from "./document-date.js";
import {
  bodyText,
  cityName,
  conferenceName,
  instrumentsName,
  joinAnd,
  localized,
  meetingName,
  partyName,
  placeName,
} from "./names.js";
import type { WorkPlanTrace } from "./trace.js";
import { traceWorkPlan, type PlannedTraceAction } from "../mandates/from-dataset.js";
import { fundingSection } from "./funding.js";
import { calendarAnnex, marksConflict } from "./calendar-annex.js";
import { compareConflicts } from "../calendar/conflicts.js";
import { calendarEventsOfWorkPlan } from "../calendar/from-dataset.js";
import { checkSheetOf } from "./check-sheet.js";
import { partnerSections } from "./partners.js";
import { cooperationText } from "./annex.js";
import { countText, englishOnlyTexts, englishOnlyUsed, figureText } from "./english-only.js";
import { withEnglishOnly } from "./check-sheet.js";

const issue = /* @__PURE__ */ issueFactory(reportsMessages);

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const item = (text: string, items: readonly ReportItem[] = []): ReportItem => ({ text, items });

/** Untrusted input as text, without calling its own `toString` (which may throw). */
export function inputText(input: unknown): string {
  return typeof input === "string"
    ? input
    : typeof input === "number" || typeof input === "boolean"
      ? String(input)
      : typeof input;
}

/** Reads the report's language; undefined means English. */
export function parseLocale(input: unknown): Result<Locale> {
  if (input === undefined || input === "en") return ok("en");
  if (input === "es") return ok("es");
  return fail([issue("reports.invalid-locale", { input: inputText(input) }, { path: ["locale"] })]);
}

type Plan = Dataset["workPlans"][number];

function chooseWorkPlan(dataset: Dataset, id: string | undefined): Result<Plan> {
  if (id !== undefined) {
    const plan = dataset.workPlans.find((w) => w.id === id);
    return plan ? ok(plan) : fail([issue("reports.unknown-work-plan", { id }, { path: ["workPlan"] })]);
  }
  const latest = [...dataset.workPlans].sort((a, b) => b.period.fromYear - a.period.fromYear || cmp(a.id, b.id))[0];
  return latest ? ok(latest) : fail([issue("reports.no-work-plan", {}, { path: ["dataset", "workPlans"] })]);
}

/**
 * A host in words: "Bogota, Colombia"; "Costa Rica (preliminary, to be confirmed)".
 *
 * @example
 * ```ts
 * import { hostText } from "iacml/reports";
 * import { dataset } from "iacml/data";
 * hostText(dataset, { memberStates: ["CO"], organizations: [], city: "Bogota", confirmed: true }, "en"); // "Bogota, Colombia"
 * ```
 */
export function hostText(dataset: Dataset, host: ActionHost, locale: Locale): string {
  const [first, ...others] = host.memberStates;
  const places = [placeName(dataset, host.city, first, locale), ...others.map((s) => partyName(dataset, s, locale))];
  const names = joinAnd(
    [...places, ...host.organizations.map((o) => partyName(dataset, o, locale))].filter((s) => s !== ""),
    locale,
  );
  return host.confirmed ? names : `${names} (${label("preliminary", locale)})`;
}

/**
 * One source of financing in words: "Argentina (in kind): logistics, equipment and
 * simultaneous interpretation"; "RIAL fund (line 2 of the budget): accommodation".
 *
 * @example
 * ```ts
 * import { financingText } from "iacml/reports";
 * import { dataset } from "iacml/data";
 * financingText(dataset, { kind: "contribution", party: "AR", form: "in-kind", covers: ["logistics"], confirmed: true }, "es"); // "Argentina (en especie): logística"
 * ```
 */
export function financingText(dataset: Dataset, f: ActionFinancing, locale: Locale): string {
  const costs = joinAnd(
    f.covers.map((c) => FINANCED_COST[locale][c] ?? c),
    locale,
  );
  if (f.kind === "rial-fund") {
    const line = f.budgetLine === undefined ? undefined : dataset.budgetLines.find((l) => l.id === f.budgetLine);
    const fund = line ? label("rialFundLine", locale, { number: line.number }) : label("rialFund", locale);
    return costs === "" ? fund : label("rialFundCovers", locale, { fund, costs });
  }
  // "to be determined" is the form's absence, not a fact to print; "to be confirmed" is one.
  const form = f.form === "tbd" ? undefined : label(f.form === "in-kind" ? "inKind" : "cash", locale);
  const party = `${partyName(dataset, f.party, locale)}${f.confirmed ? "" : ` (${label("toBeConfirmed", locale)})`}`;
  if (costs !== "" && form !== undefined) return label("covers", locale, { party, form, costs });
  if (costs !== "") return `${party}: ${costs}`;
  return form === undefined ? label("contribution", locale, { party }) : `${party} (${form})`;
}

/**
 * Participation in words: "27 countries", "25 participants, 11 countries".
 *
 * @example
 * ```ts
 * import { participationText } from "iacml/reports";
 * participationText({ countries: 27 }, "es"); // "27 países"
 * ```
 */
export function participationText(p: ActionParticipation, locale: Locale): string {
  const parts: string[] = [];
  if (p.participants !== undefined) parts.push(label("participants", locale, { count: p.participants }));
  if (p.ministries !== undefined) parts.push(label("ministries", locale, { count: p.ministries }));
  if (p.countries !== undefined) parts.push(label("countries", locale, { count: p.countries }));
  return parts.join(", ");
}

function actionDetails(dataset: Dataset, a: WorkPlanAction, locale: Locale): ReportItem[] {
  const details: ReportItem[] = [];
  if (a.when !== undefined) details.push(item(label("date", locale, { value: documentDate(a.when, locale) })));
  if (a.host !== undefined) details.push(item(label("host", locale, { value: hostText(dataset, a.host, locale) })));
  // What the document says the action covers and what it is, in its own (English) words; a
  // Spanish report prints them as written too (the check sheet lists them), never drops them.
  for (const w of a.asWritten ?? []) {
    if (w.field === "topics") details.push(item(label("topicsText", locale, { value: w.text })));
    if (w.field === "description") details.push(item(label("description", locale, { value: w.text })));
  }
  if (a.format !== undefined && a.format !== "in-person")
    details.push(item(label("format", locale, { value: EVENT_FORMAT[locale][a.format] ?? a.format })));
  if (a.financing.length > 0)
    details.push(
      item(label("financing", locale, { value: a.financing.map((f) => financingText(dataset, f, locale)).join("; ") })),
    );
  // The document's own counts ("29 OAS Member States") in English; the structured counts in
  // Spanish, or the document's counts as written when there are no structured ones.
  const counts = locale === "en" || a.participation === undefined ? (a.participationCounts ?? []) : [];
  if (counts.length > 0)
    details.push(item(label("participation", locale, { value: counts.map(countText).join("; ") })));
  else if (a.participation !== undefined)
    details.push(item(label("participation", locale, { value: participationText(a.participation, locale) })));
  const people = (a.participants ?? []).filter((p) => p.name !== undefined);
  if (people.length > 0)
    details.push(
      item(
        label("people", locale, {
          value: people
            .map((p) => (p.party === undefined ? p.name! : `${p.name} (${partyName(dataset, p.party, locale)})`))
            .join("; "),
        }),
      ),
    );
  if (a.sessions.length > 0) {
    details.push(
      item(
        label("sessions", locale),
        a.sessions.map((s) => {
          const head = `${s.label}${s.topic ? `: ${s.topic}` : ""} (${documentDate(s.when, locale)})`;
          return item(s.participation ? `${head} – ${participationText(s.participation, locale)}` : head);
        }),
      ),
    );
  }
  const stated = (a.statedOutputs ?? []).filter((o) => o.document === undefined || !a.outputs.includes(o.document));
  if (a.outputs.length > 0 || stated.length > 0) {
    details.push(
      item(label("outputsHeading", locale), [
        ...a.outputs.map((symbol) => item(citedDocument(dataset, symbol, locale))),
        ...stated.map((o) => item(o.figure === undefined ? o.text : `${figureText(o.figure)}: ${o.text}`)),
      ]),
    );
  }
  if (a.partners.length > 0)
    details.push(
      item(
        label("partners", locale, {
          value: joinAnd(
            a.partners.map((p) => partyName(dataset, p, locale)),
            locale,
          ),
        }),
      ),
    );
  return details;
}

function reportAction(dataset: Dataset, a: WorkPlanAction, locale: Locale): ReportAction {
  return {
    id: a.id,
    number: a.number,
    kind: a.kind,
    title: a.title,
    ...(a.status === undefined ? {} : { status: a.status, statusText: ACTION_STATUS[locale][a.status] ?? a.status }),
    ...(a.when === undefined ? {} : { when: documentDate(a.when, locale) }),
    details: actionDetails(dataset, a, locale),
  };
}

/** The mandate sentence of a line: the document's words in English, the OAS's formula in Spanish. */
function lineMandates(actions: readonly WorkPlanAction[], traced: WorkPlanTrace, locale: Locale): string | undefined {
  if (locale === "en") {
    const texts = [...new Set(actions.map((a) => a.mandateText).filter((t): t is string => t !== undefined))];
    return texts.length === 0 ? undefined : texts.join("; ");
  }
  const refs = new Map<string, MandateRef>(
    actions.flatMap((a) => traced.refsOf.get(a.id) ?? []).map((r) => [r.id, r] as const),
  );
  return refs.size === 0 ? undefined : formatMandateRefs([...refs.values()], locale, traced.context);
}

function priorityLines(dataset: Dataset, planId: string, traced: WorkPlanTrace, locale: Locale): ReportPriorityLine[] {
  return dataset.priorityLines
    .filter((l) => l.workPlan === planId)
    .sort((a, b) => a.number - b.number || cmp(a.id, b.id))
    .map((line) => {
      const source = dataset.actions
        .filter((a) => a.priorityLine === line.id)
        .sort((a, b) => a.number - b.number || cmp(a.id, b.id));
      const mandates = [
        ...new Set(source.flatMap((a) => a.mandateRefs ?? (traced.refsOf.get(a.id) ?? []).map((r) => r.id))),
      ].sort(cmp);
      const sentence = lineMandates(source, traced, locale);
      return {
        id: line.id,
        number: line.number,
        title: line.title,
        heading: label("priorityLine", locale, { number: line.number, title: line.title }),
        actions: source.map((a) => reportAction(dataset, a, locale)),
        mandates,
        ...(sentence === undefined ? {} : { mandateSentence: label("mandates", locale, { sentence }) }),
      };
    });
}

function meetingPlace(dataset: Dataset, m: PoliticalMeeting, locale: Locale): string {
  if (m.place !== undefined) return placeName(dataset, m.place.city, m.place.country, locale);
  if (m.location !== undefined) return cityName(m.location, locale);
  if (m.host !== undefined) return hostText(dataset, m.host, locale);
  return m.format === "virtual" ? label("virtualMeetings", locale) : "";
}

/** Topics "WG1: …", "WG2: …" grouped under their working group. */
function topicItems(topics: readonly string[], locale: Locale): ReportItem[] {
  const grouped = new Map<string, string[]>();
  const loose: string[] = [];
  for (const t of topics) {
    const m = /^WG(\d+):\s*(.+)$/.exec(t);
    if (m) grouped.set(m[1]!, [...(grouped.get(m[1]!) ?? []), m[2]!]);
    else loose.push(t);
  }
  return [
    ...[...grouped].map(([n, list]) =>
      item(
        `${label("workingGroup", locale, { number: n, title: "" }).replace(/:\s*$/, ":")} ${list.map((t, i) => `${roman(i + 1)}) ${t}`).join("; ")}`,
      ),
    ),
    ...loose.map((t) => item(t)),
  ];
}

const roman = (n: number): string => ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"][n - 1] ?? String(n);

const POLITICAL_ORDER = [
  "working-group-meeting",
  "preparatory-meeting",
  "conference",
  "authorities-meeting",
  "other",
] as const;

function politicalProcess(dataset: Dataset, planId: string, locale: Locale): ReportPoliticalMeeting[] {
  const meetings = dataset.politicalMeetings
    .filter((m) => m.workPlan === planId && m.partOf === undefined && POLITICAL_ORDER.includes(m.kind as never))
    .sort(
      (a, b) => cmp(dateSpecBounds(a.when)?.earliest ?? "", dateSpecBounds(b.when)?.earliest ?? "") || cmp(a.id, b.id),
    );
  const groups: PoliticalMeeting[][] = [];
  for (const kind of POLITICAL_ORDER) {
    const of = meetings.filter((m) => m.kind === kind);
    if (kind === "authorities-meeting") {
      if (of.length > 0) groups.push(of);
    } else groups.push(...of.map((m) => [m]));
  }
  return groups.map((group, index) => {
    const first = group[0]!;
    const details: ReportItem[] = [];
    // The document's description of the meeting is prose in English: printed as written (the
    // Spanish check sheet lists it).
    const description = first.asWritten?.find((w) => w.field === "description")?.text ?? first.description;
    if (description !== undefined) details.push(item(label("description", locale, { value: description })));
    const topics = group.flatMap((m) => m.topics);
    if (topics.length > 0) details.push(item(label("topics", locale), topicItems(topics, locale)));
    const when = joinAnd(
      group.map((m) => documentDate(m.when, locale)),
      locale,
    );
    const lead = first.leadTime;
    const leadText =
      lead === undefined
        ? ""
        : ` (${label("leadTime", locale, { months: lead.minMonthsBefore, conference: nameOfMeeting(dataset, lead.meeting, locale) })})`;
    const place = meetingPlace(dataset, first, locale);
    details.push(
      item(label("dateAndPlace", locale, { value: `${place === "" ? "" : `${place}, `}${when}${leadText}` })),
    );
    const funding = group.flatMap((m) => m.funding.map((f) => financingText(dataset, f, locale)));
    details.push(
      item(
        label("fundingSources", locale, {
          value: funding.length === 0 ? label("tbd", locale) : [...new Set(funding)].join("; "),
        }),
      ),
    );
    const decided = dataset.decisions
      .filter((d) => d.kind === "budget" && group.some((g) => d.concerns.includes(g.id)))
      .map((d) => item(label("decision", locale, { when: documentDate(d.when, locale), text: d.text })));
    details.push(...decided);
    const parts = dataset.politicalMeetings.filter((m) => group.some((g) => g.id === m.partOf));
    if (parts.length > 0) {
      const bodies = joinAnd(
        [...new Set(parts.map((p) => meetingName(dataset, p, locale)).flatMap((n) => n.split(", ")))],
        locale,
      );
      details.push(item(label("heldDuring", locale, { conference: meetingName(dataset, first, locale), bodies })));
    }
    for (const m of group)
      for (const symbol of m.outcomes)
        details.push(item(label("outputs", locale, { value: citedDocument(dataset, symbol, locale) })));
    return { ids: group.map((m) => m.id), number: index + 1, title: meetingName(dataset, first, locale), details };
  });
}

function nameOfMeeting(dataset: Dataset, id: string, locale: Locale): string {
  const m = dataset.politicalMeetings.find((x) => x.id === id);
  return m ? meetingName(dataset, m, locale) : conferenceName(dataset, id, locale);
}

/**
 * The plan's trace through the mandates module, with the political-process meetings that cite
 * provisions (`mandateText` or `mandateRefs` on the record) traced like actions: a meeting
 * answers mandates too. A meeting is grouped under the priority line of the first action that is
 * one of its topics.
 */
export function reportTrace(dataset: Dataset, planId: string): WorkPlanTrace {
  const lines = dataset.priorityLines.filter((l) => l.workPlan === planId).sort((a, b) => a.number - b.number);
  const meetings: PlannedTraceAction[] = dataset.politicalMeetings
    .filter((m) => m.workPlan === planId)
    .flatMap((m): PlannedTraceAction[] => {
      const text = "mandateText" in m && typeof m.mandateText === "string" ? m.mandateText : undefined;
      const refs = "mandateRefs" in m && Array.isArray(m.mandateRefs) ? (m.mandateRefs as string[]) : undefined;
      const line = dataset.actions.find((a) => a.atMeeting === m.id)?.priorityLine ?? lines[0]?.id;
      if ((text === undefined && refs === undefined) || line === undefined) return [];
      return [
        {
          id: m.id,
          priorityLine: line,
          title: meetingName(dataset, m, "en"),
          status: m.status,
          ...(text === undefined ? {} : { mandateText: text }),
          ...(refs === undefined ? {} : { mandateRefs: refs }),
        },
      ];
    });
  return traceWorkPlan(dataset, planId, { actions: meetings });
}

/** A document cited by symbol, with its title when the dataset has it: “Outcomes of …” (document: CIDI/CIMT/RPA/doc.45/23). */
function citedDocument(dataset: Dataset, symbol: string, locale: Locale): string {
  const doc = dataset.documents.find((d) => d.symbol === symbol);
  // A title the data has only in English is printed as written (the check sheet lists it).
  const title = doc === undefined ? undefined : locale === "es" ? (doc.titleEs?.text ?? doc.title) : doc.title;
  return title === undefined
    ? label("citedSymbol", locale, { symbol })
    : label("citedDocument", locale, { title, symbol });
}

function introduction(
  dataset: Dataset,
  plan: Plan,
  period: string,
  asOf: PlainDate,
  locale: Locale,
): ReportIntroduction {
  const paragraphs: string[] = [];
  const planning = plan.planning;
  if (planning !== undefined) {
    const format =
      planning.format === "virtual"
        ? label("introPlanningFormat", locale, { format: EVENT_FORMAT[locale]["virtually"]! })
        : "";
    paragraphs.push(label("introPlanning", locale, { period, format, when: documentDate(planning.when, locale) }));
  }
  if (plan.approval !== undefined) {
    const body = bodyText(plan.approval.body, locale) ?? plan.approval.body;
    paragraphs.push(label("introApproval", locale, { body, on: documentDay(plan.approval.on as PlainDate, locale) }));
  }
  const conference = dataset.conferences.find((c) => c.id === plan.conference);
  const start = conference === undefined ? undefined : dateSpecBounds(conference.dates)?.earliest;
  if (conference !== undefined && start !== undefined) {
    paragraphs.push(
      label("introMandates", locale, {
        instruments: instrumentsName(dataset, conference.id, locale),
        conference: conferenceName(dataset, conference.id, locale),
        when: documentMonth(start, locale),
      }),
    );
  }
  const leaders: string[] = [];
  const planningMeeting = dataset.politicalMeetings.find(
    (m) => m.workPlan === plan.id && m.kind === "planning-meeting",
  );
  const authorities = dataset.cycleAuthorities.find((a) => a.afterConference === plan.conference);
  if (authorities !== undefined && conference !== undefined) {
    if (planning?.chair !== undefined) {
      const chairPerson = planningMeeting?.participants?.find((p) => p.group === "Chair" && p.name !== undefined)?.name;
      const representative =
        chairPerson === undefined ? "" : label("introRepresentative", locale, { name: chairPerson });
      paragraphs.push(
        label("introChair", locale, { chair: partyName(dataset, planning.chair, locale), representative }),
      );
    }
    const previous = dataset.conferences.find((c) => c.edition.number === conference.edition.number - 1);
    const t = authorities.troika;
    leaders.push(
      label("troika", locale, {
        members: [
          label("troikaCurrent", locale, {
            country: partyName(dataset, t.currentChair, locale),
            conference: conferenceName(dataset, conference.id, locale),
          }),
          ...(previous
            ? [
                label("troikaPrevious", locale, {
                  country: partyName(dataset, t.previousChair, locale),
                  conference: conferenceName(dataset, previous.id, locale),
                }),
              ]
            : []),
          label("troikaNext", locale, {
            country: partyName(dataset, t.proposedNextHost, locale),
            conference: conferenceName(dataset, authorities.nextConference, locale),
          }),
        ].join(", "),
      }),
    );
    for (const wg of authorities.workingGroups) {
      leaders.push(
        label("wgAuthorities", locale, {
          number: wg.number,
          chair: partyName(dataset, wg.chair, locale),
          viceChairs: joinAnd(
            wg.viceChairs.map((v) => partyName(dataset, v, locale)),
            locale,
          ),
        }),
      );
    }
  }
  const after: string[] = [];
  const others = (group: string) =>
    (planningMeeting?.participants ?? [])
      .filter((p) => p.group === group && p.party !== undefined)
      .map((p) => partyName(dataset, p.party!, locale));
  const advisory = others("Advisory bodies");
  const organizations = others("International organizations");
  if (advisory.length + organizations.length > 0) {
    after.push(
      label("introParticipants", locale, {
        advisory: joinAnd(advisory, locale),
        organizations: joinAnd(organizations, locale),
      }),
    );
  }
  const answers = dataset.documentClaims.find(
    (c) => c.subject === plan.id && c.measure === "work-plan.questionnaire-ministries",
  );
  const input = planningMeeting?.statedOutputs?.find((o) => o.document !== undefined)?.document;
  if (answers !== undefined) {
    after.push(
      label("introQuestionnaire", locale, {
        count: String(answers.value),
        document:
          input === undefined
            ? ""
            : `, ${label("introCompiled", locale, { document: citedDocument(dataset, input, locale) })},`,
      }),
    );
  }
  const held = dataset.politicalMeetings
    .filter(
      (m) =>
        m.workPlan === plan.id &&
        m.kind === "authorities-meeting" &&
        m.status === "held" &&
        (dateSpecBounds(m.when)?.latest ?? "9999") <= asOf,
    )
    .sort((a, b) => cmp(dateSpecBounds(a.when)?.earliest ?? "", dateSpecBounds(b.when)?.earliest ?? ""));
  for (const m of held) {
    const document =
      m.outcomes.length === 0
        ? ""
        : label("introAuthoritiesDocument", locale, {
            symbols: m.outcomes.map((o) => citedDocument(dataset, o, locale)).join(", "),
          });
    after.push(label("introAuthorities", locale, { when: documentDate(m.when, locale), document }));
  }
  return {
    paragraphs,
    leaders,
    after,
    closing: label("introClosing", locale, { period, asOf: documentMonth(asOf, locale) }),
  };
}

function themes(dataset: Dataset, plan: Plan, locale: Locale): ReportThemes {
  const conference = dataset.conferences.find((c) => c.id === plan.conference);
  const name = conferenceName(dataset, plan.conference, locale);
  const paragraphs: string[] = [];
  if (conference?.theme !== undefined)
    paragraphs.push(label("themesTheme", locale, { conference: name, theme: localized(conference.theme, locale) }));
  const authorities = dataset.cycleAuthorities.find((a) => a.afterConference === plan.conference);
  const workingGroups = (authorities?.workingGroups ?? []).map((wg) =>
    label("workingGroup", locale, { number: wg.number, title: localized(wg.title, locale) }),
  );
  const workingGroupsIntro =
    workingGroups.length === 0
      ? undefined
      : label("themesWorkingGroups", locale, { instruments: instrumentsName(dataset, plan.conference, locale) });
  const central = [...(conference?.themes ?? [])]
    .sort((a, b) => a.number - b.number)
    .map((t) => `${t.number}) ${t.text}`);
  return {
    heading: label("themesHeading", locale, { conference: name }),
    paragraphs,
    themes: central,
    ...(workingGroupsIntro === undefined ? {} : { workingGroupsIntro }),
    workingGroups,
    closing: label("themesRial", locale),
  };
}

/**
 * The performance report of a work plan as of a date, in the structure of the Secretariat's
 * report (seed 001): I. Introduction (planning meeting, approval, troika and working-group
 * authorities, questionnaire, meetings of authorities held); II. Themes and mandates of the
 * conference; III.a the priority lines and each action's status, date, place, format,
 * financing, participation, sessions, outputs (document symbols) and partners, with the
 * mandates they answer in the document's words; III.b the political-process meetings with
 * topics, date and place and funding; III.c the approved budget table exactly as printed and
 * the execution from the ledger ("no execution records" when there are none); III.d the
 * partners' contributions the data holds; Annex 1, the calendar as tables and a timeline. The
 * findings (cycle, coverage, calendar, data) go to `checks`, a separate check sheet, each true
 * on the report's date. Every string is in the report's language; no ids, no ISO dates. A bad
 * `asOf`, language or work plan is an Issue.
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
export function buildPerformanceReport(
  process: ProcessData,
  options: PerformanceReportOptions,
): Result<PerformanceReport> {
  const asOf = parsePlainDate(inputText(options?.asOf));
  const locale = parseLocale(options?.locale);
  const problems = [
    ...(asOf.ok ? [] : asOf.issues.map((i) => ({ ...i, path: ["asOf", ...i.path] }))),
    ...(locale.ok ? [] : locale.issues),
  ];
  if (!asOf.ok || !locale.ok) return fail(problems);
  const dataset = process?.dataset;
  if (dataset === undefined || dataset === null || !Array.isArray(dataset.workPlans))
    return fail([issue("reports.no-work-plan", {}, { path: ["dataset"] })]);
  const chosen = chooseWorkPlan(dataset, process.workPlan);
  if (!chosen.ok) return chosen;
  const plan = chosen.value;
  const l = locale.value;
  const day = asOf.value;
  const period = `${plan.period.fromYear}-${plan.period.toYear}`;
  const traced = reportTrace(dataset, plan.id);
  const lines = priorityLines(dataset, plan.id, traced, l);
  const events = calendarEventsOfWorkPlan(dataset, plan.id, process.calendarEvents ?? []);
  const checks = checkSheetOf(process, plan.id, period, traced, events, day, l);
  const funding = process.budget ? fundingSection(process.budget, dataset, day, l) : undefined;
  const report: Omit<PerformanceReport, "checks"> = {
    asOf: day,
    locale: l,
    workPlan: plan.id,
    period,
    title: label("performanceTitle", l, { asOf: documentMonth(day, l), period }),
    introduction: introduction(dataset, plan, period, day, l),
    themes: themes(dataset, plan, l),
    performanceHeading: label("performanceHeading", l, { period }),
    prioritiesIntro: label("priorityLineCount", l, { count: lines.length }),
    priorityLines: lines,
    // Each cooperation's bounds computed once, then the same order (first day, then id).
    otherRialActions: dataset.bilateralCooperations
      .map((c) => ({ c, b: c.when === undefined ? undefined : dateSpecBounds(c.when) }))
      .filter(
        ({ b }) =>
          b !== undefined && b.earliest <= `${plan.period.toYear}-12-31` && b.latest >= `${plan.period.fromYear}-01-01`,
      )
      .sort((x, y) => cmp(x.b!.earliest, y.b!.earliest) || cmp(x.c.id, y.c.id))
      .map(({ c }) => cooperationText(dataset, c, l)),
    politicalIntro: label("politicalIntro", l),
    politicalProcess: politicalProcess(dataset, plan.id, l),
    ...(funding === undefined ? {} : { funding }),
    partners: partnerSections(dataset, plan.id, l),
    calendar: calendarAnnex(
      dataset,
      period,
      events,
      checks.conflicts.filter(marksConflict).sort(compareConflicts),
      day,
      l,
    ),
  };
  // Every English-only text the report prints, listed on the check sheet (none in English).
  // (None can be printed when there is none: then the report's strings are not gathered.)
  const candidates = englishOnlyTexts(process, l);
  const used = candidates.length === 0 ? [] : englishOnlyUsed(candidates, stringsOf(report).join("\n"));
  return ok({ ...report, checks: withEnglishOnly(checks.sheet, used, l) });
}

/** Every string of a value, depth first. */
function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, out);
  else if (value !== null && typeof value === "object") for (const v of Object.values(value)) stringsOf(v, out);
  return out;
}
