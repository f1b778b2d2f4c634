import { describe, expect, it } from "vitest";
import {
  workPlanActions,
  politicalMeetings,
  priorityLines,
  rialBudgetLines2022To2024,
  workPlans,
  documentClaims,
} from "iacml/data";

const action = (id: string) => workPlanActions.find((a) => a.id === `wp-2022-2024/${id}`);

describe("Work Plan 2022-2024 (performance report as of September 2023)", () => {
  it("was prepared on 3-4 February 2022 and approved on 8 June 2022, for the XXI IACML", () => {
    const wp = workPlans.find((w) => w.id === "wp-2022-2024");
    expect(wp?.conference).toBe("xxi");
    expect(wp?.planning?.when).toEqual({ kind: "days", start: "2022-02-03", end: "2022-02-04" });
    expect(wp?.approval?.on).toBe("2022-06-08");
    expect(wp?.asOf).toEqual({ kind: "month", month: "2023-09" });
  });

  it("has the 8 priority lines the report states", () => {
    const stated = documentClaims.find((c) => c.measure === "work-plan.priority-lines")?.value;
    expect(priorityLines.filter((l) => l.workPlan === "wp-2022-2024")).toHaveLength(Number(stated));
    expect(priorityLines.map((l) => l.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("has 2, 2, 4, 2, 2, 1, 2 and 3 actions under priority lines 1 to 8", () => {
    const perLine = priorityLines.map((l) => workPlanActions.filter((a) => a.priorityLine === l.id).length);
    expect(perLine).toEqual([2, 2, 4, 2, 2, 1, 2, 3]);
  });

  it("records the statuses the report gives", () => {
    expect(action("pl1/a1")?.status).toBe("fulfilled-and-ongoing");
    expect(action("pl1/a2")?.status).toBe("future");
    expect(action("pl3/a2")?.status).toBe("fulfilled-and-future");
    expect(action("pl4/a2")?.status).toBe("future-and-ongoing");
    expect(action("pl6/a1")?.status).toBe("fulfilled");
    expect(action("pl8/a3")?.status).toBe("fulfilled");
    expect(action("pl4/a1")?.status).toBeUndefined();
  });

  it("dates and hosts the workshops as the report does", () => {
    expect(action("pl1/a2")?.when).toEqual({
      kind: "oneOf",
      options: [
        { kind: "month", month: "2024-04" },
        { kind: "month", month: "2024-05" },
      ],
    });
    expect(action("pl1/a2")?.host).toMatchObject({ memberStates: ["CR"], confirmed: false });
    expect(action("pl2/a2")?.when).toEqual({ kind: "days", start: "2023-05-04", end: "2023-05-05" });
    expect(action("pl4/a2")?.host?.memberStates).toEqual(["US"]);
    expect(action("pl6/a1")?.participation?.countries).toBe(29);
    expect(action("pl6/a1")?.outputs).toEqual(["CIDI/CIMT/RPA/doc.40/23"]);
    expect(action("pl8/a3")?.outputs).toEqual(["CIDI/CIMT/RPA/doc.41/23"]);
  });

  it("keeps one mandate text per priority line, shared by its actions", () => {
    for (const line of priorityLines) {
      const texts = new Set(workPlanActions.filter((a) => a.priorityLine === line.id).map((a) => a.mandateText));
      expect(texts.size).toBe(1);
    }
    expect(action("pl1/a1")?.mandateText).toBe(
      "Articles 15, 23 and 25 of the Declaration and 7b and 7c of the Plan of Action of Buenos Aires",
    );
  });

  it("lists the gender dialogues held (4th to 7th) and those planned for 2024", () => {
    const sessions = action("pl3/a2")?.sessions ?? [];
    expect(sessions.filter((s) => s.status === "fulfilled").map((s) => s.when)).toEqual(
      ["2022-03-15", "2022-09-20", "2023-03-15", "2023-07-26"].map((d) => ({ kind: "days", start: d, end: d })),
    );
    expect(sessions.filter((s) => s.status === "future").map((s) => s.when)).toEqual([
      { kind: "month", month: "2024-03" },
      { kind: "month", month: "2024-07" },
    ]);
  });
});

describe("political-process meetings of the 2022-2024 cycle", () => {
  const meeting = (id: string) => politicalMeetings.find((m) => m.id === `wp-2022-2024/meetings/${id}`);

  it("places the preparatory meeting in July or August 2024, at least three months before the XXII IACML", () => {
    const prep = meeting("preparatory-xxii");
    expect(prep?.when).toEqual({
      kind: "oneOf",
      options: [
        { kind: "month", month: "2024-07" },
        { kind: "month", month: "2024-08" },
      ],
    });
    expect(prep?.leadTime).toEqual({ minMonthsBefore: 3, meeting: "wp-2022-2024/meetings/xxii-iacml" });
    expect(prep?.status).toBe("tentative");
  });

  it("holds the XXII IACML in Colombia in November 2024 with COSATE and CEATAL meeting during it", () => {
    expect(meeting("xxii-iacml")?.when).toEqual({ kind: "month", month: "2024-11" });
    expect(meeting("xxii-iacml")?.host?.memberStates).toEqual(["CO"]);
    expect(meeting("cosate-ceatal-xxii")?.partOf).toBe("wp-2022-2024/meetings/xxii-iacml");
  });

  it("has the authorities meet on 27 January 2023 and in January 2024, and the Working Groups on 21-22 September 2023", () => {
    expect(meeting("authorities-2023")?.when).toEqual({ kind: "days", start: "2023-01-27", end: "2023-01-27" });
    expect(meeting("authorities-2024")?.when).toEqual({ kind: "month", month: "2024-01" });
    expect(meeting("wg-2023")?.when).toEqual({ kind: "days", start: "2023-09-21", end: "2023-09-22" });
    expect(meeting("wg-2023")?.topics).toHaveLength(6);
  });

  it("has every meeting kind of the cycle once, authorities twice", () => {
    const kinds = politicalMeetings.map((m) => m.kind).sort();
    expect(kinds).toEqual([
      "authorities-meeting",
      "authorities-meeting",
      "conference",
      "cosate-ceatal-meeting",
      "planning-meeting",
      "preparatory-meeting",
      "working-group-meeting",
    ]);
  });
});

describe("RIAL budget lines 2022-2024", () => {
  const cents = (amount: string) => BigInt(amount.replace(".", ""));

  it("has 12 lines l01 to l12", () => {
    expect(rialBudgetLines2022To2024.map((l) => l.id)).toEqual(
      Array.from({ length: 12 }, (_, i) => `rial-2022-2024/l${String(i + 1).padStart(2, "0")}`),
    );
  });

  it("adds up to the stated total of $105,000", () => {
    const total = rialBudgetLines2022To2024.reduce((sum, l) => sum + cents(l.rialAmount ?? "0.00"), 0n);
    const stated = documentClaims.find((c) => c.measure === "budget.total")?.value;
    expect(total).toBe(cents(String(stated)));
  });

  it("marks line 6 as approved after the planning meeting, by email in August 2022", () => {
    const l06 = rialBudgetLines2022To2024[5];
    expect(l06?.approvedLater).toEqual({ via: "email", when: { kind: "month", month: "2022-08" } });
    expect(rialBudgetLines2022To2024.filter((l) => l.approvedLater !== undefined)).toHaveLength(1);
  });

  it("funds the 15th, 16th and 17th RIAL calls and leaves lines 9 and 10 without a RIAL amount", () => {
    expect(rialBudgetLines2022To2024.flatMap((l) => l.calls)).toEqual([15, 16, 17]);
    expect(rialBudgetLines2022To2024.filter((l) => l.rialAmount === undefined).map((l) => l.number)).toEqual([9, 10]);
  });
});
