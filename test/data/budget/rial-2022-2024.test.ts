import { describe, expect, it } from "vitest";
import { budgetSituation, budgetTable, parseBudgetPlan, parseLedger } from "iacml/budget";
import { plainDate } from "iacml/core";
import { rialBudget2022To2024 } from "../../../src/data/budget/index.js";
import { rialBudgetLines2022To2024 } from "../../../src/data/work-plan/index.js";

const { plan, ledger } = rialBudget2022To2024;

describe("the RIAL budget 2022-2024", () => {
  it("is valid: the plan and its ledger parse back to themselves", () => {
    const parsedPlan = parseBudgetPlan(JSON.parse(JSON.stringify(plan)));
    expect(parsedPlan.ok && parsedPlan.value).toEqual(plan);
    const parsedLedger = parseLedger(JSON.parse(JSON.stringify(ledger)), plan);
    expect(parsedLedger.ok && parsedLedger.value).toEqual(ledger);
  });

  it("has 12 lines l01…l12 in table order", () => {
    expect(plan.lines.map((l) => l.id)).toEqual(
      Array.from({ length: 12 }, (_, i) => `rial-2022-2024/l${String(i + 1).padStart(2, "0")}`),
    );
  });

  it("totals $95,000 before the August 2022 amendment and $105,000 after", () => {
    const before = budgetSituation(plan, ledger, { asOf: plainDate("2022-08-30") });
    const after = budgetSituation(plan, ledger, { asOf: plainDate("2022-08-31") });
    expect(before.totals.approved.toFixed(2)).toBe("95000.00");
    expect(after.totals.approved.toFixed(2)).toBe("105000.00");
    expect(after.lines[5]!.trace.amendments).toEqual(["rial-2022-2024/amend-l06"]);
    expect(before.findings.map((f) => f.code)).not.toContain("budget.plan-total-mismatch");
  });

  it("prints the table as the document shows it", () => {
    const t = budgetTable(plan, ledger, { asOf: plainDate("2023-09-30") });
    expect(t.rows.map((r) => `${r.approvedByFund}${r.marker}`)).toEqual([
      "20,000",
      "10,000",
      "10,000",
      "10,000",
      "10,000",
      "10,000*",
      "5,000",
      "10,000",
      "",
      "",
      "5,000",
      "15,000",
    ]);
    expect(t.total).toBe("$105,000");
    expect(t.rows[2]!.otherFunding).toBe("Argentina (to be confirmed)");
    expect(t.rows[9]!.otherFunding).toBe("Host Country and OAS");
    expect(t.footnotes).toEqual([
      "* This amount was approved after the Planning Meeting, via an email received in August 2022.",
    ]);
  });

  it("agrees with the work plan's budget lines (ids, amounts, activities, co-funders)", () => {
    const situation = budgetSituation(plan, ledger, { asOf: plainDate("2024-12-31") });
    for (const [index, line] of plan.lines.entries()) {
      const other = rialBudgetLines2022To2024.find((l) => l.id === line.id);
      expect(other, line.id).toBeDefined();
      expect(situation.lines[index]!.approved.toFixed(2)).toBe(other!.rialAmount ?? "0.00");
      expect(line.activities).toEqual(other!.funds);
      expect(line.coFunders.map((c) => [c.party, c.kind, c.confirmed])).toEqual(
        other!.coFunders.map((c) => [c.party, c.form, c.confirmed]),
      );
    }
  });

  it("is deeply frozen", () => {
    expect(Object.isFrozen(plan.lines[0]!.coFunders[0])).toBe(true);
    expect(Object.isFrozen(ledger[1])).toBe(true);
  });
});
