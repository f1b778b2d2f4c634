import type { Finding } from "../../core/result.js";
import { findingFactory } from "../../core/issue.js";
import { entitiesMessages } from "../../core/messages/entities.js";
import { dateSpecBounds } from "../../core/date-spec/bounds.js";
import { differenceInDays } from "../../core/plain-date.js";
import type { DateSpec } from "../../core/date-spec/types.js";
import type { SourceRef } from "../common.js";
import type { AsWritten } from "../stated.js";
import { cooperationParties } from "../work-plan/cooperation-parties.js";
import { recordNames, sourceName, sourceParams } from "./names.js";
import type { Dataset } from "./schema.js";

// Where the documents contradict each other or themselves, as a few general rules:
// - the same fact stated twice with different values (document claims with one subject and
//   measure; a title, name or date written two ways in a record's `asWritten`);
// - a stated interval against the dates it spans;
// - what a report's prose says about cooperations against the cooperations it lists;
// - a topic an action gives a meeting against the topics decided for it;
// - the same contribution recorded twice (a budget line's co-funder and an action's financing);
// - a stated figure against the record's own counts;
// - the discrepancies the records note.
// Every finding names both sources.

const finding = /* @__PURE__ */ findingFactory(entitiesMessages);

/** Labels of what is compared, in English and Spanish (never an internal id in a message). */
const LABELS: Readonly<Record<string, readonly [string, string]>> = {
  title: ["title", "el título"],
  name: ["name", "el nombre"],
  date: ["date", "la fecha"],
  "date.adopted": ["adoption date", "la fecha de adopción"],
  edition: ["edition", "la edición"],
  venue: ["venue", "la sede"],
  format: ["format", "la modalidad"],
  topic: ["topic", "el tema"],
  when: ["date", "la fecha"],
  "repository.measures": ["number of items it gathers", "el número de elementos que reúne"],
  "repository.measures-at-launch": ["number of measures at launch", "el número de medidas al lanzamiento"],
  "work-plan.questionnaire-ministries": [
    "number of Ministries that answered the questionnaire",
    "el número de Ministerios que respondieron el cuestionario",
  ],
  "course.trained-officials-total": ["number of trained officials", "el número de funcionarios capacitados"],
  "course.ministries-total": ["number of Ministries trained", "el número de Ministerios capacitados"],
  "conference.themes": ["number of central themes", "el número de temas centrales"],
};
const label = (key: string): { what: string; whatEs: string } => {
  const l = LABELS[key];
  return l === undefined ? { what: key, whatEs: key } : { what: l[0], whatEs: l[1] };
};

const NON_ASCII = /[^\u0000-\u007f]/;

