/**
 * The cycle schedule of a work plan, read from the dataset's records: now built by the cycle
 * module; this name stays as a deprecated alias.
 * @module
 */
import { cycleScheduleFromDataset } from "../cycle/from-dataset.js";

/**
 * The schedule of the cycle a work plan belongs to, as the cycle module takes it.
 *
 * @deprecated Use `cycleScheduleFromDataset` from `iacml/cycle`: the same function, beside the
 * cycle's other functions. Its issues for an unknown work plan or conference are `cycle.*` codes.
 *
 * @example
 * ```ts
 * import { scheduleFromDataset } from "iacml/reports";
 * import { dataset } from "iacml/data";
 * const r = scheduleFromDataset(dataset, "wp-2022-2024");
 * if (r.ok) console.log(r.value.conference.id); // "xxii"
 * ```
 */
export const scheduleFromDataset = cycleScheduleFromDataset;
