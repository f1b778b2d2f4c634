// Calendar conflicts of the Work Plan 2022-2024 (Annex 1): run with `npm run examples`.
import {
  calendarLabel,
  checkCalendar,
  explainConflict,
  findConflicts,
  fromAnnexEntry,
  suggestDates,
  type CalendarRuleInput,
  type Capital,
} from "iacml/calendar";
import { inMonth, oneOf } from "iacml/core";
import { annexCalendar2022To2024, memberStates } from "iacml/data";

const events = annexCalendar2022To2024.map(fromAnnexEntry);
const titleOf = (id: string) => events.find((e) => e.id === id)?.title.en ?? id;

// Governing Body members and ILC delegates are largely the same people as the ministries'
// delegations and COSATE/CEATAL members: say so, and conflicts are graded accordingly.
const audienceLinks = {
  "ilo-governing-body": ["ministries-of-labor", "ministers", "cosate", "ceatal"],
  "ilc-delegates": ["ministries-of-labor", "cosate", "ceatal"],
};

const pad = (text: string, width: number) =>
  text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);

console.log("Conflicts worth a planner's attention (graded medium or high)");
console.log(`${pad("grade", 7)}${pad("certainty", 10)}${pad("event", 46)}${pad("against", 46)}days`);
for (const c of findConflicts(events, { audienceLinks, minGrade: "medium" })) {
  if (c.kind === "not-placeable" || c.kind === "omitted") {
    console.log(`  (${c.explanation})`);
    continue;
  }
  const days = c.certainty === "certain" ? c.certainDays : c.possibleDays;
  const span = days.length ? `${days[0]!.start}…${days[days.length - 1]!.end}` : "(travel days)";
  console.log(
    `${pad(c.grade, 7)}${pad(c.certainty, 10)}${pad(titleOf(c.subjects[0]!), 46)}${pad(titleOf(c.subjects[1]!), 46)}${span}`,
  );
}

console.log("\nGender dialogues against ILO Governing Body sessions (graded by audience)");
const gender = findConflicts(events, { audienceLinks }).filter(
  (c) =>
    c.subjects.some((s) => s.includes("gender-dialogue")) && c.subjects.some((s) => s.includes("ilo-governing-body")),
);
for (const c of gender) console.log(`  ${pad(c.grade, 7)}${pad(c.certainty, 10)}${c.explanation}`);
console.log("  (en español)");
for (const c of gender.slice(0, 3)) {
  console.log(
    `  ${pad(calendarLabel(c.grade, "es"), 7)}${pad(calendarLabel(c.certainty, "es"), 10)}${explainConflict(c, "es")}`,
  );
}

const capitals: Capital[] = memberStates.map((s) => ({
  country: s.id,
  city: s.capital.name,
  timeZone: s.capital.timeZone,
}));
const rules: CalendarRuleInput[] = [
  { kind: "holy-week", id: "holy-week" },
  {
    kind: "min-gap",
    id: "preparatory-3-months",
    before: "cal-2022-2024/preparatory-meeting-xxii",
    after: "cal-2022-2024/xxii-iacml",
    months: 3,
  },
  { kind: "local-hours", id: "local-hours", earliest: "08:00", latest: "19:00", capitals },
];
const dialogueAt = {
  ...events.find((e) => e.id === "cal-2022-2024/gender-dialogue-6")!,
  time: { start: "08:00", end: "10:00", timeZone: "America/New_York" },
};

console.log("\nRule findings");
for (const f of checkCalendar([...events.filter((e) => e.id !== dialogueAt.id), dialogueAt], rules)) {
  console.log(`  ${pad(f.rule, 22)}${pad(f.certainty, 10)}${f.explanation}`);
}
console.log("  (en español)");
for (const f of checkCalendar(events, rules.slice(0, 2), { locale: "es" }))
  console.log(`  ${pad(f.rule, 22)}${f.explanation}`);

console.log("\nDates for the RIAL workshop on new forms of employment (April or May 2024, Costa Rica)");
const workshop = events.find((e) => e.id === "cal-2022-2024/workshop-new-forms-of-employment")!;
const suggestions = suggestDates(
  {
    durationDays: 2,
    window: oneOf(inMonth("2024-04"), inMonth("2024-05")),
    audiences: workshop.audiences,
    country: "CR",
    title: workshop.title,
  },
  events.filter((e) => e.id !== workshop.id),
  rules,
  { audienceLinks },
);
for (const s of suggestions) {
  const why = s.reasons.map((r) => r.message).join("; ");
  const soft = s.findings.length ? ` — still ${s.findings.length} soft finding(s), e.g. ${s.findings[0]!.message}` : "";
  console.log(`  ${s.start} to ${s.end}  penalty ${s.penalty}: ${why}${soft}`);
}
