import type { MandateTrace, TraceNodeKind } from "./trace.js";

/**
 * One edge of a lineage path, written in the direction mandates flow: recommendation →
 * provision (`feeds`), provision → later provision (its evolution), provision → action
 * (`implements` / `contributes` / `reports-on`), action → output (`produces`).
 *
 * @example
 * ```ts
 * import type { LineageEdge } from "iacml/mandates";
 * const e: LineageEdge = { from: "XXI/PoA/7b", to: "l1/a1", relation: "implements" };
 * ```
 */
export interface LineageEdge {
  /** Upstream end. */
  readonly from: string;
  /** Downstream end. */
  readonly to: string;
  /** Link type. */
  readonly relation: string;
}

/**
 * An item reached from the start, with the shortest path that explains it.
 *
 * @example
 * ```ts
 * import type { LineageStep } from "iacml/mandates";
 * const s: LineageStep = { id: "l1/a1", kind: "action", path: [{ from: "XXI/PoA/7b", to: "l1/a1", relation: "implements" }] };
 * ```
 */
export interface LineageStep {
  /** Id reached. */
  readonly id: string;
  /** What it is. */
  readonly kind: TraceNodeKind;
  /** Edges from the start (downstream) or to the start (upstream), in flow order. */
  readonly path: readonly LineageEdge[];
}

/**
 * The upstream and downstream closure of an item.
 *
 * @example
 * ```ts
 * import type { Lineage } from "iacml/mandates";
 * const l: Lineage = { id: "l1/a1", kind: "action", upstream: [], downstream: [] };
 * ```
 */
export interface Lineage {
  /** The start. */
  readonly id: string;
  /** What it is, or `undefined` when the trace does not know it. */
  readonly kind: TraceNodeKind | undefined;
  /** Everything it comes from, nearest first. */
  readonly upstream: readonly LineageStep[];
  /** Everything that comes from it, nearest first. */
  readonly downstream: readonly LineageStep[];
}

function kindOf(trace: MandateTrace, id: string): TraceNodeKind | undefined {
  if (trace.provisions.has(id)) return "provision";
  if (trace.actions.has(id)) return "action";
  if (trace.recommendations.has(id)) return "recommendation";
  if (trace.producedBy.has(id)) return "output";
  if (trace.instruments.has(id)) return "instrument";
  return undefined;
}

function downstreamEdges(trace: MandateTrace, id: string): LineageEdge[] {
  const edges: LineageEdge[] = [];
  for (const f of trace.feedsOf.get(id) ?? []) edges.push({ from: id, to: f.provision, relation: "feeds" });
  for (const e of trace.successors.get(id) ?? [])
    if (e.to !== undefined) edges.push({ from: id, to: e.to, relation: e.relation });
  for (const a of trace.answeredBy.get(id) ?? []) edges.push({ from: id, to: a.action, relation: a.how });
  for (const o of trace.outputsOf.get(id) ?? []) edges.push({ from: id, to: o, relation: "produces" });
  return edges;
}

function upstreamEdges(trace: MandateTrace, id: string): LineageEdge[] {
  const edges: LineageEdge[] = [];
  for (const f of trace.fedBy.get(id) ?? []) edges.push({ from: f.recommendation, to: id, relation: "feeds" });
  for (const e of trace.predecessors.get(id) ?? []) edges.push({ from: e.from, to: id, relation: e.relation });
  for (const a of trace.answersOf.get(id) ?? []) edges.push({ from: a.provision, to: id, relation: a.how });
  for (const action of trace.producedBy.get(id) ?? []) edges.push({ from: action, to: id, relation: "produces" });
  return edges;
}

function closure(
  trace: MandateTrace,
  start: string,
  edgesOf: (id: string) => LineageEdge[],
  far: (e: LineageEdge) => string,
  upstream: boolean,
): LineageStep[] {
  const paths = new Map<string, LineageEdge[]>([[start, []]]);
  const steps: LineageStep[] = [];
  let frontier = [start];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const edge of edgesOf(id)) {
        const reached = far(edge);
        if (paths.has(reached)) continue;
        const base = paths.get(id)!;
        const path = upstream ? [edge, ...base] : [...base, edge];
        paths.set(reached, path);
        steps.push({
          id: reached,
          kind: kindOf(trace, reached) ?? "output",
          path,
        });
        next.push(reached);
      }
    }
    frontier = next;
  }
  return steps;
}

/**
 * Upstream and downstream closure of any item (recommendation, provision, action, output),
 * breadth first, each step with the shortest path that explains it: from a recommendation down
 * to the plan-of-action paragraphs it fed, their successors in later cycles, the actions that
 * answer them and the documents those produced; or from an output up to its mandates.
 *
 * @example
 * ```ts
 * import { lineage, traceMandates } from "iacml/mandates";
 * const trace = traceMandates({
 *   instruments: [{ id: "XXI/PoA", provisions: [{ id: "XXI/PoA/7a" }] }],
 *   actions: [{ id: "l1/a1", outputs: ["OEA/Ser.K/XII.21.1"] }],
 *   recommendations: [{ id: "wg1-2021/r1", workingGroup: "wg1" }],
 *   links: [
 *     { kind: "feeds", from: "wg1-2021/r1", to: "XXI/PoA/7a" },
 *     { kind: "answers", from: "l1/a1", to: "XXI/PoA/7a", how: "implements" },
 *   ],
 * });
 * lineage(trace, "wg1-2021/r1").downstream.map((s) => s.id);
 * // ["XXI/PoA/7a", "l1/a1", "OEA/Ser.K/XII.21.1"]
 * ```
 */
export function lineage(trace: MandateTrace, id: string): Lineage {
  return {
    id,
    kind: kindOf(trace, id),
    upstream: closure(
      trace,
      id,
      (n) => upstreamEdges(trace, n),
      (e) => e.from,
      true,
    ),
    downstream: closure(
      trace,
      id,
      (n) => downstreamEdges(trace, n),
      (e) => e.to,
      false,
    ),
  };
}
