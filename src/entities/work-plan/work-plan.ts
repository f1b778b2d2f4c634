import * as z from "zod";
import { DateSpecSchema, PlainDateSchema } from "../../core/date-spec/schema.js";
import { EventFormatSchema, IdSchema, SourceRefSchema } from "../common.js";
import { memberStateIdSchema } from "./ids.js";

/**
 * zod schema of the years a work plan covers, both included.
 *
 * @example
 * ```ts
 * import { WorkPlanPeriodSchema } from "iacml/entities";
 * WorkPlanPeriodSchema.parse({ fromYear: 2022, toYear: 2024 });
 * ```
 */
export const WorkPlanPeriodSchema = z
  .object({
    fromYear: z.number().int().min(1963).max(9999),
    toYear: z.number().int().min(1963).max(9999),
  })
  .refine((p) => p.fromYear <= p.toYear, { message: "The period ends before it starts", path: ["toYear"] });

/**
 * The years a work plan covers.
 *
 * @example
 * ```ts
 * import type { WorkPlanPeriod } from "iacml/entities";
 * const years = (p: WorkPlanPeriod) => p.toYear - p.fromYear + 1;
 * ```
 */
export type WorkPlanPeriod = z.output<typeof WorkPlanPeriodSchema>;

/**
 * zod schema of the planning meeting at which the authorities prepared a work plan.
 *
 * @example
 * ```ts
 * import { WorkPlanPlanningSchema } from "iacml/entities";
 * WorkPlanPlanningSchema.parse({ when: { kind: "days", start: "2022-02-03", end: "2022-02-04" }, format: "virtual", chair: "AR" });
 * ```
 */
export const WorkPlanPlanningSchema = z.object({
  when: DateSpecSchema,
  format: EventFormatSchema.optional(),
  chair: memberStateIdSchema.optional(),
  location: z.string().min(1).optional(),
});

/**
 * How and when a work plan was prepared.
 *
 * @example
 * ```ts
 * import type { WorkPlanPlanning } from "iacml/entities";
 * const chairOf = (p: WorkPlanPlanning) => p.chair ?? "unknown";
 * ```
 */
export type WorkPlanPlanning = z.output<typeof WorkPlanPlanningSchema>;

/**
 * zod schema of the approval of a work plan by an OAS body.
 *
 * @example
 * ```ts
 * import { WorkPlanApprovalSchema } from "iacml/entities";
 * WorkPlanApprovalSchema.parse({ body: "CIDI Committee on Partnership for Development Policies", on: "2022-06-08" });
 * ```
 */
export const WorkPlanApprovalSchema = z.object({
  body: z.string().min(1),
  on: PlainDateSchema,
});

/**
 * Who approved a work plan, and when.
 *
 * @example
 * ```ts
 * import type { WorkPlanApproval } from "iacml/entities";
 * const approvedOn = (a: WorkPlanApproval) => a.on;
 * ```
 */
export type WorkPlanApproval = z.output<typeof WorkPlanApprovalSchema>;

/**
 * zod schema of a work plan of the IACML: the actions, by priority line, that implement the
 * mandates of one conference over a period. `asOf` is the date of the report the facts come from;
 * `revisions` are the days the authorities revised the plan.
 *
 * @example
 * ```ts
 * import { WorkPlanSchema } from "iacml/entities";
 * const wp = WorkPlanSchema.parse({
 *   id: "wp-2022-2024",
 *   conference: "xxi",
 *   period: { fromYear: 2022, toYear: 2024 },
 *   planning: { when: { kind: "days", start: "2022-02-03", end: "2022-02-04" } },
 *   asOf: { kind: "month", month: "2023-09" },
 *   revisions: [],
 *   source: { document: "001_04952725e56fd583.txt", section: "I. Introduction" },
 * });
 * console.log(wp.period.toYear); // 2024
 * ```
 */
export const WorkPlanSchema = z.object({
  id: IdSchema,
  conference: IdSchema,
  period: WorkPlanPeriodSchema,
  planning: WorkPlanPlanningSchema.optional(),
  approval: WorkPlanApprovalSchema.optional(),
  revisions: z.array(PlainDateSchema),
  asOf: DateSpecSchema,
  source: SourceRefSchema,
});

/**
 * A work plan of the IACML.
 *
 * @example
 * ```ts
 * import type { WorkPlan } from "iacml/entities";
 * const label = (wp: WorkPlan) => `${wp.period.fromYear}-${wp.period.toYear}`;
 * ```
 */
export type WorkPlan = z.output<typeof WorkPlanSchema>;
