import * as z from "zod";
import { DateSpecSchema } from "../core/date-spec/schema.js";
import { EventFormatSchema, IdSchema, LocalizedTextSchema } from "../entities/common.js";
import { DecisionSchema } from "../entities/process/conference.js";

/**
 * zod schema of where a milestone takes place.
 *
 * @example
 * ```ts
 * import { PlaceSchema } from "iacml/cycle";
 * PlaceSchema.parse({ city: "Washington, D.C.", country: "US" });
 * ```
 */
export const PlaceSchema = z.object({
  city: z.string().min(1).optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, "Expected an ISO 3166-1 alpha-2 code")
    .optional(),
});

/**
 * zod schema of a conference that opens or closes a cycle.
 *
 * @example
 * ```ts
 * import { ConferenceMilestoneSchema } from "iacml/cycle";
 * ConferenceMilestoneSchema.parse({ id: "xxii", when: { kind: "month", month: "2024-11" }, status: "planned" });
 * ```
 */
export const ConferenceMilestoneSchema = z.object({
  id: IdSchema,
  when: DateSpecSchema,
  status: z.enum(["planned", "held", "cancelled"]),
  title: LocalizedTextSchema.optional(),
  format: EventFormatSchema.optional(),
  location: PlaceSchema.optional(),
  note: z.string().optional(),
});

/**
 * A conference that opens or closes a cycle.
 *
 * @example
 * ```ts
 * import { onDays } from "iacml/core";
 * import type { ConferenceMilestone } from "iacml/cycle";
 * const xxi: ConferenceMilestone = { id: "xxi", when: onDays("2021-09-22", "2021-09-24"), status: "held" };
 * ```
 */
export type ConferenceMilestone = z.output<typeof ConferenceMilestoneSchema>;

/**
 * zod schema of a milestone placed in a schedule: its kind (one of the rules' milestone kinds),
 * when, whether planned, held or cancelled, and whether it is `extraordinary` (held in addition
 * to what the rules require, such as the May 2020 meeting of authorities; timing rules ignore it).
 *
 * @example
 * ```ts
 * import { ScheduledMilestoneSchema } from "iacml/cycle";
 * ScheduledMilestoneSchema.parse({
 *   id: "planning-2022", kind: "planning", status: "held",
 *   when: { kind: "days", start: "2022-02-03", end: "2022-02-04" },
 * });
 * ```
 */
export const ScheduledMilestoneSchema = ConferenceMilestoneSchema.extend({
  kind: IdSchema,
  extraordinary: z.boolean().optional(),
});

/**
 * A milestone placed in a schedule.
 *
 * @example
 * ```ts
 * import { onDays } from "iacml/core";
 * import type { ScheduledMilestone } from "iacml/cycle";
 * const m: ScheduledMilestone = { id: "planning-2022", kind: "planning", status: "held", when: onDays("2022-02-03", "2022-02-04") };
 * ```
 */
export type ScheduledMilestone = z.output<typeof ScheduledMilestoneSchema>;

/**
 * zod schema of a recorded postponement of the closing conference: from which dates to which,
 * and the decision (who, by which instrument, when).
 *
 * @example
 * ```ts
 * import { PostponementRecordSchema } from "iacml/cycle";
 * PostponementRecordSchema.parse({
 *   conference: "xxi",
 *   from: { kind: "month", month: "2020-12" },
 *   to: { kind: "days", start: "2021-09-22", end: "2021-09-24" },
 *   decision: { body: "cidi", instrument: "CIDI/RES. 343 (CIII-O/20)", date: { kind: "month", month: "2020-07" } },
 * });
 * ```
 */
export const PostponementRecordSchema = z.object({
  conference: IdSchema,
  from: DateSpecSchema,
  to: DateSpecSchema,
  decision: DecisionSchema,
});

/**
 * A recorded postponement.
 *
 * @example
 * ```ts
 * import { inMonth, onDays } from "iacml/core";
 * import type { PostponementRecord } from "iacml/cycle";
 * const p: PostponementRecord = {
 *   conference: "xxi", from: inMonth("2020-12"), to: onDays("2021-09-22", "2021-09-24"),
 *   decision: { body: "iacml-authorities", date: onDays("2020-05-22") },
 * };
 * ```
 */
export type PostponementRecord = z.output<typeof PostponementRecordSchema>;

/**
 * zod schema of the schedule of one cycle, planned or actual: the conference that opens it, the
 * one that closes it, the milestones in between and the postponements recorded.
 *
 * @example
 * ```ts
 * import { CycleScheduleSchema } from "iacml/cycle";
 * const r = CycleScheduleSchema.safeParse({
 *   id: "2022-2024",
 *   previousConference: { id: "xxi", status: "held", when: { kind: "days", start: "2021-09-22", end: "2021-09-24" } },
 *   conference: { id: "xxii", status: "planned", when: { kind: "month", month: "2024-11" } },
 *   milestones: [],
 * });
 * console.log(r.success);
 * ```
 */
export const CycleScheduleSchema = z.object({
  id: IdSchema,
  previousConference: ConferenceMilestoneSchema,
  conference: ConferenceMilestoneSchema,
  milestones: z.array(ScheduledMilestoneSchema),
  postponements: z.array(PostponementRecordSchema).optional(),
});

/**
 * The schedule of one cycle.
 *
 * @example
 * ```ts
 * import { inMonth, onDays } from "iacml/core";
 * import type { CycleSchedule } from "iacml/cycle";
 * const s: CycleSchedule = {
 *   id: "2022-2024",
 *   previousConference: { id: "xxi", status: "held", when: onDays("2021-09-22", "2021-09-24") },
 *   conference: { id: "xxii", status: "planned", when: inMonth("2024-11") },
 *   milestones: [],
 * };
 * ```
 */
export type CycleSchedule = z.output<typeof CycleScheduleSchema>;
