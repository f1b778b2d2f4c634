import { findingFactory } from "../../core/issue.js";
import { entitiesMessages } from "../../core/messages/entities.js";
import { addDays, type PlainDate } from "../../core/plain-date.js";
import type { Finding } from "../../core/result.js";
import { minutesOfDay } from "./clock-time.js";
import type { Deadline, Meeting, Presenter, Segment, Session } from "./meeting.js";
import type { MemberState } from "./member-state.js";
import type { Organization } from "./organization.js";

const finding = /* @__PURE__ */ findingFactory(entitiesMessages);

/**
 * What {@link checkMeeting} checks a meeting against: the known member states and
 * organizations (only their ids are read).
 *
 * @example
 * ```ts
 * import type { MeetingReferences } from "iacml/entities";
 * import { memberStates, organizations } from "iacml/data";
 * const refs: MeetingReferences = { memberStates, organizations };
 * ```
 */
export interface MeetingReferences {
  /** Known member states. */
  readonly memberStates: readonly Pick<MemberState, "id">[];
  /** Known organizations. */
  readonly organizations: readonly Pick<Organization, "id">[];
}

type Path = readonly (string | number)[];

/** The last day a deadline is still met. */
const lastDayInTime = (d: Deadline): PlainDate => (d.inclusive ? d.date : addDays(d.date, -1));

function presenterFindings(
  meeting: Meeting,
  refs: MeetingReferences,
  panel: string,
  presenter: Presenter,
  path: Path,
): Finding[] {
  const unknown = (kind: string, id: string): Finding[] => [
    finding(
      "entities.unknown-presenter",
      { panel, kind, presenter: id },
      {
        path,
        certainty: "certain",
        subjects: [meeting.id, id],
      },
    ),
  ];
  switch (presenter.kind) {
    case "organization":
      return refs.organizations.some((o) => o.id === presenter.id) ? [] : unknown("organization", presenter.id);
    case "member-state":
      return refs.memberStates.some((s) => s.id === presenter.id) ? [] : unknown("member state", presenter.id);
    case "working-group-chair":
      return meeting.workingGroups.includes(presenter.workingGroup)
        ? []
        : unknown("working group of this meeting", presenter.workingGroup);
    case "unnamed-ministries":
      return [];
  }
}

function timingFindings(meeting: Meeting, panel: string, segment: Segment, path: Path): Finding[] {
  if (segment.start === undefined || segment.end === undefined) return [];
  const span = minutesOfDay(segment.end) - minutesOfDay(segment.start);
  const options = { path, certainty: "certain" as const, subjects: [meeting.id, panel] };
  if (span <= 0) {
    return [finding("entities.segment-ends-before-start", { panel, start: segment.start, end: segment.end }, options)];
  }
  if (segment.minutes !== undefined && segment.minutes !== span) {
    return [
      finding(
        "entities.segment-duration-mismatch",
        { panel, span, minutes: segment.minutes },
        {
          ...options,
          severity: "warning",
        },
      ),
    ];
  }
  return [];
}

function overlapFindings(meeting: Meeting, session: Session, sessionIndex: number): Finding[] {
  const timed = session.panels
    .flatMap((panel) => panel.segments.map((s) => ({ panel: panel.id, start: s.start, end: s.end })))
    .flatMap((s) =>
      s.start !== undefined && s.end !== undefined && s.end > s.start
        ? [
            {
              label: `${s.panel} ${s.start}-${s.end}`,
              panel: s.panel,
              from: minutesOfDay(s.start),
              to: minutesOfDay(s.end),
            },
          ]
        : [],
    )
    .sort((a, b) => a.from - b.from || a.to - b.to);
  const findings: Finding[] = [];
  timed.forEach((later, i) => {
    for (const earlier of timed.slice(0, i)) {
      if (earlier.to > later.from) {
        findings.push(
          finding(
            "entities.segments-overlap",
            { session: session.id, first: earlier.label, second: later.label },
            {
              path: ["sessions", sessionIndex],
              severity: "warning",
              certainty: "certain",
              subjects: [meeting.id, earlier.panel, later.panel],
            },
          ),
        );
      }
    }
  });
  return findings;
}

