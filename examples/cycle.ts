// The triennial ministerial cycle on the real 2018-2021 and 2022-2024 cycles.
import { dateSpecBounds, formatDateSpec, formatIssue, plainDate, type DateSpec } from "iacml/core";
import {
  checkCycle,
  cycleScheduleFromDataset,
  cyclePhase,
  formatCycleSuggestion,
  iacmlCycleRules,
  planCycle,
  postponeConference,
  troikaOf,
  type CycleSchedule,
  type ScheduledMilestone,
} from "iacml/cycle";
import { activities2018To2021, conferences, dataset, politicalMeetings, workPlans } from "iacml/data";

const KIND: Record<string, string> = {
  "planning-meeting": "planning",
  "authorities-meeting": "authorities",
  "working-group-meeting": "working-groups",
  "preparatory-meeting": "preparatory",
};

const text = (spec: DateSpec): string => formatDateSpec(spec, "en");
// A window is a to-be-determined date known to fall within a range: show the range.
const windowText = (spec: DateSpec): string =>
  spec.kind === "tbd" && spec.within ? formatDateSpec({ kind: "days", ...spec.within }, "en") : text(spec);
const inYear = (spec: DateSpec, year: number): boolean =>
  dateSpecBounds(spec)?.earliest.startsWith(String(year)) ?? false;

const conference = (id: string) => {
  const c = conferences.find((x) => x.id === id)!;
  return { id: c.id, when: c.dates, status: "held" as const };
};

const toMilestone = (id: string, kind: string, when: DateSpec, status: string): ScheduledMilestone => ({
  id,
  kind,
  when,
  status: status === "held" ? "held" : "planned",
  ...(id.endsWith("authorities-2020-05") ? { extraordinary: true } : {}),
});

const wp2018 = workPlans.find((w) => w.id === "wp-2018-2020")!;
const wp2022 = workPlans.find((w) => w.id === "wp-2022-2024")!;

const cycle2018: CycleSchedule = {
  id: "2018-2021",
  previousConference: conference("xx"),
  conference: conference("xxi"),
  milestones: [
    ...activities2018To2021.filter((a) => KIND[a.kind]).map((a) => toMilestone(a.id, KIND[a.kind]!, a.when, "held")),
    {
      id: "wg-reports-2021",
      kind: "working-group-reports",
      status: "held",
      when: { kind: "days", start: "2021-07-08", end: "2021-07-08" } as DateSpec,
    },
    { id: "gs-report-2021", kind: "general-secretariat-report", status: "held", when: wp2018.asOf! },
  ],
};

const cycle2022: CycleSchedule = {
  id: "2022-2024",
  previousConference: conference("xxi"),
  conference: { ...conference("xxii"), status: "planned" },
  milestones: [
    ...politicalMeetings.filter((m) => KIND[m.kind]).map((m) => toMilestone(m.id, KIND[m.kind]!, m.when!, m.status)),
    {
      id: "wp-2022-2024/approval",
      kind: "work-plan-approval",
      status: "held",
      when: { kind: "days", start: wp2022.approval!.on, end: wp2022.approval!.on } as DateSpec,
    },
  ],
};

console.log("== Milestones of the 2022-2024 cycle: window the rules give, and what happened ==");
const plan = planCycle({
  previousConference: cycle2022.previousConference.when,
  conference: cycle2022.conference.when,
  rules: iacmlCycleRules,
});
if (plan.ok) {
  console.table(
    plan.value.milestones.map((m) => {
      const held = cycle2022.milestones.filter(
        (s) => s.kind === m.kind && (m.year === undefined || inYear(s.when, m.year)),
      );
      return {
        milestone: m.id,
        window: windowText(m.window),
        actual: held.map((s) => `${text(s.when)} (${s.status})`).join("; ") || "—",
      };
    }),
  );
}

for (const schedule of [cycle2018, cycle2022]) {
  console.log(`\n== Findings on the ${schedule.id} cycle ==`);
  console.table(
    checkCycle(schedule, iacmlCycleRules).map((f) => ({
      severity: f.severity,
      certainty: f.certainty,
      finding: f.message,
      fix: f.suggestion ?? "",
    })),
  );
}
const prep = checkCycle(cycle2022, iacmlCycleRules).find((f) => f.params.rule === "preparatory-three-months");
if (prep) console.log(`In Spanish: ${formatIssue(prep, "es")} → ${formatCycleSuggestion(prep, "es") ?? ""}`);

// The same schedule, built from the dataset by the cycle module itself.
const built = cycleScheduleFromDataset(dataset, "wp-2022-2024");
if (built.ok)
  console.log(
    `Built from the dataset: ${built.value.id}, ${built.value.milestones.length} milestones, ${checkCycle(built.value, iacmlCycleRules).length} findings`,
  );

console.log("\n== Where the 2022-2024 cycle stands ==");
console.table(
  ["2022-03-01", "2023-03-01", "2023-10-01", "2024-09-15", "2024-11-15"].map((d) => {
    const s = cyclePhase({ rules: iacmlCycleRules, schedule: cycle2022 }, plainDate(d));
    const days = s.daysToNext
      ? s.daysToNext.min === s.daysToNext.max
        ? `${s.daysToNext.min}`
        : `${s.daysToNext.min}-${s.daysToNext.max}`
      : "";
    return {
      date: d,
      phase: s.phase,
      certainty: s.certainty,
      last: s.last?.id ?? "",
      next: s.next?.id ?? "",
      "days to next": days,
    };
  }),
);

const troika = troikaOf(conferences, 21);
if (troika.ok)
  console.log(
    `\nTroika 2022-2024: chair ${troika.value.currentChair}, previous ${troika.value.previousChair}, next host ${troika.value.proposedNextHost}`,
  );

console.log("\n== If the XXII IACML moved three months, from November 2024 to February 2025 ==");
const moved = postponeConference(
  { rules: iacmlCycleRules, schedule: cycle2022 },
  { kind: "month", month: "2025-02" } as DateSpec,
  {
    body: "iacml-authorities",
    date: { kind: "month", month: "2024-01" } as DateSpec,
  },
);
if (moved.ok) {
  console.table(
    moved.value.windowChanges.map((c) => ({
      milestone: c.milestone,
      before: windowText(c.before),
      after: windowText(c.after),
    })),
  );
  console.log("What would then need to happen:");
  for (const f of moved.value.newFindings) console.log(`- ${f.message}${f.suggestion ? ` → ${f.suggestion}` : ""}`);
}
