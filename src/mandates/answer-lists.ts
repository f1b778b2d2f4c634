// Internal: the two sorted adjacency lists of `answers` links (provision → actions and
// action → provisions), built over integer positions and ranks instead of sorting each list of
// objects with a string comparator, which at the scale of the UN's registries (hundreds of
// thousands of links) cost more than the rest of the trace.
import type { TraceAnswer } from "./trace.js";

/** The answers of each provision (by action) and of each action (by provision). */
export interface AnswerLists {
  /** For each provision id, its answers sorted by action, how, reviewed. */
  readonly answeredBy: Map<string, TraceAnswer[]>;
  /** For each action id, its answers sorted by provision, how, reviewed. */
  readonly answersOf: Map<string, TraceAnswer[]>;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Start offsets of each position's run, from the counts held one slot to the right. */
function prefixSums(starts: Int32Array): void {
  for (let i = 1; i < starts.length; i++) starts[i]! += starts[i - 1]!;
}

/** The answers of the pairs `start` to `end` of `pairs`, in an array of exactly that length. */
function listOf(answers: readonly TraceAnswer[], pairs: Int32Array, start: number, end: number): TraceAnswer[] {
  const first = 2 * start;
  switch (end - start) {
    case 1:
      return [answers[pairs[first]!]!];
    case 2:
      return [answers[pairs[first]!]!, answers[pairs[first + 2]!]!];
    case 3:
      return [answers[pairs[first]!]!, answers[pairs[first + 2]!]!, answers[pairs[first + 4]!]!];
    default: {
      const list = new Array<TraceAnswer>(end - start);
      for (let i = start; i < end; i++) list[i - start] = answers[pairs[2 * i]!]!;
      return list;
    }
  }
}

/** Orders answers with the same other end: by how, then by the fingerprint reviewed. */
function tieOrder(a: TraceAnswer, b: TraceAnswer): number {
  return cmp(a.how, b.how) || cmp(a.reviewed ?? "", b.reviewed ?? "");
}

/**
 * Rank in id order of each position that has answers (the others keep rank 0, unused).
 * Positions are sorted from input order, which is often close to id order already.
 */
function ranks(starts: Int32Array, ids: readonly string[]): Int32Array {
  const rank = new Int32Array(ids.length);
  const sorted: number[] = [];
  for (let p = 0; p < ids.length; p++) if (starts[p + 1]! > starts[p]!) sorted.push(p);
  sorted.sort((x, y) => cmp(ids[x]!, ids[y]!));
  for (let r = 0; r < sorted.length; r++) rank[sorted[r]!] = r;
  return rank;
}

/**
 * Groups the answers into one run per position of `endOf` (in link order within a run), as
 * (answer, rank of its other end) pairs.
 */
function runsOf(
  count: number,
  starts: Int32Array,
  endOf: Int32Array,
  otherEndOf: Int32Array,
  otherRank: Int32Array,
): Int32Array {
  const pairs = new Int32Array(2 * count);
  const next = starts.slice(0, starts.length - 1);
  for (let k = 0; k < count; k++) {
    const at = 2 * next[endOf[k]!]!++;
    pairs[at] = k;
    pairs[at + 1] = otherRank[otherEndOf[k]!]!;
  }
  return pairs;
}

/** Runs this long or shorter are sorted in place by insertion (stable, no allocation). */
const SHORT_RUN = 24;

/**
 * Sorts every run of `pairs` by rank, then tie order, keeping link order among equals: the
 * same order as a stable sort of each list by (other end's id, how, reviewed).
 */
function sortRuns(pairs: Int32Array, starts: Int32Array, answers: readonly TraceAnswer[]): void {
  for (let run = 0; run + 1 < starts.length; run++) {
    const start = starts[run]!;
    const end = starts[run + 1]!;
    if (end - start < 2) continue;
    if (end - start <= SHORT_RUN) {
      for (let i = start + 1; i < end; i++) {
        const k = pairs[2 * i]!;
        const rank = pairs[2 * i + 1]!;
        let j = i - 1;
        while (j >= start) {
          const other = pairs[2 * j + 1]!;
          if (other < rank || (other === rank && tieOrder(answers[pairs[2 * j]!]!, answers[k]!) <= 0)) break;
          pairs[2 * j + 2] = pairs[2 * j]!;
          pairs[2 * j + 3] = other;
          j--;
        }
        pairs[2 * j + 2] = k;
        pairs[2 * j + 3] = rank;
      }
      continue;
    }
    const order: number[] = [];
    for (let i = start; i < end; i++) order.push(i - start);
    const slice = pairs.slice(2 * start, 2 * end);
    order.sort(
      (x, y) => slice[2 * x + 1]! - slice[2 * y + 1]! || tieOrder(answers[slice[2 * x]!]!, answers[slice[2 * y]!]!),
    );
    for (let i = 0; i < order.length; i++) {
      pairs[2 * (start + i)] = slice[2 * order[i]!]!;
      pairs[2 * (start + i) + 1] = slice[2 * order[i]! + 1]!;
    }
  }
}

/**
 * Sorts the answers of each action and each provision, exactly as a stable sort of each list
 * (in link order) by (other end's id, how, reviewed) would.
 *
 * `answers[k]` links action `actionOf[k]` to provision `provisionOf[k]` (positions in
 * `actionIds` and `provisionIds`). The maps are keyed in order of first appearance in the links.
 * Ids are sorted once to integer ranks; each list is then a run of an integer array sorted by
 * rank, mostly by insertion since lists are short.
 */
export function answerLists(
  answers: readonly TraceAnswer[],
  provisionOf: Int32Array,
  actionOf: Int32Array,
  provisionIds: readonly string[],
  actionIds: readonly string[],
): AnswerLists {
  const count = answers.length;
  const provisionStart = new Int32Array(provisionIds.length + 1);
  const actionStart = new Int32Array(actionIds.length + 1);
  const provisionsSeen: number[] = [];
  const actionsSeen: number[] = [];
  for (let k = 0; k < count; k++) {
    const p = provisionOf[k]!;
    const a = actionOf[k]!;
    if (provisionStart[p + 1]!++ === 0) provisionsSeen.push(p);
    if (actionStart[a + 1]!++ === 0) actionsSeen.push(a);
  }
  prefixSums(provisionStart);
  prefixSums(actionStart);

  const byAction = runsOf(count, actionStart, actionOf, provisionOf, ranks(provisionStart, provisionIds));
  sortRuns(byAction, actionStart, answers);
  const byProvision = runsOf(count, provisionStart, provisionOf, actionOf, ranks(actionStart, actionIds));
  sortRuns(byProvision, provisionStart, answers);

  const answeredBy = new Map<string, TraceAnswer[]>();
  for (const p of provisionsSeen)
    answeredBy.set(provisionIds[p]!, listOf(answers, byProvision, provisionStart[p]!, provisionStart[p + 1]!));
  const answersOf = new Map<string, TraceAnswer[]>();
  for (const a of actionsSeen)
    answersOf.set(actionIds[a]!, listOf(answers, byAction, actionStart[a]!, actionStart[a + 1]!));
  return { answeredBy, answersOf };
}
