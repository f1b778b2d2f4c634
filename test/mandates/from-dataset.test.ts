import { describe, expect, it } from "vitest";
import { dataset } from "iacml/data";
import {
  mandateContextOf,
  mandateCoverage,
  parseMandateRefs,
  traceWorkPlan,
  type PlannedTraceAction,
} from "iacml/mandates";
import { mandateContextOf as deprecatedContextOf, workPlanTrace } from "iacml/reports";

describe("mandateContextOf (now in iacml/mandates)", () => {
  it("gives every conference of the dataset with its edition, city and year", () => {
    const context = mandateContextOf(dataset, "xxi");
    expect(context.defaultConference).toBe("xxi");
    expect(context.conferences.map((c) => c.id)).toEqual(dataset.conferences.map((c) => c.id));
    const xxi = context.conferences.find((c) => c.id === "xxi")!;
    expect(xxi).toMatchObject({ edition: "XXI", cities: ["Buenos Aires"], year: 2021 });
  });

  it("is still exported, deprecated, from iacml/reports with the same result", () => {
    expect(deprecatedContextOf(dataset, "xx")).toEqual(mandateContextOf(dataset, "xx"));
  });

  it("reads the dataset's mandate sentences in that context", () => {
    const r = parseMandateRefs("7.h of the Plan of Action of Bridgetown", mandateContextOf(dataset, "xxi"));
    expect(r.ok && r.value.map((x) => x.id)).toEqual(["XX/PoA/7h"]);
  });
});

describe("traceWorkPlan", () => {
  it("gives the same trace as the report's workPlanTrace on the real 2022-2024 plan", () => {
    const mine = traceWorkPlan(dataset, "wp-2022-2024");
    const theirs = workPlanTrace(dataset, "wp-2022-2024");
    expect(mandateCoverage(mine.trace)).toEqual(mandateCoverage(theirs.trace));
    expect([...mine.refsOf.keys()]).toEqual([...theirs.refsOf.keys()]);
    expect(mine.issues.length).toBe(theirs.issues.length);
  });

  it("adds a planned action without casts, and reads its mandate sentence", () => {
    const line = dataset.priorityLines.find((l) => l.workPlan === "wp-2022-2024")!;
    const planned: PlannedTraceAction = {
      id: `${line.id}/a99`,
      priorityLine: line.id,
      title: "Proposed workshop",
      mandateText: "Article 21 of the Declaration of Buenos Aires",
    };
    const before = traceWorkPlan(dataset, "wp-2022-2024");
    const after = traceWorkPlan(dataset, "wp-2022-2024", { actions: [planned] });
    expect(after.refsOf.get(planned.id)?.map((r) => r.id)).toEqual(["XXI/Decl/21"]);
    expect(after.trace.actions.size).toBe(before.trace.actions.size + 1);
    const unread = traceWorkPlan(dataset, "wp-2022-2024", {
      actions: [{ ...planned, mandateText: "Article 5 of the Declaration of Oslo" }],
    });
    expect(unread.issues.at(-1)).toMatchObject({
      code: "mandates.mandate-unread",
      path: ["options", "actions", 0, "mandateText"],
      severity: "warning",
    });
  });
});
