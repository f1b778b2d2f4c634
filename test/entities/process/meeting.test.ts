import { describe, expect, it } from "vitest";
import * as fc from "fast-check";
import { formatIssue, plainDate } from "iacml/core";
import {
  agendaMinutes,
  checkMeeting,
  ClockTimeSchema,
  MeetingSchema,
  minutesOfDay,
  segmentMinutes,
  type Meeting,
  type Segment,
} from "iacml/entities";
import { deepFreeze } from "iacml/data";

const src = { document: "000_5fc6d6e009cf9f4b.txt", section: "3. Draft agenda" };
const refs = { memberStates: [{ id: "AR" }], organizations: [{ id: "ilo" }, { id: "oas-dhdee" }] };

const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;

function meetingWith(segments: Segment[], extra: Partial<Meeting> = {}): Meeting {
  return {
    id: "m",
    kind: "working-groups",
    title: { en: "M" },
    cycle: "2018-2021",
    workingGroups: ["wg1"],
    format: "virtual",
    languages: ["en", "es"],
    interpretation: "simultaneous",
    source: src,
    sessions: [
      {
        id: "day-1",
        date: plainDate("2020-09-10"),
        panels: [{ id: "p1", kind: "panel", title: { en: "P" }, segments }],
      },
    ],
    ...extra,
  };
}

const segmentArb: fc.Arbitrary<Segment> = fc
  .record({
    kind: fc.constantFrom("presentation", "open-dialogue", "questions-and-answers") as fc.Arbitrary<Segment["kind"]>,
    minutes: fc.option(fc.integer({ min: 1, max: 240 }), { nil: undefined }),
    start: fc.option(fc.integer({ min: 0, max: 1439 }).map(hhmm), { nil: undefined }),
    end: fc.option(fc.integer({ min: 0, max: 1439 }).map(hhmm), { nil: undefined }),
  })
  .map((s) => {
    const seg: Segment = { kind: s.kind, presenters: [] };
    if (s.minutes !== undefined) seg.minutes = s.minutes;
    if (s.start !== undefined) seg.start = s.start;
    if (s.end !== undefined) seg.end = s.end;
    return seg;
  });

const meetingArb = fc
  .array(fc.array(fc.array(segmentArb, { maxLength: 4 }), { maxLength: 4 }), { minLength: 1, maxLength: 3 })
  .map(
    (sessions): Meeting => ({
      ...meetingWith([]),
      sessions: sessions.map((panels, si) => ({
        id: `day-${si + 1}`,
        date: plainDate(`2020-09-1${si}`),
        panels: panels.map((segments, pi) => ({
          id: `s${si}p${pi}`,
          kind: "panel" as const,
          title: { en: "P" },
          segments,
        })),
      })),
    }),
  );

describe("clock times", () => {
  it("reads HH:MM", () => {
    expect(minutesOfDay("00:00")).toBe(0);
    expect(minutesOfDay("23:59")).toBe(1439);
    expect(ClockTimeSchema.safeParse("24:00").success).toBe(false);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1439 }), (m) => {
        expect(ClockTimeSchema.safeParse(hhmm(m)).success).toBe(true);
        expect(minutesOfDay(hhmm(m))).toBe(m);
      }),
    );
  });
});

describe("segmentMinutes", () => {
  it("prefers stated minutes, else a positive span, else undefined", () => {
    expect(segmentMinutes({ kind: "presentation", presenters: [], minutes: 30, start: "10:00", end: "10:10" })).toBe(
      30,
    );
    expect(segmentMinutes({ kind: "presentation", presenters: [], start: "10:00", end: "10:40" })).toBe(40);
    expect(segmentMinutes({ kind: "presentation", presenters: [], start: "10:40", end: "10:00" })).toBeUndefined();
    expect(segmentMinutes({ kind: "presentation", presenters: [], start: "10:40" })).toBeUndefined();
  });
});

describe("agendaMinutes", () => {
  it("equals the sum of its segments, per panel, per session and in total", () => {
    fc.assert(
      fc.property(meetingArb, (meeting) => {
        const a = agendaMinutes(deepFreeze(meeting));
        const segments = meeting.sessions.flatMap((s) => s.panels.flatMap((p) => p.segments));
        const durations = segments.map(segmentMinutes);
        expect(a.minutes).toBe(durations.reduce<number>((t, m) => t + (m ?? 0), 0));
        expect(a.untimedSegments).toBe(durations.filter((m) => m === undefined).length);
        for (const s of a.sessions) {
          expect(s.minutes).toBe(s.panels.reduce((t, p) => t + p.minutes, 0));
          expect(s.untimedSegments).toBe(s.panels.reduce((t, p) => t + p.untimedSegments, 0));
        }
        expect(a.sessions.map((s) => s.session)).toEqual(meeting.sessions.map((s) => s.id));
      }),
    );
  });

  it("does not depend on the order of panels", () => {
    fc.assert(
      fc.property(meetingArb, (meeting) => {
        const reversed = {
          ...meeting,
          sessions: meeting.sessions.map((s) => ({ ...s, panels: [...s.panels].reverse() })),
        };
        expect(agendaMinutes(reversed).minutes).toBe(agendaMinutes(meeting).minutes);
      }),
    );
  });
});

