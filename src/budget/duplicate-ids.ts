// Internal: the duplicate-id check of a ledger, shared by the situation and the exports.
import type { Issue } from "../core/result.js";
import { createIssueSink } from "../core/limits.js";
import type { LedgerEntry } from "./ledger-schema.js";
import { budgetIssue } from "./issues.js";
import { idCountWords } from "./words.js";

/**
 * The entry ids used more than once in a ledger: one `budget.duplicate-ledger-ids` issue with
 * the count, then a `budget.duplicate-entry-id` issue per repeated entry with its path
 * `[index, "id"]` (at most 100). Empty when every id is unique. Uses the platform's `Set`,
 * whose string hashing is seeded, so no set of ids can make it slow.
 */
export function duplicateIdIssues(ledger: readonly LedgerEntry[]): Issue[] {
  const seen = new Set<string>();
  const sink = createIssueSink();
  let repeated = 0;
  for (let index = 0; index < ledger.length; index++) {
    const size = seen.size;
    const id = ledger[index]!.id;
    // One hash per id: the set grows unless the id was already in it.
    if (seen.add(id).size !== size) continue;
    repeated++;
    sink.add(budgetIssue("budget.duplicate-entry-id", { entry: id }, { path: [index, "id"] }));
  }
  if (repeated === 0) return [];
  return [
    budgetIssue("budget.duplicate-ledger-ids", { count: repeated, ...idCountWords(repeated) }, { path: [] }),
    ...sink.issues(),
  ];
}
