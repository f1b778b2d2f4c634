/**
 * What an entry would raise, before it is recorded.
 * @module
 */
import type { Finding } from "../core/result.js";
import type { PlainDate } from "../core/plain-date.js";
import type { BudgetPlan } from "./plan-schema.js";
import type { LedgerEntry } from "./ledger-schema.js";
import { issueToFinding } from "./issues.js";
import { budgetSituation } from "./situation.js";
import { ledgerIssues } from "./validate-ledger.js";

const findingKey = (finding: Finding): string => `${finding.code}|${finding.severity}|${finding.subjects.join(",")}`;

/**
 * The findings an entry would raise if it were added to the ledger, so an app can warn (or,
 * under a `stop` policy, refuse) while a user types: first its own problems (duplicate id,
 * unknown line or commitment, bad amount, unbalanced reallocation, missing exchange rate …),
 * with paths into the entry; then, if it is valid, the findings of the situation with the entry
 * that the situation without it does not have (an overspend, a commitment over what is left,
 * negative cash …), both as of the latest value date in the ledger and the entry. Findings of
 * severity `error` are the ones a `stop` policy blocks on.
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
  const withEntry = [...ledger, entry];
  const own = ledgerIssues(plan, withEntry)
    .filter((issue) => issue.path[0] === ledger.length)
    .map((issue) => issueToFinding({ ...issue, path: issue.path.slice(1) }, [entry.id]));
  if (own.length > 0) return own;
  let asOf: PlainDate = entry.valueDate;
  for (const other of ledger) if (other.valueDate > asOf) asOf = other.valueDate;
  const before = new Set(budgetSituation(plan, ledger, { asOf }).findings.map(findingKey));
  return budgetSituation(plan, withEntry, { asOf }).findings.filter(
    (finding) => !before.has(findingKey(finding)) && finding.code !== "budget.entries-after-as-of",
  );
}
