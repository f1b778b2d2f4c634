// Issue 11, budget side: no figure is ever computed from a misread number, an ambiguous ledger,
// a misread date or an entry that distorts the totals without a finding.
import { describe, expect, it } from "vitest";
import {
  budgetSituation,
  checkEntries,
  checkEntry,
  parseBudgetPlan,
  parseLedger,
  recordContribution,
  tryBudgetSituation,
  type BudgetPlan,
  type LedgerEntry,
} from "iacml/budget";
import { formatIssue, formatSuggestion, parseAmount } from "iacml/core";
import { amend, d, levy, plan, reallocate, receive, spend } from "../budget/fixtures.js";

const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as Record<string, any>;
const codes = (findings: readonly { code: string }[]) => findings.map((f) => f.code);

describe("money in JSON must round-trip exactly", () => {
  // JSON.parse reads these texts as different doubles: 9007199254740993 → 9007199254740992,
  // 1234567890123456.78 → 1234567890123456.8. String(n) would silently change the figure.
  it.each(["9007199254740993", "1234567890123456.78", "9007199254740992"])("refuses approved: %s in a plan", (text) => {
    const input = JSON.parse(JSON.stringify(plan).replace('"approved":"10000.00"', `"approved":${text}`));
    const r = parseBudgetPlan(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]).toMatchObject({ code: "budget.inexact-number", path: ["lines", 0, "approved"] });
      expect(formatIssue(r.issues[0]!, "es")).toContain("escriba el monto como una cadena decimal");
    }
    // parseAmount agrees: the same number is not an amount.
    expect(parseAmount(JSON.parse(text), "USD").ok).toBe(false);
  });

  it("refuses the same numbers in a ledger, with the path of the amount", () => {
    const r = parseLedger(
      JSON.parse(
        '[{"type":"expenditure","id":"e","valueDate":"2023-01-10","recordedDate":"2023-01-10","line":"t/a","amount":9007199254740993}]',
      ),
      plan,
    );
    expect(!r.ok && r.issues[0]).toMatchObject({ code: "budget.inexact-number", path: [0, "amount"] });
  });

  it("accepts numbers that round-trip, and agrees with parseAmount on the rest", () => {
    for (const value of [2500, 0.1, 123456789012.34, 9007199254740991, -5.5]) {
      const input = json(plan);
      input.lines[0].approved = Math.abs(value);
      const r = parseBudgetPlan(input);
      const a = parseAmount(Math.abs(value), "USD");
      expect(r.ok, String(value)).toBe(a.ok);
      if (r.ok && a.ok) expect(r.value.lines[0]!.approved).toBe(a.value.toFixed(2));
    }
    const input = json(plan);
    input.lines[0].approved = 0.1 + 0.2;
    const r = parseBudgetPlan(input);
    expect(!r.ok && r.issues[0]?.code).toBe("budget.invalid-amount");
  });
});

describe("a ledger with duplicate ids yields no figures", () => {
  const ledger = [spend("e", "2023-01-10", "t/a", "100.00"), spend("e", "2023-01-11", "t/a", "999.00")];

  it("budgetSituation throws a TypeError naming the ledger, whatever the order", () => {
    for (const order of [ledger, [...ledger].reverse()]) {
      expect(() => budgetSituation(plan, order, { asOf: d("2023-12-31") })).toThrow(TypeError);
      expect(() => budgetSituation(plan, order, { asOf: d("2023-01-10") })).toThrow(
        /ledger: .*e is used more than once/,
      );
    }
  });

  it("tryBudgetSituation fails with the count and each repeated entry's path", () => {
    const r = tryBudgetSituation(plan, ledger, { asOf: "2023-12-31" });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(codes(r.issues)).toEqual(["budget.duplicate-ledger-ids", "budget.duplicate-entry-id"]);
      expect(r.issues[1]?.path).toEqual([1, "id"]);
    }
  });

  it("checkEntry reports the ledger's problem instead of figures", () => {
    const f = checkEntry(plan, ledger, spend("x", "2023-02-01", "t/a", "1.00"));
    expect(codes(f)).toContain("budget.duplicate-ledger-ids");
  });
});

