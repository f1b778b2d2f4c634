import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CalendarRuleSchema,
  checkCalendar,
  easterSunday,
  holyWeek,
  isKnownTimeZone,
  localMinutes,
  utcOffsetMinutes,
  zonedInstant,
  type CalendarEvent,
  type Capital,
} from "iacml/calendar";
import { dayOfWeek, differenceInDays, inMonth, inMonths, onDays, oneOf, plainDate, toBeDetermined } from "iacml/core";
import { deepFreeze } from "./arbitraries.js";

const event = (id: string, over: Partial<CalendarEvent>): CalendarEvent => ({
  id,
  title: { en: id, es: `${id}-es` },
  kind: "meeting",
  when: onDays("2024-06-10"),
  status: "confirmed",
  format: "in-person",
  audiences: ["ministers"],
  ...over,
});

describe("easterSunday and holyWeek", () => {
  it("matches known Easter dates", () => {
    const known: Record<number, string> = {
      1961: "1961-04-02",
      2000: "2000-04-23",
      2008: "2008-03-23",
      2011: "2011-04-24",
      2019: "2019-04-21",
      2023: "2023-04-09",
      2024: "2024-03-31",
      2025: "2025-04-20",
      2038: "2038-04-25",
      2285: "2285-03-22",
    };
    for (const [year, date] of Object.entries(known)) expect(easterSunday(Number(year))).toBe(date);
  });

  it("matches the Annex 1 calendar's Holy Weeks (Apr 2-8 2023, Mar 24-30 2024)", () => {
    expect(holyWeek(2023)).toEqual({ start: "2023-04-02", end: "2023-04-08" });
    expect(holyWeek(2024)).toEqual({ start: "2024-03-24", end: "2024-03-30" });
  });

  it("always falls on a Sunday between March 22 and April 25, and Holy Week is Palm Sunday to Saturday", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 9999 }), (year) => {
        const easter = easterSunday(year);
        expect(dayOfWeek(easter)).toBe(0);
        expect(easter.slice(5) >= "03-22" && easter.slice(5) <= "04-25").toBe(true);
        const week = holyWeek(year);
        expect(dayOfWeek(week.start)).toBe(0);
        expect(differenceInDays(easter, week.end)).toBe(1);
      }),
    );
  });

  it("rejects non-Gregorian years", () => {
    expect(() => easterSunday(1500)).toThrow(RangeError);
    expect(() => easterSunday(2024.5)).toThrow(RangeError);
  });
});

describe("time zones", () => {
  const at = (iso: string) =>
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)), Number(iso.slice(11, 13)));
  it("knows both hemispheres' daylight saving (Santiago, St John's, Ottawa)", () => {
    expect(utcOffsetMinutes("America/Santiago", at("2024-01-15T12"))).toBe(-180);
    expect(utcOffsetMinutes("America/Santiago", at("2024-07-15T12"))).toBe(-240);
    expect(utcOffsetMinutes("America/St_Johns", at("2024-01-15T12"))).toBe(-210);
    expect(utcOffsetMinutes("America/St_Johns", at("2024-07-15T12"))).toBe(-150);
    expect(utcOffsetMinutes("America/Toronto", at("2024-03-05T12"))).toBe(-300);
    expect(utcOffsetMinutes("America/Toronto", at("2024-03-12T12"))).toBe(-240);
    expect(utcOffsetMinutes("UTC", at("2024-03-12T12"))).toBe(0);
  });

  it("builds instants from wall-clock times and reads them back", () => {
    expect(zonedInstant(plainDate("2024-01-15"), 9 * 60, "America/Santiago")).toBe(at("2024-01-15T12"));
    expect(zonedInstant(plainDate("2024-07-15"), 9 * 60, "America/Santiago")).toBe(at("2024-07-15T13"));
    expect(localMinutes("America/Bogota", at("2024-01-15T14"))).toBe(9 * 60);
    expect(localMinutes("Asia/Kolkata", at("2024-01-15T00"))).toBe(5 * 60 + 30);
    expect(isKnownTimeZone("Mars/Olympus")).toBe(false);
  });
});

