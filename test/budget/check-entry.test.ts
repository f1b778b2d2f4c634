import { describe, expect, it } from "vitest";
import { checkEntry } from "iacml/budget";
import { commit, d, deepFreeze, plan, receive, spend } from "./fixtures.js";

const ledger = deepFreeze([receive("c1", "2022-03-01", "40000.00"), spend("e1", "2022-05-01", "t/a", "9000.00"), commit("k1", "2022-05-02", "t/b", "1000.00")]);

describe("checkEntry", () => {
  it("returns nothing for an entry that raises nothing", () => {
    expect(checkEntry(plan, ledger, spend("e2", "2022-06-01", "t/a", "1000.00"))).toEqual([]);
  });

  it("warns of an overspend before it is recorded, with the policy's severity", () => {
    const f = checkEntry(plan, ledger, spend("e2", "2022-06-01", "t/a", "1000.01"));
    expect(f.map((x) => `${x.severity} ${x.code}`)).toEqual(["error budget.spending-exceeds-approved", "warning budget.line-overcommitted"]);
  });

  it("stops a commitment over what line B has left", () => {
    const f = checkEntry(plan, ledger, commit("k2", "2022-06-01", "t/b", "14000.01"));
    expect(f.map((x) => `${x.severity} ${x.code}`)).toContain("error budget.commitments-exceed-available");
  });

  it("reports the entry's own problems with paths into it", () => {
    expect(checkEntry(plan, ledger, spend("e1", "2022-06-01", "t/zz", "1.001")).map((x) => [x.code, x.path])).toEqual([
      ["budget.duplicate-entry-id", ["id"]],
      ["budget.unknown-line", ["line"]],
      ["budget.invalid-amount", ["amount"]],
    ]);
    expect(checkEntry(plan, ledger, spend("e9", "2022-06-01", "t/a", "1.00", { commitment: "nope" }))[0]?.code).toBe("budget.unknown-commitment");
  });

  it("checks against the latest date in the ledger, even for a back-dated entry", () => {
    const f = checkEntry(plan, ledger, spend("e0", "2022-01-01", "t/a", "2000.00"));
    expect(f.map((x) => x.code)).toContain("budget.spending-exceeds-approved");
  });
});
