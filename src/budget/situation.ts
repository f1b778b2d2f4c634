/**
 * The financial situation of a budget plan as of a date, from its ledger.
 * @module
 */
import type { Finding, Issue } from "../core/result.js";
import { convert } from "../core/money/convert.js";
import { MoneyDecimal } from "../core/money/decimal.js";
import type { BudgetPlan } from "./plan-schema.js";
import type { LedgerEntry } from "./ledger-schema.js";
import { budgetFinding, budgetIssue, digitsOf, issueToFinding } from "./issues.js";
import { MinorSum, minorToAmount, minorToText, parseMinorUnits, toBig } from "./minor-units.js";
import { checkBudgetPlan } from "./validate-plan.js";
import { IdSet } from "./id-set.js";
import { overrunAction, severityOf, type OverrunMeasure } from "./policy.js";
import type {
  BudgetSituation,
  BudgetTotals,
  LineSituation,
  LineStatus,
  SituationOptions,
} from "./situation-types.js";

interface MutableTrace {
  original: string[];
  amendments: string[];
  reallocations: string[];
  committed: string[];
  spent: string[];
}

/** A commitment id with what the ledger says of it: the commitment itself and its uses. */
interface CommitmentRecord {
  readonly id: string;
  /** The valid commitment entry's line and amount; absent while none is known by this id. */
  commitment?: { readonly line: number; readonly units: number | bigint };
  /** Released and settled (absent until a release or settlement names this id). */
  use?: {
    readonly used: MinorSum;
    readonly releases: string[];
    readonly settlements: { readonly id: string; readonly line: number }[];
  };
}

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

