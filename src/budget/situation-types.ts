/**
 * The shape of a budget situation: per line, totals and the fund, each figure with the ids of
 * the entries that make it.
 * @module
 */
import type { PlainDate } from "../core/plain-date.js";
import type { Finding } from "../core/result.js";
import type { Amount } from "../core/money/decimal.js";
import type { CurrencyCode } from "../core/money/currencies.js";
import type { LocalizedText } from "../entities/common.js";

/**
 * Where a line stands: `unbudgeted` (nothing approved from the fund and nothing used),
 * `not-started`, `in-progress`, `executed` (spent exactly what was approved, nothing open),
 * `overcommitted` (spending plus open commitments exceed the approved amount) or `overspent`.
 *
 * @example
 * ```ts
 * import type { LineStatus } from "iacml/budget";
 * const s: LineStatus = "in-progress";
 * ```
 */
export type LineStatus = "unbudgeted" | "not-started" | "in-progress" | "executed" | "overcommitted" | "overspent";

/**
 * The entry ids behind each figure of a line.
 *
 * @example
 * ```ts
 * import type { LineTrace } from "iacml/budget";
 * const t: LineTrace = { original: ["approval"], amendments: [], reallocations: [], committed: [], spent: ["e1"] };
 * ```
 */
export interface LineTrace {
  /** The plan approval entry (empty when the ledger records none). */
  readonly original: readonly string[];
  /** Amendments of the line. */
  readonly amendments: readonly string[];
  /** Reallocations that move money into or out of the line. */
  readonly reallocations: readonly string[];
  /** Commitments, their releases and the expenditures that settle them. */
  readonly committed: readonly string[];
  /** Expenditures and refunds. */
  readonly spent: readonly string[];
}

/**
 * The figures of one budget line as of a date. Amounts are exact, in the plan's currency.
 *
 * @example
 * ```ts
 * import { budgetSituation } from "iacml/budget";
 * import { plainDate } from "iacml/core";
 * import { rialBudget2022To2024 } from "iacml/data";
 * const s = budgetSituation(rialBudget2022To2024.plan, rialBudget2022To2024.ledger, { asOf: plainDate("2023-09-30") });
 * const line = s.lines[0]!;
 * console.log(line.line, line.approved.toFixed(2), line.status);
 * ```
 */
export interface LineSituation {
  /** The line id. */
  readonly line: string;
  /** The line title. */
  readonly title: LocalizedText;
  /** Approved when the plan was approved. */
  readonly original: Amount;
  /** Sum of amendments. */
  readonly amendments: Amount;
  /** Net of reallocations into (+) and out of (−) the line. */
  readonly reallocations: Amount;
  /** Original + amendments + reallocations. */
  readonly approved: Amount;
  /** Open commitments: committed, less released, less settled by expenditures. */
  readonly committed: Amount;
  /** Expenditures less refunds. */
  readonly spent: Amount;
  /** Approved − committed − spent. */
  readonly available: Amount;
  /** Spent as a percentage of approved, 2 decimals (half-even); undefined when nothing is approved. */
  readonly percentExecuted: Amount | undefined;
  /** Where the line stands. */
  readonly status: LineStatus;
  /** The entry ids behind each figure. */
  readonly trace: LineTrace;
}

/**
 * The plan's totals: the sums of the lines' figures.
 *
 * @example
 * ```ts
 * import type { BudgetTotals } from "iacml/budget";
 * const show = (t: BudgetTotals) => `${t.spent.toFixed(2)} of ${t.approved.toFixed(2)}`;
 * ```
 */
export interface BudgetTotals {
  /** Sum of originals. */
  readonly original: Amount;
  /** Sum of amendments. */
  readonly amendments: Amount;
  /** Sum of reallocations (always zero when the ledger is valid). */
  readonly reallocations: Amount;
  /** Sum of current approved amounts. */
  readonly approved: Amount;
  /** Sum of open commitments. */
  readonly committed: Amount;
  /** Sum of spending. */
  readonly spent: Amount;
  /** Sum of available amounts. */
  readonly available: Amount;
  /** Spent as a percentage of approved; undefined when nothing is approved. */
  readonly percentExecuted: Amount | undefined;
}

