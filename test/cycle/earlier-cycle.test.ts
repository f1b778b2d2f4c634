// An earlier cycle (2016-2017, XIX Cancún → XX Bridgetown) written as data from public documents
// and checked with the cycle module's public API only.
import { describe, expect, it } from "vitest";
import { checkCycle, iacmlCycleRules, parseCycleSchedule, type CycleRules, type CycleSchedule } from "iacml/cycle";
import { earlierCycle2016To2017 as data } from "iacml/data";

const schedule: CycleSchedule = {
  id: data.id,
  previousConference: {
    id: data.previousConference.id,
    when: data.previousConference.when,
    status: "held",
    format: "in-person",
  },
  conference: { id: data.conference.id, when: data.conference.when, status: "held", format: "in-person" },
  milestones: data.meetings.map((m) => ({
    id: m.id,
    kind: m.kind,
    when: m.when,
    status: "held" as const,
    format: "in-person" as const,
  })),
};

/** The cycle was biennial then: the same rules with a two-year length. */
const biennial: CycleRules = {
  ...iacmlCycleRules,
  lengthInMonths: 24,
  rules: iacmlCycleRules.rules.map((r) =>
    r.id === "cycle-length" ? { ...r, atLeast: { months: 18 }, atMost: { months: 30 } } : r,
  ),
};

const summary = (rules: CycleRules) =>
  checkCycle(schedule, rules).map((f) => [f.code, f.certainty, f.severity, f.params.rule ?? f.params.kind]);

describe("the 2016-2017 cycle from public documents", () => {
  it("parses as a cycle schedule", () => {
    const r = parseCycleSchedule(JSON.parse(JSON.stringify(schedule)), biennial);
    expect(r.ok, JSON.stringify(r.ok ? "" : r.issues)).toBe(true);
  });

  // What the documents found so far do not give: the work plan's approval, the meetings of
  // authorities, the working groups' final reports and the General Secretariat's report.
  const notOnRecord = [
    ["cycle.missing-milestone", "certain", "warning", "general-secretariat-report"],
    ["cycle.missing-milestone", "certain", "error", "work-plan-approval"],
    ["cycle.missing-milestone", "certain", "warning", "working-group-reports"],
    ["cycle.missing-occurrence", "certain", "warning", "authorities"],
  ];
  // What the dates themselves show: the first preparatory meeting (28 April 2017) was held on the
  // second day of the working groups' meeting (27-28 April), not after it, and that meeting was
  // seven months before the conference, not a year.
  const fromTheDates = [
    ["cycle.rule-broken", "certain", "error", "preparatory-after-working-groups"],
    ["cycle.rule-broken", "certain", "warning", "working-groups-one-year"],
  ];

  it("under today's triennial rules the two-year cycle is also too short", () => {
    expect(summary(iacmlCycleRules)).toEqual([
      ...notOnRecord,
      ...fromTheDates,
      ["cycle.rule-broken", "certain", "warning", "cycle-length"],
    ]);
  });

  it("under the same rules made biennial, only the gaps of the record and what the dates show remain", () => {
    expect(summary(biennial)).toEqual([...notOnRecord, ...fromTheDates]);
  });
});