describe("checkMeeting", () => {
  it("finds unknown presenters of every kind", () => {
    const m = meetingWith([
      {
        kind: "presentation",
        presenters: [
          { kind: "organization", id: "ilo" },
          { kind: "organization", id: "who" },
          { kind: "member-state", id: "AR" },
          { kind: "member-state", id: "ZZ" },
          { kind: "working-group-chair", workingGroup: "wg1" },
          { kind: "working-group-chair", workingGroup: "wg9" },
          { kind: "unnamed-ministries", count: 2 },
        ],
      },
    ]);
    const findings = checkMeeting(m, refs);
    expect(findings.map((f) => f.subjects[1])).toEqual(["who", "ZZ", "wg9"]);
    expect(findings.every((f) => f.code === "entities.unknown-presenter")).toBe(true);
    expect(findings[0]?.path).toEqual(["sessions", 0, "panels", 0, "segments", 0, "presenters", 1]);
    expect(formatIssue(findings[1]!, "es")).toContain("ZZ");
  });

  it("finds segments that end before they start, disagree with their minutes, or overlap", () => {
    const m = meetingWith([
      { kind: "presentation", presenters: [], start: "10:00", end: "10:30" },
      { kind: "open-dialogue", presenters: [], start: "10:20", end: "11:00", minutes: 60 },
      { kind: "questions-and-answers", presenters: [], start: "12:00", end: "11:50" },
      { kind: "questions-and-answers", presenters: [], start: "12:00", end: "12:00" },
    ]);
    const codes = checkMeeting(m, refs)
      .map((f) => f.code)
      .sort();
    expect(codes).toEqual([
      "entities.segment-duration-mismatch",
      "entities.segment-ends-before-start",
      "entities.segment-ends-before-start",
      "entities.segments-overlap",
    ]);
  });

  it("finds no overlap in back-to-back segments", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 60 }), { maxLength: 12 }), (lengths) => {
        let t = 8 * 60;
        const segments = lengths.map((len): Segment => {
          const s: Segment = { kind: "presentation", presenters: [], start: hhmm(t), end: hhmm(t + len) };
          t += len;
          return s;
        });
        expect(checkMeeting(meetingWith(segments), refs)).toEqual([]);
      }),
    );
  });

  it("finds late and disagreeing deadlines and questions of unknown panels", () => {
    const deadline = (date: string, inclusive: boolean) => ({ date: plainDate(date), inclusive, source: src });
    const m = meetingWith([], {
      registration: {
        deadlines: [deadline("2020-09-10", false), deadline("2020-09-10", true)],
        sendTo: "oas-dhdee",
        fields: ["email"],
        governmentDelegatesChannel: "permanent-mission-to-oas",
      },
      guidingQuestions: {
        answerDeadline: deadline("2020-09-11", false),
        answersTo: "oas-dhdee",
        questions: [{ number: 1, workingGroup: "wg1", panel: "p9", subject: { en: "Q" } }],
      },
    });
    const findings = checkMeeting(m, refs);
    expect(findings.map((f) => [f.code, f.path.join(".")])).toEqual([
      ["entities.unknown-panel", "guidingQuestions.questions.0.panel"],
      ["entities.deadline-not-before-meeting", "registration.deadlines.1"],
      ["entities.deadline-not-before-meeting", "guidingQuestions.answerDeadline"],
      ["entities.deadlines-disagree", "registration.deadlines"],
    ]);
    expect(findings[3]?.params["dates"]).toBe("2020-09-09, 2020-09-10");
  });

  it("never throws and never mutates, whatever the agenda", () => {
    fc.assert(
      fc.property(meetingArb, (meeting) => {
        const copy = structuredClone(meeting);
        const findings = checkMeeting(deepFreeze(meeting), refs);
        expect(meeting).toEqual(copy);
        const backwards = meeting.sessions
          .flatMap((s) => s.panels.flatMap((p) => p.segments))
          .filter((s) => s.start !== undefined && s.end !== undefined && s.end <= s.start).length;
        expect(findings.filter((f) => f.code === "entities.segment-ends-before-start")).toHaveLength(backwards);
        expect(MeetingSchema.safeParse(meeting).success).toBe(true);
      }),
    );
  });

  it("skips the deadline check for a meeting without sessions", () => {
    const m = { ...meetingWith([]), sessions: [] };
    const withDeadline = {
      ...m,
      guidingQuestions: {
        answerDeadline: { date: plainDate("2030-01-01"), inclusive: true, source: src },
        answersTo: "oas-dhdee",
        questions: [],
      },
    };
    expect(checkMeeting(withDeadline, refs)).toEqual([]);
  });
});
