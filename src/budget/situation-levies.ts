// Internal: operations levies counted against their contributions. A levy counts only with a
// contribution received and counted in the same situation: a rejected contribution takes its
// levy with it, and a levy without its contribution is left out too (it would lower the cash
// for money that never came in).
import { issueToFinding, budgetFinding, budgetIssue } from "./issues.js";
import { MinorSum, minorToText } from "./minor-units.js";
import type { LedgerTally, SituationContext } from "./situation-walk.js";

/** The counted levies of a situation: their sum and their ids, in ledger order. */
export interface CountedLevies {
  readonly sum: MinorSum;
  readonly ids: string[];
}

/** Counts the levies whose contribution was received; leaves the others out with a finding. */
export function resolveLevies(context: SituationContext, tally: LedgerTally): CountedLevies {
  const { digits, findings } = context;
  const counted: CountedLevies = { sum: new MinorSum(), ids: [] };
  const byContribution = new Map<string, { sum: MinorSum; ids: string[] }>();
  if (tally.levies.length === 0) return counted;
  // Gross contributions by id, built only when there are levies to check against them.
  const received = new Map<string, bigint>();
  tally.receivedIds.forEach((id, index) => received.set(id, tally.receivedUnits[index]!));
  for (const { entry, units } of tally.levies) {
    if (tally.rejectedContributions.has(entry.contribution)) {
      tally.invalid++;
      findings.push(
        issueToFinding(
          budgetIssue(
            "budget.levy-of-rejected-contribution",
            { entry: entry.id, contribution: entry.contribution },
            { path: ["contribution"] },
          ),
          [entry.id, entry.contribution],
        ),
      );
      continue;
    }
    if (!received.has(entry.contribution)) {
      tally.invalid++;
      findings.push(
        budgetFinding(
          "budget.unknown-contribution",
          { entry: entry.id, contribution: entry.contribution },
          {
            certainty: "certain",
            subjects: [entry.id, entry.contribution],
            severity: "error",
            path: ["contribution"],
            suggestion: { code: "budget.suggest.fix-levy" },
          },
        ),
      );
      continue;
    }
    tally.counted++;
    counted.sum.add(units);
    counted.ids.push(entry.id);
    let levy = byContribution.get(entry.contribution);
    if (levy === undefined) {
      levy = { sum: new MinorSum(), ids: [] };
      byContribution.set(entry.contribution, levy);
    }
    levy.sum.add(units);
    levy.ids.push(entry.id);
  }
  for (const [id, levy] of byContribution) {
    const gross = received.get(id)!;
    if (levy.sum.value() <= gross) continue;
    findings.push(
      budgetFinding(
        "budget.levy-exceeds-contribution",
        { contribution: id, levy: minorToText(levy.sum.value(), digits), gross: minorToText(gross, digits) },
        {
          certainty: "certain",
          subjects: [id, ...levy.ids],
          severity: "error",
          suggestion: { code: "budget.suggest.fix-levy" },
        },
      ),
    );
  }
  return counted;
}
