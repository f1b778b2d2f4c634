/**
 * The mandate trace of a work plan, read from the dataset's mandate sentences.
 * @module
 */
import type { Issue } from "../core/result.js";
import { issueFactory } from "../core/issue.js";
import { reportsMessages } from "../core/messages/reports.js";
import type { Dataset } from "../entities/dataset/schema.js";
import type { MandateContext, MandateRef } from "../mandates/ref.js";
import type { TraceLink } from "../mandates/trace-schema.js";
import { parseMandateRefs } from "../mandates/parse-refs.js";
import { traceMandates, type MandateTrace } from "../mandates/trace.js";
import { mandateContextOf as contextOf } from "../mandates/from-dataset.js";

const issue = /* @__PURE__ */ issueFactory(reportsMessages);

/**
 * A work plan's trace with the references read from each action's mandate sentence.
 *
 * @example
 * ```ts
 * import { workPlanTrace, type WorkPlanTrace } from "iacml/reports";
 * import { dataset } from "iacml/data";
 * const t: WorkPlanTrace = workPlanTrace(dataset, "wp-2022-2024");
 * ```
 */
export interface WorkPlanTrace {
  /** The trace graph of the plan's actions against its conference's instruments. */
  readonly trace: MandateTrace;
  /** References read from each action's mandate sentence, by action id. */
  readonly refsOf: ReadonlyMap<string, readonly MandateRef[]>;
  /** The context the sentences were read in (the dataset's conferences and cities). */
  readonly context: MandateContext;
  /** One `reports.mandate-unread` issue per sentence that could not be read. */
  readonly issues: readonly Issue[];
}

/**
 * The mandate context the dataset gives: every conference with its edition, year and city,
 * and a default conference for references that name no city.
 *
 * @deprecated Use `mandateContextOf` from "iacml/mandates" (it lives beside the parser now).
 *
 * @example
 * ```ts
 * import { mandateContextOf } from "iacml/mandates";
 * import { dataset } from "iacml/data";
 * const context = mandateContextOf(dataset, "xxi");
 * ```
 */
export const mandateContextOf: (dataset: Pick<Dataset, "conferences">, defaultConference?: string) => MandateContext = contextOf;

/**
 * Reads every mandate sentence of a work plan's actions (`mandateText`; explicit `mandateRefs`
 * when given) and traces the actions to the provisions of the instruments the dataset holds,
 * grouped by priority line. Sentences that do not parse become Issues, never exceptions.
 *
 * @example
 * ```ts
 * import { workPlanTrace } from "iacml/reports";
 * import { mandateCoverage } from "iacml/mandates";
 * import { dataset } from "iacml/data";
 * const { trace } = workPlanTrace(dataset, "wp-2022-2024");
 * console.log(mandateCoverage(trace).map((row) => row.percent));
 * ```
 */
export function workPlanTrace(dataset: Dataset, workPlanId: string): WorkPlanTrace {
  const plan = dataset.workPlans.find((w) => w.id === workPlanId);
  const conference = plan?.conference ?? "";
  const context = mandateContextOf(dataset, conference);
  const lines = dataset.priorityLines.filter((l) => l.workPlan === workPlanId);
  const lineIds = new Set(lines.map((l) => l.id));
  const actions = dataset.actions.filter((a) => lineIds.has(a.priorityLine));
  const refsOf = new Map<string, readonly MandateRef[]>();
  const issues: Issue[] = [];
  for (const action of actions) {
    if (action.mandateText === undefined) continue;
    const parsed = parseMandateRefs(action.mandateText, context);
    if (parsed.ok) refsOf.set(action.id, parsed.value);
    else {
      const index = dataset.actions.indexOf(action);
      issues.push(
        issue(
          "reports.mandate-unread",
          { id: action.id, detail: parsed.issues.map((i) => i.message).join("; ") },
          { path: ["actions", index, "mandateText"], severity: "warning" },
        ),
      );
    }
  }
  const links: TraceLink[] = actions.flatMap((a) => {
    const ids = a.mandateRefs ?? (refsOf.get(a.id) ?? []).map((r) => r.id);
    return ids.map((to): TraceLink => ({ kind: "answers", from: a.id, to, how: "contributes" }));
  });
  const instruments = dataset.instruments.filter((i) => i.conference === conference);
  const trace = traceMandates({
    instruments: instruments.map((i) => ({
      id: i.id,
      name: i.name.en,
      completeness: i.completeness,
      provisions: dataset.provisions.filter((p) => p.instrument === i.id).map((p) => ({ id: p.id })),
    })),
    actions: actions.map((a) => ({
      id: a.id,
      title: a.title,
      priorityLine: a.priorityLine,
      ...(a.status === undefined ? {} : { status: a.status }),
      outputs: [...a.outputs],
      ...(a.derived === undefined ? {} : { derived: a.derived }),
    })),
    groups: lines.map((l) => ({ id: l.id, kind: "priority-line" as const, title: l.title })),
    links,
  });
  return { trace, refsOf, context, issues };
}
