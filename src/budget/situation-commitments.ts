// Internal: open commitments per line (committed − released − settled, never below zero) and
// the findings about releases and settlements that do not match their commitment.
import { budgetFinding } from "./issues.js";
import { minorToText, toBig } from "./minor-units.js";
import type { LedgerTally, SituationContext } from "./situation-walk.js";
import { lineTitleWords } from "./words.js";

/** Open commitments per line, in minor units; adds the commitment findings to the context. */
export function openCommitments(context: SituationContext, tally: LedgerTally): bigint[] {
  const { plan, digits, findings } = context;
  const open = plan.lines.map(() => 0n);
  for (const { commitment, use } of tally.commitments.values()) {
    if (commitment === undefined) continue;
    const committed = toBig(commitment.units);
    const usedUnits = use === undefined ? 0n : use.used.value();
    if (usedUnits < committed) open[commitment.line] = open[commitment.line]! + committed - usedUnits;
  }
  for (const { id, commitment, use } of tally.used) {
    const { releases, settlements } = use!;
    if (commitment === undefined) {
      for (const entryId of [...releases, ...settlements.map((s) => s.id)]) {
        findings.push(
          budgetFinding(
            "budget.unknown-commitment",
            { entry: entryId, commitment: id },
            {
              certainty: "certain",
              subjects: [entryId, id],
              severity: "warning",
              suggestion: { code: "budget.suggest.record-commitment" },
            },
          ),
        );
      }
      continue;
    }
    const committed = toBig(commitment.units);
    const usedUnits = use!.used.value();
    const trace = tally.traces[commitment.line]!.committed;
    for (const release of releases) trace.push(release);
    for (const settlement of settlements) trace.push(settlement.id);
    for (const settlement of settlements) {
      if (settlement.line !== commitment.line) {
        findings.push(
          budgetFinding(
            "budget.commitment-line-mismatch",
            {
              entry: settlement.id,
              line: plan.lines[settlement.line]!.id,
              ...lineTitleWords("line", plan.lines[settlement.line], plan.lines[settlement.line]!.id),
              commitment: id,
              commitmentLine: plan.lines[commitment.line]!.id,
              ...lineTitleWords("commitmentLine", plan.lines[commitment.line], plan.lines[commitment.line]!.id),
            },
            {
              certainty: "certain",
              subjects: [settlement.id, id],
              severity: "warning",
              suggestion: { code: "budget.suggest.fix-commitment" },
            },
          ),
        );
      }
    }
    if (usedUnits > committed) {
      findings.push(
        budgetFinding(
          "budget.release-exceeds-commitment",
          { commitment: id, used: minorToText(usedUnits, digits), committed: minorToText(committed, digits) },
          {
            certainty: "certain",
            subjects: [id, ...releases, ...settlements.map((s) => s.id)],
            severity: "warning",
            suggestion: { code: "budget.suggest.fix-commitment" },
          },
        ),
      );
    }
  }
  return open;
}
