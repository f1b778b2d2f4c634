import type { MandateTrace } from "./trace.js";

/**
 * What coverage is grouped by.
 *
 * @example
 * ```ts
 * import type { CoverageBy } from "iacml/mandates";
 * const by: CoverageBy = "priority-line";
 * ```
 */
export type CoverageBy = "instrument" | "priority-line" | "working-group";

/**
 * Coverage of one group. `total` counts the provisions in scope, retired ones left out
 * (`retired` counts those); `covered` + `uncovered` = `total`. Shallow coverage counts any
 * link; deep coverage only links from an action that is fulfilled or has an output. The
 * percentages are absent when nothing is in scope.
 *
 * @example
 * ```ts
 * import type { CoverageRow } from "iacml/mandates";
 * const row: CoverageRow = {
 *   by: "instrument", group: "XXI/Decl", total: 2, covered: 1, uncovered: 1, percent: 50,
 *   deepCovered: 0, deepPercent: 0, retired: 0, uncoveredIds: ["XXI/Decl/23"], notDeepIds: ["XXI/Decl/15", "XXI/Decl/23"],
 * };
 * ```
 */
export interface CoverageRow {
  /** What the rows are grouped by. */
  readonly by: CoverageBy;
  /** Instrument, priority line or working group id. */
  readonly group: string;
  /** Provisions in scope, retired ones excluded. */
  readonly total: number;
  /** Provisions answered by at least one action of the group. */
  readonly covered: number;
  /** `total - covered`. */
  readonly uncovered: number;
  /** `covered / total` × 100, absent when `total` is 0. */
  readonly percent?: number;
  /** Provisions answered by a fulfilled action or one with an output. */
  readonly deepCovered: number;
  /** `deepCovered / total` × 100, absent when `total` is 0. */
  readonly deepPercent?: number;
  /** Retired provisions left out of `total`. */
  readonly retired: number;
  /** Ids of the uncovered provisions, sorted. */
  readonly uncoveredIds: readonly string[];
  /** Ids of the provisions not deeply covered, sorted. */
  readonly notDeepIds: readonly string[];
}

/**
 * Options of {@link mandateCoverage}.
 *
 * @example
 * ```ts
 * import type { CoverageOptions } from "iacml/mandates";
 * const options: CoverageOptions = { by: "working-group" };
 * ```
 */
export interface CoverageOptions {
  /** Grouping; default `instrument`. */
  readonly by?: CoverageBy;
}

/** Whether an action's links count for deep coverage. */
export function isDeepAction(trace: MandateTrace, actionId: string): boolean {
  const action = trace.actions.get(actionId);
  if (action === undefined) return false;
  return (
    (action.status !== undefined && action.status.startsWith("fulfilled")) ||
    (trace.outputsOf.size > 0 && (trace.outputsOf.get(actionId)?.length ?? 0) > 0)
  );
}

function groupsOfAction(trace: MandateTrace, actionId: string, by: CoverageBy): string | undefined {
  const action = trace.actions.get(actionId)!;
  if (by === "priority-line") return action.priorityLine;
  if (action.workingGroup !== undefined) return action.workingGroup;
  return action.priorityLine === undefined ? undefined : trace.groups.get(action.priorityLine)?.workingGroup;
}

const COVERED = 1;
const DEEP = 2;

/** For each group, the provisions in scope with bit flags: covered, deeply covered. */
type Tallies = Map<string, Map<string, number>>;

function tallyFor(tallies: Tallies, group: string): Map<string, number> {
  let tally = tallies.get(group);
  if (tally === undefined) {
    tally = new Map();
    tallies.set(group, tally);
  }
  return tally;
}

function addScope(tally: Map<string, number>, id: string): void {
  if (!tally.has(id)) tally.set(id, 0);
}

function groupTallies(trace: MandateTrace, by: Exclude<CoverageBy, "instrument">): Tallies {
  const tallies: Tallies = new Map();
  const kind = by === "priority-line" ? "priority-line" : "working-group";
  for (const group of trace.groups.values()) {
    if (group.kind !== kind) continue;
    const tally = tallyFor(tallies, group.id);
    for (const id of group.mandates ?? []) if (trace.provisions.has(id)) addScope(tally, id);
  }
  if (by === "working-group") {
    for (const group of trace.groups.values()) {
      if (group.kind !== "priority-line" || group.workingGroup === undefined) continue;
      const tally = tallyFor(tallies, group.workingGroup);
      for (const id of group.mandates ?? []) if (trace.provisions.has(id)) addScope(tally, id);
    }
    for (const [recommendation, feeds] of trace.feedsOf) {
      const wg = trace.recommendations.get(recommendation)?.workingGroup;
      if (wg === undefined) continue;
      const tally = tallyFor(tallies, wg);
      for (const feed of feeds) addScope(tally, feed.provision);
    }
  }
  for (const [actionId, answers] of trace.answersOf) {
    const group = groupsOfAction(trace, actionId, by);
    if (group === undefined) continue;
    const tally = tallyFor(tallies, group);
    const flag = isDeepAction(trace, actionId) ? COVERED | DEEP : COVERED;
    for (const answer of answers) tally.set(answer.provision, (tally.get(answer.provision) ?? 0) | flag);
  }
  return tallies;
}

