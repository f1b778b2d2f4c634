import { fingerprintText } from "./fingerprint.js";
import type { MandateTrace } from "./trace.js";

/**
 * A link whose provision text changed since it was reviewed.
 *
 * @example
 * ```ts
 * import type { SuspectLink } from "iacml/mandates";
 * const s: SuspectLink = { from: "l1/a1", provision: "XXI/PoA/7b", reviewed: "fp1:00", current: "fp1:01" };
 * ```
 */
export interface SuspectLink {
  /** Action or recommendation id. */
  readonly from: string;
  /** Provision id. */
  readonly provision: string;
  /** Fingerprint the link was reviewed against. */
  readonly reviewed: string;
  /** Fingerprint of the provision's text now. */
  readonly current: string;
}

/**
 * Links (answers and feeds) reviewed against a provision text that has since changed. A link
 * with no recorded fingerprint, or to a provision without text, is not suspect. Sorted by
 * provision, then source.
 *
 * @example
 * ```ts
 * import { fingerprintText, suspectLinks, traceMandates } from "iacml/mandates";
 * const trace = traceMandates({
 *   instruments: [{ id: "XXI/PoA", provisions: [{ id: "XXI/PoA/7b", text: "Promote formal work" }] }],
 *   actions: [{ id: "l1/a1" }],
 *   links: [{ kind: "answers", from: "l1/a1", to: "XXI/PoA/7b", how: "implements",
 *     reviewed: fingerprintText("Promote decent work") }],
 * });
 * suspectLinks(trace).length; // 1
 * ```
 */
export function suspectLinks(trace: MandateTrace): SuspectLink[] {
  const suspects: SuspectLink[] = [];
  const check = (provisionId: string, from: string, reviewed: string | undefined): void => {
    if (reviewed === undefined) return;
    const text = trace.provisions.get(provisionId)?.text;
    if (text === undefined) return;
    const current = fingerprintText(text);
    if (current !== reviewed) suspects.push({ from, provision: provisionId, reviewed, current });
  };
  for (const [provision, answers] of trace.answeredBy) for (const a of answers) check(provision, a.action, a.reviewed);
  for (const [provision, feeds] of trace.fedBy) for (const f of feeds) check(provision, f.recommendation, f.reviewed);
  return suspects.sort((a, b) =>
    a.provision < b.provision ? -1 : a.provision > b.provision ? 1 : a.from < b.from ? -1 : a.from > b.from ? 1 : 0,
  );
}
