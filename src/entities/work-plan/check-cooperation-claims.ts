import { findingFactory } from "../../core/issue.js";
import { workPlanMessages } from "../../core/messages/work-plan.js";
import type { Finding } from "../../core/result.js";
import type { BilateralCooperation, CooperationStatus } from "./bilateral-cooperation.js";
import type { DocumentClaim } from "./document-claim.js";

const finding = /* @__PURE__ */ findingFactory(workPlanMessages);

// A Map, not an object literal: a claim's measure is data, and "constructor" or "__proto__"
// must not find Object.prototype's members.
const STATUS_OF_MEASURE: ReadonlyMap<string, CooperationStatus> = new Map([
  ["bilateral-cooperations.done", "done"],
  ["bilateral-cooperations.ongoing", "ongoing"],
  ["bilateral-cooperations.pending-postponed", "pending-postponed"],
]);

/**
 * Compares the counts of bilateral cooperations a document states (claims with measure
 * `bilateral-cooperations.done`, `.ongoing` or `.pending-postponed`) with the cooperations
 * listed under the claim's subject (ids starting with `subject/`). Returns one certain
 * `entities.stated-count-differs` warning per disagreement, naming the claim and the listed
 * cooperations; other claims are ignored.
 *
 * @example
 * ```ts
 * import { checkCooperationClaims } from "iacml/entities";
 * const findings = checkCooperationClaims(
 *   [{ id: "c1", measure: "bilateral-cooperations.ongoing", subject: "bc", value: 1, source: { document: "d", section: "s" } }],
 *   [],
 * );
 * console.log(findings[0]?.params); // { ..., stated: 1, listed: 0 }
 * ```
 */
export function checkCooperationClaims(
  claims: readonly DocumentClaim[],
  cooperations: readonly Pick<BilateralCooperation, "id" | "status">[],
): Finding[] {
  const findings: Finding[] = [];
  for (const claim of claims) {
    const status = STATUS_OF_MEASURE.get(claim.measure);
    if (status === undefined || typeof claim.value !== "number") continue;
    const listed = cooperations.filter((c) => c.id.startsWith(`${claim.subject}/`) && c.status === status);
    if (listed.length === claim.value) continue;
    findings.push(
      finding(
        "entities.stated-count-differs",
        {
          source: claim.source.document,
          measure: claim.measure,
          subject: claim.subject,
          stated: claim.value,
          listed: listed.length,
        },
        { certainty: "certain", severity: "warning", subjects: [claim.id, ...listed.map((c) => c.id)] },
      ),
    );
  }
  return findings;
}
