import * as z from "zod";

/**
 * zod schema of the status of a work-plan action as a performance report states it
 * ("Fulfilled and on-going activity" is `fulfilled-and-ongoing`).
 *
 * @example
 * ```ts
 * import { ActionStatusSchema } from "iacml/entities";
 * ActionStatusSchema.parse("fulfilled-and-future");
 * ```
 */
export const ActionStatusSchema = z.enum([
  "fulfilled",
  "ongoing",
  "future",
  "fulfilled-and-ongoing",
  "fulfilled-and-future",
  "future-and-ongoing",
  "postponed",
  "cancelled",
]);

/**
 * The status of a work-plan action.
 *
 * @example
 * ```ts
 * import type { ActionStatus } from "iacml/entities";
 * const isDone = (s: ActionStatus) => s === "fulfilled";
 * ```
 */
export type ActionStatus = z.output<typeof ActionStatusSchema>;