describe("checkCalendar", () => {
  it("flags Holy Week: certain for days inside it, possible for a month around it", () => {
    const findings = checkCalendar(
      [
        event("ws", { kind: "workshop", when: onDays("2024-03-25", "2024-03-26") }),
        event("dlg", { kind: "dialogue", when: inMonth("2024-03") }),
        event("gb", { kind: "external", when: onDays("2024-03-25") }),
      ],
      [{ kind: "holy-week", id: "hw" }],
      { locale: "es" },
    );
    expect(findings.map((f) => [f.subjects[0], f.certainty])).toEqual([
      ["ws", "certain"],
      ["dlg", "possible"],
    ]);
    expect(findings[0]?.rule).toBe("hw");
    expect(findings[0]?.explanation).toContain("Semana Santa");
  });

  it("applies national holidays only to events held in or joined by the country", () => {
    const rules = [
      {
        kind: "blackout" as const,
        id: "co-20-jul",
        title: { en: "Independence Day" },
        dates: [{ start: "2024-07-20", end: "2024-07-20" }],
        countries: ["CO"],
      },
    ];
    const inCo = event("co", { when: onDays("2024-07-19", "2024-07-20"), location: { country: "CO" } });
    const virtual = event("v", { format: "virtual", when: onDays("2024-07-20"), participants: ["CO", "CL"] });
    const elsewhere = event("us", { when: onDays("2024-07-20"), location: { country: "US" } });
    expect(checkCalendar([inCo, virtual, elsewhere], rules).map((f) => f.subjects[0])).toEqual(["co", "v"]);
  });

  it("checks minimum gaps three-valued and names missing events", () => {
    const prep = event("prep", { when: inMonths("2024-07", "2024-08") });
    const xxii = event("xxii", { when: inMonth("2024-11") });
    const rule = (before: string, months: number) => ({
      kind: "min-gap" as const,
      id: "gap",
      before,
      after: "xxii",
      months,
    });
    expect(checkCalendar([prep, xxii], [rule("prep", 3)])[0]?.certainty).toBe("possible");
    expect(checkCalendar([prep, xxii], [rule("prep", 2)])).toEqual([]);
    const certain = checkCalendar([prep, xxii], [rule("prep", 5)]);
    expect(certain[0]?.code).toBe("calendar.min-gap-certain");
    expect(certain[0]?.params).toMatchObject({ min: 2, max: 4 });
    expect(checkCalendar([prep, xxii], [rule("ghost", 3)])[0]?.code).toBe("calendar.unknown-event");
    const days = checkCalendar([prep, xxii], [{ kind: "min-gap", id: "d", before: "prep", after: "xxii", days: 120 }]);
    expect(days[0]?.certainty).toBe("possible");
    expect(checkCalendar([{ ...prep, status: "cancelled" }, xxii], [rule("prep", 3)])).toEqual([]);
  });

  it("checks deadlines before the events they serve", () => {
    const meeting = event("m", { when: onDays("2020-09-10") });
    const late = event("reg", { kind: "deadline", when: onDays("2020-09-08"), serves: "m" });
    expect(checkCalendar([meeting, late], [{ kind: "deadlines", id: "dl", minDays: 7 }])[0]?.code).toBe(
      "calendar.deadline-late-certain",
    );
    expect(checkCalendar([meeting, late], [{ kind: "deadlines", id: "dl" }])).toEqual([]);
    const vague = event("q", { kind: "deadline", when: inMonth("2020-09"), serves: "m" });
    expect(checkCalendar([meeting, vague], [{ kind: "deadlines", id: "dl" }])[0]?.certainty).toBe("possible");
    expect(checkCalendar([vague], [{ kind: "deadlines", id: "dl" }])[0]?.code).toBe("calendar.unknown-event");
  });

  it("caps formal meetings in a period, certain and possible", () => {
    const within = { start: "2024-10-01", end: "2024-12-31" };
    const rule = { kind: "max-meetings" as const, id: "q4", title: { en: "Q4 2024" }, within, max: 1 };
    const a = event("a", { when: onDays("2024-10-10") });
    const b = event("b", { when: onDays("2024-11-10"), kind: "conference" });
    const c = event("c", { when: inMonths("2024-09", "2024-10") });
    expect(checkCalendar([a, b], [rule])[0]?.code).toBe("calendar.too-many-meetings-certain");
    const possible = checkCalendar([a, c, event("w", { kind: "workshop", when: onDays("2024-10-11") })], [rule]);
    expect(possible[0]?.code).toBe("calendar.too-many-meetings-possible");
    expect(possible[0]?.subjects).toEqual(["a", "c"]);
    expect(checkCalendar([a, b], [{ ...rule, audiences: ["nobody"] }])).toEqual([]);
  });

  const capitals: Capital[] = [
    { country: "CL", city: "Santiago", timeZone: "America/Santiago" },
    { country: "CA", city: "Ottawa", timeZone: "America/Toronto" },
    { country: "CA2", city: "St. John's", timeZone: "America/St_Johns" } as never,
    { country: "US", city: "Washington", timeZone: "America/New_York" },
  ];

  it("checks local hours in every participating capital, across daylight saving in both hemispheres", () => {
    // 08:00 in Ottawa: 10:00 in Santiago in January (summer), 09:00 in July (winter).
    const rule = {
      kind: "local-hours" as const,
      id: "hours",
      earliest: "08:00",
      latest: "18:00",
      capitals: capitals.filter((c) => c.country !== "CA2"),
    };
    const jan = event("jan", {
      format: "virtual",
      when: onDays("2024-01-15"),
      time: { start: "07:30", end: "09:00", timeZone: "America/Toronto" },
    });
    const found = checkCalendar([jan], [rule]);
    expect(found.map((f) => f.params["city"]).sort()).toEqual(["Ottawa", "Washington"]);
    // 17:00 Santiago in January is 15:00 in Ottawa; in July (after both switches) 17:00 Santiago is 17:00 in Ottawa.
    const late = (when: CalendarEvent["when"]) =>
      event("late", { format: "virtual", when, time: { start: "17:00", end: "18:30", timeZone: "America/Santiago" } });
    expect(
      checkCalendar([late(onDays("2024-01-15"))], [{ ...rule, latest: "18:00" }]).map((f) => f.params["city"]),
    ).toEqual(["Santiago"]);
    expect(
      checkCalendar([late(onDays("2024-07-15"))], [{ ...rule, latest: "18:00" }])
        .map((f) => f.params["city"])
        .sort(),
    ).toEqual(["Ottawa", "Santiago", "Washington"]);
  });

  it("reports possible local-hour findings when a month spans a daylight-saving change", () => {
    // 09:00 in Santiago; Ottawa switches on 10 March 2024 (then 08:00 Ottawa), Santiago on 7 April.
    const rule = {
      kind: "local-hours" as const,
      id: "hours",
      earliest: "08:00",
      latest: "20:00",
      capitals: [capitals[1]!],
    };
    const spec = event("m", {
      format: "hybrid",
      when: inMonth("2024-03"),
      time: { start: "09:00", timeZone: "America/Santiago" },
    });
    // 1-9 March: 07:00 in Ottawa; from 10 March: 08:00.
    expect(checkCalendar([spec], [{ ...rule, earliest: "08:30" }])[0]?.certainty).toBe("certain");
    const [f] = checkCalendar([spec], [{ ...rule, earliest: "07:30" }]);
    expect(f?.certainty).toBe("possible");
    expect(f?.params["day"]).toBe("2024-03-01");
    const october = event("o", {
      format: "virtual",
      when: onDays("2024-10-01", "2024-11-10"),
      time: { start: "08:00", timeZone: "America/St_Johns" },
    });
    const stJohns = checkCalendar([october], [{ ...rule, earliest: "07:00", capitals: [capitals[1]!] }]);
    expect(stJohns.map((x) => x.certainty)).toEqual(["certain"]);
    expect(stJohns[0]?.params["localTime"]).toBe("06:30-08:30");
  });

  it("skips in-person events, honours participants and reports unknown zones", () => {
    const rule = {
      kind: "local-hours" as const,
      id: "hours",
      capitals: [capitals[0]!, { country: "XX", city: "Nowhere", timeZone: "Mars/Base" }],
    };
    const night = { start: "02:00", timeZone: "America/Santiago" };
    expect(checkCalendar([event("p", { time: night })], [rule])).toEqual([]);
    expect(checkCalendar([event("v", { format: "virtual", time: night, participants: ["CL"] })], [rule])).toHaveLength(
      1,
    );
    expect(checkCalendar([event("v", { format: "virtual", time: night })], [rule]).map((f) => f.code)).toContain(
      "calendar.unknown-time-zone",
    );
    expect(
      checkCalendar([event("z", { format: "virtual", time: { start: "10:00", timeZone: "Nope/Zone" } })], [rule])[0]
        ?.code,
    ).toBe("calendar.unknown-time-zone");
    expect(checkCalendar([event("t", { format: "virtual", when: toBeDetermined(), time: night })], [rule])).toEqual([]);
  });

  it("parses rules as data with defaults, and never mutates its input", () => {
    const rules = CalendarRuleSchema.array().parse([
      { kind: "holy-week", id: "hw" },
      { kind: "deadlines", id: "dl" },
    ]);
    expect(rules[1]).toEqual({ kind: "deadlines", id: "dl", minDays: 1 });
    const events = deepFreeze([event("a", { when: oneOf(inMonth("2024-03"), inMonth("2024-05")) })]);
    expect(checkCalendar(events, deepFreeze(rules))).toHaveLength(1);
    expect(checkCalendar(events, rules, { includeTentative: false })).toHaveLength(1);
  });

  it("gives the same findings under any TZ (they depend on instants only)", () => {
    const spec = event("m", {
      format: "virtual",
      when: inMonths("2024-03", "2024-04"),
      time: { start: "09:00", timeZone: "America/Santiago" },
    });
    const found = checkCalendar([spec], [{ kind: "local-hours", id: "h", earliest: "08:30", capitals }]);
    expect(found.map((f) => `${f.params["city"]}:${f.certainty}:${f.params["localTime"]}`)).toEqual([
      "Ottawa:possible:07:00-09:00",
      "Washington:possible:07:00-09:00",
    ]);
  });
});
