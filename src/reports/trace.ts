/**
 * The mandate trace of a work plan, read from the dataset's mandate sentences.
 * @module
 */
import type { Issue } from "../core/result.js";
import type { Dataset } from "../entities/dataset/schema.js";
import type { MandateContext, MandateRef } from "../mandates/ref.js";
import type { MandateTrace } from "../mandates/trace.js";
import { mandateContextOf as contextOf, traceWorkPlan } from "../mandates/from-dataset.js";

/**
 * A work plan's trace with the references read from each action's mandate sentence.
 *
 * @example
 * ```ts
 * import { workPlanTrace, type WorkPlanTrace } from "iacml/reports";
 * import { dataset } from "iacml/data";
 * const t: WorkPlanTrace = workPlanTrace(dataset, "wp-2022-2024");
 * ```
 */
export interface WorkPlanTrace {
  /** The trace graph of the plan's actions against its conference's instruments. */
  readonly trace: MandateTrace;
  /** References read from each action's mandate sentence, by action id. */
  readonly refsOf: ReadonlyMap<string, readonly MandateRef[]>;
  /** The context the sentences were read in (the dataset's conferences and cities). */
  readonly context: MandateContext;
  /** One `mandates.mandate-unread` warning per sentence that could not be read. */
  readonly issues: readonly Issue[];
}

/**
 * The mandate context the dataset gives: every conference with its edition, year and city,
 * and a default conference for references that name no city.
 *
 * @deprecated Use `mandateContextOf` from "iacml/mandates" (it lives beside the parser now).
 *
 * @example
 * ```ts
 * import { mandateContextOf } from "iacml/mandates";
 * import { dataset } from "iacml/data";
 * const context = mandateContextOf(dataset, "xxi");
 * ```
 */
export const mandateContextOf: (dataset: Pick<Dataset, "conferences">, defaultConference?: string) => MandateContext =
  contextOf;

/**
 * Reads every mandate sentence of a work plan's actions and traces the actions to the
 * provisions of the instruments the dataset holds, grouped by priority line.
 *
 * @deprecated Use `traceWorkPlan` from `iacml/mandates`: the same trace, beside the mandates
 * module's functions, which also takes planned actions and reports an unknown work plan. Its
 * unread sentences are `mandates.mandate-unread` warnings (formerly `reports.mandate-unread`).
 *
 * @example
 * ```ts
 * import { workPlanTrace } from "iacml/reports";
 * import { mandateCoverage } from "iacml/mandates";
 * import { dataset } from "iacml/data";
 * const { trace } = workPlanTrace(dataset, "wp-2022-2024");
 * console.log(mandateCoverage(trace).map((row) => row.percent));
 * ```
 */
export function workPlanTrace(dataset: Dataset, workPlanId: string): WorkPlanTrace {
  return traceWorkPlan(dataset, workPlanId);
}
