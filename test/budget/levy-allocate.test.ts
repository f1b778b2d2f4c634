import { describe, expect, it } from "vitest";
import { allocateToLines, budgetSituation, recordContribution } from "iacml/budget";
import { d, plan } from "./fixtures.js";

const base = {
  id: "c",
  contributor: "CA",
  planCurrency: "USD",
  valueDate: d("2023-03-01"),
  recordedDate: d("2023-03-01"),
} as const;

describe("recordContribution", () => {
  it("deducts the levy on the converted gross of a foreign contribution", () => {
    const r = recordContribution({
      ...base,
      amount: "10000.00",
      currency: "CAD",
      levyRate: "0.11",
      rounding: "down",
      exchangeRate: { from: "CAD", to: "USD", rate: "0.74125", date: d("2023-03-01"), source: "OAS treasury" },
    });
    expect(r.ok && [r.value.gross, r.value.levy, r.value.net]).toEqual(["7412.50", "815.37", "6597.13"]);
    if (r.ok)
      expect(budgetSituation(plan, r.value.entries, { asOf: d("2023-12-31") }).fund.netReceived.toFixed(2)).toBe(
        "6597.13",
      );
  });

  it.each([["1.5"], ["-0.1"], ["abc"], ["11"]])("rejects the levy rate %s", (levyRate) => {
    const r = recordContribution({ ...base, amount: "1.00", currency: "USD", levyRate });
    expect(!r.ok && r.issues[0]?.code).toBe("budget.invalid-levy-rate");
  });

  it.each([["0"], ["1.001"], ["-5.00"]])("rejects the amount %s", (amount) => {
    const r = recordContribution({ ...base, amount, currency: "USD", levyRate: "0.1" });
    expect(!r.ok && r.issues[0]?.path).toEqual(["amount"]);
  });
});

describe("allocateToLines", () => {
  it("fails on a total with too many decimals or bad ratios", () => {
    expect(allocateToLines("1.001", "USD", [{ line: "a", ratio: 1 }]).ok).toBe(false);
    const r = allocateToLines("1.00", "USD", [{ line: "a", ratio: 0 }]);
    expect(!r.ok && r.issues[0]?.code).toBe("core.invalid-ratios");
  });

  it("splits in the currency's minor units", () => {
    const r = allocateToLines("100", "JPY", [
      { line: "a", ratio: 1 },
      { line: "b", ratio: 2 },
    ]);
    expect(r.ok && r.value).toEqual([
      { line: "a", amount: "33" },
      { line: "b", amount: "67" },
    ]);
  });
});
