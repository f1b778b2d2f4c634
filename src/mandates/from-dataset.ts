/**
 * Builders that turn the reference dataset (or any dataset of the same shape) into this
 * module's input: the mandate context of the parser and the trace of a work plan. They read
 * the dataset's types only, so importing them never pulls the dataset in.
 * @module
 */
import type { DateSpec } from "../core/date-spec/types.js";
import { issueFactory } from "../core/issue.js";
import { excerpt } from "../core/limits.js";
import { formatIssue } from "../core/messages/index.js";
import { mandatesMessages } from "../core/messages/mandates.js";
import type { Issue } from "../core/result.js";
import type { Dataset } from "../entities/dataset/schema.js";
import { parseMandateRefs } from "./parse-refs.js";
import { prepareMandateContext } from "./prepare.js";
import type { MandateConference, MandateContext, MandateRef } from "./ref.js";
import type { TraceLink } from "./trace-schema.js";
import { traceMandates, type MandateTrace } from "./trace.js";

const issue = /* @__PURE__ */ issueFactory(mandatesMessages);

/** The first year a date spec names, when it names one. */
function yearOf(spec: DateSpec | undefined): number | undefined {
  if (spec === undefined) return undefined;
  switch (spec.kind) {
    case "days":
    case "months":
      return Number(spec.start.slice(0, 4));
    case "month":
      return Number(spec.month.slice(0, 4));
    case "all":
      return yearOf(spec.parts[0]);
    default:
      return undefined;
  }
}

/**
 * The mandate context a dataset gives: every conference with its edition, year, host city and
 * the other names its instruments are cited by (`citedAs`), and the default conference of
 * references that name none. The context is prepared ({@link prepareMandateContext}): frozen
 * and indexed once, so reading many sentences with it is fast; spread it to change it
 * (`{ ...context, defaultConference: "xx" }`).
 *
 * @example
 * ```ts
 * import { mandateContextOf, parseMandateRefs } from "iacml/mandates";
 * import { dataset } from "iacml/data";
 * const context = mandateContextOf(dataset, "xxi");
 * const r = parseMandateRefs("Article 4 of the Declaration of Buenos Aires 2009", context);
 * if (r.ok) console.log(r.value[0]?.id); // "XVI/Decl/4"
 * ```
 */
export function mandateContextOf(
  dataset: { readonly conferences: readonly Dataset["conferences"][number][] },
  defaultConference?: string,
): MandateContext {
  const conferences = dataset.conferences.map((c): MandateConference => {
    const year = yearOf(c.dates as DateSpec);
    const citedAs = (c as { readonly citedAs?: readonly string[] }).citedAs;
    return {
      id: c.id,
      edition: c.edition.roman,
      cities: c.city === undefined ? [] : [c.city],
      ...(citedAs === undefined || citedAs.length === 0 ? {} : { citedAs: [...citedAs] }),
      ...(year === undefined || !Number.isFinite(year) ? {} : { year }),
    };
  });
  const context: MandateContext =
    defaultConference === undefined ? { conferences } : { conferences, defaultConference };
  // Prepared once (checked, frozen, indexed), so each parse with it skips that work; a dataset
  // whose conferences do not make a valid context is returned as built, for the parser to report.
  const prepared = prepareMandateContext(context);
  return prepared.ok ? prepared.value : context;
}

/**
 * An action to trace besides the dataset's own: only what the trace needs, so a planned or
 * proposed action is added without building a whole dataset record (and without casts).
 *
 * @example
 * ```ts
 * import type { PlannedTraceAction } from "iacml/mandates";
 * const a: PlannedTraceAction = {
 *   id: "wp-2022-2024/pl1/a99", priorityLine: "wp-2022-2024/pl1", title: "Workshop on labor inspection",
 *   mandateText: "Article 21 of the Declaration of Buenos Aires",
 * };
 * ```
 */
export interface PlannedTraceAction {
  readonly id: string;
  /** Priority line id of the work plan. */
  readonly priorityLine: string;
  readonly title?: string;
  readonly status?: string;
  /** The mandate sentence, read with `parseMandateRefs` in the work plan's context. */
  readonly mandateText?: string;
  /** Provision ids, when already known (take precedence over `mandateText`). */
  readonly mandateRefs?: readonly string[];
  readonly outputs?: readonly string[];
}

/**
 * Options of {@link traceWorkPlan}.
 *
 * @example
 * ```ts
 * import type { TraceWorkPlanOptions } from "iacml/mandates";
 * const options: TraceWorkPlanOptions = { actions: [] };
 * ```
 */
export interface TraceWorkPlanOptions {
  /** More actions to trace with the dataset's (for example proposals for the next plan). */
  readonly actions?: readonly PlannedTraceAction[];
}

/**
 * A work plan's trace with the references read from each action's mandate sentence.
 *
 * @example
 * ```ts
 * import { traceWorkPlan, type WorkPlanTraceResult } from "iacml/mandates";
 * import { dataset } from "iacml/data";
 * const t: WorkPlanTraceResult = traceWorkPlan(dataset, "wp-2022-2024");
 * ```
 */