/**
 * The entry ids behind the fund's figures.
 *
 * @example
 * ```ts
 * import type { FundTrace } from "iacml/budget";
 * const t: FundTrace = { pledged: [], received: ["c1"], levies: ["c1-levy"], spent: [] };
 * ```
 */
export interface FundTrace {
  /** Pledges. */
  readonly pledged: readonly string[];
  /** Contributions received. */
  readonly received: readonly string[];
  /** Operations levies. */
  readonly levies: readonly string[];
  /** Expenditures and refunds. */
  readonly spent: readonly string[];
}

/**
 * The fund: what came in, what was deducted for operations, what went out, what is left, and
 * whether the approved plan is covered.
 *
 * @example
 * ```ts
 * import type { FundSituation } from "iacml/budget";
 * const show = (f: FundSituation) => `${f.cash.toFixed(2)} in cash; funded: ${f.funded}`;
 * ```
 */
export interface FundSituation {
  /** Contributions pledged (converted to the plan's currency). */
  readonly pledged: Amount;
  /** Contributions received, gross. */
  readonly received: Amount;
  /** Operations levies deducted. */
  readonly levies: Amount;
  /** Received − levies. */
  readonly netReceived: Amount;
  /** Spending less refunds, across lines. */
  readonly spent: Amount;
  /** Net received − spent. */
  readonly cash: Amount;
  /** Whether net contributions cover the approved plan. */
  readonly funded: boolean;
  /** How much is missing to cover the approved plan (0 when funded). */
  readonly shortfall: Amount;
  /** The entry ids behind the figures. */
  readonly trace: FundTrace;
}

/**
 * The financial situation of a budget plan as of a date.
 *
 * @example
 * ```ts
 * import { budgetSituation } from "iacml/budget";
 * import { plainDate } from "iacml/core";
 * import { rialBudget2022To2024 } from "iacml/data";
 * const s = budgetSituation(rialBudget2022To2024.plan, rialBudget2022To2024.ledger, { asOf: plainDate("2022-07-31") });
 * console.log(s.totals.approved.toFixed(2)); // "95000.00"
 * ```
 */
export interface BudgetSituation {
  /** The plan id. */
  readonly plan: string;
  /** The plan's currency. */
  readonly currency: CurrencyCode;
  /** Entries with a later value date are left out. */
  readonly asOf: PlainDate;
  /** When given, entries recorded after it are left out too. */
  readonly knownOn?: PlainDate;
  /** One per plan line, in plan order. */
  readonly lines: readonly LineSituation[];
  /** Sums of the lines. */
  readonly totals: BudgetTotals;
  /** The fund. */
  readonly fund: FundSituation;
  /** How many entries were counted and how many left out. */
  readonly entries: {
    /** Counted. */
    readonly counted: number;
    /** Left out: value date after `asOf`. */
    readonly afterAsOf: number;
    /** Left out: recorded after `knownOn`. */
    readonly recordedLater: number;
    /** Left out: invalid (each has a finding). */
    readonly invalid: number;
  };
  /** Overspends, an unfunded plan, invalid entries, entries left out. */
  readonly findings: readonly Finding[];
}

/**
 * Options of {@link budgetSituation}.
 *
 * @example
 * ```ts
 * import type { SituationOptions } from "iacml/budget";
 * import { plainDate } from "iacml/core";
 * const o: SituationOptions = { asOf: plainDate("2023-12-31"), knownOn: plainDate("2024-01-15") };
 * ```
 */
export interface SituationOptions {
  /** Value date: entries dated after it are left out. */
  readonly asOf: PlainDate;
  /** Recorded date: when given, entries recorded after it are left out ("what did we know then"). */
  readonly knownOn?: PlainDate;
}
