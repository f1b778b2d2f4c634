// Spanish outputs of the calendar and the cycle hold no word of the English catalog: every
// message, explanation, suggestion, label and iCalendar description a person reads in Spanish is
// written in Spanish (names of bodies such as CIDI, COSATE, CEATAL are the same in both).
import { describe, expect, it } from "vitest";
import {
  audienceLabels,
  calendarLabel,
  calendarLabels,
  checkCalendar,
  explainConflict,
  findConflicts,
  suggestDates,
  toICalendar,
  type CalendarEvent,
} from "iacml/calendar";
import { formatIssue, inMonth, inMonths, onDays, oneOf, toBeDetermined } from "iacml/core";
import { checkCycle, formatCycleSuggestion, iacmlCycleRules, planCycle, postponeConference } from "iacml/cycle";
import { calendarMessages } from "../../src/core/messages/calendar.js";
import { cycleMessages } from "../../src/core/messages/cycle.js";
import { schedule2018To2021, schedule2022To2024 } from "../cycle/real-data.js";

const words = (text: string) => text.toLowerCase().match(/\p{L}+/gu) ?? [];

/** Words of the English templates and labels that no Spanish template or label uses. */
function englishOnlyWords(): Set<string> {
  const en = new Set<string>();
  const es = new Set<string>();
  const catalogs = [calendarMessages, cycleMessages] as const;
  for (const catalog of catalogs) {
    for (const t of Object.values(catalog)) {
      for (const w of words(t.en.replace(/\{\w+\}/g, " "))) en.add(w);
      for (const w of words(t.es.replace(/\{\w+\}/g, " "))) es.add(w);
    }
  }
  for (const table of [audienceLabels, calendarLabels]) {
    for (const l of Object.values(table)) {
      for (const w of words(l.en)) en.add(w);
      for (const w of words(l.es)) es.add(w);
    }
  }
  for (const w of [
    "date",
    "precision",
    "status",
    "format",
    "audiences",
    "time",
    "some",
    "one",
    "all",
    "of",
    "determined",
    "within",
    "day",
    "days",
  ])
    en.add(w);
  return new Set([...en].filter((w) => !es.has(w) && w.length > 2));
}

const event = (id: string, over: Partial<CalendarEvent>): CalendarEvent => ({
  id,
  title: { en: `Workshop ${id}`, es: `Taller ${id}` },
  kind: "workshop",
  when: onDays("2024-03-25", "2024-03-27"),
  status: "confirmed",
  format: "in-person",
  location: { country: "CR" },
  audiences: ["ministers", "cosate"],
  ...over,
});