export interface WorkPlanTraceResult {
  /** The trace graph of the plan's actions against its conference's instruments. */
  readonly trace: MandateTrace;
  /** References read from each action's mandate sentence, by action id. */
  readonly refsOf: ReadonlyMap<string, readonly MandateRef[]>;
  /** The context the sentences were read in. */
  readonly context: MandateContext;
  /**
   * One `mandates.mandate-unread` warning per sentence that could not be read; a
   * `mandates.unknown-work-plan` error (and an empty trace) when the dataset has no such plan.
   */
  readonly issues: readonly Issue[];
}

/** An action as the trace reads it, with where it came from. */
interface Row extends PlannedTraceAction {
  readonly derived?: string;
  readonly path: (string | number)[];
}

/**
 * The parts of a dataset a work plan's trace reads.
 *
 * @example
 * ```ts
 * import type { TraceSource } from "iacml/mandates";
 * import { dataset } from "iacml/data";
 * const source: TraceSource = dataset;
 * ```
 */
export type TraceSource = Pick<
  Dataset,
  "conferences" | "workPlans" | "priorityLines" | "actions" | "instruments" | "provisions"
>;

/**
 * Reads every mandate sentence of a work plan's actions (and of `options.actions`) and traces
 * them to the provisions of the instruments the dataset holds for the plan's conference,
 * grouped by priority line. Sentences that do not parse become warnings, never exceptions; a
 * plan id the dataset does not hold is a `mandates.unknown-work-plan` error in `issues` (the
 * trace is then empty), never a silently empty answer.
 *
 * @example
 * ```ts
 * import { mandateCoverage, traceWorkPlan } from "iacml/mandates";
 * import { dataset } from "iacml/data";
 * const { trace } = traceWorkPlan(dataset, "wp-2022-2024", {
 *   actions: [{ id: "wp-2022-2024/pl1/a99", priorityLine: "wp-2022-2024/pl1", mandateText: "Article 21 of the Declaration" }],
 * });
 * console.log(mandateCoverage(trace).map((row) => row.percent));
 * ```
 */
export function traceWorkPlan(
  dataset: TraceSource,
  workPlanId: string,
  options: TraceWorkPlanOptions = {},
): WorkPlanTraceResult {
  const plan = dataset.workPlans.find((w) => w.id === workPlanId);
  const conference = plan?.conference ?? "";
  const context = mandateContextOf(dataset, conference);
  const lines = dataset.priorityLines.filter((l) => l.workPlan === workPlanId);
  const lineIds = new Set(lines.map((l) => l.id));
  const own = dataset.actions
    .map((a, index) => ({ a, index }))
    .filter(({ a }) => lineIds.has(a.priorityLine))
    .map(
      ({ a, index }): Row => ({
        id: a.id,
        priorityLine: a.priorityLine,
        title: a.title,
        ...(a.status === undefined ? {} : { status: a.status }),
        ...(a.mandateText === undefined ? {} : { mandateText: a.mandateText }),
        ...(a.mandateRefs === undefined ? {} : { mandateRefs: a.mandateRefs }),
        outputs: [...a.outputs] as string[],
        ...(a.derived === undefined ? {} : { derived: a.derived }),
        path: ["actions", index] as (string | number)[],
      }),
    );
  const extra = (options.actions ?? []).map(
    (a, index): Row => ({ ...a, path: ["options", "actions", index] as (string | number)[] }),
  );
  const actions: Row[] = [...own, ...extra];
  const refsOf = new Map<string, readonly MandateRef[]>();
  const issues: Issue[] = [];
  if (plan === undefined) {
    issues.push(
      issue("mandates.unknown-work-plan", { workPlan: excerpt(String(workPlanId)) }, { path: ["workPlans"] }),
    );
  }
  for (const action of actions) {
    if (action.mandateText === undefined) continue;
    const parsed = parseMandateRefs(action.mandateText, context);
    if (parsed.ok) refsOf.set(action.id, parsed.value);
    else {
      issues.push(
        issue(
          "mandates.mandate-unread",
          {
            id: action.id,
            action: action.title === undefined || action.title.trim() === "" ? action.id : `'${action.title}'`,
            detail: parsed.issues.map((i) => i.message).join("; "),
            detailEs: parsed.issues.map((i) => formatIssue(i, "es")).join("; "),
          },
          { path: [...action.path, "mandateText"], severity: "warning" },
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
      ...(a.title === undefined ? {} : { title: a.title }),
      priorityLine: a.priorityLine,
      ...(a.status === undefined ? {} : { status: a.status }),
      outputs: [...(a.outputs ?? [])],
      ...(a.derived === undefined ? {} : { derived: a.derived }),
    })),
    groups: lines.map((l) => ({ id: l.id, kind: "priority-line" as const, title: l.title })),
    links,
  });
  return { trace, refsOf, context, issues };
}
