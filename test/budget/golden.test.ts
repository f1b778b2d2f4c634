import { describe, expect, it } from "vitest";
import { budgetSituation, situationToCsv, type BudgetSituation, type LedgerEntry } from "iacml/budget";
import { approve, commit, d, levy, plan, receive, reallocate, refund, release, spend, amend } from "./fixtures.js";

const ledger: LedgerEntry[] = [
  approve("ok", "2022-02-01"),
  receive("c1", "2022-03-01", "20000.00"),
  levy("c1/levy", "2022-03-01", "c1", "2200.00"),
  commit("k1", "2022-04-01", "t/a", "6000.00"),
  spend("e1", "2022-05-01", "t/a", "2500.00", { commitment: "k1" }),
  release("r1", "2022-06-01", "k1", "500.00"),
  spend("e2", "2022-06-15", "t/b", "1000.00"),
  refund("f1", "2022-07-01", "t/b", "100.00"),
  amend("m1", "2022-08-01", "t/c", "2000.00"),
  reallocate("x1", "2022-09-01", [
    { line: "t/b", amount: "-3000.00" },
    { line: "t/a", amount: "3000.00" },
  ]),
  spend("e3", "2022-10-01", "t/c", "7500.00"),
  spend("e4", "2023-02-01", "t/a", "1.00"),
];

function report(s: BudgetSituation): string {
  return [
    `Situation of ${s.plan} as of ${s.asOf} (${s.currency})`,
    situationToCsv(s).trimEnd(),
    `fund: received ${s.fund.received.toFixed(2)}, levies ${s.fund.levies.toFixed(2)}, cash ${s.fund.cash.toFixed(2)}, funded ${s.fund.funded}, shortfall ${s.fund.shortfall.toFixed(2)}`,
    ...s.lines.map((l) => `trace ${l.line}: ${JSON.stringify(l.trace)}`),
    ...s.findings.map((f) => `${f.severity} ${f.code} [${f.subjects.join(", ")}]: ${f.message}`),
  ].join("\n");
}

describe("golden situation report", () => {
  it("matches the reviewed report", async () => {
    await expect(report(budgetSituation(plan, ledger, { asOf: d("2022-12-31") }))).toMatchFileSnapshot(
      "./__golden__/situation-2022.txt",
    );
  });
});
