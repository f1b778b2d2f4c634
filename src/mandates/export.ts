import { writeCsv } from "./csv.js";
import type { AnswerKind } from "./trace-schema.js";
import type { MandateTrace } from "./trace.js";

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const naturalCollator = /* @__PURE__ */ new Intl.Collator("en", { numeric: true });

/** Copies a value with object keys sorted, for deterministic JSON. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

function sortedValues<T extends { readonly id: string }>(map: ReadonlyMap<string, T>): T[] {
  return [...map.values()].sort((a, b) => cmp(a.id, b.id));
}

/**
 * The trace as deterministic JSON: every array sorted by id, every object's keys sorted, links
 * listed once per kind. Equal traces give byte-identical text whatever the input order.
 *
 * @example
 * ```ts
 * import { traceMandates, traceToJson } from "iacml/mandates";
 * const trace = traceMandates({ instruments: [], actions: [{ id: "l1/a1", derived: "Meeting" }], links: [] });
 * JSON.parse(traceToJson(trace)).actions[0].id; // "l1/a1"
 * ```
 */
export function traceToJson(trace: MandateTrace): string {
  const instruments = sortedValues(trace.instruments).map((i) => ({
    ...i,
    provisions: [...i.provisions].filter((p) => trace.instrumentOf.get(p.id) === i.id).sort((a, b) => cmp(a.id, b.id)),
  }));
  const answers = [...trace.answersOf.keys()].sort().flatMap((a) =>
    trace.answersOf.get(a)!.map((x) => ({
      kind: "answers",
      from: x.action,
      to: x.provision,
      how: x.how,
      reviewed: x.reviewed,
    })),
  );
  const feeds = [...trace.feedsOf.keys()].sort().flatMap((r) =>
    trace.feedsOf.get(r)!.map((x) => ({
      kind: "feeds",
      from: x.recommendation,
      to: x.provision,
      reviewed: x.reviewed,
    })),
  );
  const produces = [...trace.outputsOf.keys()]
    .sort()
    .flatMap((a) => trace.outputsOf.get(a)!.map((o) => ({ kind: "produces", from: a, to: o })));
  const evolves = [...trace.successors.keys()].sort().flatMap((p) =>
    trace.successors.get(p)!.map((e) => ({
      kind: "evolves",
      from: e.from,
      to: e.to,
      relation: e.relation,
    })),
  );
  return JSON.stringify(
    sortKeys({
      instruments,
      actions: sortedValues(trace.actions).map((a) => ({
        ...a,
        outputs: a.outputs === undefined ? undefined : [...a.outputs].sort(),
      })),
      recommendations: sortedValues(trace.recommendations),
      groups: sortedValues(trace.groups).map((g) => ({
        ...g,
        mandates: g.mandates === undefined ? undefined : [...g.mandates].sort(),
      })),
      links: [...answers, ...feeds, ...produces, ...evolves],
      duplicates: trace.duplicates,
      unresolved: trace.unresolved,
    }),
    null,
    2,
  );
}

/**
 * What a matrix has as columns: each action, or each priority line or working group (an
 * action's links counted under its group).
 *
 * @example
 * ```ts
 * import type { MatrixColumns } from "iacml/mandates";
 * const c: MatrixColumns = "priority-lines";
 * ```
 */
export type MatrixColumns = "actions" | "priority-lines" | "working-groups";

/**
 * One cell's links: which action answers the row's provision and how.
 *
 * @example
 * ```ts
 * import type { MatrixLink } from "iacml/mandates";
 * const l: MatrixLink = { action: "l1/a1", how: "implements" };
 * ```
 */
export interface MatrixLink {
  /** Action id. */
  readonly action: string;
  /** How it answers. */
  readonly how: AnswerKind;
}

/**
 * A trace matrix: provisions × columns, each cell the links between them.
 *
 * @example
 * ```ts
 * import type { TraceMatrix } from "iacml/mandates";
 * const m: TraceMatrix = { columns: ["l1"], rows: [{ provision: "XXI/Decl/15", cells: [[]] }] };
 * ```
 */
export interface TraceMatrix {
  /** Column ids, sorted. */
  readonly columns: readonly string[];
  /** One row per provision (sorted by id), one cell per column. */
  readonly rows: readonly {
    readonly provision: string;
    readonly cells: readonly (readonly MatrixLink[])[];
  }[];
}

/**
 * Builds the trace matrix of provisions × actions, priority lines or working groups. Rows are
 * every provision of the trace in natural order (`7` before `15`); columns every action or group
 * that answers one.
 *
 * @example
 * ```ts
 * import { traceMandates, traceMatrix } from "iacml/mandates";
 * const trace = traceMandates({
 *   instruments: [{ id: "XXI/Decl", provisions: [{ id: "XXI/Decl/15" }] }],
 *   actions: [{ id: "l1/a1", priorityLine: "l1" }],
 *   links: [{ kind: "answers", from: "l1/a1", to: "XXI/Decl/15", how: "implements" }],
 * });
 * traceMatrix(trace, "priority-lines").rows[0]?.cells[0]; // [{ action: "l1/a1", how: "implements" }]
 * ```
 */
export function traceMatrix(trace: MandateTrace, columns: MatrixColumns = "actions"): TraceMatrix {
  const columnOf = (actionId: string): string | undefined => {
    if (columns === "actions") return actionId;
    const action = trace.actions.get(actionId);
    if (columns === "priority-lines") return action?.priorityLine;
    return (
      action?.workingGroup ??
      (action?.priorityLine === undefined ? undefined : trace.groups.get(action.priorityLine)?.workingGroup)
    );
  };
  const names = new Set<string>();
  for (const actionId of trace.answersOf.keys()) {
    const column = columnOf(actionId);
    if (column !== undefined) names.add(column);
  }
  const sortedColumns = [...names].sort(cmp);
  const position = new Map(sortedColumns.map((c, k) => [c, k]));
  const rows = [...trace.provisions.keys()].sort(naturalCollator.compare).map((provision) => {
    const cells: MatrixLink[][] = sortedColumns.map(() => []);
    for (const answer of trace.answeredBy.get(provision) ?? []) {
      const column = columnOf(answer.action);
      if (column !== undefined)
        cells[position.get(column)!]!.push({
          action: answer.action,
          how: answer.how,
        });
    }
    return { provision, cells };
  });
  return { columns: sortedColumns, rows };
}

/**
 * Writes a trace matrix as RFC 4180 CSV: a header `provision,<columns…>`, then one record per
 * provision whose cells list `action:how` separated by `; `.
 *
 * @example
 * ```ts
 * import { traceMandates, traceMatrix, traceMatrixToCsv } from "iacml/mandates";
 * const trace = traceMandates({
 *   instruments: [{ id: "XXI/Decl", provisions: [{ id: "XXI/Decl/15" }] }],
 *   actions: [{ id: "l1/a1" }],
 *   links: [{ kind: "answers", from: "l1/a1", to: "XXI/Decl/15", how: "implements" }],
 * });
 * traceMatrixToCsv(traceMatrix(trace)); // "provision,l1/a1\r\nXXI/Decl/15,l1/a1:implements\r\n"
 * ```
 */
export function traceMatrixToCsv(matrix: TraceMatrix): string {
  return writeCsv([
    ["provision", ...matrix.columns],
    ...matrix.rows.map((row) => [
      row.provision,
      ...row.cells.map((cell) => cell.map((l) => `${l.action}:${l.how}`).join("; ")),
    ]),
  ]);
}
