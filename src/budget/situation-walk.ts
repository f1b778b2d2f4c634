// Internal: one pass over the ledger for a situation. Each entry in scope (value date up to
// asOf, recorded up to knownOn) is validated and added to per-line and fund sums in integer
// minor units; invalid entries are left out with an error finding. Levies are only collected
// here: whether they count depends on their contribution, which may come later in the ledger.
import type { Finding, Issue } from "../core/result.js";
import { isPlainDate, type PlainDate } from "../core/plain-date.js";
import { convertExactly } from "../core/money/minor-digits.js";
import { MoneyDecimal } from "../core/money/decimal.js";
import type { BudgetPlan } from "./plan-schema.js";
import type { LedgerEntry } from "./ledger-schema.js";
import { budgetFinding, budgetIssue, digitsOf, issueToFinding } from "./issues.js";
import { MinorSum, minorToText, parseMinorUnits, toBig } from "./minor-units.js";
import { strictestSeverity } from "./policy.js";
import { dateWords } from "./words.js";

/** The entry ids behind each figure of a line, while they are collected. */
export interface MutableTrace {
  original: string[];
  amendments: string[];
  reallocations: string[];
  committed: string[];
  spent: string[];
}

/** A commitment id with what the ledger says of it: the commitment itself and its uses. */
export interface CommitmentRecord {
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

/** A change of a line's approved amount (an amendment or one move of a reallocation). */
export interface ApprovalChange {
  readonly entry: string;
  readonly kind: "amendment" | "reallocation";
  readonly date: PlainDate;
  readonly units: bigint;
}

/** Everything one pass over the ledger gathers. */
export interface LedgerTally {
  readonly amended: MinorSum[];
  readonly reallocated: MinorSum[];
  readonly spent: MinorSum[];
  readonly traces: MutableTrace[];
  readonly pledged: MinorSum;
  readonly received: MinorSum;
  readonly pledgeIds: string[];
  readonly receivedIds: string[];
  /** Units of each received contribution, beside `receivedIds`. */
  readonly receivedUnits: bigint[];
  /** Ids of the pledges and contributions left out as invalid. */
  readonly rejectedContributions: Set<string>;
  readonly levies: { readonly entry: LedgerEntry & { type: "operations-levy" }; readonly units: number | bigint }[];
  readonly commitments: Map<string, CommitmentRecord>;
  /** Commitment records in order of their first use. */
  readonly used: CommitmentRecord[];
  /** Per line, the amendments and reallocation moves counted (for the approval checks). */
  readonly approvalChanges: ApprovalChange[][];
  /** Whether any counted change lowers a line (only then are the approval checks needed). */
  lowering: boolean;
  readonly approvals: string[];
  approvalInLedger: boolean;
  counted: number;
  afterAsOf: number;
  recordedLater: number;
  invalid: number;
}

/** The shared inputs of a situation's parts. */
export interface SituationContext {
  readonly plan: BudgetPlan;
  readonly digits: number;
  readonly lineIndex: ReadonlyMap<string, number>;
  readonly asOf: PlainDate;
  readonly knownOn: PlainDate | undefined;
  readonly findings: Finding[];
}

/** Whether an entry is counted as of the situation's dates. */
export function inScope(context: SituationContext, entry: LedgerEntry): boolean {
  return entry.valueDate <= context.asOf && (context.knownOn === undefined || entry.recordedDate <= context.knownOn);
}

/** Walks the ledger once; adds the findings of invalid and out-of-period entries to the context. */
export function walkLedger(context: SituationContext, ledger: readonly LedgerEntry[]): LedgerTally {
  const { plan, digits, lineIndex, findings, asOf, knownOn } = context;
  const lineCount = plan.lines.length;
  const sums = () => Array.from({ length: lineCount }, () => new MinorSum());
  const tally: LedgerTally = {
    amended: sums(),
    reallocated: sums(),
    spent: sums(),
    traces: plan.lines.map(() => ({ original: [], amendments: [], reallocations: [], committed: [], spent: [] })),
    pledged: new MinorSum(),
    received: new MinorSum(),
    pledgeIds: [],
    receivedIds: [],
    receivedUnits: [],
    rejectedContributions: new Set(),
    levies: [],
    commitments: new Map(),
    used: [],
    approvalChanges: plan.lines.map(() => []),
    lowering: false,
    approvals: [],
    approvalInLedger: false,
    counted: 0,
    afterAsOf: 0,
    recordedLater: 0,
    invalid: 0,
  };
  const { start, end } = plan.period;

  const reject = (entry: LedgerEntry, issue: Issue): void => {
    tally.invalid++;
    findings.push(issueToFinding(issue, [entry.id]));
  };
  const amountIssue = (input: string, currency: string, places: number, path: (string | number)[]): Issue =>
    budgetIssue("budget.invalid-amount", { input, currency, digits: places }, { path });
  const recordOf = (commitment: string): CommitmentRecord => {
    let record = tally.commitments.get(commitment);
    if (record === undefined) {
      record = { id: commitment };
      tally.commitments.set(commitment, record);
    }
    return record;
  };
  const useOf = (commitment: string) => {
    const record = recordOf(commitment);
    if (record.use === undefined) {
      record.use = { used: new MinorSum(), releases: [], settlements: [] };
      tally.used.push(record);
    }
    return record.use;
  };
  /** Positive minor units of an entry's amount in the plan currency, or undefined (rejected). */
  const positiveUnits = (entry: LedgerEntry & { amount: string }, allowZero = false): number | bigint | undefined => {
    const units = parseMinorUnits(entry.amount, digits);
    if (units === undefined) {
      reject(entry, amountIssue(entry.amount, plan.currency, digits, ["amount"]));
      return undefined;
    }
    if (units < 0 || (Number(units) === 0 && !allowZero)) {
      reject(
        entry,
        budgetIssue("budget.non-positive-amount", { entry: entry.id, amount: entry.amount }, { path: ["amount"] }),
      );
      return undefined;
    }
    return units;
  };
  const lineOf = (entry: LedgerEntry, line: string): number | undefined => {
    const index = lineIndex.get(line);
    if (index === undefined) {
      reject(entry, budgetIssue("budget.unknown-line", { entry: entry.id, line }, { path: ["line"] }));
    }
    return index;
  };
  /** An entry charged to lines and dated outside the plan period: a finding under their policy. */
  const checkPeriod = (entry: LedgerEntry, lines: readonly number[]): void => {
    if (entry.valueDate >= start && entry.valueDate <= end) return;
    const severity = strictestSeverity(plan, lines, "period");
    if (severity === undefined) return;
    findings.push(
      budgetFinding(
        "budget.entry-outside-period",
        {
          entry: entry.id,
          ...dateWords("date", entry.valueDate),
          ...dateWords("start", start),
          ...dateWords("end", end),
        },
        {
          certainty: "certain",
          subjects: [entry.id, ...lines.map((line) => plan.lines[line]!.id)],
          severity,
          path: ["valueDate"],
          suggestion: { code: "budget.suggest.date-in-period" },
        },
      ),
    );
  };
  /** A contribution's amount in the plan currency, converted with its rate record if needed. */
  const contributionUnits = (
    entry: Extract<LedgerEntry, { type: "contribution-received" | "contribution-pledged" }>,
  ): bigint | undefined => {
    const own = digitsOf(entry.currency);
    const units = parseMinorUnits(entry.amount, own);
    if (units === undefined || units <= 0) {
      reject(entry, amountIssue(entry.amount, entry.currency, own, ["amount"]));
      return undefined;
    }
    if (entry.currency === plan.currency) return toBig(units);
    const params = { entry: entry.id, currency: entry.currency, planCurrency: plan.currency };
    const rate = entry.exchangeRate;
    if (rate === undefined) {
      reject(entry, budgetIssue("budget.missing-exchange-rate", params, { path: ["exchangeRate"] }));
      return undefined;
    }
    if (!/^(?:0|[1-9]\d*)(?:\.\d+)?$/.test(rate.rate) || !/[1-9]/.test(rate.rate) || !isPlainDate(rate.date)) {
      reject(
        entry,
        budgetIssue(
          "budget.invalid-exchange-rate",
          { entry: entry.id, rate: String(rate.rate) },
          { path: ["exchangeRate", "rate"] },
        ),
      );
      return undefined;
    }
    if (rate.from !== entry.currency || rate.to !== plan.currency) {
      reject(entry, budgetIssue("budget.exchange-rate-mismatch", params, { path: ["exchangeRate"] }));
      return undefined;
    }
    // The core's conversion arithmetic (exact product, one half-even rounding); the rate record
    // was checked above, so the currency table is not needed here.
    const converted = convertExactly(new MoneyDecimal(entry.amount), rate.rate, digits);
    return toBig(parseMinorUnits(converted.toFixed(digits), digits)!);
  };

  for (const entry of ledger) {
    if (entry.type === "plan-approved") tally.approvalInLedger = true;
    if (entry.valueDate > asOf) {
      tally.afterAsOf++;
      continue;
    }
    if (knownOn !== undefined && entry.recordedDate > knownOn) {
      tally.recordedLater++;
      continue;
    }
    switch (entry.type) {
      case "plan-approved":
        tally.approvals.push(entry.id);
        break;
      case "line-amended": {
        const line = lineOf(entry, entry.line);
        if (line === undefined) continue;
        const units = parseMinorUnits(entry.amount, digits);
        if (units === undefined) {
          reject(entry, amountIssue(entry.amount, plan.currency, digits, ["amount"]));
          continue;
        }
        checkPeriod(entry, [line]);
        tally.amended[line]!.add(units);
        tally.traces[line]!.amendments.push(entry.id);
        const change = toBig(units);
        if (change < 0n) tally.lowering = true;
        tally.approvalChanges[line]!.push({ entry: entry.id, kind: "amendment", date: entry.valueDate, units: change });
        break;
      }
      case "reallocation": {
        const moves: { line: number; units: number | bigint }[] = [];
        const net = new MinorSum();
        for (const [index, move] of entry.moves.entries()) {
          const line = lineIndex.get(move.line);
          if (line === undefined) {
            reject(
              entry,
              budgetIssue(
                "budget.unknown-line",
                { entry: entry.id, line: move.line },
                { path: ["moves", index, "line"] },
              ),
            );
            break;
          }
          const units = parseMinorUnits(move.amount, digits);
          if (units === undefined) {
            reject(entry, amountIssue(move.amount, plan.currency, digits, ["moves", index, "amount"]));
            break;
          }
          moves.push({ line, units });
          net.add(units);
        }
        if (moves.length !== entry.moves.length) continue;
        if (net.value() !== 0n) {
          reject(
            entry,
            budgetIssue(
              "budget.unbalanced-reallocation",
              { entry: entry.id, net: minorToText(net.value(), digits) },
              { path: ["moves"] },
            ),
          );
          continue;
        }
        checkPeriod(
          entry,
          moves.map((move) => move.line),
        );
        for (const move of moves) {
          tally.reallocated[move.line]!.add(move.units);
          const trace = tally.traces[move.line]!.reallocations;
          if (trace[trace.length - 1] !== entry.id) trace.push(entry.id);
          const change = toBig(move.units);
          if (change < 0n) tally.lowering = true;
          tally.approvalChanges[move.line]!.push({
            entry: entry.id,
            kind: "reallocation",
            date: entry.valueDate,
            units: change,
          });
        }
        break;
      }
      case "contribution-pledged":
      case "contribution-received": {
        const units = contributionUnits(entry);
        if (units === undefined) {
          tally.rejectedContributions.add(entry.id);
          continue;
        }
        if (entry.type === "contribution-pledged") {
          tally.pledged.add(units);
          tally.pledgeIds.push(entry.id);
        } else {
          tally.received.add(units);
          tally.receivedIds.push(entry.id);
          tally.receivedUnits.push(units);
        }
        break;
      }
      case "operations-levy": {
        const units = positiveUnits(entry, true);
        if (units === undefined) continue;
        tally.levies.push({ entry, units });
        // Counted (or left out) once its contribution is known: see resolveLevies.
        continue;
      }
      case "commitment": {
        const line = lineOf(entry, entry.line);
        const units = line === undefined ? undefined : positiveUnits(entry);
        if (line === undefined || units === undefined) continue;
        checkPeriod(entry, [line]);
        recordOf(entry.id).commitment = { line, units };
        tally.traces[line]!.committed.push(entry.id);
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
        checkPeriod(entry, [line]);
        tally.spent[line]!.add(entry.type === "refund" ? -units : units);
        tally.traces[line]!.spent.push(entry.id);
        if (entry.type === "expenditure" && entry.commitment !== undefined) {
          const use = useOf(entry.commitment);
          use.used.add(units);
          use.settlements.push({ id: entry.id, line });
        }
        break;
      }
    }
    tally.counted++;
  }
  return tally;
}
