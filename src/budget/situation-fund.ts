// Internal: the fund's figures (pledged, received, levies, cash, funded) and their findings,
// and the findings about entries left out by date.
import type { FundSituation } from "./situation-types.js";
import { budgetFinding } from "./issues.js";
import { minorToAmount, minorToText } from "./minor-units.js";
import type { CountedLevies } from "./situation-levies.js";
import type { UnitTotals } from "./situation-lines.js";
import type { LedgerTally, SituationContext } from "./situation-walk.js";
import { dateWords, leftOutWords } from "./words.js";

/** The fund as of the situation's dates; adds the fund and date findings to the context. */
export function fundFigures(
  context: SituationContext,
  tally: LedgerTally,
  levies: CountedLevies,
  totals: UnitTotals,
  spentIds: string[],
): FundSituation {
  const { plan, digits, findings, asOf, knownOn } = context;
  const received = tally.received.value();
  const levied = levies.sum.value();
  const netReceived = received - levied;
  const cash = netReceived - totals.spent;
  const shortfall = totals.approved > netReceived ? totals.approved - netReceived : 0n;
  const subjects = [plan.id];
  if (shortfall > 0n) {
    findings.push(
      budgetFinding(
        "budget.plan-unfunded",
        {
          approved: minorToText(totals.approved, digits),
          received: minorToText(netReceived, digits),
          shortfall: minorToText(shortfall, digits),
          currency: plan.currency,
        },
        {
          certainty: "certain",
          subjects,
          severity: "warning",
          suggestion: { code: "budget.suggest.record-contributions" },
        },
      ),
    );
  }
  if (cash < 0n) {
    findings.push(
      budgetFinding(
        "budget.negative-cash",
        { cash: minorToText(cash, digits), currency: plan.currency },
        { certainty: "certain", subjects, severity: "error", suggestion: { code: "budget.suggest.check-cash" } },
      ),
    );
  }
  if (tally.afterAsOf > 0) {
    findings.push(
      budgetFinding(
        "budget.entries-after-as-of",
        { count: tally.afterAsOf, ...leftOutWords(tally.afterAsOf), ...dateWords("asOf", asOf) },
        { certainty: "certain", subjects, severity: "info" },
      ),
    );
  }
  if (tally.recordedLater > 0 && knownOn !== undefined) {
    findings.push(
      budgetFinding(
        "budget.entries-recorded-later",
        { count: tally.recordedLater, ...leftOutWords(tally.recordedLater), ...dateWords("knownOn", knownOn) },
        { certainty: "certain", subjects, severity: "info" },
      ),
    );
  }
  return {
    pledged: minorToAmount(tally.pledged.value(), digits),
    received: minorToAmount(received, digits),
    levies: minorToAmount(levied, digits),
    netReceived: minorToAmount(netReceived, digits),
    spent: minorToAmount(totals.spent, digits),
    cash: minorToAmount(cash, digits),
    funded: shortfall === 0n,
    shortfall: minorToAmount(shortfall, digits),
    trace: { pledged: tally.pledgeIds, received: tally.receivedIds, levies: levies.ids, spent: spentIds },
  };
}
