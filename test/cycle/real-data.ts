// The 2018-2021 and 2022-2024 cycles built from the reference dataset.
import type { DateSpec } from "iacml/core";
import type { CycleSchedule, ScheduledMilestone } from "iacml/cycle";
import { conferences, cycleAuthorities } from "../../src/data/process/index.js";
import { activities2018To2021, politicalMeetings, workPlans } from "../../src/data/work-plan/index.js";

const KIND: Record<string, string> = {
  "planning-meeting": "planning",
  "authorities-meeting": "authorities",
  "working-group-meeting": "working-groups",
  "preparatory-meeting": "preparatory",
};

const conference = (id: string) => {
  const c = conferences.find((x) => x.id === id)!;
  return { id: c.id, when: c.dates, status: "held" as const, format: c.format };
};

function milestone(
  id: string,
  kind: string,
  when: DateSpec,
  status: string,
  format?: ScheduledMilestone["format"],
): ScheduledMilestone {
  return {
    id,
    kind,
    when,
    ...(format ? { format } : {}),
    status: status === "held" ? "held" : status === "cancelled" ? "cancelled" : "planned",
    // The May 2020 meeting of authorities was called for the pandemic, besides the yearly one.
    ...(id.endsWith("authorities-2020-05") ? { extraordinary: true } : {}),
  };
}

const wp2018 = workPlans.find((w) => w.id === "wp-2018-2020")!;

export const schedule2018To2021: CycleSchedule = {
  id: "2018-2021",
  previousConference: conference("xx"),
  conference: conference("xxi"),
  milestones: [
    ...activities2018To2021
      .filter((a) => KIND[a.kind])
      .map((a) => milestone(a.id, KIND[a.kind]!, a.when, "held", a.format)),
    // Not in the dataset: both final reports of the working groups are dated 8 July 2021 (seeds 002, 004).
    {
      id: "wg-reports-2021",
      kind: "working-group-reports",
      status: "held",
      when: { kind: "days", start: "2021-07-08", end: "2021-07-08" } as DateSpec,
    },
    { id: "gs-report-2021", kind: "general-secretariat-report", status: "held", when: wp2018.asOf! },
  ],
};

const wp2022 = workPlans.find((w) => w.id === "wp-2022-2024")!;

export const schedule2022To2024: CycleSchedule = {
  id: "2022-2024",
  previousConference: conference("xxi"),
  conference: { ...conference("xxii"), status: "planned" },
  milestones: [
    ...politicalMeetings
      .filter((m) => KIND[m.kind])
      .map((m) => milestone(m.id, KIND[m.kind]!, m.when!, m.status, m.format)),
    {
      id: "wp-2022-2024/approval",
      kind: "work-plan-approval",
      status: "held",
      when: { kind: "days", start: wp2022.approval!.on, end: wp2022.approval!.on } as DateSpec,
    },
  ],
};

export { conferences, cycleAuthorities };
