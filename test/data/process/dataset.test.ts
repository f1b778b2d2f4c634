import { describe, expect, it } from "vitest";
import * as fc from "fast-check";
import { plainDate } from "iacml/core";
import {
  agendaMinutes,
  checkMeeting,
  ConferenceSchema,
  CycleAuthoritiesSchema,
  InstrumentSchema,
  MeetingSchema,
  MemberStateSchema,
  OrganizationSchema,
  participatingMemberStates,
  ProvisionSchema,
  TopicSchema,
  WorkingGroupRecommendationSchema,
} from "iacml/entities";
import {
  conferences,
  cycleAuthorities,
  deepFreeze,
  instruments,
  memberStates,
  organizations,
  processMeetings,
  processSources,
  provisions,
  virtualWorkingGroupsMeeting2020 as meeting2020,
  workingGroupRecommendations,
  workingGroupTopics,
} from "iacml/data";

const seedFiles = new Set<string>(Object.values(processSources));
const byId = <T extends { id: string }>(xs: readonly T[], id: string): T => {
  const found = xs.find((x) => x.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};
const unique = (xs: readonly string[]) => new Set(xs).size === xs.length;

describe("every record parses with its schema and names its source", () => {
  const collections = [
    ["memberStates", memberStates, MemberStateSchema],
    ["organizations", organizations, OrganizationSchema],
    ["conferences", conferences, ConferenceSchema],
    ["cycleAuthorities", cycleAuthorities, CycleAuthoritiesSchema],
    ["workingGroupTopics", workingGroupTopics, TopicSchema],
    ["instruments", instruments, InstrumentSchema],
    ["provisions", provisions, ProvisionSchema],
    ["workingGroupRecommendations", workingGroupRecommendations, WorkingGroupRecommendationSchema],
    ["processMeetings", processMeetings, MeetingSchema],
  ] as const;
  for (const [name, records, schema] of collections) {
    it(name, () => {
      for (const record of records) {
        const parsed = (schema as { safeParse: (v: unknown) => { success: boolean; error?: unknown } }).safeParse(
          record,
        );
        expect(parsed.error, `${name} ${(record as { id: string }).id}`).toBeUndefined();
        if ("source" in record) expect(seedFiles.has(record.source.document)).toBe(true);
      }
      expect(unique(records.map((r) => r.id))).toBe(true);
      expect(Object.isFrozen(records)).toBe(true);
    });
  }
});

describe("references between records resolve", () => {
  const states = new Set(memberStates.map((s) => s.id));
  const orgs = new Set(organizations.map((o) => o.id));
  const topics = new Set(workingGroupTopics.map((t) => t.id));
  it("organizations' parents, conferences' hosts and instruments", () => {
    for (const o of organizations) if (o.parent) expect(orgs.has(o.parent)).toBe(true);
    for (const c of conferences) {
      expect(states.has(c.hostCountry)).toBe(true);
      for (const i of c.instruments) expect(byId(instruments, i).conference).toBe(c.id);
    }
    for (const i of instruments) expect(byId(conferences, i.conference).instruments).toContain(i.id);
    for (const p of provisions) expect(byId(instruments, p.instrument).completeness).toBe("cited-only");
  });
  it("authorities' countries and topics, recommendations' groups and topics", () => {
    for (const c of cycleAuthorities) {
      for (const id of Object.values(c.troika)) expect(states.has(id)).toBe(true);
      for (const g of c.workingGroups) {
        for (const id of [g.chair, ...g.viceChairs]) expect(states.has(id)).toBe(true);
        for (const t of g.topics) expect(topics.has(t)).toBe(true);
      }
    }
    for (const r of workingGroupRecommendations) expect(topics.has(r.topic)).toBe(true);
  });
  it("the troika's current chair hosted the conference that opened the cycle", () => {
    for (const c of cycleAuthorities) {
      expect(byId(conferences, c.afterConference).hostCountry).toBe(c.troika.currentChair);
      expect(byId(conferences, c.nextConference).hostCountry).toBe(c.troika.proposedNextHost);
    }
  });
});

describe("member states", () => {
  it("are the 35 OAS member states, 34 of them participating in 2022", () => {
    expect(memberStates).toHaveLength(35);
    const in2022 = participatingMemberStates(memberStates, plainDate("2022-06-01"));
    expect(in2022).toHaveLength(34);
    expect(memberStates.filter((s) => !in2022.includes(s)).map((s) => s.id)).toEqual(["CU"]);
  });
  it("drop to 33 when Nicaragua's withdrawal takes effect on 2023-11-19", () => {
    expect(participatingMemberStates(memberStates, plainDate("2023-11-18"))).toHaveLength(34);
    const after = participatingMemberStates(memberStates, plainDate("2023-11-19"));
    expect(after).toHaveLength(33);
    expect(after.map((s) => s.id)).not.toContain("NI");
  });
  it("have unique alpha-3 codes and valid IANA time zones", () => {
    expect(unique(memberStates.map((s) => s.alpha3))).toBe(true);
    for (const s of memberStates)
      expect(() => new Intl.DateTimeFormat("en", { timeZone: s.capital.timeZone })).not.toThrow();
  });
});

describe("organizations", () => {
  it("place the Technical Secretariat under SEDI under the General Secretariat", () => {
    expect(byId(organizations, "oas-dhdee").parent).toBe("oas-sedi");
    expect(byId(organizations, "oas-sedi").parent).toBe("oas-gs");
    expect(byId(organizations, "ilo").acronym).toEqual({ en: "ILO", es: "OIT" });
    expect(byId(organizations, "eclac").acronym?.es).toBe("CEPAL");
  });
});

describe("conferences", () => {
  it("XXI was postponed from December 2020, by the authorities on 22 May 2020 and CIDI resolution 343", () => {
    const xxi = byId(conferences, "xxi");
    expect(xxi.originalPlan?.dates).toEqual({ kind: "month", month: "2020-12" });
    expect(xxi.dates).toEqual({ kind: "days", start: "2021-09-22", end: "2021-09-24" });
    expect([xxi.hostCountry, xxi.city, xxi.format]).toEqual(["AR", "Buenos Aires", "virtual"]);
    expect(xxi.postponement?.decidedBy.date).toEqual({ kind: "days", start: "2020-05-22", end: "2020-05-22" });
    expect(xxi.postponement?.endorsedBy?.instrument).toContain("343 (CIII-O/20)");
  });
  it("XX was in Bridgetown in December 2017 and XXII is in Colombia in November 2024", () => {
    expect(byId(conferences, "xx")).toMatchObject({
      hostCountry: "BB",
      city: "Bridgetown",
      dates: { kind: "month", month: "2017-12" },
    });
    expect(byId(conferences, "xxii")).toMatchObject({ hostCountry: "CO", dates: { kind: "month", month: "2024-11" } });
  });
});

describe("authorities", () => {
  const cycle = (id: string) => byId(cycleAuthorities, id);
  it("2022-2024: troika Argentina, Barbados, Colombia; WG1 Chile with Costa Rica and Trinidad and Tobago", () => {
    expect(cycle("2022-2024").troika).toEqual({ currentChair: "AR", previousChair: "BB", proposedNextHost: "CO" });
    expect(byId(cycle("2022-2024").workingGroups, "wg1")).toMatchObject({ chair: "CL", viceChairs: ["CR", "TT"] });
    expect(byId(cycle("2022-2024").workingGroups, "wg2")).toMatchObject({ chair: "CO", viceChairs: ["PA", "US"] });
  });
  it("2018-2021: troika Barbados, Mexico, Argentina; WG1 Ecuador, WG2 Argentina", () => {
    expect(cycle("2018-2021").troika).toEqual({ currentChair: "BB", previousChair: "MX", proposedNextHost: "AR" });
    expect(byId(cycle("2018-2021").workingGroups, "wg1")).toMatchObject({ chair: "EC", viceChairs: ["CL", "BR"] });
    expect(byId(cycle("2018-2021").workingGroups, "wg2")).toMatchObject({ chair: "AR", viceChairs: ["CR", "CA"] });
  });
});

describe("instruments and provisions", () => {
  it("hold every cited Buenos Aires and Bridgetown provision", () => {
    const ids = new Set(provisions.map((p) => p.id));
    for (const id of [
      "XXI/Decl/15",
      "XXI/Decl/23",
      "XXI/Decl/25",
      "XXI/PoA/7b",
      "XXI/PoA/7c",
      "XXI/PoA/5",
      "XXI/PoA/9i",
      "XX/PoA/7h",
      "XX/PoA/9a",
      "XX/PoA/9f",
      "XX/Decl/30",
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
    expect(provisions.filter((p) => p.instrument === "XXI/Decl")).toHaveLength(14);
    expect(provisions.filter((p) => p.instrument === "XXI/PoA")).toHaveLength(13);
    expect(byId(provisions, "XXI/PoA/7b").alsoCitedIn).toHaveLength(1);
  });
});

describe("working-group recommendations", () => {
  it("are ten per working group, numbered 1 to 10", () => {
    for (const wg of ["wg1", "wg2"]) {
      expect(workingGroupRecommendations.filter((r) => r.workingGroup === wg).map((r) => r.number)).toEqual([
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
      ]);
    }
  });
});

describe("the 2020 virtual meeting of the working groups", () => {
  it("met on 10 and 15 September 2020 with 11 guiding questions due before 30 August", () => {
    expect(meeting2020.sessions.map((s) => [s.date, s.workingGroup])).toEqual([
      ["2020-09-10", "wg1"],
      ["2020-09-15", "wg2"],
    ]);
    expect(meeting2020.guidingQuestions?.questions.map((q) => q.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(meeting2020.guidingQuestions?.answerDeadline).toMatchObject({ date: "2020-08-30", inclusive: false });
    expect(meeting2020.registration?.governmentDelegatesChannel).toBe("permanent-mission-to-oas");
    expect([meeting2020.platform, meeting2020.languages, meeting2020.interpretation]).toEqual([
      "Zoom",
      ["en", "es"],
      "simultaneous",
    ]);
  });
  it("has 200 timed minutes on day 1 (plus an untimed opening) and 210 on day 2", () => {
    const a = agendaMinutes(meeting2020);
    expect(a.sessions.map((s) => [s.minutes, s.untimedSegments])).toEqual([
      [200, 1],
      [210, 0],
    ]);
    expect(a.minutes).toBe(410);
    expect(a.sessions[0]?.panels.map((p) => p.minutes)).toEqual([0, 90, 90, 20]);
  });
  it("checks clean except for the registration deadline stated two ways", () => {
    const findings = checkMeeting(meeting2020, { memberStates, organizations });
    expect(findings.map((f) => [f.code, f.params["dates"]])).toEqual([
      ["entities.deadlines-disagree", "2020-08-24, 2020-08-25"],
    ]);
  });
});

describe("deepFreeze", () => {
  it("freezes everything reachable and returns the same value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const copy = structuredClone(value);
        const frozen = deepFreeze(value);
        expect(frozen).toBe(value);
        expect(frozen).toEqual(copy);
        const stack: unknown[] = [frozen];
        while (stack.length > 0) {
          const v = stack.pop();
          if (typeof v === "object" && v !== null) {
            expect(Object.isFrozen(v)).toBe(true);
            stack.push(...Object.values(v));
          }
        }
      }),
    );
  });
  it("handles cycles and rejects writes to the dataset", () => {
    const a: { self?: unknown; list: number[] } = { list: [1] };
    a.self = a;
    expect(Object.isFrozen(deepFreeze(a).list)).toBe(true);
    expect(() => {
      (memberStates[0] as { id: string }).id = "XX";
    }).toThrow(TypeError);
    expect(Object.isFrozen(meeting2020.sessions[0]?.panels[1]?.segments[0]?.presenters)).toBe(true);
  });
});