describe("entries that distort totals are error findings under the line's policy", () => {
  const asOf = d("2030-12-31");

  it("an amendment that leaves the approved amount negative", () => {
    const s = budgetSituation(plan, [amend("m", "2023-01-10", "t/a", "-999999999.00")], { asOf: d("2023-12-31") });
    const f = s.findings.find((x) => x.code === "budget.approved-below-zero");
    expect(f).toMatchObject({ severity: "error", subjects: ["m", "t/a"], params: { approved: "-999989999.00" } });
    expect(formatSuggestion(f!, "es")).toContain("una línea no puede tener aprobado menos que nada");
  });

  it("a reallocation that moves more out of a line than it has", () => {
    const moves = [
      { line: "t/a", amount: "-1000000.00" },
      { line: "t/b", amount: "1000000.00" },
    ];
    const s = budgetSituation(
      plan,
      [spend("e", "2023-01-05", "t/a", "2500.00"), reallocate("x", "2023-02-01", moves)],
      { asOf: d("2023-12-31") },
    );
    const f = s.findings.find((x) => x.code === "budget.reallocation-exceeds-available");
    expect(f).toMatchObject({ severity: "error", params: { moved: "1000000.00", available: "7500.00", line: "t/a" } });
  });

  it("a reallocation within what is left raises nothing, in any order of the entries", () => {
    const moves = [
      { line: "t/a", amount: "-7500.00" },
      { line: "t/b", amount: "7500.00" },
    ];
    const entries = [spend("e", "2023-01-05", "t/a", "2500.00"), reallocate("x", "2023-02-01", moves)];
    for (const order of [entries, [...entries].reverse()]) {
      const s = budgetSituation(plan, order, { asOf: d("2023-12-31") });
      expect(codes(s.findings)).not.toContain("budget.reallocation-exceeds-available");
    }
    // Spending dated after the reallocation does not count against it.
    const later = [
      spend("e", "2023-03-05", "t/a", "2500.00"),
      reallocate("x", "2023-02-01", [
        { line: "t/a", amount: "-10000.00" },
        { line: "t/b", amount: "10000.00" },
      ]),
    ];
    expect(codes(budgetSituation(plan, later, { asOf: d("2023-12-31") }).findings)).not.toContain(
      "budget.reallocation-exceeds-available",
    );
  });

  it("entries dated outside the plan period", () => {
    const s = budgetSituation(
      plan,
      [spend("old", "2019-05-01", "t/a", "10.00"), amend("late", "2030-01-10", "t/b", "5.00")],
      { asOf },
    );
    const outside = s.findings.filter((x) => x.code === "budget.entry-outside-period");
    expect(outside.map((x) => [x.subjects[0], x.severity])).toEqual([
      ["old", "error"],
      ["late", "error"],
    ]);
  });

  it("the line's policy sets the severity, or silences the finding", () => {
    const lenient: BudgetPlan = {
      ...plan,
      lines: plan.lines.map((l, i) => (i === 0 ? { ...l, policy: { approval: "warn", period: "ignore" } } : l)),
    };
    const s = budgetSituation(
      lenient,
      [amend("m", "2023-01-10", "t/a", "-20000.00"), spend("old", "2019-05-01", "t/a", "10.00")],
      { asOf: d("2023-12-31") },
    );
    expect(s.findings.find((x) => x.code === "budget.approved-below-zero")?.severity).toBe("warning");
    expect(codes(s.findings)).not.toContain("budget.entry-outside-period");
    const plain = budgetSituation(
      { ...plan, policy: { approval: "ignore" } },
      [amend("m", "2023-01-10", "t/a", "-20000.00")],
      { asOf: d("2023-12-31") },
    );
    expect(codes(plain.findings)).not.toContain("budget.approved-below-zero");
  });
});

