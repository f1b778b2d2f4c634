/**
 * The financial situation of a budget plan as of a date, from its ledger.
 * @module
 */
import type { Issue, Result } from "../core/result.js";
import { fail, ok } from "../core/result.js";
import { checkPlainDateOption } from "../core/options.js";
import { catchToResult } from "../core/untrusted.js";
import type { PlainDate } from "../core/plain-date.js";
import type { BudgetPlan } from "./plan-schema.js";
import type { LedgerEntry } from "./ledger-schema.js";
import { digitsOf, ledgerArgumentIssue, planArgumentIssue } from "./issues.js";
import { duplicateIdIssues } from "./duplicate-ids.js";
import { checkBudgetPlan } from "./validate-plan.js";
import type { BudgetSituation, SituationOptions } from "./situation-types.js";
import { walkLedger, type SituationContext } from "./situation-walk.js";
import { openCommitments } from "./situation-commitments.js";
import { resolveLevies } from "./situation-levies.js";
import { checkApprovalChanges } from "./situation-approval.js";
import { lineFigures, originalUnits } from "./situation-lines.js";
import { fundFigures } from "./situation-fund.js";

/** The problems of the options: `asOf` and `knownOn` must be real days `YYYY-MM-DD`. */
function optionIssues(options: unknown): Issue[] {
  if (typeof options !== "object" || options === null) {
    return [checkPlainDateOption(undefined, "asOf", ["options", "asOf"])!];
  }
  const { asOf, knownOn } = options as { asOf?: unknown; knownOn?: unknown };
  const issues: Issue[] = [];
  const asOfIssue = checkPlainDateOption(asOf, "asOf", ["options", "asOf"]);
  if (asOfIssue) issues.push(asOfIssue);
  const knownOnIssue =
    knownOn === undefined ? undefined : checkPlainDateOption(knownOn, "knownOn", ["options", "knownOn"]);
  if (knownOnIssue) issues.push(knownOnIssue);
  return issues;
}

/** The situation of a ledger known to have unique ids, with checked dates. */
function computeSituation(
  plan: BudgetPlan,
  ledger: readonly LedgerEntry[],
  asOf: PlainDate,
  knownOn: PlainDate | undefined,
): BudgetSituation {
  const lineIndex = new Map<string, number>();
  plan.lines.forEach((line, index) => {
    if (!lineIndex.has(line.id)) lineIndex.set(line.id, index);
  });
  const context: SituationContext = {
    plan,
    digits: digitsOf(plan.currency),
    lineIndex,
    asOf,
    knownOn,
    findings: checkBudgetPlan(plan),
  };
  const tally = walkLedger(context, ledger);
  const levies = resolveLevies(context, tally);
  const open = openCommitments(context, tally);
  const original = originalUnits(context, tally);
  checkApprovalChanges(context, tally, original, ledger);
  const { lines, totals, units } = lineFigures(context, tally, original, open);
  const spentIds = ([] as string[]).concat(...tally.traces.map((trace) => trace.spent));
  const fund = fundFigures(context, tally, levies, units, spentIds);
  return {
    plan: plan.id,
    currency: plan.currency,
    asOf,
    ...(knownOn === undefined ? {} : { knownOn }),
    lines,
    totals,
    fund,
    entries: {
      counted: tally.counted,
      afterAsOf: tally.afterAsOf,
      recordedLater: tally.recordedLater,
      invalid: tally.invalid,
    },
    findings: context.findings,
  };
}

/**
 * {@link budgetSituation} as a {@link Result}, for options and ledgers that come from outside
 * the program: fails with `core.invalid-date-option` when `asOf` or `knownOn` is not a real
 * day `YYYY-MM-DD` (`"31/12/2023"`, `"2024-1-5"`, `"garbage"`, `undefined`), and with
 * `budget.duplicate-ledger-ids` (then one `budget.duplicate-entry-id` per repeated entry, with
 * its path) when two entries share an id, because no figure computed from such a ledger could
 * be trusted: which entry counts would depend on their order. Never throws: anything else that
 * goes wrong on input that does not match its types is a `core.unexpected-error` issue.
 *
 * @example
 * ```ts
 * import { tryBudgetSituation } from "iacml/budget";
 * import { rialBudget2022To2024 } from "iacml/data";
 * const { plan, ledger } = rialBudget2022To2024;
 * const bad = tryBudgetSituation(plan, ledger, { asOf: "31/12/2023" });
 * if (!bad.ok) console.log(bad.issues[0]?.code); // "core.invalid-date-option"
 * const good = tryBudgetSituation(plan, ledger, { asOf: "2022-09-30" });
 * if (good.ok) console.log(good.value.totals.approved.toFixed(2)); // "105000.00"
 * ```
 */
