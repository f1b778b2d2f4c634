import type { Finding } from "../../core/result.js";
import { findingFactory } from "../../core/issue.js";
import { entitiesMessages } from "../../core/messages/entities.js";
import type { Dataset } from "./schema.js";

const finding = /* @__PURE__ */ findingFactory(entitiesMessages);

type Path = readonly (string | number)[];

/** One reference from a record to another record's id. */
interface Reference {
  readonly collection: keyof Dataset;
  readonly index: number;
  readonly id: string;
  readonly field: string;
  readonly path: Path;
  readonly target: string | undefined;
  readonly among: ReadonlySet<string>;
}

const idsOf = (records: readonly { id: string }[]): Set<string> => new Set(records.map((r) => r.id));

/** Every id used twice within one collection. */
export function duplicateIdFindings(dataset: Dataset): Finding[] {
  const findings: Finding[] = [];
  for (const [collection, records] of Object.entries(dataset) as [keyof Dataset, readonly { id?: string }[]][]) {
    const seen = new Map<string, number>();
    records.forEach((record, index) => {
      if (record.id === undefined) return;
      if (seen.has(record.id)) {
        findings.push(
          finding(
            "entities.duplicate-id",
            { id: record.id, collection },
            { path: [collection, index, "id"], certainty: "certain", subjects: [record.id] },
          ),
        );
      } else seen.set(record.id, index);
    });
  }
  return findings;
}

