import type { CycleRules } from "./rules-schema.js";
import type { CycleSchedule } from "./schedule-schema.js";

/**
 * A cycle: its schedule and the rules it follows.
 *
 * @example
 * ```ts
 * import { inMonth, onDays } from "iacml/core";
 * import { iacmlCycleRules, type Cycle } from "iacml/cycle";
 * const cycle: Cycle = {
 *   rules: iacmlCycleRules,
 *   schedule: {
 *     id: "2022-2024",
 *     previousConference: { id: "xxi", status: "held", when: onDays("2021-09-22", "2021-09-24") },
 *     conference: { id: "xxii", status: "planned", when: inMonth("2024-11") },
 *     milestones: [],
 *   },
 * };
 * ```
 */
export interface Cycle {
  /** The rules of the process. */
  readonly rules: CycleRules;
  /** The planned or actual schedule. */
  readonly schedule: CycleSchedule;
}
