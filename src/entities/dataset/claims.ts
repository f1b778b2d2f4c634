import type { Finding } from "../../core/result.js";
import { findingFactory } from "../../core/issue.js";
import { entitiesMessages } from "../../core/messages/entities.js";
import { workPlanMessages } from "../../core/messages/work-plan.js";
import { checkCooperationClaims } from "../work-plan/check-cooperation-claims.js";
import type { Dataset } from "./schema.js";

const finding = /* @__PURE__ */ findingFactory({ ...entitiesMessages, ...workPlanMessages });

type Claim = Dataset["documentClaims"][number];

/** A stated count against the records listed: a finding when they differ. */
function countDiffers(claim: Claim, stated: number, listed: number, subject: string): Finding[] {
  if (listed === stated) return [];
  return [
    finding(
      "entities.stated-count-differs",
      { source: claim.source.document, measure: claim.measure, subject: claim.subject, stated, listed },
      { certainty: "certain", severity: "warning", subjects: [claim.id, subject] },
    ),
  ];
}

/** Where a document's own statement (a count, a period) disagrees with the records listed. */
export function claimFindings(dataset: Dataset): Finding[] {
  const findings = [...checkCooperationClaims(dataset.documentClaims, dataset.bilateralCooperations)];
  const plans = new Map(dataset.workPlans.map((w) => [w.id, w]));
  const conferences = new Map(dataset.conferences.map((c) => [c.id, c]));
  for (const claim of dataset.documentClaims) {
    const conference = conferences.get(claim.subject);
    if (conference && claim.measure === "conference.themes" && typeof claim.value === "number" && conference.themes) {
      findings.push(...countDiffers(claim, claim.value, conference.themes.length, conference.id));
    }
    const plan = plans.get(claim.subject);
    if (!plan) continue;
    if (claim.measure === "work-plan.priority-lines" && typeof claim.value === "number") {
      const listed = dataset.priorityLines.filter((l) => l.workPlan === plan.id).length;
      findings.push(...countDiffers(claim, claim.value, listed, plan.id));
    }
    if (claim.measure === "work-plan.name-period") {
      const listed = `${plan.period.fromYear}-${plan.period.toYear}`;
      if (String(claim.value) !== listed) {
        findings.push(
          finding(
            "entities.stated-period-differs",
            { source: claim.source.document, subject: plan.id, stated: String(claim.value), listed },
            { certainty: "certain", severity: "warning", subjects: [claim.id, plan.id] },
          ),
        );
      }
    }
  }
  return findings;
}
