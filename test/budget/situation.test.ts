import { describe, expect, it } from "vitest";
import { budgetSituation, type LedgerEntry } from "iacml/budget";
import { formatIssue } from "iacml/core";
import {
  amend,
  approve,
  commit,
  d,
  deepFreeze,
  levy,
  plan,
  reallocate,
  receive,
  refund,
  release,
  spend,
} from "./fixtures.js";

const ledger: LedgerEntry[] = deepFreeze([
  approve("ok", "2022-02-01"),
  receive("c1", "2022-03-01", "40000.00"),
  levy("c1/levy", "2022-03-01", "c1", "4400.00"),
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
  spend("e3", "2023-02-01", "t/c", "7500.00", { recorded: "2023-02-10" }),
]);

const line = (s: ReturnType<typeof budgetSituation>, id: string) => s.lines.find((l) => l.line === id)!;

describe("budgetSituation", () => {
  it("computes each line from its entries", () => {
    const s = budgetSituation(plan, ledger, { asOf: d("2022-12-31") });
    const a = line(s, "t/a");
    expect(a.original.toFixed(2)).toBe("10000.00");
    expect(a.reallocations.toFixed(2)).toBe("3000.00");
    expect(a.approved.toFixed(2)).toBe("13000.00");
    expect(a.committed.toFixed(2)).toBe("3000.00"); // 6000 − 2500 settled − 500 released
    expect(a.spent.toFixed(2)).toBe("2500.00");
    expect(a.available.toFixed(2)).toBe("7500.00");
    expect(a.percentExecuted?.toFixed(2)).toBe("19.23"); // 2500/13000 = 19.2307…
    expect(a.status).toBe("in-progress");
    expect(a.trace).toEqual({
      original: ["ok"],
      amendments: [],
      reallocations: ["x1"],
      committed: ["k1", "r1", "e1"],
      spent: ["e1"],
    });
    const b = line(s, "t/b");
    expect(b.spent.toFixed(2)).toBe("900.00");
    expect(b.approved.toFixed(2)).toBe("12000.00");
    expect(b.trace.spent).toEqual(["e2", "f1"]);
    const c = line(s, "t/c");
    expect(c.amendments.toFixed(2)).toBe("2000.00");
    expect(c.status).toBe("not-started");
    expect(s.totals.approved.toFixed(2)).toBe("32000.00");
    expect(s.totals.reallocations.toFixed(2)).toBe("0.00");
    expect(s.fund.received.toFixed(2)).toBe("40000.00");
    expect(s.fund.levies.toFixed(2)).toBe("4400.00");
    expect(s.fund.netReceived.toFixed(2)).toBe("35600.00");
    expect(s.fund.cash.toFixed(2)).toBe("32200.00");
    expect(s.fund.funded).toBe(true);
    expect(s.fund.trace).toEqual({ pledged: [], received: ["c1"], levies: ["c1/levy"], spent: ["e1", "e2", "f1"] });
    expect(s.entries).toEqual({ counted: 10, afterAsOf: 1, recordedLater: 0, invalid: 0 });
    expect(s.findings.map((f) => f.code)).toEqual(["budget.entries-after-as-of"]);
  });

  it("reports an overspend per the line's policy and the plan's funding", () => {
    const s = budgetSituation(plan, ledger, { asOf: d("2023-12-31") });
    const c = line(s, "t/c");
    expect(c.status).toBe("overspent");
    expect(c.available.toFixed(2)).toBe("-500.00");
    const codes = s.findings.map((f) => `${f.severity} ${f.code} ${f.subjects.join(",")}`);
    expect(codes).toContain("error budget.spending-exceeds-approved t/c");
    expect(codes).toContain("warning budget.line-overcommitted t/c");
    const overspend = s.findings.find((f) => f.code === "budget.spending-exceeds-approved")!;
    expect(formatIssue(overspend, "es")).toContain("7500.00");
  });

  it("answers what was known on a date (recorded dates) beside what was true (value dates)", () => {
    const known = budgetSituation(plan, ledger, { asOf: d("2023-12-31"), knownOn: d("2023-02-05") });
    expect(line(known, "t/c").spent.toFixed(2)).toBe("0.00");
    expect(known.entries.recordedLater).toBe(1);
    expect(known.knownOn).toBe("2023-02-05");
    expect(known.findings.map((f) => f.code)).toContain("budget.entries-recorded-later");
  });

  it("counts nothing approved before the plan approval entry's date", () => {
    const s = budgetSituation(plan, ledger, { asOf: d("2022-01-15") });
    expect(s.totals.approved.toFixed(2)).toBe("0.00");
    expect(s.lines.every((l) => l.status === "unbudgeted")).toBe(true);
    expect(s.totals.percentExecuted).toBeUndefined();
    const noApproval = budgetSituation(plan, [], { asOf: d("2022-01-15") });
    expect(noApproval.totals.approved.toFixed(2)).toBe("30000.00");
    expect(noApproval.lines[0]!.trace.original).toEqual([]);
    expect(noApproval.fund.funded).toBe(false);
    expect(noApproval.fund.shortfall.toFixed(2)).toBe("30000.00");
  });

  it("applies the commitment policy: stop on line B, warn by default", () => {
    const s = budgetSituation(
      plan,
      [commit("kb", "2022-04-01", "t/b", "16000.00"), commit("ka", "2022-04-01", "t/a", "10000.01")],
      {
        asOf: d("2022-12-31"),
      },
    );
    const found = s.findings.map((f) => `${f.severity} ${f.code} ${f.subjects[0]}`);
    expect(found).toContain("error budget.commitments-exceed-available t/b");
    expect(found).toContain("warning budget.commitments-exceed-available t/a");
    expect(line(s, "t/b").status).toBe("overcommitted");
  });

  it("honours ignore policies", () => {
    const quiet = {
      ...plan,
      policy: { commitments: "ignore", spending: "ignore", both: "ignore" } as const,
      lines: plan.lines.map((l) => ({ ...l, policy: undefined })),
    };
    const s = budgetSituation(
      quiet,
      [receive("c", "2022-01-01", "99999.00"), spend("e", "2022-04-01", "t/a", "20000.00")],
      { asOf: d("2022-12-31") },
    );
    expect(s.findings.filter((f) => f.code.startsWith("budget.spend") || f.code.includes("commit"))).toEqual([]);
  });

  it("marks an executed line and reports negative cash", () => {
    const s = budgetSituation(plan, [spend("e", "2022-04-01", "t/c", "5000.00")], { asOf: d("2022-12-31") });
    expect(line(s, "t/c").status).toBe("executed");
    expect(line(s, "t/c").percentExecuted?.toFixed(2)).toBe("100.00");
    expect(s.fund.cash.toFixed(2)).toBe("-5000.00");
    expect(s.findings.map((f) => f.code)).toContain("budget.negative-cash");
  });

  it("leaves out invalid entries, each with an error finding", () => {
    const bad = [
      spend("e", "2022-04-01", "t/zzz", "10.00"),
      spend("e2", "2022-04-01", "t/a", "10.001"),
      spend("e3", "2022-04-01", "t/a", "-10.00"),
      spend("e4", "2022-04-01", "t/a", "1.00"),
      amend("m", "2022-04-01", "t/a", "abc"),
      amend("m2", "2022-04-01", "t/q", "1.00"),
      reallocate("x", "2022-04-01", [
        { line: "t/a", amount: "5.00" },
        { line: "t/b", amount: "-4.00" },
      ]),
      reallocate("x2", "2022-04-01", [
        { line: "t/a", amount: "5.00" },
        { line: "t/nope", amount: "-5.00" },
      ]),
      reallocate("x3", "2022-04-01", [
        { line: "t/a", amount: "5.001" },
        { line: "t/b", amount: "-5.001" },
      ]),
      commit("k", "2022-04-01", "t/a", "0"),
      release("r", "2022-04-01", "k-missing", "1.00"),
      levy("l", "2022-04-01", "c-missing", "1.00"),
      { ...receive("c", "2022-04-01", "100.00"), currency: "CAD" } as LedgerEntry,
      {
        ...receive("c2", "2022-04-01", "100.00"),
        currency: "CAD",
        exchangeRate: { from: "CAD", to: "EUR", rate: "0.7", date: d("2022-04-01"), source: "x" },
      } as LedgerEntry,
      { ...receive("c3", "2022-04-01", "1.234"), currency: "USD" } as LedgerEntry,
    ];
    const s = budgetSituation(plan, bad, { asOf: d("2022-12-31") });
    const codes = s.findings.map((f) => f.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        "budget.unknown-line",
        "budget.invalid-amount",
        "budget.non-positive-amount",
        "budget.unbalanced-reallocation",
        "budget.unknown-commitment",
        "budget.unknown-contribution",
        "budget.missing-exchange-rate",
        "budget.exchange-rate-mismatch",
      ]),
    );
    expect(s.entries.invalid).toBe(13);
    expect(line(s, "t/a").spent.toFixed(2)).toBe("1.00");
    expect(s.totals.reallocations.toFixed(2)).toBe("0.00");
  });

  it("converts a contribution in another currency with its rate record (half-even)", () => {
    const cad: LedgerEntry = {
      type: "contribution-received",
      id: "c-cad",
      valueDate: d("2023-03-01"),
      recordedDate: d("2023-03-01"),
      contributor: "CA",
      amount: "10000.00",
      currency: "CAD",
      exchangeRate: { from: "CAD", to: "USD", rate: "0.74125", date: d("2023-03-01"), source: "OAS treasury" },
    };
    const pledge: LedgerEntry = { ...cad, type: "contribution-pledged", id: "p-cad" };
    const s = budgetSituation(plan, [cad, pledge], { asOf: d("2023-12-31") });
    expect(s.fund.received.toFixed(2)).toBe("7412.50");
    expect(s.fund.pledged.toFixed(2)).toBe("7412.50");
    expect(s.fund.trace.pledged).toEqual(["p-cad"]);
  });

  it("reports releases over the commitment, settlements on another line, levies over the contribution", () => {
    const s = budgetSituation(
      plan,
      [
        commit("k", "2022-04-01", "t/a", "100.00"),
        release("r", "2022-04-02", "k", "80.00"),
        spend("e", "2022-04-03", "t/b", "50.00", { commitment: "k" }),
        spend("e-missing", "2022-04-03", "t/b", "5.00", { commitment: "k-nope" }),
        receive("c", "2022-04-01", "100.00"),
        levy("l", "2022-04-01", "c", "150.00"),
      ],
      { asOf: d("2022-12-31") },
    );
    const codes = s.findings.map((f) => f.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        "budget.release-exceeds-commitment",
        "budget.commitment-line-mismatch",
        "budget.levy-exceeds-contribution",
        "budget.unknown-commitment",
      ]),
    );
    expect(line(s, "t/a").committed.toFixed(2)).toBe("0.00");
  });

  it("does not mutate its (frozen) inputs and reports a plan whose lines do not add up", () => {
    const off = deepFreeze({ ...plan, declaredTotal: "31000.00" });
    const s = budgetSituation(off, ledger, { asOf: d("2024-12-31") });
    expect(s.findings[0]?.code).toBe("budget.plan-total-mismatch");
  });

  it("rounds the percentage executed half-even", () => {
    // 1/8 % = 0.125 % → 0.12 ; 3/8 % = 0.375 % → 0.38
    const tiny = deepFreeze({ ...plan, declaredTotal: "800.00", lines: [{ ...plan.lines[0]!, approved: "800.00" }] });
    expect(
      budgetSituation(tiny, [spend("e", "2022-01-01", "t/a", "1.00")], {
        asOf: d("2022-12-31"),
      }).lines[0]!.percentExecuted?.toFixed(2),
    ).toBe("0.12");
    expect(
      budgetSituation(tiny, [spend("e", "2022-01-01", "t/a", "3.00")], {
        asOf: d("2022-12-31"),
      }).lines[0]!.percentExecuted?.toFixed(2),
    ).toBe("0.38");
    expect(
      budgetSituation(tiny, [refund("e", "2022-01-01", "t/a", "3.00")], {
        asOf: d("2022-12-31"),
      }).lines[0]!.percentExecuted?.toFixed(2),
    ).toBe("-0.38");
  });
});
