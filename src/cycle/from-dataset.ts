/**
 * The cycle schedule of a work plan, read from the reference dataset's records (the builder that
 * turns `iacml/data` into the input of {@link checkCycle} and {@link cyclePhase}).
 * @module
 */
import type { DateSpec } from "../core/date-spec/types.js";
import { issueFactory } from "../core/issue.js";
import { cycleMessages } from "../core/messages/cycle.js";
import { fail, ok, type Result } from "../core/result.js";
import type { Dataset } from "../entities/dataset/schema.js";
import type { Conference } from "../entities/process/conference.js";
import type { ConferenceMilestone, CycleSchedule, ScheduledMilestone } from "./schedule-schema.js";

const issue = /* @__PURE__ */ issueFactory(cycleMessages);

/** Milestone kinds of the IACML cycle rules, by the dataset's meeting and activity kinds. */
const MILESTONE_KIND: Readonly<Record<string, string>> = {
  "planning-meeting": "planning",
  "authorities-meeting": "authorities",
  "working-group-meeting": "working-groups",
  "preparatory-meeting": "preparatory",
};

function statusOf(status: string): ScheduledMilestone["status"] {
  return status === "held" ? "held" : status === "cancelled" ? "cancelled" : "planned";
}

function conferenceMilestone(conference: Conference, dataset: Dataset): ConferenceMilestone {
  const meeting = dataset.politicalMeetings.find((m) => m.kind === "conference" && m.conference === conference.id);
  return {
    id: conference.id,
    when: conference.dates,
    status: meeting === undefined ? "held" : statusOf(meeting.status),
    format: conference.format,
  };
}

function sameDay(on: string): DateSpec {
  return { kind: "days", start: on, end: on } as DateSpec;
}

/**
 * The schedule of the cycle a work plan belongs to, as the cycle module takes it: the
 * conference that adopted the plan opens it, the next edition closes it (its status from the
 * plan's political meeting of kind `conference`, else `held`), and the milestones are the
 * plan's political meetings and the reported activities of the opening conference's cycle
 * whose kind is a cycle milestone (planning, authorities, working groups, preparatory), plus
 * the plan's approval. A meeting of authorities held in the same year as another one, after
 * it, is marked `extraordinary` (the May 2020 meeting called for the pandemic). Unknown work
 * plan or conferences are Issues, and so is a dataset that is not an object with the lists
 * `workPlans`, `conferences`, `politicalMeetings` and `activities` (`cycle.invalid-dataset`,
 * never a thrown error).
 *
 * @example
 * ```ts
 * import { cycleScheduleFromDataset } from "iacml/cycle";
 * import { dataset } from "iacml/data";
 * const r = cycleScheduleFromDataset(dataset, "wp-2022-2024");
 * if (r.ok) console.log(r.value.conference.id); // "xxii"
 * ```
 */
export function cycleScheduleFromDataset(dataset: Dataset, workPlanId: string): Result<CycleSchedule> {
  if (!isDatasetShape(dataset)) return fail([issue("cycle.invalid-dataset", {}, { path: [] })]);
  const plan = dataset.workPlans.find((w) => w.id === workPlanId);
  if (plan === undefined) return fail([issue("cycle.unknown-work-plan", { id: workPlanId }, { path: ["workPlan"] })]);
  const opening = dataset.conferences.find((c) => c.id === plan.conference);
  if (opening === undefined) {
    return fail([
      issue("cycle.unknown-conference", { workPlan: plan.id, id: plan.conference }, { path: ["workPlan"] }),
    ]);
  }
  const closing = dataset.conferences.find((c) => c.edition.number === opening.edition.number + 1);
  if (closing === undefined) {
    return fail([
      issue(
        "cycle.unknown-conference",
        { workPlan: plan.id, id: opening.edition.roman.toLowerCase() + "+1" },
        { path: ["workPlan"] },
      ),
    ]);
  }
  const records = [
    ...dataset.politicalMeetings
      .filter((m) => m.workPlan === plan.id)
      .map((m) => ({ id: m.id, kind: m.kind as string, when: m.when, status: m.status as string, format: m.format })),
    ...dataset.activities
      .filter((a) => a.conference === opening.id)
      .map((a) => ({ id: a.id, kind: a.kind as string, when: a.when, status: "held", format: a.format })),
  ];
  const milestones: ScheduledMilestone[] = records
    .filter((r) => MILESTONE_KIND[r.kind] !== undefined)
    .map((r) => ({
      id: r.id,
      kind: MILESTONE_KIND[r.kind]!,
      when: r.when,
      status: statusOf(r.status),
      ...(r.format === undefined ? {} : { format: r.format }),
    }));
  const withExtraordinary = milestones.map((m) => (isExtraordinary(m, milestones) ? { ...m, extraordinary: true } : m));
  if (plan.approval !== undefined) {
    withExtraordinary.push({
      id: `${plan.id}/approval`,
      kind: "work-plan-approval",
      when: sameDay(plan.approval.on),
      status: "held",
    });
  }
  return ok({
    id: `${plan.period.fromYear}-${yearOf(closing.dates) ?? plan.period.toYear}`,
    previousConference: conferenceMilestone(opening, dataset),
    conference: conferenceMilestone(closing, dataset),
    milestones: withExtraordinary,
  });
}

function startText(spec: DateSpec): string {
  switch (spec.kind) {
    case "days":
      return spec.start;
    case "month":
      return spec.month;
    case "months":
      return spec.start;
    case "all":
      return spec.parts[0] === undefined ? "" : startText(spec.parts[0]);
    case "oneOf":
      return spec.options[0] === undefined ? "" : startText(spec.options[0]);
    case "tbd":
      return spec.within?.start ?? "";
  }
}

function yearOf(spec: DateSpec): number | undefined {
  const year = Number(startText(spec).slice(0, 4));
  return Number.isInteger(year) && year > 0 ? year : undefined;
}

/** A second meeting of authorities in one calendar year is the extraordinary one. */
function isExtraordinary(m: ScheduledMilestone, all: readonly ScheduledMilestone[]): boolean {
  if (m.kind !== "authorities") return false;
  const year = startText(m.when).slice(0, 4);
  return all.some(
    (o) =>
      o !== m &&
      o.kind === "authorities" &&
      startText(o.when).slice(0, 4) === year &&
      startText(o.when) < startText(m.when),
  );
}

/** Whether a value has the lists this builder reads (a typed Dataset always has them). */
function isDatasetShape(value: unknown): value is Dataset {
  if (typeof value !== "object" || value === null) return false;
  const d = value as Record<string, unknown>;
  return ["workPlans", "conferences", "politicalMeetings", "activities"].every((k) => Array.isArray(d[k]));
}
