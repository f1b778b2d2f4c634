/**
 * Overrun policy: stop, warn or ignore, per line and measure.
 * @module
 */
import type { Severity } from "../core/result.js";
import type { BudgetLine, BudgetPlan, LinePolicy, OverrunAction } from "./plan-schema.js";

/**
 * The measures a policy applies to.
 *
 * @example
 * ```ts
 * import type { OverrunMeasure } from "iacml/budget";
 * const m: OverrunMeasure = "spending";
 * ```
 */
export type OverrunMeasure = keyof LinePolicy;

/**
 * The policy used when neither the line nor the plan sets one, after ERPNext's budget controls:
 * spending over the approved amount stops; commitments over what is left, and spending plus
 * commitments over the approved amount, warn. An amendment or reallocation that leaves a line
 * with less than nothing (`approval`) and an entry dated outside the plan period (`period`)
 * stop: both distort every figure computed from the line.
 *
 * @example
 * ```ts
 * import { defaultLinePolicy } from "iacml/budget";
 * defaultLinePolicy.spending; // "stop"
 * ```
 */
export const defaultLinePolicy: Readonly<Required<LinePolicy>> = {
  commitments: "warn",
  spending: "stop",
  both: "warn",
  approval: "stop",
  period: "stop",
};

/**
 * What to do when `measure` exceeds what a line has: the line's policy, else the plan's, else
 * {@link defaultLinePolicy}.
 *
 * @example
 * ```ts
 * import { overrunAction, type BudgetPlan } from "iacml/budget";
 * declare const plan: BudgetPlan;
 * overrunAction(plan, plan.lines[0]!, "commitments"); // "warn" unless the plan says otherwise
 * ```
 */
export function overrunAction(plan: BudgetPlan, line: BudgetLine, measure: OverrunMeasure): OverrunAction {
  return line.policy?.[measure] ?? plan.policy?.[measure] ?? defaultLinePolicy[measure];
}

/** The severity of a finding raised under an action (undefined: raise none). */
export function severityOf(action: OverrunAction): Severity | undefined {
  return action === "stop" ? "error" : action === "warn" ? "warning" : undefined;
}

/** The strictest severity the policies of some lines give a measure (undefined: all ignore it). */
export function strictestSeverity(
  plan: BudgetPlan,
  lines: readonly number[],
  measure: OverrunMeasure,
): Severity | undefined {
  let strictest: Severity | undefined;
  for (const index of lines) {
    const line = plan.lines[index];
    if (line === undefined) continue;
    const severity = severityOf(overrunAction(plan, line, measure));
    if (severity === "error") return severity;
    if (severity !== undefined) strictest = severity;
  }
  return strictest;
}
