import { findingFactory } from "../core/issue.js";
import { mandatesMessages } from "../core/messages/mandates.js";
import type { Finding } from "../core/result.js";
import { suspectLinks } from "./suspect.js";
import { actionTitle, formatProvisionName, nodeName, RELATION_NAMES } from "./names.js";
import type { MandateContext } from "./ref.js";
import type { MandateTrace } from "./trace.js";

/**
 * Options of {@link findTraceIssues}.
 *
 * @example
 * ```ts
 * import type { FindTraceIssuesOptions } from "iacml/mandates";
 * const options: FindTraceIssuesOptions = { context: { conferences: [{ id: "xxi", edition: "XXI", cities: ["Buenos Aires"] }] } };
 * ```
 */
export interface FindTraceIssuesOptions {
  /**
   * The conferences of the trace's instruments, so that messages name provisions by their city
   * ("paragraph 5 of the Plan of Action of Buenos Aires"); without it, by their edition ("…
   * of the XXI IACML"). `traceWorkPlan` returns the context it read the plan in.
   */
  readonly context?: MandateContext;
}

const finding = /* @__PURE__ */ findingFactory(mandatesMessages);

/** Strongly connected groups of provisions linked by evolutions (Tarjan, iterative). */
function evolutionCycles(trace: MandateTrace): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  let counter = 0;
  const next = (id: string): string[] =>
    (trace.successors.get(id) ?? []).flatMap((e) => (e.to === undefined ? [] : [e.to]));
  for (const root of [...trace.successors.keys()].sort()) {
    if (index.has(root)) continue;
    const work: { id: string; children: string[]; k: number }[] = [];
    const enter = (id: string) => {
      index.set(id, counter);
      low.set(id, counter);
      counter++;
      stack.push(id);
      onStack.add(id);
      work.push({ id, children: next(id), k: 0 });
    };
    enter(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      if (frame.k < frame.children.length) {
        const child = frame.children[frame.k++]!;
        if (!index.has(child)) enter(child);
        else if (onStack.has(child)) low.set(frame.id, Math.min(low.get(frame.id)!, index.get(child)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent !== undefined) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!));
      if (low.get(frame.id) === index.get(frame.id)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.id);
        const selfLoop = component.length === 1 && next(frame.id).includes(frame.id);
        if (component.length > 1 || selfLoop) cycles.push(component.sort());
      }
    }
  }
  return cycles;
}

/**
 * Checks a trace and reports Findings: ids used twice (`mandates.duplicate-id`), links to a
 * provision that does not exist (`mandates.unknown-provision`) or from an item that does not
 * (`mandates.unknown-link-end`), provisions no action answers (`mandates.uncovered-provision`,
 * retired ones excepted), actions answering no mandate that are not marked derived with a
 * reason (`mandates.action-without-mandate`), answers to a retired provision
 * (`mandates.link-to-retired`), links whose provision text changed since review
 * (`mandates.suspect-link`, possible) and cycles of provision evolutions (`mandates.cycle`).
 * Messages name provisions and actions as a person reads them (never an id; the ids stay in
 * `subjects` and the `provision`/`from`/`action` params), and suggestions are catalog codes,
 * so `formatSuggestion(f, "es")` from `iacml/core` gives them in Spanish.
 *
 * @example
 * ```ts
 * import { findTraceIssues, traceMandates } from "iacml/mandates";
 * const trace = traceMandates({
 *   instruments: [{ id: "XXI/Decl", provisions: [{ id: "XXI/Decl/15" }] }],
 *   actions: [{ id: "l1/a1" }, { id: "l1/a2", derived: "Political process of the cycle" }],
 *   links: [{ kind: "answers", from: "l1/a1", to: "XXI/Decl/99", how: "implements" }],
 * });
 * findTraceIssues(trace).map((f) => f.code);
 * // ["mandates.action-without-mandate", "mandates.uncovered-provision", "mandates.unknown-provision"]
 * ```
 */
