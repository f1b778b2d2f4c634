import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { checkBudgetPlan, parseBudgetPlan, parseLedger } from "iacml/budget";
import { plan } from "./fixtures.js";

const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;

describe("parseBudgetPlan", () => {
  it("reads JSON, with number amounts, into canonical strings", () => {
    const input = json(plan);
    input.declaredTotal = 30000;
    const r = parseBudgetPlan(input);
    expect(r.ok && r.value.declaredTotal).toBe("30000.00");
    expect(r.ok && r.value.lines[0]!.approved).toBe("10000.00");
  });

  it.each([
    [
      "float with too many decimals",
      (p: any) => {
        p.lines[1].approved = 0.1 + 0.2;
      },
      "budget.invalid-amount",
      ["lines", 1, "approved"],
    ],
    [
      "negative approval",
      (p: any) => {
        p.lines[0].approved = "-5.00";
      },
      "budget.negative-approval",
      ["lines", 0, "approved"],
    ],
    [
      "duplicate line",
      (p: any) => {
        p.lines[2].id = "t/a";
      },
      "budget.duplicate-line",
      ["lines", 2, "id"],
    ],
    [
      "bad declared total",
      (p: any) => {
        p.declaredTotal = "1,000";
      },
      "budget.invalid-amount",
      ["declaredTotal"],
    ],
    [
      "unknown currency",
      (p: any) => {
        p.currency = "XYZ";
      },
      "budget.invalid-plan",
      ["currency"],
    ],
    [
      "wrong shape",
      (p: any) => {
        delete p.lines[0].title;
      },
      "budget.invalid-plan",
      ["lines", 0, "title"],
    ],
  ])("fails on %s with a path", (_name, mutate, code, path) => {
    const input = json(plan);
    mutate(input);
    const r = parseBudgetPlan(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]?.code).toBe(code);
      expect(r.issues[0]?.path).toEqual(path);
    }
  });

  it("never throws on arbitrary JSON", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(typeof parseBudgetPlan(value).ok).toBe("boolean");
      }),
    );
  });

  it("checkBudgetPlan: findings for a total mismatch and invalid amounts", () => {
    expect(checkBudgetPlan(plan)).toEqual([]);
    const f = checkBudgetPlan({ ...plan, declaredTotal: "1.00", lines: [{ ...plan.lines[0]!, approved: "-2.00" }] });
    expect(f.map((x) => x.code)).toEqual(["budget.negative-approval", "budget.plan-total-mismatch"]);
  });
});

const entry = (extra: Record<string, unknown>) => ({
  id: "e",
  valueDate: "2023-01-10",
  recordedDate: "2023-01-11",
  ...extra,
});

