import type {
  AnswerKind,
  EvolutionKind,
  TraceAction,
  TraceGroup,
  TraceInput,
  TraceInstrument,
  TraceLink,
  TraceProvision,
  TraceRecommendation,
} from "./trace-schema.js";
import { answerLists } from "./answer-lists.js";

/**
 * An action's answer to a provision, as stored on both ends.
 *
 * @example
 * ```ts
 * import type { TraceAnswer } from "iacml/mandates";
 * const a: TraceAnswer = { action: "l1/a1", provision: "XXI/PoA/7b", how: "implements" };
 * ```
 */
export interface TraceAnswer {
  /** Action id. */
  readonly action: string;
  /** Provision id. */
  readonly provision: string;
  /** Implements, contributes or reports on. */
  readonly how: AnswerKind;
  /** Fingerprint of the provision text the link was reviewed against. */
  readonly reviewed?: string;
}

/**
 * A recommendation feeding a provision.
 *
 * @example
 * ```ts
 * import type { TraceFeed } from "iacml/mandates";
 * const f: TraceFeed = { recommendation: "wg1-2021/r1", provision: "XXI/PoA/7a" };
 * ```
 */
export interface TraceFeed {
  /** Recommendation id. */
  readonly recommendation: string;
  /** Provision id. */
  readonly provision: string;
  /** Fingerprint of the provision text the link was reviewed against. */
  readonly reviewed?: string;
}

/**
 * A provision of one cycle becoming one of a later cycle.
 *
 * @example
 * ```ts
 * import type { TraceEvolution } from "iacml/mandates";
 * const e: TraceEvolution = { from: "XX/PoA/7h", to: "XXI/PoA/7c", relation: "renumbered" };
 * ```
 */
export interface TraceEvolution {
  /** Earlier provision. */
  readonly from: string;
  /** Later provision (absent when retired). */
  readonly to?: string;
  /** How it changed. */
  readonly relation: EvolutionKind;
}

/**
 * An id used more than once in the input.
 *
 * @example
 * ```ts
 * import type { TraceDuplicate } from "iacml/mandates";
 * const d: TraceDuplicate = { id: "l1/a1", kind: "action", count: 2 };
 * ```
 */
export interface TraceDuplicate {
  /** The id. */
  readonly id: string;
  /** What it names. */
  readonly kind: TraceNodeKind;
  /** How many times it appears. */
  readonly count: number;
}

/**
 * The kinds of item a trace links.
 *
 * @example
 * ```ts
 * import type { TraceNodeKind } from "iacml/mandates";
 * const k: TraceNodeKind = "recommendation";
 * ```
 */
export type TraceNodeKind = "instrument" | "provision" | "action" | "recommendation" | "output" | "group";

/**
 * The indexed trace graph. Every adjacency list is sorted, so the trace does not depend on the
 * order of its input. Maps are keyed by id; when an id is duplicated the last one is kept and
 * the duplicate is listed.
 *
 * @example
 * ```ts
 * import { traceMandates } from "iacml/mandates";
 * const trace = traceMandates({
 *   instruments: [{ id: "XXI/PoA", provisions: [{ id: "XXI/PoA/7b" }] }],
 *   actions: [{ id: "l1/a1" }],
 *   links: [{ kind: "answers", from: "l1/a1", to: "XXI/PoA/7b", how: "implements" }],
 * });
 * console.log(trace.answeredBy.get("XXI/PoA/7b")?.map((a) => a.action)); // ["l1/a1"]
 * ```
 */
