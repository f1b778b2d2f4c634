/**
 * What entries would raise, before they are recorded.
 * @module
 */
import type { Finding, Issue } from "../core/result.js";
import type { PlainDate } from "../core/plain-date.js";
import { snapshotUntrusted } from "../core/untrusted.js";
import type { BudgetPlan } from "./plan-schema.js";
import { LedgerEntrySchema, type LedgerEntry } from "./ledger-schema.js";
import { issueToFinding, ledgerArgumentIssue, planArgumentIssue, zodIssues } from "./issues.js";

const isList = (value: unknown): value is readonly unknown[] => {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
};

/** An entry's id, or its position (`#3`) when it has none; never runs a throwing getter. */
function idOf(candidate: unknown, index: number): string {
  try {
    const id = typeof candidate === "object" && candidate !== null ? (candidate as { id?: unknown }).id : undefined;
    return typeof id === "string" ? id : `#${index}`;
  } catch {
    return `#${index}`;
  }
}
import { tryBudgetSituation } from "./situation.js";
import { ledgerIssues } from "./validate-ledger.js";

const findingKey = (finding: Finding): string => `${finding.code}|${finding.severity}|${finding.subjects.join(",")}`;

/**
 * The result of checking one entry of a batch with {@link checkEntries}.
 *
 * @example
 * ```ts
 * import type { EntryCheck } from "iacml/budget";
 * const show = (c: EntryCheck) => `${c.id}: ${c.findings.length} findings${c.accepted ? "" : " (left out)"}`;
 * ```
 */
export interface EntryCheck {
  /** The entry's id (or its position, `#3`, when it has none). */
  readonly id: string;
  /** What the entry would raise, given the ledger and the accepted entries before it. */
  readonly findings: readonly Finding[];
  /**
   * Whether it was added to the ledger the next entries are checked against: false when it has
   * problems of its own (a wrong shape, a duplicate id, an unknown line …) or raises an error.
   */
  readonly accepted: boolean;
}

/** The entry's own problems (shape, id, references, amounts), as findings with paths into it. */
function ownFindings(
  plan: BudgetPlan,
  ledger: readonly LedgerEntry[],
  entry: unknown,
): { findings: Finding[]; entry?: LedgerEntry } {
  const snapshot = snapshotUntrusted(entry);
  const parsed = snapshot.ok ? LedgerEntrySchema.safeParse(snapshot.value) : undefined;
  const id = (value: unknown) =>
    typeof value === "object" && value !== null && typeof (value as { id?: unknown }).id === "string"
      ? [(value as { id: string }).id]
      : [];
  if (!snapshot.ok || !parsed?.success) {
    const issues: readonly Issue[] = snapshot.ok
      ? zodIssues("budget.invalid-entry", parsed!.error!.issues)
      : snapshot.issues;
    const subjects = snapshot.ok ? id(snapshot.value) : [];
    return { findings: issues.map((issue) => issueToFinding(issue, subjects)) };
  }
  const typed = parsed.data;
  const own = ledgerIssues(plan, [...ledger, typed])
    .filter((issue) => issue.path[0] === ledger.length)
    .map((issue) => issueToFinding({ ...issue, path: issue.path.slice(1) }, [typed.id]));
  return own.length > 0 ? { findings: own } : { findings: [], entry: typed };
}

/** The latest value date among a ledger's entries and one more date. */
function latestDate(ledger: readonly LedgerEntry[], date: PlainDate): PlainDate {
  let latest = date;
  for (const other of ledger) if (other.valueDate > latest) latest = other.valueDate;
  return latest;
}

/** The situation's findings with a ledger, or (`ok: false`) the ledger's own problems as findings. */
function situationFindings(
  plan: BudgetPlan,
  ledger: readonly LedgerEntry[],
  asOf: PlainDate,
): { ok: boolean; findings: Finding[] } {
  const situation = tryBudgetSituation(plan, ledger, { asOf });
  return situation.ok
    ? { ok: true, findings: [...situation.value.findings] }
    : { ok: false, findings: situation.issues.map((issue) => issueToFinding(issue, [plan.id])) };
}