export function findTraceIssues(trace: MandateTrace, options: FindTraceIssuesOptions = {}): Finding[] {
  const context = options.context;
  const findings: Finding[] = [];
  const provisionNames = (id: string) => ({
    provisionName: formatProvisionName(id, "en", context),
    provisionNameEs: formatProvisionName(id, "es", context),
  });
  const fromNames = (id: string) => {
    const n = nodeName(trace, id, context);
    return { fromName: n.en, fromNameEs: n.es };
  };
  for (const d of trace.duplicates) {
    findings.push(
      finding(
        "mandates.duplicate-id",
        { id: d.id, count: d.count, kind: d.kind },
        {
          certainty: "certain",
          subjects: [d.id],
          path: [d.kind],
        },
      ),
    );
  }
  for (const link of trace.unresolved) {
    const subjects = link.to === undefined ? [link.from] : [link.from, link.to];
    const toProvision = link.kind === "answers" || link.kind === "feeds" || link.kind === "evolves";
    if (toProvision && link.to !== undefined && !trace.provisions.has(link.to)) {
      findings.push(
        finding(
          "mandates.unknown-provision",
          { from: link.from, provision: link.to, ...fromNames(link.from), ...provisionNames(link.to) },
          {
            certainty: "certain",
            subjects,
            path: ["links"],
            suggestion: { code: "mandates.fix-provision-id", params: {} },
          },
        ),
      );
    } else {
      const exists = (id: string) =>
        trace.provisions.has(id) || trace.actions.has(id) || trace.recommendations.has(id) || trace.groups.has(id);
      const missing = !exists(link.from) || link.to === undefined ? link.from : link.to;
      const missingName = nodeName(trace, missing, context);
      const relation = RELATION_NAMES[link.kind] ?? { en: link.kind, es: link.kind };
      findings.push(
        finding(
          "mandates.unknown-link-end",
          {
            relation: link.kind,
            id: missing,
            relationName: relation.en,
            relationNameEs: relation.es,
            missingName: missingName.en,
            missingNameEs: missingName.es,
          },
          {
            certainty: "certain",
            subjects,
            path: ["links"],
          },
        ),
      );
    }
  }
  for (const [id] of trace.provisions) {
    if (trace.retired.has(id) || (trace.answeredBy.get(id)?.length ?? 0) > 0) continue;
    findings.push(
      finding(
        "mandates.uncovered-provision",
        { provision: id, ...provisionNames(id) },
        {
          certainty: "certain",
          subjects: [id],
          severity: "warning",
          path: ["provisions"],
          suggestion: { code: "mandates.plan-an-action", params: {} },
        },
      ),
    );
  }
  for (const [id, action] of trace.actions) {
    if ((trace.answersOf.get(id)?.length ?? 0) > 0) continue;
    if (action.derived !== undefined && action.derived.trim() !== "") continue;
    findings.push(
      finding(
        "mandates.action-without-mandate",
        { action: id, actionName: actionTitle(trace, id) },
        {
          certainty: "certain",
          subjects: [id],
          severity: "warning",
          path: ["actions"],
          suggestion: { code: "mandates.link-or-derive", params: {} },
        },
      ),
    );
  }
  for (const id of trace.retired) {
    for (const answer of trace.answeredBy.get(id) ?? []) {
      const successors = (trace.successors.get(id) ?? []).flatMap((e) => (e.to === undefined ? [] : [e.to]));
      findings.push(
        finding(
          "mandates.link-to-retired",
          { from: answer.action, provision: id, actionName: actionTitle(trace, answer.action), ...provisionNames(id) },
          {
            certainty: "certain",
            subjects: [answer.action, id],
            severity: "warning",
            path: ["links"],
            ...(successors.length > 0
              ? {
                  suggestion: {
                    code: "mandates.link-to-successor",
                    params: {
                      successors: successors.join(", "),
                      successorNames: successors.map((s) => formatProvisionName(s, "en", context)).join(", "),
                      successorNamesEs: successors.map((s) => `al ${formatProvisionName(s, "es", context)}`).join(", "),
                    },
                  },
                }
              : {}),
          },
        ),
      );
    }
  }
  for (const s of suspectLinks(trace)) {
    findings.push(
      finding(
        "mandates.suspect-link",
        { from: s.from, provision: s.provision, ...fromNames(s.from), ...provisionNames(s.provision) },
        {
          certainty: "possible",
          subjects: [s.from, s.provision],
          severity: "warning",
          path: ["links"],
          suggestion: { code: "mandates.review-link", params: {} },
        },
      ),
    );
  }
  for (const cycle of evolutionCycles(trace)) {
    findings.push(
      finding(
        "mandates.cycle",
        {
          cycle: [...cycle, cycle[0]].join(" → "),
          cycleNames: [...cycle, cycle[0]!].map((c) => nodeName(trace, c, context).en).join(" → "),
          cycleNamesEs: [...cycle, cycle[0]!]
            .map((c) => nodeName(trace, c, context).es.replace(/^el /, ""))
            .join(" → "),
        },
        {
          certainty: "certain",
          subjects: cycle,
          path: ["links"],
        },
      ),
    );
  }
  const key = (f: Finding) => `${f.code}\u0000${f.subjects.join("\u0000")}`;
  return findings.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