// Each deadline's name in both languages, for the messages.
const REGISTRATION = { deadline: "registration", deadlineEs: "inscripción" } as const;
const ANSWERS = { deadline: "guiding-question answers", deadlineEs: "respuesta a las preguntas orientadoras" } as const;

function deadlineFindings(meeting: Meeting): Finding[] {
  const start = meeting.sessions.map((s) => s.date).sort()[0];
  const labelled: { deadline: string; deadlineEs: string; value: Deadline; path: Path }[] = [
    ...(meeting.registration?.deadlines ?? []).map((value, i) => ({
      ...REGISTRATION,
      value,
      path: ["registration", "deadlines", i],
    })),
    ...(meeting.guidingQuestions
      ? [{ ...ANSWERS, value: meeting.guidingQuestions.answerDeadline, path: ["guidingQuestions", "answerDeadline"] }]
      : []),
  ];
  const late = labelled
    .filter(({ value }) => start !== undefined && lastDayInTime(value) >= start)
    .map(({ deadline, deadlineEs, value, path }) =>
      finding(
        "entities.deadline-not-before-meeting",
        { deadline, deadlineEs, date: value.date, start: start ?? "" },
        {
          path,
          certainty: "certain",
          subjects: [meeting.id],
        },
      ),
    );
  const registrationDays = [...new Set((meeting.registration?.deadlines ?? []).map(lastDayInTime))].sort();
  const disagreement =
    registrationDays.length > 1
      ? [
          finding(
            "entities.deadlines-disagree",
            { ...REGISTRATION, dates: registrationDays.join(", ") },
            {
              path: ["registration", "deadlines"],
              severity: "warning",
              certainty: "certain",
              subjects: [meeting.id],
            },
          ),
        ]
      : [];
  return [...late, ...disagreement];
}

/**
 * Checks a meeting: presenters that are not known organizations, member states or working
 * groups of the meeting; guiding questions tied to a panel not on the agenda; registration and
 * answer deadlines that are not before the first session; registration deadlines stated in
 * disagreeing ways; segments that end before they start, whose times contradict their stated
 * minutes, or that overlap within a session.
 *
 * @example
 * ```ts
 * import { checkMeeting } from "iacml/entities";
 * import { memberStates, organizations, virtualWorkingGroupsMeeting2020 } from "iacml/data";
 * const findings = checkMeeting(virtualWorkingGroupsMeeting2020, { memberStates, organizations });
 * console.log(findings.map((f) => f.code)); // ["entities.deadlines-disagree"]
 * ```
 */
export function checkMeeting(meeting: Meeting, refs: MeetingReferences): Finding[] {
  const panelIds = new Set(meeting.sessions.flatMap((s) => s.panels.map((p) => p.id)));
  const agenda = meeting.sessions.flatMap((session, si) => [
    ...session.panels.flatMap((panel, pi) =>
      panel.segments.flatMap((segment, gi) => {
        const path = ["sessions", si, "panels", pi, "segments", gi];
        return [
          ...segment.presenters.flatMap((p, ri) =>
            presenterFindings(meeting, refs, panel.id, p, [...path, "presenters", ri]),
          ),
          ...timingFindings(meeting, panel.id, segment, path),
        ];
      }),
    ),
    ...overlapFindings(meeting, session, si),
  ]);
  const questions = (meeting.guidingQuestions?.questions ?? []).flatMap((q, qi) =>
    panelIds.has(q.panel)
      ? []
      : [
          finding(
            "entities.unknown-panel",
            { number: q.number, panel: q.panel },
            {
              path: ["guidingQuestions", "questions", qi, "panel"],
              certainty: "certain",
              subjects: [meeting.id, q.panel],
            },
          ),
        ],
  );
  return [...agenda, ...questions, ...deadlineFindings(meeting)];
}