/** Flags of a provision for coverage by instrument: covered, deeply covered. */
function instrumentFlag(trace: MandateTrace, id: string): number {
  const answers = trace.answeredBy.get(id);
  if (answers === undefined || answers.length === 0) return 0;
  for (const answer of answers) if (isDeepAction(trace, answer.action)) return COVERED | DEEP;
  return COVERED;
}

/** Counts of one group while its provisions are tallied. */
interface RowCounts {
  total: number;
  covered: number;
  deepCovered: number;
  retired: number;
  readonly uncoveredIds: string[];
  readonly notDeepIds: string[];
}

const emptyCounts = (): RowCounts => ({
  total: 0,
  covered: 0,
  deepCovered: 0,
  retired: 0,
  uncoveredIds: [],
  notDeepIds: [],
});

function count(counts: RowCounts, trace: MandateTrace, id: string, flag: number): void {
  if (trace.retired.size > 0 && trace.retired.has(id)) {
    counts.retired++;
    return;
  }
  counts.total++;
  if ((flag & COVERED) !== 0) counts.covered++;
  else counts.uncoveredIds.push(id);
  if ((flag & DEEP) !== 0) counts.deepCovered++;
  else counts.notDeepIds.push(id);
}

/** Counts per instrument, straight from the provisions (no per-provision tally is kept). */
function instrumentCounts(trace: MandateTrace): Map<string, RowCounts> {
  const counts = new Map<string, RowCounts>();
  for (const id of trace.instruments.keys()) counts.set(id, emptyCounts());
  let current: string | undefined;
  let row: RowCounts | undefined;
  for (const [id, instrument] of trace.instrumentOf) {
    if (instrument !== current || row === undefined) {
      row = counts.get(instrument);
      if (row === undefined) {
        row = emptyCounts();
        counts.set(instrument, row);
      }
      current = instrument;
    }
    count(row, trace, id, instrumentFlag(trace, id));
  }
  return counts;
}

function groupCounts(trace: MandateTrace, by: Exclude<CoverageBy, "instrument">): Map<string, RowCounts> {
  const counts = new Map<string, RowCounts>();
  for (const [group, tally] of groupTallies(trace, by)) {
    const row = emptyCounts();
    for (const [id, flag] of tally) count(row, trace, id, flag);
    counts.set(group, row);
  }
  return counts;
}

/** `part / total` as a percentage with one decimal, for a positive `total`. */
const percentOf = (part: number, total: number): number => Math.round((part / total) * 1000) / 10;

/**
 * Coverage per instrument, per priority line or per working group: provisions covered,
 * uncovered and the percentage, shallow (linked) and deep (linked to a fulfilled action or one
 * with an output). Retired provisions are out of the denominator. A priority line's scope is
 * the provisions it declares (`mandates`) plus those its actions answer; a working group's adds
 * those its lines declare and those its recommendations feed.
 *
 * @example
 * ```ts
 * import { mandateCoverage, traceMandates } from "iacml/mandates";
 * const trace = traceMandates({
 *   instruments: [{ id: "XXI/Decl", provisions: [{ id: "XXI/Decl/15" }, { id: "XXI/Decl/23" }] }],
 *   actions: [{ id: "l1/a1", priorityLine: "l1", status: "fulfilled" }],
 *   links: [{ kind: "answers", from: "l1/a1", to: "XXI/Decl/15", how: "implements" }],
 * });
 * mandateCoverage(trace)[0]?.percent; // 50
 * mandateCoverage(trace, { by: "priority-line" })[0]?.group; // "l1"
 * ```
 */
export function mandateCoverage(trace: MandateTrace, options: CoverageOptions = {}): CoverageRow[] {
  const by = options.by ?? "instrument";
  const counts = by === "instrument" ? instrumentCounts(trace) : groupCounts(trace, by);
  const rows: CoverageRow[] = [];
  for (const [group, c] of counts) {
    const { total, covered, deepCovered, retired } = c;
    const uncoveredIds = c.uncoveredIds.sort();
    const notDeepIds = c.notDeepIds.sort();
    const row: CoverageRow = {
      by,
      group,
      total,
      covered,
      uncovered: total - covered,
      deepCovered,
      retired,
      uncoveredIds,
      notDeepIds,
    };
    // Percentages of an empty group are undefined, not 0% or 100%.
    rows.push(
      total === 0 ? row : { ...row, percent: percentOf(covered, total), deepPercent: percentOf(deepCovered, total) },
    );
  }
  return rows.sort((a, b) => (a.group < b.group ? -1 : a.group > b.group ? 1 : 0));
}
