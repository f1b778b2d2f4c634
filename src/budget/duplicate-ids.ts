// Internal: the duplicate-id check of a ledger, shared by the situation and the exports.
import type { Issue } from "../core/result.js";
import { createIssueSink } from "../core/limits.js";
import type { LedgerEntry } from "./ledger-schema.js";
import { budgetIssue } from "./issues.js";
import { idCountWords } from "./words.js";

/**
 * Longest average id length (in UTF-16 units) for which sorting is used to tell whether a ledger
 * has a repeated id. Sorting n ids makes about n·log₂n comparisons, each reading at most the
 * shorter id, so its cost is bounded by this average times the ledger's id characters; above it
 * (ids sharing long prefixes could make each comparison long) the platform's `Set` answers alone.
 */
const SORT_AVERAGE_ID_LENGTH = 32;

/**
 * Largest share of neighbouring ids out of order for which sorting is used. Sorting a copy of
 * ids that are roughly in ledger order (as an append-only ledger's entry numbers are) reads the
 * strings nearly in the order they sit in memory and was two to four times faster than filling a
 * `Set` with a million of them; ids in random order made it up to twice as slow as the `Set`,
 * so those go to the `Set`.
 */
const SORT_MAX_DESCENT_SHARE = 0.4;

/**
 * Whether every id is a distinct string, answered by sorting a copy of the ids with the
 * platform's sort, or `undefined` when the ids are not all strings, too long on average for
 * sorting to be bounded, or in too random an order for sorting to be the faster way.
 */
function distinctBySorting(ledger: readonly LedgerEntry[]): boolean | undefined {
  const ids: string[] = new Array(ledger.length);
  let characters = 0;
  let descents = 0;
  for (let index = 0; index < ledger.length; index++) {
    const id: unknown = ledger[index]!.id;
    if (typeof id !== "string") return undefined;
    ids[index] = id;
    characters += id.length;
    if (index > 0 && id < ids[index - 1]!) descents++;
  }
  if (characters > SORT_AVERAGE_ID_LENGTH * ledger.length) return undefined;
  if (descents > SORT_MAX_DESCENT_SHARE * ledger.length) return undefined;
  ids.sort();
  for (let index = 1; index < ids.length; index++) if (ids[index] === ids[index - 1]) return false;
  return true;
}

/**
 * The entry ids used more than once in a ledger: one `budget.duplicate-ledger-ids` issue with
 * the count, then a `budget.duplicate-entry-id` issue per repeated entry with its path
 * `[index, "id"]` (at most 100). Empty when every id is unique. Ids roughly in order are first
 * sorted (see {@link distinctBySorting}); the issues, and the other ledgers, use the platform's
 * `Set`, whose string hashing is seeded, so no set of ids can make it slow.
 */
export function duplicateIdIssues(ledger: readonly LedgerEntry[]): Issue[] {
  if (distinctBySorting(ledger) === true) return [];
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