/**
 * Checks a batch of entries in order, as an app would record them one after the other: each
 * entry is checked against the ledger plus the entries before it in the batch that were
 * accepted (an entry with problems of its own, or one that raises an error finding, is not
 * added, as a `stop` policy would refuse it). For each entry: first its own problems (a wrong
 * shape, checked at run time, so a date such as `"2024-1-5"` is a `budget.invalid-entry`; a
 * duplicate id; an unknown line or commitment; a bad amount; an unbalanced reallocation; a
 * missing exchange rate …) with paths into the entry; then, if it has none, the findings of the
 * situation with the entry that the situation without it does not have (an overspend, a
 * commitment over what is left, an entry outside the plan period, negative cash …), both as of
 * the latest value date in the ledger and the entry. A ledger that already has duplicate ids
 * gives its `budget.duplicate-ledger-ids` problem for every entry. Never throws: a plan or a
 * ledger that is not one (null, say) gives its `budget.invalid-plan` / `budget.invalid-entry`
 * finding for every entry, and `entries` that are not a list give one check with id `entries`.
 *
 * @example
 * ```ts
 * import { checkEntries } from "iacml/budget";
 * import { plainDate } from "iacml/core";
 * import { rialBudget2022To2024 } from "iacml/data";
 * const { plan, ledger } = rialBudget2022To2024;
 * const day = plainDate("2023-05-10");
 * const line = "rial-2022-2024/l02";
 * const checks = checkEntries(plan, ledger, [
 *   { type: "contribution-received", id: "c1", valueDate: day, recordedDate: day, contributor: "US", amount: "20000.00", currency: "USD" },
 *   { type: "expenditure", id: "e1", valueDate: day, recordedDate: day, line, amount: "6000.00" },
 *   { type: "expenditure", id: "e2", valueDate: day, recordedDate: day, line, amount: "6000.00" },
 * ]);
 * console.log(checks.map((c) => c.findings.map((f) => f.code)));
 * // [[], [], ["budget.spending-exceeds-approved", "budget.line-overcommitted"]]
 * ```
 */
export function checkEntries(
  plan: BudgetPlan,
  ledger: readonly LedgerEntry[],
  entries: readonly LedgerEntry[],
): EntryCheck[] {
  const checks: EntryCheck[] = [];
  const entriesIssue = ledgerArgumentIssue(entries, ["entries"]);
  if (entriesIssue && !isList(entries))
    return [{ id: "entries", findings: [issueToFinding(entriesIssue, [])], accepted: false }];
  // A plan or a ledger that is not one: every entry gets that finding, none is accepted.
  const argumentIssues = [planArgumentIssue(plan), ledgerArgumentIssue(ledger)].filter(
    (i): i is Issue => i !== undefined,
  );
  if (argumentIssues.length > 0) {
    return entries.map((candidate, index) => ({
      id: idOf(candidate, index),
      findings: argumentIssues.map((issue) => issueToFinding(issue, [])),
      accepted: false,
    }));
  }
  let current: LedgerEntry[] = [...ledger];
  let before: ReadonlySet<string> | undefined;
  let beforeAsOf: PlainDate | undefined;
  entries.forEach((candidate, index) => {
    const own = ownFindings(plan, current, candidate);
    const id = own.entry?.id ?? idOf(candidate, index);
    if (own.entry === undefined) {
      checks.push({ id, findings: own.findings, accepted: false });
      return;
    }
    const entry = own.entry;
    const asOf = latestDate(current, entry.valueDate);
    if (before === undefined || beforeAsOf !== asOf) {
      const base = situationFindings(plan, current, asOf);
      if (!base.ok) {
        checks.push({ id, findings: base.findings, accepted: false });
        return;
      }
      before = new Set(base.findings.map(findingKey));
      beforeAsOf = asOf;
    }
    const withEntry = [...current, entry];
    const after = situationFindings(plan, withEntry, asOf).findings;
    const findings = after.filter(
      (finding) => !before!.has(findingKey(finding)) && finding.code !== "budget.entries-after-as-of",
    );
    const accepted = !findings.some((finding) => finding.severity === "error");
    checks.push({ id, findings, accepted });
    if (accepted) {
      current = withEntry;
      before = new Set(after.map(findingKey));
    }
  });
  return checks;
}

/**
 * The findings an entry would raise if it were added to the ledger, so an app can warn (or,
 * under a `stop` policy, refuse) while a user types: {@link checkEntries} for a batch of one.
 * Findings of severity `error` are the ones a `stop` policy blocks on.
 *
 * @example
 * ```ts
 * import { checkEntry } from "iacml/budget";
 * import { plainDate } from "iacml/core";
 * import { rialBudget2022To2024 } from "iacml/data";
 * const { plan, ledger } = rialBudget2022To2024;
 * const findings = checkEntry(plan, ledger, {
 *   type: "expenditure", id: "e-big", valueDate: plainDate("2023-05-10"), recordedDate: plainDate("2023-05-10"),
 *   line: "rial-2022-2024/l02", amount: "12000.00",
 * });
 * console.log(findings.map((f) => `${f.severity} ${f.code}`)); // includes "error budget.spending-exceeds-approved"
 * ```
 */
export function checkEntry(plan: BudgetPlan, ledger: readonly LedgerEntry[], entry: LedgerEntry): Finding[] {
  return [...checkEntries(plan, ledger, [entry])[0]!.findings];
}
