// Internal: checks of the changes that lower a line's approved amount. An amendment must not
// leave the line with less than nothing approved; a reallocation must not move out of a line
// more than it has left (approved less spent) on its value date. "On a date" counts every
// other change and every expenditure of that date or before, so the result does not depend on
// the order of the entries. Run only when some counted change lowers a line.
import type { PlainDate } from "../core/plain-date.js";
import type { LedgerEntry } from "./ledger-schema.js";
import { budgetFinding } from "./issues.js";
import { minorToText, parseMinorUnits, toBig } from "./minor-units.js";
import { overrunAction, severityOf } from "./policy.js";
import { inScope, type ApprovalChange, type LedgerTally, type SituationContext } from "./situation-walk.js";
import { dateWords, lineTitleWords } from "./words.js";

/** Dated amounts sorted by date, with running sums, to sum everything up to a date fast. */
class DatedSums {
  private readonly dates: PlainDate[] = [];
  private readonly totals: bigint[] = [];

  constructor(items: readonly { readonly date: PlainDate; readonly units: bigint }[]) {
    const sorted = [...items].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    let total = 0n;
    for (const item of sorted) {
      total += item.units;
      this.dates.push(item.date);
      this.totals.push(total);
    }
  }

  /** The sum of the amounts dated up to `date`. */
  upTo(date: PlainDate): bigint {
    let low = 0;
    let high = this.dates.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.dates[middle]! <= date) low = middle + 1;
      else high = middle;
    }
    return low === 0 ? 0n : this.totals[low - 1]!;
  }
}

/** Spending (expenditures less refunds) counted per line, dated, for the lines asked. */
function datedSpending(context: SituationContext, ledger: readonly LedgerEntry[], lines: ReadonlySet<number>) {
  const spending = new Map<number, { date: PlainDate; units: bigint }[]>();
  for (const line of lines) spending.set(line, []);
  for (const entry of ledger) {
    if ((entry.type !== "expenditure" && entry.type !== "refund") || !inScope(context, entry)) continue;
    const line = context.lineIndex.get(entry.line);
    const list = line === undefined ? undefined : spending.get(line);
    if (list === undefined) continue;
    const units = parseMinorUnits(entry.amount, context.digits);
    if (units === undefined || units <= 0) continue;
    list.push({ date: entry.valueDate, units: entry.type === "refund" ? -toBig(units) : toBig(units) });
  }
  return spending;
}

/** Adds the approval findings (`budget.approved-below-zero`, `budget.reallocation-exceeds-available`). */
export function checkApprovalChanges(
  context: SituationContext,
  tally: LedgerTally,
  original: readonly bigint[],
  ledger: readonly LedgerEntry[],
): void {
  if (!tally.lowering) return;
  const { plan, digits, findings } = context;
  const lowered = new Set<number>();
  tally.approvalChanges.forEach((changes, line) => {
    if (changes.some((change) => change.units < 0n)) lowered.add(line);
  });
  const spending = datedSpending(context, ledger, lowered);
  for (const line of lowered) {
    const changes = tally.approvalChanges[line]!;
    const severity = severityOf(overrunAction(plan, plan.lines[line]!, "approval"));
    if (severity === undefined) continue;
    const approvedBy = new DatedSums(changes);
    const spentBy = new DatedSums(spending.get(line) ?? []);
    const ownUnits = new Map<string, bigint>();
    for (const change of changes) ownUnits.set(change.entry, (ownUnits.get(change.entry) ?? 0n) + change.units);
    const lineId = plan.lines[line]!.id;
    const titles = lineTitleWords("line", plan.lines[line], lineId);
    const reported = new Set<string>();
    for (const change of changes) {
      if (change.units >= 0n || reported.has(change.entry)) continue;
      reported.add(change.entry);
      const own = ownUnits.get(change.entry)!;
      const before = original[line]! + approvedBy.upTo(change.date) - own;
      raise(change, before, own);
    }
    function raise(change: ApprovalChange, before: bigint, own: bigint): void {
      const text = (units: bigint) => minorToText(units, digits);
      if (change.kind === "amendment") {
        if (before + own >= 0n) return;
        findings.push(
          budgetFinding(
            "budget.approved-below-zero",
            {
              entry: change.entry,
              line: lineId,
              ...titles,
              approved: text(before + own),
              ...dateWords("date", change.date),
            },
            {
              certainty: "certain",
              subjects: [change.entry, lineId],
              severity: severity!,
              suggestion: { code: "budget.suggest.check-amendment" },
            },
          ),
        );
        return;
      }
      const available = before - spentBy.upTo(change.date);
      if (-own <= available) return;
      findings.push(
        budgetFinding(
          "budget.reallocation-exceeds-available",
          {
            entry: change.entry,
            line: lineId,
            ...titles,
            moved: text(-own),
            available: text(available),
            ...dateWords("date", change.date),
          },
          {
            certainty: "certain",
            subjects: [change.entry, lineId],
            severity: severity!,
            suggestion: {
              code: "budget.suggest.smaller-move",
              params: { line: lineId, ...titles, available: text(available > 0n ? available : 0n) },
            },
          },
        ),
      );
    }
  }
}