function spanishOutputs(): string[] {
  const out: string[] = [];
  const events = [
    event("a", {}),
    event("b", {
      when: inMonth("2024-03"),
      location: { country: "PA" },
      status: "tentative",
      audiences: ["cosate", "gender-focal-points"],
    }),
    event("c", {
      when: oneOf(inMonth("2024-03"), inMonth("2024-04")),
      location: { country: "CL" },
      status: "to-be-confirmed",
    }),
    event("d", { when: onDays("2024-03-28"), location: { country: "AR" }, kind: "meeting" }),
    event("e", { when: toBeDetermined() }),
    event("f", {
      kind: "deadline",
      when: onDays("2024-03-26"),
      serves: "a",
      format: "virtual",
      location: undefined,
      audiences: ["technical-secretariat"],
    }),
    event("g", {
      when: inMonths("2024-06", "2024-07"),
      audiences: ["ilo-governing-body"],
      time: { start: "06:00", timeZone: "America/New_York" },
      format: "virtual",
      location: undefined,
    }),
    event("h", { when: onDays("2024-09-10") }),
  ];
  const conflicts = findConflicts(events, { locale: "es", maxFindings: 3, travelBufferDays: 2 });
  for (const c of conflicts)
    out.push(
      c.explanation,
      formatIssue(c, "es"),
      explainConflict(c, "es"),
      calendarLabel(c.grade, "es"),
      calendarLabel(c.certainty, "es"),
    );
  const rules = [
    { kind: "holy-week" as const, id: "holy-week" },
    { kind: "min-gap" as const, id: "gap", before: "a", after: "h", months: 6 },
    { kind: "min-gap" as const, id: "gap-days", before: "a", after: "d", days: 5 },
    { kind: "deadlines" as const, id: "deadlines", minDays: 7 },
    {
      kind: "max-meetings" as const,
      id: "cap",
      title: { en: "March 2024", es: "marzo de 2024" },
      within: { start: "2024-03-01", end: "2024-03-31" },
      max: 1,
      kinds: ["workshop" as const, "meeting" as const],
    },
    {
      kind: "blackout" as const,
      id: "cr",
      title: { en: "Holiday in Costa Rica", es: "Feriado en Costa Rica" },
      dates: [{ start: "2024-03-25", end: "2024-03-25" }],
    },
    {
      kind: "local-hours" as const,
      id: "hours",
      capitals: [{ country: "CL", city: "Santiago", timeZone: "America/Santiago" }],
    },
    { kind: "min-gap" as const, id: "missing", before: "zz", after: "a", days: 1 },
  ];
  for (const f of checkCalendar(events, rules, { locale: "es" })) out.push(f.explanation, formatIssue(f, "es"));
  for (const s of suggestDates(
    { durationDays: 2, window: inMonth("2024-05"), audiences: ["ministers"], country: "CR" },
    events,
    rules,
    { locale: "es" },
  )) {
    for (const r of s.reasons) out.push(r.message);
    for (const f of s.findings) out.push("explanation" in f ? f.explanation : "");
  }
  out.push(
    toICalendar(events, { locale: "es" })
      .replace(/\r\n[ \t]/g, "")
      .split("\r\n")
      .filter((l) => l.startsWith("DESCRIPTION:"))
      .join("\n"),
  );
  for (const schedule of [schedule2018To2021, schedule2022To2024]) {
    for (const f of checkCycle(schedule, iacmlCycleRules))
      out.push(formatIssue(f, "es"), formatCycleSuggestion(f, "es") ?? "");
  }
  const postponed = postponeConference({ rules: iacmlCycleRules, schedule: schedule2022To2024 }, inMonth("2025-06"), {
    body: "cidi",
    date: inMonth("2024-06"),
  });
  if (postponed.ok)
    for (const f of postponed.value.findings) out.push(formatIssue(f, "es"), formatCycleSuggestion(f, "es") ?? "");
  const plan = planCycle({
    previousConference: onDays("2021-09-22"),
    conference: onDays("2022-01-10"),
    rules: iacmlCycleRules,
  });
  if (plan.ok)
    for (const f of plan.value.findings) out.push(formatIssue(f, "es"), formatCycleSuggestion(f, "es") ?? "");
  return out.filter((t) => t.length > 0);
}

describe("Spanish outputs", () => {
  it("hold no word of the English catalog", () => {
    const english = englishOnlyWords();
    const outputs = spanishOutputs();
    expect(outputs.length).toBeGreaterThan(40);
    const offenders = outputs.flatMap((text) =>
      words(text.replace(/«[^»]*»|'[^']*'|Taller \w+/g, " "))
        .filter((w) => english.has(w))
        .map((w) => `${w}: ${text}`),
    );
    expect(offenders).toEqual([]);
  });

  it("the check has teeth: the English outputs do hold such words", () => {
    const english = englishOnlyWords();
    const c = findConflicts([event("a", {}), event("b", {})])[0]!;
    const f = checkCycle(schedule2018To2021, iacmlCycleRules).find((x) => x.code === "cycle.rule-broken")!;
    for (const text of [c.explanation, formatIssue(f, "en"), formatCycleSuggestion(f, "en")!]) {
      expect(words(text).some((w) => english.has(w))).toBe(true);
    }
  });
});
