import { describe, expect, it } from "vitest";
import { checkEntries, checkEntry } from "iacml/budget";
import { commit, deepFreeze, plan, receive, spend } from "./fixtures.js";

const ledger = deepFreeze([
  receive("c1", "2022-03-01", "40000.00"),
  spend("e1", "2022-05-01", "t/a", "9000.00"),
  commit("k1", "2022-05-02", "t/b", "1000.00"),
]);

describe("checkEntry", () => {
  it("returns nothing for an entry that raises nothing", () => {
    expect(checkEntry(plan, ledger, spend("e2", "2022-06-01", "t/a", "1000.00"))).toEqual([]);
  });

  it("warns of an overspend before it is recorded, with the policy's severity", () => {
    const f = checkEntry(plan, ledger, spend("e2", "2022-06-01", "t/a", "1000.01"));
    expect(f.map((x) => `${x.severity} ${x.code}`)).toEqual([
      "error budget.spending-exceeds-approved",
      "warning budget.line-overcommitted",
    ]);
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
    expect(checkEntry(plan, ledger, spend("e9", "2022-06-01", "t/a", "1.00", { commitment: "nope" }))[0]?.code).toBe(
      "budget.unknown-commitment",
    );
  });

  it("checks against the latest date in the ledger, even for a back-dated entry", () => {
    const f = checkEntry(plan, ledger, spend("e0", "2022-01-01", "t/a", "2000.00"));
    expect(f.map((x) => x.code)).toContain("budget.spending-exceeds-approved");
  });
});

describe("checkEntries", () => {
  it("checks a batch in order, each entry against the ledger and the accepted entries before it", () => {
    const funded = [receive("fund", "2023-01-01", "50000.00")];
    const checks = checkEntries(plan, funded, [
      spend("a", "2023-03-01", "t/a", "6000.00"),
      spend("b", "2023-03-02", "t/a", "6000.00"),
      spend("c", "2023-03-03", "t/zz", "1.00"),
      spend("a", "2023-03-04", "t/a", "1.00"),
      spend("d", "2023-03-05", "t/a", "4000.00"),
    ]);
    expect(checks.map((c) => [c.id, c.accepted, c.findings.map((f) => f.code)])).toEqual([
      ["a", true, []],
      // Over the approved 10,000: an error, so it is not added for the next ones.
      ["b", false, ["budget.spending-exceeds-approved", "budget.line-overcommitted"]],
      ["c", false, ["budget.unknown-line"]],
      ["a", false, ["budget.duplicate-entry-id"]],
      // 6,000 + 4,000 is exactly the approved amount: b was left out.
      ["d", true, []],
    ]);
  });

  it("agrees with checkEntry on a batch of one", () => {
    const entry = spend("big", "2023-03-01", "t/a", "12000.00");
    expect(checkEntries(plan, ledger, [entry])[0]!.findings).toEqual(checkEntry(plan, ledger, entry));
  });

  it("reads entries that are not entries as invalid, without throwing", () => {
    const checks = checkEntries(plan, [], [null as never, { id: "x" } as never]);
    expect(checks.map((c) => [c.id, c.accepted])).toEqual([
      ["#0", false],
      ["x", false],
    ]);
    expect(checks[1]!.findings[0]?.code).toBe("budget.invalid-entry");
  });
});