/** Every reference from one record to another that the dataset does not hold. */
export function unknownReferenceFindings(dataset: Dataset): Finding[] {
  const states = idsOf(dataset.memberStates);
  const organizations = idsOf(dataset.organizations);
  const parties = new Set([...states, ...organizations]);
  const conferences = idsOf(dataset.conferences);
  const instruments = idsOf(dataset.instruments);
  const provisions = idsOf(dataset.provisions);
  const topics = idsOf(dataset.topics);
  const workPlans = idsOf(dataset.workPlans);
  const lines = idsOf(dataset.priorityLines);
  const actions = idsOf(dataset.actions);
  const meetings = idsOf(dataset.politicalMeetings);
  const annex = idsOf(dataset.annexEntries);
  const cooperations = idsOf(dataset.bilateralCooperations);
  const budgetLines = idsOf(dataset.budgetLines);
  const schedulable = new Set([...actions, ...meetings, ...conferences, ...idsOf(dataset.activities)]);

  // Only the references to an id the dataset does not hold are kept, in the order they are met.
  const refs: Reference[] = [];
  const add = (
    collection: keyof Dataset,
    index: number,
    id: string,
    field: string,
    path: Path,
    target: string | undefined,
    among: ReadonlySet<string>,
  ) => {
    if (target === undefined || among.has(target)) return;
    refs.push({ collection, index, id, field, path: [collection, index, ...path], target, among });
  };
  const hostRefs = (
    collection: keyof Dataset,
    index: number,
    id: string,
    host: { memberStates: readonly string[]; organizations: readonly string[] } | undefined,
  ) => {
    host?.memberStates.forEach((s, k) =>
      add(collection, index, id, "member state", ["host", "memberStates", k], s, states),
    );
    host?.organizations.forEach((o, k) =>
      add(collection, index, id, "organization", ["host", "organizations", k], o, organizations),
    );
  };

  dataset.organizations.forEach((o, i) =>
    add("organizations", i, o.id, "organization", ["parent"], o.parent, organizations),
  );
  dataset.conferences.forEach((c, i) => {
    add("conferences", i, c.id, "member state", ["hostCountry"], c.hostCountry, states);
    c.instruments.forEach((x, k) => add("conferences", i, c.id, "instrument", ["instruments", k], x, instruments));
  });
  dataset.instruments.forEach((x, i) =>
    add("instruments", i, x.id, "conference", ["conference"], x.conference, conferences),
  );
  dataset.provisions.forEach((p, i) =>
    add("provisions", i, p.id, "instrument", ["instrument"], p.instrument, instruments),
  );
  dataset.cycleAuthorities.forEach((a, i) => {
    add("cycleAuthorities", i, a.id, "conference", ["afterConference"], a.afterConference, conferences);
    add("cycleAuthorities", i, a.id, "conference", ["nextConference"], a.nextConference, conferences);
    for (const role of ["currentChair", "previousChair", "proposedNextHost"] as const) {
      add("cycleAuthorities", i, a.id, "member state", ["troika", role], a.troika[role], states);
    }
    a.workingGroups.forEach((g, k) => {
      [g.chair, ...g.viceChairs].forEach((s, n) =>
        add(
          "cycleAuthorities",
          i,
          a.id,
          "member state",
          ["workingGroups", k, n === 0 ? "chair" : `viceChairs.${n - 1}`],
          s,
          states,
        ),
      );
      if (topics.size > 0)
        g.topics.forEach((t, n) =>
          add("cycleAuthorities", i, a.id, "topic", ["workingGroups", k, "topics", n], t, topics),
        );
    });
  });
  dataset.workingGroupRecommendations.forEach((r, i) => {
    if (topics.size > 0) add("workingGroupRecommendations", i, r.id, "topic", ["topic"], r.topic, topics);
    r.fed?.forEach((p, k) => add("workingGroupRecommendations", i, r.id, "provision", ["fed", k], p, provisions));
  });
  dataset.workPlans.forEach((w, i) =>
    add("workPlans", i, w.id, "conference", ["conference"], w.conference, conferences),
  );
  dataset.priorityLines.forEach((l, i) =>
    add("priorityLines", i, l.id, "work plan", ["workPlan"], l.workPlan, workPlans),
  );
  dataset.actions.forEach((a, i) => {
    add("actions", i, a.id, "priority line", ["priorityLine"], a.priorityLine, lines);
    hostRefs("actions", i, a.id, a.host);
    a.partners.forEach((p, k) => add("actions", i, a.id, "partner", ["partners", k], p, parties));
    a.financing.forEach((f, k) =>
      f.kind === "rial-fund"
        ? add("actions", i, a.id, "budget line", ["financing", k, "budgetLine"], f.budgetLine, budgetLines)
        : add("actions", i, a.id, "contributor", ["financing", k, "party"], f.party, parties),
    );
    add("actions", i, a.id, "meeting", ["atMeeting"], a.atMeeting, meetings);
  });
  const leadTimeTargets = new Set([...meetings, ...conferences]);
  dataset.politicalMeetings.forEach((m, i) => {
    add("politicalMeetings", i, m.id, "work plan", ["workPlan"], m.workPlan, workPlans);
    add("politicalMeetings", i, m.id, "conference", ["conference"], m.conference, conferences);
    add("politicalMeetings", i, m.id, "meeting", ["partOf"], m.partOf, meetings);
    add("politicalMeetings", i, m.id, "meeting", ["leadTime", "meeting"], m.leadTime?.meeting, leadTimeTargets);
    hostRefs("politicalMeetings", i, m.id, m.host);
  });
  dataset.annexEntries.forEach((e, i) => {
    add("annexEntries", i, e.id, "work plan", ["calendar"], e.calendar, workPlans);
    add("annexEntries", i, e.id, "calendar entry", ["partOf"], e.partOf, annex);
    add("annexEntries", i, e.id, "action or meeting", ["represents"], e.represents, schedulable);
  });
  dataset.activities.forEach((a, i) => {
    add("activities", i, a.id, "conference", ["conference"], a.conference, conferences);
    hostRefs("activities", i, a.id, a.host);
    a.partners.forEach((p, k) => add("activities", i, a.id, "partner", ["partners", k], p, parties));
  });
  dataset.bilateralCooperations.forEach((c, i) => {
    c.from.forEach((s, k) => add("bilateralCooperations", i, c.id, "member state", ["from", k], s, states));
    c.to.forEach((s, k) => add("bilateralCooperations", i, c.id, "member state", ["to", k], s, states));
    add("bilateralCooperations", i, c.id, "cooperation", ["resumes"], c.resumes, cooperations);
  });
  dataset.budgetLines.forEach((l, i) => {
    l.funds.forEach((a, k) => add("budgetLines", i, l.id, "action", ["funds", k], a, schedulable));
    l.coFunders.forEach((f, k) =>
      add("budgetLines", i, l.id, "co-funder", ["coFunders", k, "party"], f.party, parties),
    );
  });

  // The newer records and fields: documents, decisions, external events, partner
  // contributions, cooperation statements, meeting topics, participants, document symbols.
  const anyId = new Set<string>();
  for (const records of Object.values(dataset) as readonly { id?: unknown }[][])
    for (const r of records) if (typeof r.id === "string") anyId.add(r.id);
  for (const c of dataset.cycleAuthorities) for (const g of c.workingGroups) anyId.add(`${c.id}/${g.id}`);
  anyId.add("rial-2022-2024");
  const symbols = new Set(dataset.documents.flatMap((d) => (d.symbol ? [d.symbol] : [])));
  const bySymbol = symbols.size > 0 ? symbols : undefined;
  const participantRefs = (
    collection: keyof Dataset,
    i: number,
    id: string,
    list: readonly { party?: string }[] | undefined,
  ) => list?.forEach((p, k) => add(collection, i, id, "participant", ["participants", k, "party"], p.party, parties));
  dataset.actions.forEach((a, i) => {
    if (topics.size > 0) add("actions", i, a.id, "topic", ["meetingTopic", "topic"], a.meetingTopic?.topic, topics);
    participantRefs("actions", i, a.id, a.participants);
    if (bySymbol) a.outputs.forEach((o, k) => add("actions", i, a.id, "document", ["outputs", k], o, bySymbol));
    if (bySymbol)
      a.statedOutputs?.forEach((o, k) =>
        add("actions", i, a.id, "document", ["statedOutputs", k, "document"], o.document, bySymbol),
      );
  });
  dataset.politicalMeetings.forEach((m, i) => {
    if (topics.size > 0)
      m.topicRefs?.forEach((t, k) =>
        add("politicalMeetings", i, m.id, "topic", ["topicRefs", k, "topic"], t.topic, topics),
      );
    participantRefs("politicalMeetings", i, m.id, m.participants);
    if (bySymbol)
      m.outcomes.forEach((o, k) => add("politicalMeetings", i, m.id, "document", ["outcomes", k], o, bySymbol));
    if (bySymbol)
      m.statedOutputs?.forEach((o, k) =>
        add("politicalMeetings", i, m.id, "document", ["statedOutputs", k, "document"], o.document, bySymbol),
      );
  });
  dataset.documents.forEach((d, i) => add("documents", i, d.id, "record", ["of"], d.of, anyId));
  dataset.decisions.forEach((d, i) => {
    add("decisions", i, d.id, "meeting", ["meeting"], d.meeting, anyId);
    d.concerns.forEach((c, k) => add("decisions", i, d.id, "record", ["concerns", k], c, anyId));
    if (bySymbol) add("decisions", i, d.id, "document", ["recordedIn"], d.recordedIn, bySymbol);
  });
  dataset.externalEvents.forEach((e, i) => {
    add("externalEvents", i, e.id, "organization", ["organizer"], e.organizer, parties);
    add("externalEvents", i, e.id, "member state", ["chair"], e.chair, states);
    add("externalEvents", i, e.id, "calendar entry", ["calendarEntry"], e.calendarEntry, annex);
    e.citedBy.forEach((c, k) => add("externalEvents", i, e.id, "record", ["citedBy", k], c, anyId));
  });
  dataset.partnerContributions.forEach((c, i) => {
    add("partnerContributions", i, c.id, "work plan", ["workPlan"], c.workPlan, workPlans);
    add("partnerContributions", i, c.id, "partner", ["party"], c.party, parties);
    add("partnerContributions", i, c.id, "meeting", ["presentedAt"], c.presentedAt, meetings);
    c.points.forEach((p, k) =>
      p.refs.forEach((r, n) => add("partnerContributions", i, c.id, "record", ["points", k, "refs", n], r, anyId)),
    );
  });
  dataset.cooperationStatements.forEach((s, i) => {
    s.recipients.forEach((x, k) => add("cooperationStatements", i, s.id, "member state", ["recipients", k], x, states));
    s.providers.forEach((x, k) => add("cooperationStatements", i, s.id, "member state", ["providers", k], x, states));
  });
  // A subject is known when it is an id, or the part of an id before one of its slashes (few
  // subjects are not ids: those alone are looked for as prefixes).
  const isKnownSubject = (subject: string) => {
    if (anyId.has(subject)) return true;
    const prefix = `${subject}/`;
    for (const id of anyId) if (id.startsWith(prefix)) return true;
    return false;
  };
  const subjects = new Set(dataset.documentClaims.map((c) => c.subject).filter(isKnownSubject));
  dataset.documentClaims.forEach((c, i) => add("documentClaims", i, c.id, "record", ["subject"], c.subject, subjects));

  return refs.map((r) =>
    finding(
      "entities.unknown-reference",
      { collection: r.collection, id: r.id, field: r.field, target: r.target! },
      { path: r.path, certainty: "certain", subjects: [r.id, r.target!] },
    ),
  );
}
