/**
 * What a report is built from: the dataset of the process, the budget, and optional extras.
 * @module
 */
import type { Dataset } from "../entities/dataset/schema.js";
import type { BudgetPlan } from "../budget/plan-schema.js";
import type { LedgerEntry } from "../budget/ledger-schema.js";
import type { CalendarEvent } from "../calendar/event.js";
import type { CalendarRuleInput } from "../calendar/rules.js";
import type { CycleRules } from "../cycle/rules-schema.js";

/**
 * A budget plan with its ledger, as the budget module takes them.
 *
 * @example
 * ```ts
 * import type { ProcessBudget } from "iacml/reports";
 * import { rialBudget2022To2024 } from "iacml/data";
 * const budget: ProcessBudget = rialBudget2022To2024;
 * ```
 */
export interface ProcessBudget {
  /** The approved plan. */
  readonly plan: BudgetPlan;
  /** Its append-only ledger. */
  readonly ledger: readonly LedgerEntry[];
}

/**
 * Everything a report is built from. Only `dataset` is required; the rest refines the report.
 *
 * @example
 * ```ts
 * import type { ProcessData } from "iacml/reports";
 * import { dataset, rialBudget2022To2024 } from "iacml/data";
 * const process: ProcessData = { dataset, budget: rialBudget2022To2024 };
 * ```
 */
export interface ProcessData {
  /** The records of the process (an entities `Dataset`). */
  readonly dataset: Dataset;
  /** The budget of the work plan; without it the report has no budget section. */
  readonly budget?: ProcessBudget;
  /** The work plan to report on; default the one with the latest period. */
  readonly workPlan?: string;
  /** Calendar events besides the work plan's calendar annex (ILO, OAS sessions …). */
  readonly calendarEvents?: readonly CalendarEvent[];
  /** Calendar rules to check; default Holy Week. */
  readonly calendarRules?: readonly CalendarRuleInput[];
  /** Audiences that draw on the same people, passed to the conflict search. */
  readonly audienceLinks?: Readonly<Record<string, readonly string[]>>;
  /** Rules of the cycle; default the IACML rules. */
  readonly cycleRules?: CycleRules;
}

/**
 * Options of {@link processData}.
 *
 * @example
 * ```ts
 * import type { ProcessDataOptions } from "iacml/reports";
 * const options: ProcessDataOptions = { workPlan: "wp-2022-2024" };
 * ```
 */
export type ProcessDataOptions = Omit<ProcessData, "dataset" | "budget">;

/**
 * Bundles a dataset, a budget and optional extras into the {@link ProcessData} the report
 * builders take. It copies nothing and reads nothing else: pass the values you hold.
 *
 * @example
 * ```ts
 * import { processData } from "iacml/reports";
 * import { dataset, rialBudget2022To2024 } from "iacml/data";
 * const process = processData(dataset, rialBudget2022To2024, { workPlan: "wp-2022-2024" });
 * ```
 */
export function processData(dataset: Dataset, budget?: ProcessBudget, options: ProcessDataOptions = {}): ProcessData {
  return { ...options, dataset, ...(budget === undefined ? {} : { budget }) };
}
