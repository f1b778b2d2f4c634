import { describe, expect, it } from "vitest";
import {
  budgetSituation,
  checkEntries,
  checkEntry,
  parseLedger,
  recordContribution,
  tryBudgetSituation,
} from "iacml/budget";
import { formatIssue, type Issue } from "iacml/core";
import { rialBudget2022To2024 } from "iacml/data";

const { plan } = rialBudget2022To2024;
const noRawError = (issues: readonly Issue[]) => {
  for (const issue of issues) {
    expect(issue.code).not.toBe("core.unexpected-error");
    for (const locale of ["en", "es"] as const)
      expect(formatIssue(issue, locale)).not.toMatch(/Cannot read|TypeError|properties of/);
  }
};

describe("budget functions that return a Result or findings never throw on null or garbage", () => {
  it("recordContribution of null, a number, a list or a hostile object is an issue", () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error("trap");
        },
        ownKeys: () => {
          throw new Error("trap");
        },
      },
    );
    for (const input of [null, undefined, 5, "x", [], hostile]) {
      const r = recordContribution(input as never);
      expect(r.ok).toBe(false);
      if (!r.ok) noRawError(r.issues);
    }
    const r = recordContribution(null as never);
    expect(!r.ok && formatIssue(r.issues[0]!, "es")).toContain("recibió un valor nulo");
  });
  it("parseLedger with a null plan is a budget.invalid-plan issue at path plan; null options are none", () => {
    const r = parseLedger([], null as never);
    expect(r).toMatchObject({ ok: false, issues: [{ code: "budget.invalid-plan", path: ["plan"] }] });
    if (!r.ok) noRawError(r.issues);
    expect(parseLedger([], plan, null as never)).toEqual({ ok: true, value: [] });
    expect(parseLedger([], { ...plan, lines: null } as never).ok).toBe(false);
  });
  it("tryBudgetSituation with a null plan or ledger names the argument", () => {
    const a = tryBudgetSituation(null as never, [], { asOf: "2023-01-01" });
    expect(a).toMatchObject({ ok: false, issues: [{ code: "budget.invalid-plan", path: ["plan"] }] });
    const b = tryBudgetSituation(plan, null as never, { asOf: "2023-01-01" });
    expect(b).toMatchObject({ ok: false, issues: [{ code: "budget.invalid-entry", path: ["ledger"] }] });
    for (const r of [a, b]) if (!r.ok) noRawError(r.issues);
  });
  it("checkEntries with a null plan, ledger or entries gives findings, never a throw", () => {
    const entry = {
      type: "expenditure",
      id: "e1",
      valueDate: "2023-05-10",
      recordedDate: "2023-05-10",
      line: "x",
      amount: "1.00",
    } as never;
    const [check] = checkEntries(null as never, [], [entry]);
    expect(check).toMatchObject({ id: "e1", accepted: false, findings: [{ code: "budget.invalid-plan" }] });
    expect(checkEntries(plan, null as never, [entry])[0]?.findings[0]?.code).toBe("budget.invalid-entry");
    expect(checkEntries(plan, [], null as never)).toMatchObject([
      { id: "entries", accepted: false, findings: [{ code: "budget.invalid-entry" }] },
    ]);
    expect(checkEntry(null as never, [], entry)[0]?.code).toBe("budget.invalid-plan");
  });
  it("budgetSituation, which returns no Result, throws a TypeError naming the argument", () => {
    expect(() => budgetSituation(null as never, [], { asOf: "2023-01-01" as never })).toThrow(/^plan: /);
    expect(() => budgetSituation(plan, null as never, { asOf: "2023-01-01" as never })).toThrow(/^ledger: /);
  });
});