export function tryBudgetSituation(
  plan: BudgetPlan,
  ledger: readonly LedgerEntry[],
  options: { readonly asOf: unknown; readonly knownOn?: unknown },
): Result<BudgetSituation> {
  return catchToResult(() => {
    const planIssue = planArgumentIssue(plan);
    const ledgerIssue = ledgerArgumentIssue(ledger);
    const issues = [...(planIssue ? [planIssue] : []), ...(ledgerIssue ? [ledgerIssue] : []), ...optionIssues(options)];
    if (issues.length > 0) return fail(issues);
    const duplicates = duplicateIdIssues(ledger);
    if (duplicates.length > 0) return fail(duplicates);
    const { asOf, knownOn } = options as SituationOptions;
    return ok(computeSituation(plan, ledger, asOf, knownOn));
  }, "tryBudgetSituation");
}

/**
 * The financial situation of a plan as of a date (value dates up to `asOf`), optionally as it
 * was known on a date (recorded dates up to `knownOn`): per line the original approval,
 * amendments, reallocations, current approved amount, open commitments, spending, what is left,
 * the percentage executed and a status; the totals; the fund's pledges, contributions, levies,
 * cash and whether the approved plan is funded; and findings, each with a suggestion that
 * `formatSuggestion(finding, "es")` renders in Spanish.
 *
 * Every figure is exact (sums in integer minor units, returned as decimal amounts) and traces
 * back to the ids of the entries that make it. The result does not depend on the order of the
 * entries. Invalid entries (unknown line, bad amount, a contribution in another currency
 * without its exchange rate …) are left out, each with an error finding; an operations levy is
 * left out with its contribution when that is rejected (`budget.levy-of-rejected-contribution`)
 * or absent (`budget.unknown-contribution`). Findings: overruns per the line's policy
 * (`budget.spending-exceeds-approved`, `budget.commitments-exceed-available`,
 * `budget.line-overcommitted`), and under the `approval` and `period` measures (default `stop`,
 * an error) `budget.approved-below-zero`, `budget.reallocation-exceeds-available` and
 * `budget.entry-outside-period`; `budget.plan-unfunded`, `budget.negative-cash`,
 * `budget.plan-total-mismatch`, `budget.levy-exceeds-contribution`,
 * `budget.release-exceeds-commitment`, and, as information, `budget.entries-after-as-of` and
 * `budget.entries-recorded-later`.
 *
 * Its inputs are typed, so it cannot answer with a Result: an `asOf` or `knownOn` that is not a
 * real day `YYYY-MM-DD` is a `TypeError` naming the option, and a ledger with two entries of
 * the same id (which {@link parseLedger} never returns) is a `TypeError` naming the ledger, so
 * that no figure is ever computed from a misread date or an ambiguous ledger. Use
 * {@link tryBudgetSituation} to get those as issues instead.
 *
 * @example
 * ```ts
 * import { budgetSituation } from "iacml/budget";
 * import { plainDate } from "iacml/core";
 * import { rialBudget2022To2024 } from "iacml/data";
 * const { plan, ledger } = rialBudget2022To2024;
 * budgetSituation(plan, ledger, { asOf: plainDate("2022-07-31") }).totals.approved.toFixed(2); // "95000.00"
 * budgetSituation(plan, ledger, { asOf: plainDate("2022-09-30") }).totals.approved.toFixed(2); // "105000.00"
 * ```
 */
export function budgetSituation(
  plan: BudgetPlan,
  ledger: readonly LedgerEntry[],
  options: SituationOptions,
): BudgetSituation {
  const planIssue = planArgumentIssue(plan);
  if (planIssue) throw new TypeError(`plan: ${planIssue.message}`);
  const ledgerIssue = ledgerArgumentIssue(ledger);
  if (ledgerIssue) throw new TypeError(`ledger: ${ledgerIssue.message}`);
  const issues = optionIssues(options);
  if (issues.length > 0) throw new TypeError(issues[0]!.message);
  const duplicates = duplicateIdIssues(ledger);
  if (duplicates.length > 0) {
    const first = duplicates[1]!;
    throw new TypeError(
      `ledger: ${duplicates[0]!.message} (first: ${first.message}); check it with parseLedger or use tryBudgetSituation`,
    );
  }
  return computeSituation(plan, ledger, options.asOf, options.knownOn);
}