describe("exchange rates and levies", () => {
  const eur = (rate?: string): LedgerEntry =>
    ({
      ...receive("c-eur", "2023-01-10", "1000.00"),
      currency: "EUR",
      ...(rate === undefined
        ? {}
        : { exchangeRate: { from: "EUR", to: "USD", rate, date: d("2023-01-10"), source: "ECB" } }),
    }) as LedgerEntry;

  it("an exchange rate of 0 is refused at parse", () => {
    const r = parseLedger(json([eur("0")]), plan);
    expect(!r.ok && r.issues[0]?.path).toEqual([0, "exchangeRate", "rate"]);
    expect(parseLedger(json([eur("0.000")]), plan).ok).toBe(false);
    expect(parseLedger(json([eur("1.08")]), plan).ok).toBe(true);
  });

  it("a typed ledger with a zero rate is an invalid entry, not a mismatch", () => {
    const s = budgetSituation(plan, [eur("0")], { asOf: d("2023-12-31") });
    expect(codes(s.findings)).toContain("budget.invalid-exchange-rate");
  });

  it("a rejected contribution takes its levy with it", () => {
    const s = budgetSituation(plan, [eur(), levy("c-eur/levy", "2023-01-10", "c-eur", "110.00")], {
      asOf: d("2023-12-31"),
    });
    expect(codes(s.findings)).toEqual(
      expect.arrayContaining(["budget.missing-exchange-rate", "budget.levy-of-rejected-contribution"]),
    );
    expect(s.fund.levies.toFixed(2)).toBe("0.00");
    expect(s.fund.cash.toFixed(2)).toBe("0.00");
    expect(s.entries.invalid).toBe(2);
  });

  it("a levy of a contribution that is not counted is left out too", () => {
    const s = budgetSituation(
      plan,
      [receive("c", "2024-01-10", "100.00"), levy("c/levy", "2023-01-10", "c", "11.00")],
      { asOf: d("2023-12-31") },
    );
    expect(s.fund.levies.toFixed(2)).toBe("0.00");
    expect(codes(s.findings)).toContain("budget.unknown-contribution");
  });

  it("recordContribution needs the rate of a contribution in another currency", () => {
    const base = {
      id: "c",
      contributor: "ES",
      amount: "1000.00",
      valueDate: d("2023-01-10"),
      recordedDate: d("2023-01-10"),
      planCurrency: "USD",
    } as const;
    const missing = recordContribution({ ...base, currency: "EUR" });
    expect(!missing.ok && missing.issues[0]?.code).toBe("budget.missing-exchange-rate");
    const wrong = recordContribution({
      ...base,
      currency: "EUR",
      exchangeRate: { from: "CAD", to: "USD", rate: "0.7", date: d("2023-01-10"), source: "x" },
    });
    expect(!wrong.ok && wrong.issues[0]?.code).toBe("budget.exchange-rate-mismatch");
    const zero = recordContribution({
      ...base,
      currency: "EUR",
      exchangeRate: { from: "EUR", to: "USD", rate: "0", date: d("2023-01-10"), source: "x" },
    });
    expect(!zero.ok && zero.issues[0]?.code).toBe("budget.invalid-exchange-rate");
    const good = recordContribution({
      ...base,
      currency: "EUR",
      exchangeRate: { from: "EUR", to: "USD", rate: "1.08", date: d("2023-01-10"), source: "ECB" },
    });
    expect(good.ok && [good.value.gross, good.value.levy]).toEqual(["1080.00", "118.80"]);
    const badDate = recordContribution({ ...base, currency: "USD", valueDate: "2023-1-10" as never });
    expect(!badDate.ok && badDate.issues[0]?.code).toBe("core.invalid-date-option");
  });
});

describe("dates of the options are checked at run time", () => {
  const ledger = [spend("e", "2023-12-31", "t/a", "1.00")];

  it.each([["31/12/2023"], ["2024-1-5"], ["garbage"], [undefined], ["2023-02-29"], [20231231]])(
    "budgetSituation throws a TypeError naming asOf for %s",
    (asOf) => {
      expect(() => budgetSituation(plan, ledger, { asOf } as never)).toThrow(TypeError);
      expect(() => budgetSituation(plan, ledger, { asOf } as never)).toThrow(/asOf/);
      const r = tryBudgetSituation(plan, ledger, { asOf });
      expect(!r.ok && r.issues[0]).toMatchObject({ code: "core.invalid-date-option", path: ["options", "asOf"] });
    },
  );

  it("knownOn too, and a missing options object", () => {
    expect(() => budgetSituation(plan, ledger, { asOf: d("2023-12-31"), knownOn: "2024-1-5" } as never)).toThrow(
      /knownOn/,
    );
    expect(() => budgetSituation(plan, ledger, undefined as never)).toThrow(TypeError);
    expect(tryBudgetSituation(plan, ledger, null as never).ok).toBe(false);
    expect(tryBudgetSituation(plan, null as never, { asOf: "2023-12-31" }).ok).toBe(false);
    expect(tryBudgetSituation(null as never, ledger, { asOf: "2023-12-31" }).ok).toBe(false);
  });

  it("checkEntries reads each entry's dates at run time", () => {
    const [check] = checkEntries(
      plan,
      [],
      [{ ...spend("e", "2023-12-31", "t/a", "1.00"), valueDate: "2023-1-5" } as never],
    );
    expect(check?.accepted).toBe(false);
    expect(codes(check!.findings)).toContain("budget.invalid-entry");
  });
});
