import type { Finding } from "../../core/result.js";
import { findingFactory } from "../../core/issue.js";
import { entitiesMessages } from "../../core/messages/entities.js";
import { dateSpecBounds } from "../../core/date-spec/bounds.js";
import { toEdtf } from "../../core/date-spec/edtf.js";
import type { DateSpec } from "../../core/date-spec/types.js";
import type { Dataset } from "./schema.js";

const finding = /* @__PURE__ */ findingFactory(entitiesMessages);

/** Actions and political meetings dated (certainly or possibly) outside their work plan's years. */
export function outsidePeriodFindings(dataset: Dataset): Finding[] {
  const periods = new Map(dataset.workPlans.map((w) => [w.id, w.period]));
  const planOfLine = new Map(dataset.priorityLines.map((l) => [l.id, l.workPlan]));
  const dated: {
    collection: keyof Dataset;
    index: number;
    id: string;
    workPlan: string | undefined;
    when: DateSpec | undefined;
  }[] = [
    ...dataset.actions.map((a, index) => ({
      collection: "actions" as const,
      index,
      id: a.id,
      workPlan: planOfLine.get(a.priorityLine),
      when: a.when,
    })),
    ...dataset.politicalMeetings.map((m, index) => ({
      collection: "politicalMeetings" as const,
      index,
      id: m.id,
      workPlan: m.workPlan,
      when: m.when,
    })),
  ];
  const findings: Finding[] = [];
  for (const record of dated) {
    const period = record.workPlan === undefined ? undefined : periods.get(record.workPlan);
    const bounds = record.when === undefined ? undefined : dateSpecBounds(record.when);
    if (!period || !bounds || !record.when) continue;
    const start = `${String(period.fromYear).padStart(4, "0")}-01-01`;
    const end = `${String(period.toYear).padStart(4, "0")}-12-31`;
    const inside = bounds.earliest >= start && bounds.latest <= end;
    if (inside) continue;
    const disjoint = bounds.latest < start || bounds.earliest > end;
    findings.push(
      finding(
        "entities.outside-work-plan-period",
        { id: record.id, when: toEdtf(record.when), from: period.fromYear, to: period.toYear },
        {
          path: [record.collection, record.index, "when"],
          severity: "warning",
          certainty: disjoint ? "certain" : "possible",
          subjects: [record.id, record.workPlan!],
        },
      ),
    );
  }
  return findings;
}
