import { describe, expect, it } from "vitest";
import { checkCalendar, findConflicts, fromAnnexEntry, suggestDates, type Capital } from "iacml/calendar";
import { oneOf, inMonth } from "iacml/core";
import { annexCalendar2022To2024 } from "../../src/data/work-plan/index.js";
import { memberStates } from "../../src/data/process/index.js";

const events = annexCalendar2022To2024.map(fromAnnexEntry);
const links = { "ilo-governing-body": ["ministries-of-labor", "ministers", "cosate", "ceatal"] };

describe("the Annex 1 calendar of 2022-2024", () => {
  it("has the XXII IACML possibly against the ILO Governing Body of November 2024, graded high with links", () => {
    const found = findConflicts(events, { audienceLinks: links });
    const xxii = found.find(
      (c) =>
        c.subjects.includes("cal-2022-2024/xxii-iacml") &&
        c.subjects.includes("cal-2022-2024/ilo-governing-body-2024-11"),
    );
    expect(xxii?.certainty).toBe("possible");
    expect(xxii?.grade).toBe("high");
    expect(xxii?.possibleDays).toEqual([{ start: "2024-11-01", end: "2024-11-07" }]);
    const unlinked = findConflicts(events).find(
      (c) =>
        c.subjects.includes("cal-2022-2024/xxii-iacml") &&
        c.subjects.includes("cal-2022-2024/ilo-governing-body-2024-11"),
    );
    expect(unlinked?.grade).toBe("low");
  });

  it("grades the gender dialogues against Governing Body sessions low (no shared audience)", () => {
    const gender = findConflicts(events, { audienceLinks: links }).filter(
      (c) =>
        c.subjects.some((s) => s.includes("gender-dialogue")) &&
        c.subjects.some((s) => s.includes("ilo-governing-body")),
    );
    expect(gender.length).toBeGreaterThan(0);
    expect(gender.every((c) => c.grade === "low")).toBe(true);
    expect(gender.map((c) => c.certainty)).toContain("certain");
  });

  it("never reports the workers' and employers' dialogue against the OAS General Assembly it is part of", () => {
    const found = findConflicts(events);
    expect(
      found.filter(
        (c) =>
          c.subjects.some((s) => s.includes("social-actors-dialogue")) &&
          c.subjects.some((s) => s.startsWith("cal-2022-2024/oas-ga")),
      ),
    ).toEqual([]);
  });

  it("checks the cycle's rules: Holy Week and the three months before the conference", () => {
    const findings = checkCalendar(events, [
      { kind: "holy-week", id: "holy-week" },
      {
        kind: "min-gap",
        id: "prep-3m",
        before: "cal-2022-2024/preparatory-meeting-xxii",
        after: "cal-2022-2024/xxii-iacml",
        months: 3,
      },
    ]);
    expect(findings.find((f) => f.rule === "prep-3m")?.certainty).toBe("possible");
    expect(findings.filter((f) => f.rule === "holy-week").map((f) => f.subjects[0])).toContain(
      "cal-2022-2024/gender-dialogue-2024-03",
    );
  });

  it("checks local hours with the member states' capitals", () => {
    const capitals: Capital[] = memberStates.map((s) => ({
      country: s.id,
      city: s.capital.name,
      timeZone: s.capital.timeZone,
    }));
    const dialogue = {
      ...events.find((e) => e.id === "cal-2022-2024/gender-dialogue-4")!,
      time: { start: "09:00", end: "11:00", timeZone: "America/New_York" },
    };
    const findings = checkCalendar([dialogue], [{ kind: "local-hours", id: "hours", capitals }]);
    expect(findings.every((f) => f.code === "calendar.local-hours-certain")).toBe(true);
  });

  it("suggests dates for the workshop on new forms of employment (April or May 2024, Costa Rica)", () => {
    const workshop = events.find((e) => e.id === "cal-2022-2024/workshop-new-forms-of-employment")!;
    const others = events.filter((e) => e !== workshop);
    const suggestions = suggestDates(
      {
        durationDays: 2,
        window: oneOf(inMonth("2024-04"), inMonth("2024-05")),
        audiences: workshop.audiences,
        country: "CR",
      },
      others,
      [{ kind: "holy-week", id: "holy-week" }],
      { audienceLinks: links },
    );
    expect(suggestions.length).toBe(5);
    for (const s of suggestions) expect(s.start >= "2024-04-01" && s.end <= "2024-05-31").toBe(true);
  });
});
