// Internal: the figures of each line and the plan's totals, with the overrun findings of each
// line under its policy.
import type { Finding } from "../core/result.js";
import type { BudgetPlan } from "./plan-schema.js";
import { budgetFinding } from "./issues.js";
import { minorToAmount, minorToText, parseMinorUnits, toBig } from "./minor-units.js";
import { overrunAction, severityOf, type OverrunMeasure } from "./policy.js";
import type { BudgetTotals, LineSituation, LineStatus } from "./situation-types.js";
import type { LedgerTally, SituationContext } from "./situation-walk.js";
import { lineTitleWords } from "./words.js";

/** `numerator / denominator` rounded half-even, for a positive denominator. */
function divideHalfEven(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  const twice = 2n * (remainder < 0n ? -remainder : remainder);
  if (twice < denominator || (twice === denominator && quotient % 2n === 0n)) return quotient;
  return numerator < 0n ? quotient - 1n : quotient + 1n;
}

/** Spent as a percentage of approved, in hundredths of a percent; undefined when approved ≤ 0. */
function percentOf(spent: bigint, approved: bigint) {
  return approved > 0n ? minorToAmount(divideHalfEven(spent * 10000n, approved), 2) : undefined;
}

function statusOf(approved: bigint, committed: bigint, spent: bigint): LineStatus {
  if (spent > approved) return "overspent";
  if (spent + committed > approved) return "overcommitted";
  if (approved === 0n && committed === 0n && spent === 0n) return "unbudgeted";
  if (committed === 0n && spent === 0n) return "not-started";
  if (committed === 0n && spent === approved) return "executed";
  return "in-progress";
}

/** The original approvals per line, in minor units (zero while the ledger's approval is not in force). */
export function originalUnits(context: SituationContext, tally: LedgerTally): bigint[] {
  const inForce = !tally.approvalInLedger || tally.approvals.length > 0;
  return context.plan.lines.map((line) => {
    const units = parseMinorUnits(line.approved, context.digits);
    return inForce && units !== undefined ? toBig(units) : 0n;
  });
}

/** Totals in minor units, for the fund's figures. */
export interface UnitTotals {
  original: bigint;
  amendments: bigint;
  reallocations: bigint;
  approved: bigint;
  committed: bigint;
  spent: bigint;
}

/** Each line's figures and the totals; adds the overrun findings to the context. */
export function lineFigures(
  context: SituationContext,
  tally: LedgerTally,
  original: readonly bigint[],
  open: readonly bigint[],
): { lines: LineSituation[]; totals: BudgetTotals; units: UnitTotals } {
  const { plan, digits, findings } = context;
  const inForce = !tally.approvalInLedger || tally.approvals.length > 0;
  const units: UnitTotals = { original: 0n, amendments: 0n, reallocations: 0n, approved: 0n, committed: 0n, spent: 0n };
  const lines = plan.lines.map((line, index): LineSituation => {
    const trace = tally.traces[index]!;
    if (inForce) for (const approval of tally.approvals) trace.original.push(approval);
    const amendments = tally.amended[index]!.value();
    const reallocations = tally.reallocated[index]!.value();
    const approved = original[index]! + amendments + reallocations;
    const committed = open[index]!;
    const spent = tally.spent[index]!.value();
    units.original += original[index]!;
    units.amendments += amendments;
    units.reallocations += reallocations;
    units.approved += approved;
    units.committed += committed;
    units.spent += spent;
    overrunFindings(plan, index, { approved, committed, spent }, digits, findings);
    return {
      line: line.id,
      title: line.title,
      original: minorToAmount(original[index]!, digits),
      amendments: minorToAmount(amendments, digits),
      reallocations: minorToAmount(reallocations, digits),
      approved: minorToAmount(approved, digits),
      committed: minorToAmount(committed, digits),
      spent: minorToAmount(spent, digits),
      available: minorToAmount(approved - committed - spent, digits),
      percentExecuted: percentOf(spent, approved),
      status: statusOf(approved, committed, spent),
      trace,
    };
  });
  const totals: BudgetTotals = {
    original: minorToAmount(units.original, digits),
    amendments: minorToAmount(units.amendments, digits),
    reallocations: minorToAmount(units.reallocations, digits),
    approved: minorToAmount(units.approved, digits),
    committed: minorToAmount(units.committed, digits),
    spent: minorToAmount(units.spent, digits),
    available: minorToAmount(units.approved - units.committed - units.spent, digits),
    percentExecuted: percentOf(units.spent, units.approved),
  };
  return { lines, totals, units };
}

/** Adds the overrun findings of one line, per the plan's policy. */
function overrunFindings(
  plan: BudgetPlan,
  index: number,
  figures: { approved: bigint; committed: bigint; spent: bigint },
  digits: number,
  findings: Finding[],
): void {
  const line = plan.lines[index]!;
  const { approved, committed, spent } = figures;
  const text = (units: bigint) => minorToText(units, digits);
  // The subject is the line: its trace lists the entries behind each figure.
  const raise = (
    measure: OverrunMeasure,
    code: Parameters<typeof budgetFinding>[0],
    params: Record<string, string>,
    suggestion: "budget.suggest.reallocate-or-amend" | "budget.suggest.release-commitments",
  ) => {
    const severity = severityOf(overrunAction(plan, line, measure));
    if (severity === undefined) return;
    findings.push(
      budgetFinding(
        code,
        { line: line.id, ...lineTitleWords("line", line, line.id), ...params },
        { certainty: "certain", subjects: [line.id], severity, suggestion: { code: suggestion } },
      ),
    );
  };
  if (committed > 0n && committed > approved - spent) {
    raise(
      "commitments",
      "budget.commitments-exceed-available",
      { committed: text(committed), available: text(approved - spent) },
      "budget.suggest.release-commitments",
    );
  }
  if (spent > approved) {
    raise(
      "spending",
      "budget.spending-exceeds-approved",
      { spent: text(spent), approved: text(approved) },
      "budget.suggest.reallocate-or-amend",
    );
  }
  if (spent + committed > approved) {
    raise(
      "both",
      "budget.line-overcommitted",
      { used: text(spent + committed), approved: text(approved) },
      "budget.suggest.release-commitments",
    );
  }
}