/**
 * The financial situation of a plan as of a date (value dates up to `asOf`), optionally as it
 * was known on a date (recorded dates up to `knownOn`): per line the original approval,
 * amendments, reallocations, current approved amount, open commitments, spending, what is left,
 * the percentage executed and a status; the totals; the fund's pledges, contributions, levies,
 * cash and whether the approved plan is funded; and findings.
 *
 * Every figure is exact (sums in integer minor units, returned as decimal amounts) and traces
 * back to the ids of the entries that make it. The result does not depend on the order of the
 * entries. Invalid entries (unknown line, bad amount, duplicate id …) are left out, each with
 * an error finding. Findings: overruns per the plan's policy
 * (`budget.spending-exceeds-approved`, `budget.commitments-exceed-available`,
 * `budget.line-overcommitted`), `budget.plan-unfunded`, `budget.negative-cash`,
 * `budget.plan-total-mismatch`, `budget.levy-exceeds-contribution`,
 * `budget.release-exceeds-commitment`, and, as information, `budget.entries-after-as-of` and
 * `budget.entries-recorded-later`.
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
  const { asOf, knownOn } = options;
  const digits = digitsOf(plan.currency);
  const lineCount = plan.lines.length;
  const lineIndex = new Map<string, number>();
  plan.lines.forEach((line, index) => {
    if (!lineIndex.has(line.id)) lineIndex.set(line.id, index);
  });
  const sums = () => Array.from({ length: lineCount }, () => new MinorSum());
  const amended = sums();
  const reallocated = sums();
  const spent = sums();
  const traces: MutableTrace[] = plan.lines.map(() => ({
    original: [],
    amendments: [],
    reallocations: [],
    committed: [],
    spent: [],
  }));
  const findings: Finding[] = checkBudgetPlan(plan);
  const pledged = new MinorSum();
  const received = new MinorSum();
  const levied = new MinorSum();
  const pledgeIds: string[] = [];
  const receivedIds: string[] = [];
  const levyIds: string[] = [];
  const receivedUnits: bigint[] = [];
  const leviesByContribution = new Map<string, { sum: MinorSum; ids: string[] }>();
  // One record per commitment id, for commitments and their uses alike; `used` lists the
  // records in order of their first use.
  const commitmentRecords = new Map<string, CommitmentRecord>();
  const used: CommitmentRecord[] = [];
  const seen = new IdSet(ledger.length);
  const approvals: string[] = [];
  let approvalInLedger = false;
  let counted = 0;
  let afterAsOf = 0;
  let recordedLater = 0;
  let invalid = 0;

  const reject = (entry: LedgerEntry, issue: Issue): void => {
    invalid++;
    findings.push(issueToFinding(issue, [entry.id]));
  };
  const recordOf = (commitment: string): CommitmentRecord => {
    let record = commitmentRecords.get(commitment);
    if (record === undefined) {
      record = { id: commitment };
      commitmentRecords.set(commitment, record);
    }
    return record;
  };
  const useOf = (commitment: string) => {
    const record = recordOf(commitment);
    if (record.use === undefined) {
      record.use = { used: new MinorSum(), releases: [], settlements: [] };
      used.push(record);
    }
    return record.use;
  };
  /** Positive minor units of an entry's amount in the plan currency, or undefined (rejected). */
  const positiveUnits = (entry: LedgerEntry & { amount: string }, allowZero = false): number | bigint | undefined => {
    const units = parseMinorUnits(entry.amount, digits);
    if (units === undefined) {
      reject(entry, budgetIssue("budget.invalid-amount", { input: entry.amount, currency: plan.currency, digits }, { path: ["amount"] }));
      return undefined;
    }
    if (units < 0 || (Number(units) === 0 && !allowZero)) {
      reject(entry, budgetIssue("budget.non-positive-amount", { entry: entry.id, amount: entry.amount }, { path: ["amount"] }));
      return undefined;
    }
    return units;
  };
  const lineOf = (entry: LedgerEntry, line: string): number | undefined => {
    const index = lineIndex.get(line);
    if (index === undefined) reject(entry, budgetIssue("budget.unknown-line", { entry: entry.id, line }, { path: ["line"] }));
    return index;
  };
  /** A contribution's amount in the plan currency, converted with its rate record if needed. */
  const contributionUnits = (
    entry: Extract<LedgerEntry, { type: "contribution-received" | "contribution-pledged" }>,
  ): bigint | undefined => {
    const own = digitsOf(entry.currency);
    const units = parseMinorUnits(entry.amount, own);
    if (units === undefined || units <= 0) {
      reject(entry, budgetIssue("budget.invalid-amount", { input: entry.amount, currency: entry.currency, digits: own }, { path: ["amount"] }));
      return undefined;
    }
    if (entry.currency === plan.currency) return toBig(units);
    const params = { entry: entry.id, currency: entry.currency, planCurrency: plan.currency };
    const rate = entry.exchangeRate;
    if (rate === undefined) {
      reject(entry, budgetIssue("budget.missing-exchange-rate", params, { path: ["exchangeRate"] }));
      return undefined;
    }
    const converted = rate.to === plan.currency
      ? convert({ amount: new MoneyDecimal(entry.amount), currency: entry.currency }, rate)
      : undefined;
    if (converted === undefined || !converted.ok) {
      reject(entry, budgetIssue("budget.exchange-rate-mismatch", params, { path: ["exchangeRate"] }));
      return undefined;
    }
    return toBig(parseMinorUnits(converted.value.amount.toFixed(digits), digits)!);
  };

  for (const entry of ledger) {
    if (entry.type === "plan-approved") approvalInLedger = true;
    if (entry.valueDate > asOf) {
      afterAsOf++;
      continue;
    }
    if (knownOn !== undefined && entry.recordedDate > knownOn) {
      recordedLater++;
      continue;
    }
    if (!seen.add(entry.id)) {
      reject(entry, budgetIssue("budget.duplicate-entry-id", { entry: entry.id }, { path: ["id"] }));
      continue;
    }
    switch (entry.type) {
      case "plan-approved":
        approvals.push(entry.id);
        break;
      case "line-amended": {
        const line = lineOf(entry, entry.line);
        if (line === undefined) continue;
        const units = parseMinorUnits(entry.amount, digits);
        if (units === undefined) {
          reject(entry, budgetIssue("budget.invalid-amount", { input: entry.amount, currency: plan.currency, digits }, { path: ["amount"] }));
          continue;
        }
        amended[line]!.add(units);
        traces[line]!.amendments.push(entry.id);
        break;
      }
      case "reallocation": {
        const moves: { line: number; units: number | bigint }[] = [];
        const net = new MinorSum();
        for (const move of entry.moves) {
          const line = lineOf(entry, move.line);
          const units = parseMinorUnits(move.amount, digits);
          if (units === undefined) {
            reject(entry, budgetIssue("budget.invalid-amount", { input: move.amount, currency: plan.currency, digits }, { path: ["moves"] }));
          }
          if (line === undefined || units === undefined) break;
          moves.push({ line, units });
          net.add(units);
        }
        if (moves.length !== entry.moves.length) continue;
        if (net.value() !== 0n) {
          reject(entry, budgetIssue("budget.unbalanced-reallocation", { entry: entry.id, net: minorToText(net.value(), digits) }, { path: ["moves"] }));
          continue;
        }
        for (const move of moves) {
          reallocated[move.line]!.add(move.units);
          const trace = traces[move.line]!.reallocations;
          if (trace[trace.length - 1] !== entry.id) trace.push(entry.id);
        }
        break;
      }
      case "contribution-pledged":
      case "contribution-received": {
        const units = contributionUnits(entry);
        if (units === undefined) continue;
        if (entry.type === "contribution-pledged") {
          pledged.add(units);
          pledgeIds.push(entry.id);
        } else {
          received.add(units);
          receivedIds.push(entry.id);
          receivedUnits.push(units);
        }
        break;
      }
      case "operations-levy": {
        const units = positiveUnits(entry, true);
        if (units === undefined) continue;
        levied.add(units);
        levyIds.push(entry.id);
        let levy = leviesByContribution.get(entry.contribution);
        if (levy === undefined) {
          levy = { sum: new MinorSum(), ids: [] };
          leviesByContribution.set(entry.contribution, levy);
        }
        levy.sum.add(units);
        levy.ids.push(entry.id);
        break;
      }
      case "commitment": {
        const line = lineOf(entry, entry.line);
        const units = line === undefined ? undefined : positiveUnits(entry);
        if (line === undefined || units === undefined) continue;
        recordOf(entry.id).commitment = { line, units };
        traces[line]!.committed.push(entry.id);
        break;
      }
      case "commitment-released": {
        const units = positiveUnits(entry);
        if (units === undefined) continue;
        const use = useOf(entry.commitment);
        use.used.add(units);
        use.releases.push(entry.id);
        break;
      }
      case "expenditure":
      case "refund": {
        const line = lineOf(entry, entry.line);
        const units = line === undefined ? undefined : positiveUnits(entry);
        if (line === undefined || units === undefined) continue;
        spent[line]!.add(entry.type === "refund" ? -units : units);
        traces[line]!.spent.push(entry.id);
        if (entry.type === "expenditure" && entry.commitment !== undefined) {
          const use = useOf(entry.commitment);
          use.used.add(units);
          use.settlements.push({ id: entry.id, line });
        }
        break;
      }
    }
    counted++;
  }

  // Commitments: open = committed − released − settled, never below zero.
  const open = Array.from({ length: lineCount }, () => 0n);
  for (const { commitment, use } of commitmentRecords.values()) {
    if (commitment === undefined) continue;
    const committed = toBig(commitment.units);
    const usedUnits = use === undefined ? 0n : use.used.value();
    if (usedUnits < committed) open[commitment.line] = open[commitment.line]! + committed - usedUnits;
  }
  for (const { id, commitment, use } of used) {
    const { releases, settlements } = use!;
    if (commitment === undefined) {
      for (const entryId of [...releases, ...settlements.map((s) => s.id)]) {
        findings.push(
          budgetFinding("budget.unknown-commitment", { entry: entryId, commitment: id }, { certainty: "certain", subjects: [entryId, id], severity: "warning" }),
        );
      }
      continue;
    }
    const committed = toBig(commitment.units);
    const usedUnits = use!.used.value();
    const trace = traces[commitment.line]!.committed;
    for (const release of releases) trace.push(release);
    for (const settlement of settlements) trace.push(settlement.id);
    for (const settlement of settlements) {
      if (settlement.line !== commitment.line) {
        findings.push(
          budgetFinding(
            "budget.commitment-line-mismatch",
            { entry: settlement.id, line: plan.lines[settlement.line]!.id, commitment: id, commitmentLine: plan.lines[commitment.line]!.id },
            { certainty: "certain", subjects: [settlement.id, id], severity: "warning" },
          ),
        );
      }
    }
    if (usedUnits > committed) {
      findings.push(
        budgetFinding(
          "budget.release-exceeds-commitment",
          { commitment: id, used: minorToText(usedUnits, digits), committed: minorToText(committed, digits) },
          { certainty: "certain", subjects: [id, ...releases, ...settlements.map((s) => s.id)], severity: "warning" },
        ),
      );
    }
  }

  // Gross contributions by id, only needed to check levies against them.
  const contributions = new Map<string, bigint>();
  if (leviesByContribution.size > 0) receivedIds.forEach((id, k) => contributions.set(id, receivedUnits[k]!));
  for (const [id, levy] of leviesByContribution) {
    const gross = contributions.get(id);
    if (gross === undefined) {
      for (const entryId of levy.ids) {
        findings.push(
          budgetFinding("budget.unknown-contribution", { entry: entryId, contribution: id }, { certainty: "certain", subjects: [entryId, id], severity: "warning" }),
        );
      }
    } else if (levy.sum.value() > gross) {
      findings.push(
        budgetFinding(
          "budget.levy-exceeds-contribution",
          { contribution: id, levy: minorToText(levy.sum.value(), digits), gross: minorToText(gross, digits) },
          { certainty: "certain", subjects: [id, ...levy.ids], severity: "error" },
        ),
      );
    }
  }

  const approvedInForce = !approvalInLedger || approvals.length > 0;
  const totals = { original: 0n, amendments: 0n, reallocations: 0n, approved: 0n, committed: 0n, spent: 0n };
  const lines: LineSituation[] = plan.lines.map((line, index) => {
    const trace = traces[index]!;
    const approvedUnits = parseMinorUnits(line.approved, digits);
    const original = approvedInForce && approvedUnits !== undefined ? toBig(approvedUnits) : 0n;
    if (approvedInForce) for (const approval of approvals) trace.original.push(approval);
    const amendments = amended[index]!.value();
    const reallocations = reallocated[index]!.value();
    const approved = original + amendments + reallocations;
    const committed = open[index]!;
    const spentUnits = spent[index]!.value();
    totals.original += original;
    totals.amendments += amendments;
    totals.reallocations += reallocations;
    totals.approved += approved;
    totals.committed += committed;
    totals.spent += spentUnits;
    overrunFindings(plan, index, { approved, committed, spent: spentUnits }, digits, findings);
    return {
      line: line.id,
      title: line.title,
      original: minorToAmount(original, digits),
      amendments: minorToAmount(amendments, digits),
      reallocations: minorToAmount(reallocations, digits),
      approved: minorToAmount(approved, digits),
      committed: minorToAmount(committed, digits),
      spent: minorToAmount(spentUnits, digits),
      available: minorToAmount(approved - committed - spentUnits, digits),
      percentExecuted: percentOf(spentUnits, approved),
      status: statusOf(approved, committed, spentUnits),
      trace,
    };
  });

  const netReceived = received.value() - levied.value();
  const cash = netReceived - totals.spent;
  const shortfall = totals.approved > netReceived ? totals.approved - netReceived : 0n;
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
        { certainty: "certain", subjects: [plan.id], severity: "warning" },
      ),
    );
  }
  if (cash < 0n) {
    findings.push(
      budgetFinding("budget.negative-cash", { cash: minorToText(cash, digits), currency: plan.currency }, { certainty: "certain", subjects: [plan.id], severity: "error" }),
    );
  }
  if (afterAsOf > 0) {
    findings.push(
      budgetFinding("budget.entries-after-as-of", { count: afterAsOf, asOf }, { certainty: "certain", subjects: [plan.id], severity: "info" }),
    );
  }
  if (recordedLater > 0 && knownOn !== undefined) {
    findings.push(
      budgetFinding("budget.entries-recorded-later", { count: recordedLater, knownOn }, { certainty: "certain", subjects: [plan.id], severity: "info" }),
    );
  }

  const budgetTotals: BudgetTotals = {
    original: minorToAmount(totals.original, digits),
    amendments: minorToAmount(totals.amendments, digits),
    reallocations: minorToAmount(totals.reallocations, digits),
    approved: minorToAmount(totals.approved, digits),
    committed: minorToAmount(totals.committed, digits),
    spent: minorToAmount(totals.spent, digits),
    available: minorToAmount(totals.approved - totals.committed - totals.spent, digits),
    percentExecuted: percentOf(totals.spent, totals.approved),
  };
  return {
    plan: plan.id,
    currency: plan.currency,
    asOf,
    ...(knownOn === undefined ? {} : { knownOn }),
    lines,
    totals: budgetTotals,
    fund: {
      pledged: minorToAmount(pledged.value(), digits),
      received: minorToAmount(received.value(), digits),
      levies: minorToAmount(levied.value(), digits),
      netReceived: minorToAmount(netReceived, digits),
      spent: minorToAmount(totals.spent, digits),
      cash: minorToAmount(cash, digits),
      funded: shortfall === 0n,
      shortfall: minorToAmount(shortfall, digits),
      trace: { pledged: pledgeIds, received: receivedIds, levies: levyIds, spent: ([] as string[]).concat(...traces.map((t) => t.spent)) },
    },
    entries: { counted, afterAsOf, recordedLater, invalid },
    findings,
  };
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
  const raise = (measure: OverrunMeasure, code: Parameters<typeof budgetFinding>[0], params: Record<string, string>) => {
    const severity = severityOf(overrunAction(plan, line, measure));
    if (severity === undefined) return;
    findings.push(budgetFinding(code, { line: line.id, ...params }, { certainty: "certain", subjects: [line.id], severity }));
  };
  if (committed > 0n && committed > approved - spent) {
    raise("commitments", "budget.commitments-exceed-available", { committed: text(committed), available: text(approved - spent) });
  }
  if (spent > approved) {
    raise("spending", "budget.spending-exceeds-approved", { spent: text(spent), approved: text(approved) });
  }
  if (spent + committed > approved) {
    raise("both", "budget.line-overcommitted", { used: text(spent + committed), approved: text(approved) });
  }
}