describe("parseLedger", () => {
  it("reads a valid ledger and canonicalises amounts", () => {
    const r = parseLedger(
      [
        entry({
          type: "contribution-received",
          id: "c",
          contributor: "CA",
          amount: 1000,
          currency: "CAD",
          exchangeRate: { from: "CAD", to: "USD", rate: "0.74", date: "2023-01-10", source: "x" },
        }),
        entry({ type: "operations-levy", id: "c/levy", contribution: "c", amount: "0" }),
        entry({ type: "commitment", id: "k", line: "t/a", amount: "100.5" }),
        entry({ type: "expenditure", id: "x", line: "t/a", amount: "50", commitment: "k" }),
        entry({ type: "commitment-released", id: "r", commitment: "k", amount: "50.50" }),
        entry({
          type: "reallocation",
          id: "m",
          moves: [
            { line: "t/a", amount: "-1" },
            { line: "t/b", amount: "1" },
          ],
          decision: { body: "b", instrument: "email", date: "2023-01" },
        }),
        entry({ type: "plan-approved", id: "p", decision: { body: "b", instrument: "meeting", date: "2022-02-04" } }),
      ],
      plan,
    );
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.map((e) => ("amount" in e ? e.amount : ""))).toEqual([
        "1000.00",
        "0.00",
        "100.50",
        "50.00",
        "50.50",
        "",
        "",
      ]);
      const m = r.value[5];
      expect(m?.type === "reallocation" && m.moves.map((x) => x.amount)).toEqual(["-1.00", "1.00"]);
    }
  });

  it.each([
    [
      "an entry for a line that does not exist",
      [entry({ type: "expenditure", line: "t/zz", amount: "1.00" })],
      "budget.unknown-line",
      [0, "line"],
    ],
    [
      "duplicate ids",
      [entry({ type: "refund", line: "t/a", amount: "1.00" }), entry({ type: "refund", line: "t/a", amount: "1.00" })],
      "budget.duplicate-entry-id",
      [1, "id"],
    ],
    [
      "a float with too many decimals",
      [entry({ type: "commitment", line: "t/a", amount: 0.1 + 0.2 })],
      "budget.invalid-amount",
      [0, "amount"],
    ],
    [
      "a non-positive expenditure",
      [entry({ type: "expenditure", line: "t/a", amount: "0.00" })],
      "budget.non-positive-amount",
      [0, "amount"],
    ],
    [
      "a zero amendment",
      [
        entry({
          type: "line-amended",
          line: "t/a",
          amount: "0",
          decision: { body: "b", instrument: "email", date: "2022-08" },
        }),
      ],
      "budget.zero-amendment",
      [0, "amount"],
    ],
    [
      "an unbalanced reallocation",
      [
        entry({
          type: "reallocation",
          moves: [
            { line: "t/a", amount: "2" },
            { line: "t/b", amount: "-1" },
          ],
          decision: { body: "b", instrument: "e", date: "2022-08" },
        }),
      ],
      "budget.unbalanced-reallocation",
      [0, "moves"],
    ],
    [
      "an unknown currency without a rate",
      [entry({ type: "contribution-received", contributor: "CA", amount: "5", currency: "CAD" })],
      "budget.missing-exchange-rate",
      [0, "exchangeRate"],
    ],
    [
      "a rate into another currency",
      [
        entry({
          type: "contribution-pledged",
          contributor: "CA",
          amount: "5",
          currency: "CAD",
          exchangeRate: { from: "CAD", to: "EUR", rate: "0.7", date: "2023-01-01", source: "x" },
        }),
      ],
      "budget.exchange-rate-mismatch",
      [0, "exchangeRate"],
    ],
    [
      "a levy on no contribution",
      [entry({ type: "operations-levy", contribution: "nope", amount: "1" })],
      "budget.unknown-contribution",
      [0, "contribution"],
    ],
    [
      "a release of no commitment",
      [entry({ type: "commitment-released", commitment: "nope", amount: "1" })],
      "budget.unknown-commitment",
      [0, "commitment"],
    ],
    [
      "a settlement on another line",
      [
        entry({ type: "commitment", id: "k", line: "t/a", amount: "1" }),
        entry({ type: "expenditure", line: "t/b", amount: "1", commitment: "k" }),
      ],
      "budget.commitment-line-mismatch",
      [1, "commitment"],
    ],
    [
      "a currency code that is not ISO 4217",
      [entry({ type: "contribution-received", contributor: "CA", amount: "5", currency: "ABC" })],
      "budget.invalid-entry",
      [0, "currency"],
    ],
    [
      "a bad date",
      [entry({ type: "refund", line: "t/a", amount: "1", valueDate: "2023-02-30" })],
      "budget.invalid-entry",
      [0, "valueDate"],
    ],
  ])("fails on %s with a path", (_name, input, code, path) => {
    const r = parseLedger(input, plan);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => i.code)).toContain(code);
      expect(r.issues.find((i) => i.code === code)?.path).toEqual(path);
    }
  });

  it("never throws on arbitrary JSON", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(typeof parseLedger(value, plan).ok).toBe("boolean");
      }),
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            type: fc.constantFrom("expenditure", "refund", "commitment"),
            id: fc.string(),
            valueDate: fc.string(),
            recordedDate: fc.string(),
            line: fc.string(),
            amount: fc.oneof(fc.string(), fc.double()),
          }),
        ),
        (value) => {
          expect(typeof parseLedger(value, plan).ok).toBe("boolean");
        },
      ),
    );
  });
});