/** Folds a title for comparison: case, quotes, apostrophes, punctuation and spacing. */
function foldTitle(text: string): string {
  // ASCII text has no accents to take off (NFKD leaves it as it is).
  const bare = NON_ASCII.test(text) ? text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "") : text;
  return bare
    .toLowerCase()
    .replace(/['’‘`"“”]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * Two titles agree when equal after folding or when one holds the other whole (a short form).
 * Each text is folded once per check (the folds are kept for the duration of one call of the
 * check that makes this comparer, not across calls).
 */
const titlesAgreement = (): ((a: string, b: string) => boolean) => {
  const folds = new Map<string, string>();
  const fold = (text: string): string => {
    let folded = folds.get(text);
    if (folded === undefined) {
      folded = ` ${foldTitle(text)} `;
      folds.set(text, folded);
    }
    return folded;
  };
  return (a, b) => {
    const x = fold(a);
    const y = fold(b);
    return x.includes(y) || y.includes(x);
  };
};

/** Two date values (EDTF-like text) agree when equal or one is a less precise prefix of the other. */
const datesAgree = (a: string, b: string): boolean => a === b || a.startsWith(`${b}-`) || b.startsWith(`${a}-`);

interface Statement {
  readonly value: string;
  readonly text: string;
  readonly source: SourceRef;
  readonly inferred: boolean;
}

const variantsOf = (statements: readonly Statement[]): { variants: string; variantsEs: string } => ({
  variants: statements.map((s) => `“${s.text}” (${sourceName(s.source, "en")})`).join("; "),
  variantsEs: statements.map((s) => `“${s.text}” (${sourceName(s.source, "es")})`).join("; "),
});

type Names = ReturnType<typeof recordNames>;
const named = (key: string, id: string, names: Names): Record<string, string> => {
  const n = names(id);
  return { [key]: n.en, [`${key}Es`]: n.es, [`${key}Id`]: id };
};

/** Splits statements into groups of mutually agreeing values; more than one group is a contradiction. */
function disagreeing(statements: readonly Statement[], agree: (a: string, b: string) => boolean): Statement[][] {
  const groups: Statement[][] = [];
  for (const s of statements) {
    const group = groups.find((g) => g.some((t) => agree(t.value, s.value)));
    if (group) group.push(s);
    else groups.push([s]);
  }
  return groups;
}

const HANDLED_ELSEWHERE =
  /^(work-plan\.priority-lines|work-plan\.name-period|bilateral-cooperations\.|elapsed-days$|conference\.themes$)/;

/** Claims with one subject and measure and different values. */
function claimGroupFindings(dataset: Dataset, names: Names): Finding[] {
  const groups = new Map<string, { subject: string; measure: string; ids: string[]; statements: Statement[] }>();
  for (const c of dataset.documentClaims) {
    if (HANDLED_ELSEWHERE.test(c.measure)) continue;
    const key = `${c.subject}\u0000${c.measure}`;
    const group = groups.get(key) ?? { subject: c.subject, measure: c.measure, ids: [], statements: [] };
    group.ids.push(c.id);
    const value = `${c.qualifier ?? ""}${c.qualifier ? " " : ""}${String(c.value)}`;
    group.statements.push({ value, text: c.text ?? value, source: c.source, inferred: (c.inferred ?? []).length > 0 });
    groups.set(key, group);
  }
  const findings: Finding[] = [];
  const titlesAgree = titlesAgreement();
  for (const g of groups.values()) {
    if (g.statements.length < 2) continue;
    const isDate = g.measure === "date" || g.measure.startsWith("date.");
    const isTitle = g.measure === "title" || g.measure === "name";
    const parts = disagreeing(g.statements, isDate ? datesAgree : isTitle ? titlesAgree : (a, b) => a === b);
    if (parts.length < 2) continue;
    const code = isDate
      ? "entities.date-written-differently"
      : isTitle
        ? "entities.title-written-differently"
        : "entities.statements-differ";
    findings.push(
      finding(
        code,
        {
          ...named("subject", g.subject, names),
          ...label(g.measure),
          ...variantsOf(g.statements),
          sources: g.statements.map((s) => s.source.document).join("; "),
        },
        {
          certainty: g.statements.some((s) => s.inferred) ? "possible" : "certain",
          severity: "warning",
          subjects: [g.subject, ...g.ids],
        },
      ),
    );
  }
  return findings;
}

interface WrittenRecord {
  readonly id: string;
  readonly path: readonly (string | number)[];
  readonly asWritten: readonly AsWritten[];
}

/** Every record (and working-group term) that keeps the documents' words, with its path. */
function writtenRecords(dataset: Dataset): WrittenRecord[] {
  const out: WrittenRecord[] = [];
  const collect = (collection: keyof Dataset, records: readonly { id: string; asWritten?: readonly AsWritten[] }[]) =>
    records.forEach((r, i) => {
      if (r.asWritten && r.asWritten.length > 0)
        out.push({ id: r.id, path: [collection, i, "asWritten"], asWritten: r.asWritten });
    });
  collect("actions", dataset.actions);
  collect("politicalMeetings", dataset.politicalMeetings);
  collect("activities", dataset.activities);
  collect("conferences", dataset.conferences);
  collect("organizations", dataset.organizations);
  collect("externalEvents", dataset.externalEvents);
  collect("budgetLines", dataset.budgetLines);
  dataset.cycleAuthorities.forEach((c, i) =>
    c.workingGroups.forEach((g, k) => {
      if (g.asWritten && g.asWritten.length > 0)
        out.push({
          id: `${c.id}/${g.id}`,
          path: ["cycleAuthorities", i, "workingGroups", k, "asWritten"],
          asWritten: g.asWritten,
        });
    }),
  );
  return out;
}

/** A title or name a record keeps in more than one wording that do not agree. */
function writtenTitleFindings(dataset: Dataset, names: Names): Finding[] {
  const findings: Finding[] = [];
  const titlesAgree = titlesAgreement();
  for (const record of writtenRecords(dataset)) {
    for (const field of ["title", "name"] as const) {
      const statements = record.asWritten
        .filter((w) => w.field === field)
        .map((w): Statement => ({ value: w.text, text: w.text, source: w.source, inferred: false }));
      if (statements.length < 2 || disagreeing(statements, titlesAgree).length < 2) continue;
      findings.push(
        finding(
          "entities.title-written-differently",
          {
            ...named("subject", record.id, names),
            ...label(field),
            ...variantsOf(statements),
            sources: statements.map((s) => s.source.document).join("; "),
          },
          { path: record.path, certainty: "certain", severity: "warning", subjects: [record.id] },
        ),
      );
    }
  }
  return findings;
}

/** The discrepancies the records note (conference `discrepancies`), with the record's source. */
function recordedDiscrepancyFindings(dataset: Dataset, names: Names): Finding[] {
  return dataset.conferences.flatMap((c, i) =>
    (c.discrepancies ?? []).map((d, k) =>
      finding(
        "entities.recorded-discrepancy",
        {
          ...named("subject", c.id, names),
          ...sourceParams("recordSource", c.source),
          note: d.note,
          ...sourceParams("source", d.source),
        },
        { path: ["conferences", i, "discrepancies", k], certainty: "certain", severity: "warning", subjects: [c.id] },
      ),
    ),
  );
}

const whenOfRecord = (dataset: Dataset): Map<string, { when: DateSpec; source: SourceRef }> => {
  const out = new Map<string, { when: DateSpec; source: SourceRef }>();
  for (const a of dataset.actions) if (a.when) out.set(a.id, { when: a.when, source: a.source });
  for (const m of dataset.politicalMeetings) out.set(m.id, { when: m.when, source: m.source });
  for (const a of dataset.activities) out.set(a.id, { when: a.when, source: a.source });
  for (const e of dataset.externalEvents) if (e.when) out.set(e.id, { when: e.when, source: e.source });
  return out;
};

/** "In less than three weeks after …": the stated interval against the subject's own date. */
function intervalFindings(dataset: Dataset, names: Names): Finding[] {
  const dated = whenOfRecord(dataset);
  const findings: Finding[] = [];
  for (const c of dataset.documentClaims) {
    if (c.measure !== "elapsed-days" || c.since === undefined || typeof c.value !== "number") continue;
    const record = dated.get(c.subject);
    const bounds = record ? dateSpecBounds(record.when) : undefined;
    if (!record || !bounds) continue;
    const days = differenceInDays(bounds.earliest, c.since as never);
    const q = c.qualifier;
    const holds =
      q === "less than"
        ? days < c.value
        : q === "more than"
          ? days > c.value
          : q === "at least"
            ? days >= c.value
            : days === c.value;
    if (holds) continue;
    findings.push(
      finding(
        "entities.stated-interval-differs",
        {
          ...sourceParams("source", c.source),
          ...named("subject", c.subject, names),
          qualifier: q ?? "",
          qualifierEs:
            q === "less than" ? "menos de" : q === "more than" ? "más de" : q === "at least" ? "al menos" : "",
          stated: c.value,
          since: c.since,
          date: bounds.earliest,
          ...sourceParams("recordSource", record.source),
          days,
        },
        { certainty: "certain", severity: "warning", subjects: [c.id, c.subject] },
      ),
    );
  }
  return findings;
}

/** What the prose says about cooperations (who helped whom, on what) against the list. */
function cooperationStatementFindings(dataset: Dataset, names: Names): Finding[] {
  const list = (ids: readonly string[], lang: "en" | "es") => ids.map((x) => names(x)[lang]).join(", ");
  const findings: Finding[] = [];
  const parties = dataset.bilateralCooperations.map((c) => ({ c, p: cooperationParties(c) }));
  dataset.cooperationStatements.forEach((s, i) => {
    s.recipients.forEach((recipient, r) => {
      const providers = s.respectively ? [s.providers[r]!] : s.providers;
      const withProvider = parties.filter(
        ({ p }) => p.recipient.includes(recipient) && providers.some((x) => p.provider.includes(x)),
      );
      if (withProvider.length === 0) {
        const listed = parties.filter(({ c }) => c.from.includes(recipient) || c.to.includes(recipient));
        findings.push(
          finding(
            "entities.stated-cooperation-not-listed",
            {
              ...sourceParams("source", s.source),
              recipient,
              ...named("recipientName", recipient, names),
              providers: providers.join(", "),
              providerNames: list(providers, "en"),
              providerNamesEs: list(providers, "es"),
              ...(listed[0]
                ? sourceParams("listSource", listed[0].c.source)
                : { listSource: "the list", listSourceEs: "la lista" }),
              listed:
                listed.map(({ c }) => `${list(c.from, "en")} – ${list(c.to, "en")}: ${c.topic}`).join("; ") || "none",
              listedEs:
                listed.map(({ c }) => `${list(c.from, "es")} – ${list(c.to, "es")}: ${c.topic}`).join("; ") ||
                "ninguna",
            },
            {
              path: ["cooperationStatements", i, "recipients", r],
              certainty: "certain",
              severity: "warning",
              subjects: [s.id, ...listed.map(({ c }) => c.id)],
            },
          ),
        );
        return;
      }
      if (s.topics.length === 0) return;
      const topics = new Set(s.topics.map((t) => t.toLowerCase()));
      if (withProvider.some(({ c }) => topics.has(c.topic.toLowerCase()))) return;
      for (const { c, p } of withProvider) {
        findings.push(
          finding(
            "entities.stated-cooperation-topic-differs",
            {
              ...sourceParams("source", s.source),
              recipient,
              ...named("recipientName", recipient, names),
              provider: p.provider.filter((x) => providers.includes(x)).join(", "),
              providerName: list(
                p.provider.filter((x) => providers.includes(x)),
                "en",
              ),
              providerNameEs: list(
                p.provider.filter((x) => providers.includes(x)),
                "es",
              ),
              topics: s.topics.join(", "),
              ...sourceParams("listSource", c.source),
              id: c.id,
              topic: c.topic,
            },
            {
              path: ["cooperationStatements", i, "recipients", r],
              certainty: "certain",
              severity: "warning",
              subjects: [s.id, c.id],
            },
          ),
        );
      }
    });
  });
  return findings;
}

/** A topic an action gives a meeting that is not among the topics decided for that meeting. */
function meetingTopicFindings(dataset: Dataset, names: Names): Finding[] {
  const meetings = new Map(dataset.politicalMeetings.map((m) => [m.id, m]));
  const findings: Finding[] = [];
  dataset.actions.forEach((a, i) => {
    const meeting = a.atMeeting === undefined ? undefined : meetings.get(a.atMeeting);
    if (!a.meetingTopic || !meeting?.topicRefs) return;
    const { workingGroup, topic } = a.meetingTopic;
    if (meeting.topicRefs.some((t) => t.workingGroup === workingGroup && t.topic === topic)) return;
    const label = dataset.topics.find((t) => t.id === topic)?.label;
    findings.push(
      finding(
        "entities.meeting-topic-not-decided",
        {
          ...named("id", a.id, names),
          ...sourceParams("source", a.source),
          topic: label?.en ?? topic,
          topicEs: label?.es ?? label?.en ?? topic,
          workingGroup: `Working Group ${workingGroup.slice(2)}`,
          workingGroupEs: `Grupo de Trabajo ${workingGroup.slice(2)}`,
          ...named("meeting", meeting.id, names),
          ...sourceParams("meetingSource", meeting.source),
        },
        {
          path: ["actions", i, "meetingTopic"],
          certainty: "certain",
          severity: "warning",
          subjects: [a.id, meeting.id],
        },
      ),
    );
  });
  return findings;
}

/** A co-funder of a budget line whose confirmation differs from the funded action's record of it. */
function coFundingFindings(dataset: Dataset, names: Names): Finding[] {
  const actions = new Map(dataset.actions.map((a) => [a.id, a]));
  const findings: Finding[] = [];
  dataset.budgetLines.forEach((line, i) => {
    line.coFunders.forEach((co, k) => {
      for (const id of line.funds) {
        const action = actions.get(id);
        const contribution = action?.financing.find((f) => f.kind === "contribution" && f.party === co.party);
        if (!action || !contribution || contribution.kind !== "contribution" || contribution.confirmed === co.confirmed)
          continue;
        const state = (confirmed: boolean) => (confirmed ? "confirmed" : "to be confirmed");
        const stateEs = (confirmed: boolean) => (confirmed ? "confirmado" : "por confirmar");
        const held = action.status === "fulfilled";
        findings.push(
          finding(
            "entities.co-funding-confirmation-differs",
            {
              ...named("line", line.id, names),
              ...sourceParams("lineSource", line.source),
              ...named("party", co.party, names),
              lineState: state(co.confirmed),
              lineStateEs: stateEs(co.confirmed),
              ...named("action", action.id, names),
              ...sourceParams("actionSource", action.source),
              actionState: held ? "made (the activity was held)" : state(contribution.confirmed),
              actionStateEs: held ? "realizada (la actividad se llevó a cabo)" : stateEs(contribution.confirmed),
            },
            {
              path: ["budgetLines", i, "coFunders", k, "confirmed"],
              certainty: "certain",
              severity: "warning",
              subjects: [line.id, action.id],
            },
          ),
        );
      }
    });
  });
  return findings;
}

/** A stated figure (a claim with a unit) against the counts and figures its subject record gives. */
function figureFindings(dataset: Dataset, names: Names): Finding[] {
  const figures = new Map<string, { value: string; unit: string; source: SourceRef }[]>();
  const push = (id: string, value: string, unit: string, source: SourceRef) => {
    const list = figures.get(id) ?? [];
    list.push({ value, unit, source });
    figures.set(id, list);
  };
  const fromRecord = (r: {
    id: string;
    participationCounts?: readonly { count: number; qualifier?: string; unit: string; source: SourceRef }[];
    statedOutputs?: readonly { figure?: { value: number; qualifier?: string; unit: string }; source: SourceRef }[];
  }) => {
    for (const p of r.participationCounts ?? [])
      push(r.id, `${p.qualifier ? `${p.qualifier} ` : ""}${p.count}`, p.unit, p.source);
    for (const o of r.statedOutputs ?? [])
      if (o.figure)
        push(r.id, `${o.figure.qualifier ? `${o.figure.qualifier} ` : ""}${o.figure.value}`, o.figure.unit, o.source);
  };
  dataset.actions.forEach(fromRecord);
  dataset.politicalMeetings.forEach(fromRecord);
  // A work plan's figures are those of its political meetings (the questionnaire answered
  // before its planning meeting).
  dataset.politicalMeetings.forEach((m) => fromRecord({ ...m, id: m.workPlan }));
  dataset.activities.forEach(fromRecord);
  const findings: Finding[] = [];
  for (const c of dataset.documentClaims) {
    if (c.unit === undefined || typeof c.value !== "number") continue;
    const same = (figures.get(c.subject) ?? []).filter((f) => f.unit === c.unit);
    const stated = `${c.qualifier ? `${c.qualifier} ` : ""}${c.value}`;
    if (same.length === 0 || same.some((f) => f.value === stated)) continue;
    findings.push(
      finding(
        "entities.stated-figure-differs",
        {
          ...sourceParams("source", c.source),
          ...label(c.measure),
          ...named("subject", c.subject, names),
          stated,
          listed: same.map((f) => f.value).join(", "),
          ...sourceParams("recordSource", same[0]!.source),
        },
        { certainty: "certain", severity: "warning", subjects: [c.id, c.subject] },
      ),
    );
  }
  return findings;
}

/**
 * Every contradiction between or within the documents that the dataset's records and claims
 * show, each finding naming both sources: facts stated twice with different values (document
 * claims of one subject and measure), titles, names and dates written two ways (claims and
 * records' `asWritten`), stated intervals against dates, the prose on bilateral cooperations
 * against the list, meeting topics an action names against the topics decided, co-funders
 * recorded twice, stated figures against the records' counts, and the discrepancies records
 * note.
 *
 * @example
 * ```ts
 * import { contradictionFindings, DatasetSchema } from "iacml/entities";
 * import { dataset } from "iacml/data";
 * for (const f of contradictionFindings(DatasetSchema.parse(dataset))) console.log(f.code, f.message);
 * ```
 */
export function contradictionFindings(dataset: Dataset): Finding[] {
  const names = recordNames(dataset);
  return [
    ...claimGroupFindings(dataset, names),
    ...writtenTitleFindings(dataset, names),
    ...recordedDiscrepancyFindings(dataset, names),
    ...intervalFindings(dataset, names),
    ...cooperationStatementFindings(dataset, names),
    ...meetingTopicFindings(dataset, names),
    ...coFundingFindings(dataset, names),
    ...figureFindings(dataset, names),
  ];
}