export interface MandateTrace {
  /** Instruments by id. */
  readonly instruments: ReadonlyMap<string, TraceInstrument>;
  /** Provisions by id. */
  readonly provisions: ReadonlyMap<string, TraceProvision>;
  /** Instrument id of each provision. */
  readonly instrumentOf: ReadonlyMap<string, string>;
  /** Actions by id. */
  readonly actions: ReadonlyMap<string, TraceAction>;
  /** Recommendations by id. */
  readonly recommendations: ReadonlyMap<string, TraceRecommendation>;
  /** Priority lines and working groups by id. */
  readonly groups: ReadonlyMap<string, TraceGroup>;
  /** For each provision, the actions answering it. */
  readonly answeredBy: ReadonlyMap<string, readonly TraceAnswer[]>;
  /** For each action, the provisions it answers. */
  readonly answersOf: ReadonlyMap<string, readonly TraceAnswer[]>;
  /** For each provision, the recommendations feeding it. */
  readonly fedBy: ReadonlyMap<string, readonly TraceFeed[]>;
  /** For each recommendation, the provisions it feeds. */
  readonly feedsOf: ReadonlyMap<string, readonly TraceFeed[]>;
  /** For each action, its output documents. */
  readonly outputsOf: ReadonlyMap<string, readonly string[]>;
  /** For each output document, the actions that produced it. */
  readonly producedBy: ReadonlyMap<string, readonly string[]>;
  /** For each provision, what it became. */
  readonly successors: ReadonlyMap<string, readonly TraceEvolution[]>;
  /** For each provision, what it came from. */
  readonly predecessors: ReadonlyMap<string, readonly TraceEvolution[]>;
  /** Provisions retired (flagged, or by a `retired` evolution). */
  readonly retired: ReadonlySet<string>;
  /** Ids used more than once. */
  readonly duplicates: readonly TraceDuplicate[];
  /** Links one of whose ends does not exist, in input order of kind then ids. */
  readonly unresolved: readonly TraceLink[];
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortLists<V>(map: Map<string, V[]>, compare: (a: V, b: V) => number): void {
  for (const list of map.values()) if (list.length > 1) list.sort(compare);
}

/** Items by id (the last one kept, at the place of the first), and each distinct id in order. */
interface IdIndex<T> {
  readonly byId: Map<string, T>;
  /** Position of each distinct id in `ids`. */
  readonly position: Map<string, number>;
  readonly ids: string[];
}

function indexById<T extends { readonly id: string }>(
  items: readonly T[],
  kind: TraceNodeKind,
  duplicates: TraceDuplicate[],
): Map<string, T> {
  const map = new Map<string, T>();
  let counts: Map<string, number> | undefined;
  for (const item of items) {
    const size = map.size;
    map.set(item.id, item);
    if (map.size === size) {
      counts ??= new Map();
      counts.set(item.id, (counts.get(item.id) ?? 1) + 1);
    }
  }
  if (counts !== undefined) for (const [id, count] of counts) duplicates.push({ id, kind, count });
  return map;
}

function indexWithPositions<T extends { readonly id: string }>(
  items: readonly T[],
  kind: TraceNodeKind,
  duplicates: TraceDuplicate[],
): IdIndex<T> {
  const byId = new Map<string, T>();
  const position = new Map<string, number>();
  const ids: string[] = [];
  let counts: Map<string, number> | undefined;
  for (const item of items) {
    const id = item.id;
    const size = byId.size;
    byId.set(id, item);
    if (byId.size === size) {
      counts ??= new Map();
      counts.set(id, (counts.get(id) ?? 1) + 1);
    } else {
      position.set(id, ids.length);
      ids.push(id);
    }
  }
  if (counts !== undefined) for (const [id, count] of counts) duplicates.push({ id, kind, count });
  return { byId, position, ids };
}

const linkKey = (l: TraceLink): string =>
  [
    l.kind,
    l.from,
    l.to ?? "",
    "how" in l ? l.how : "",
    "relation" in l ? l.relation : "",
    "reviewed" in l ? (l.reviewed ?? "") : "",
  ].join("\u0000");

/** Links sorted by their key, each key computed once (stable, like sorting by the key). */
function sortByKey(links: TraceLink[]): TraceLink[] {
  if (links.length < 2) return links;
  const keyed = links.map((link, k) => ({ key: linkKey(link), k }));
  keyed.sort((a, b) => cmp(a.key, b.key));
  return keyed.map(({ k }) => links[k]!);
}

/**
 * Builds the indexed trace: for each provision the actions answering it (and how), for each
 * action its provisions, recommendation → provision, action → output and provision → provision
 * across cycles. Runs in time linear in the input plus sorting the ids once.
 *
 * @example
 * ```ts
 * import { traceMandates } from "iacml/mandates";
 * const trace = traceMandates({
 *   instruments: [{ id: "XXI/Decl", provisions: [{ id: "XXI/Decl/15" }, { id: "XXI/Decl/23" }] }],
 *   actions: [{ id: "l1/a1", priorityLine: "l1", status: "fulfilled" }],
 *   links: [{ kind: "answers", from: "l1/a1", to: "XXI/Decl/15", how: "contributes" }],
 * });
 * console.log(trace.answersOf.get("l1/a1")?.[0]?.provision); // "XXI/Decl/15"
 * ```
 */
export function traceMandates(input: TraceInput): MandateTrace {
  const duplicates: TraceDuplicate[] = [];
  const instruments = indexById(input.instruments, "instrument", duplicates);
  const provisionList: TraceProvision[] = [];
  const instrumentOf = new Map<string, string>();
  for (const instrument of instruments.values()) {
    for (const provision of instrument.provisions) {
      provisionList.push(provision);
      instrumentOf.set(provision.id, instrument.id);
    }
  }
  const provisionIndex = indexWithPositions(provisionList, "provision", duplicates);
  const provisions = provisionIndex.byId;
  const actionIndex = indexWithPositions(input.actions, "action", duplicates);
  const actions = actionIndex.byId;
  const recommendations = indexById(input.recommendations ?? [], "recommendation", duplicates);
  const groups = indexById(input.groups ?? [], "group", duplicates);
  const retired = new Set<string>();
  for (const p of provisions.values()) if (p.retired === true) retired.add(p.id);

  const fedBy = new Map<string, TraceFeed[]>();
  const feedsOf = new Map<string, TraceFeed[]>();
  const outputsOf = new Map<string, string[]>();
  const producedBy = new Map<string, string[]>();
  const successors = new Map<string, TraceEvolution[]>();
  const predecessors = new Map<string, TraceEvolution[]>();
  const unresolved: TraceLink[] = [];
  const seenLinks = new Set<string>();

  const addOutput = (action: string, output: string): void => {
    const key = `produces\u0000${action}\u0000${output}`;
    if (seenLinks.has(key)) return;
    seenLinks.add(key);
    push(outputsOf, action, output);
    push(producedBy, output, action);
  };
  for (const action of actions.values())
    if (action.outputs !== undefined) for (const output of action.outputs) addOutput(action.id, output);

  // Answers are collected with the positions of their ends and sorted into lists at the end.
  const answers: TraceAnswer[] = new Array<TraceAnswer>(input.links.length);
  let answerCount = 0;
  const answerProvision = new Int32Array(input.links.length);
  const answerAction = new Int32Array(input.links.length);
  // Links usually come grouped by action: remember the last one looked up.
  let lastFrom: string | undefined;
  let lastAction = -1;
  for (const link of input.links) {
    switch (link.kind) {
      case "answers": {
        if (link.from !== lastFrom) {
          lastFrom = link.from;
          lastAction = actionIndex.position.get(link.from) ?? -1;
        }
        const provision = provisionIndex.position.get(link.to);
        if (provision === undefined || lastAction < 0) {
          unresolved.push(link);
          break;
        }
        answerProvision[answerCount] = provision;
        answerAction[answerCount] = lastAction;
        answers[answerCount++] =
          link.reviewed === undefined
            ? { action: link.from, provision: link.to, how: link.how }
            : {
                action: link.from,
                provision: link.to,
                how: link.how,
                reviewed: link.reviewed,
              };
        break;
      }
      case "feeds": {
        if (!provisions.has(link.to) || !recommendations.has(link.from)) {
          unresolved.push(link);
          break;
        }
        const feed: TraceFeed =
          link.reviewed === undefined
            ? { recommendation: link.from, provision: link.to }
            : {
                recommendation: link.from,
                provision: link.to,
                reviewed: link.reviewed,
              };
        push(fedBy, link.to, feed);
        push(feedsOf, link.from, feed);
        break;
      }
      case "produces":
        if (!actions.has(link.from)) unresolved.push(link);
        else addOutput(link.from, link.to);
        break;
      case "evolves": {
        if (!provisions.has(link.from) || (link.to !== undefined && !provisions.has(link.to))) {
          unresolved.push(link);
          break;
        }
        const key = linkKey(link);
        if (seenLinks.has(key)) break;
        seenLinks.add(key);
        const evolution: TraceEvolution =
          link.to === undefined
            ? { from: link.from, relation: link.relation }
            : { from: link.from, to: link.to, relation: link.relation };
        if (link.relation === "retired") retired.add(link.from);
        push(successors, link.from, evolution);
        if (link.to !== undefined) push(predecessors, link.to, evolution);
        break;
      }
    }
  }
  answers.length = answerCount;
  const { answeredBy, answersOf } = answerLists(
    answers,
    answerProvision,
    answerAction,
    provisionIndex.ids,
    actionIndex.ids,
  );
  sortLists(fedBy, (a, b) => cmp(a.recommendation, b.recommendation) || cmp(a.reviewed ?? "", b.reviewed ?? ""));
  sortLists(feedsOf, (a, b) => cmp(a.provision, b.provision) || cmp(a.reviewed ?? "", b.reviewed ?? ""));
  sortLists(outputsOf, cmp);
  sortLists(producedBy, cmp);
  const byEvolution = (a: TraceEvolution, b: TraceEvolution) =>
    cmp(a.from, b.from) || cmp(a.to ?? "", b.to ?? "") || cmp(a.relation, b.relation);
  sortLists(successors, byEvolution);
  sortLists(predecessors, byEvolution);
  duplicates.sort((a, b) => cmp(a.kind, b.kind) || cmp(a.id, b.id));

  return {
    instruments,
    provisions,
    instrumentOf,
    actions,
    recommendations,
    groups,
    answeredBy,
    answersOf,
    fedBy,
    feedsOf,
    outputsOf,
    producedBy,
    successors,
    predecessors,
    retired,
    duplicates,
    unresolved: sortByKey(unresolved),
  };
}
