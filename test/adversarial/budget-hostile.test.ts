// Issue 11, budget side: the untrusted-input entry points (parseBudgetPlan, parseLedger,
// parseAmount) return a Result for every JavaScript value, and the duplicate check has no hash
// table an attacker can flood.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { budgetSituation, parseBudgetPlan, parseLedger, type LedgerEntry } from "iacml/budget";
import { parseAmount } from "iacml/core";
import { amend, commit, d, levy, plan, reallocate, receive, release, spend } from "../budget/fixtures.js";
import { collidingIds, fnvStep } from "../budget/fnv-collisions.js";
import { anyValue } from "../support/any-value.js";

const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as any;
const isResult = (r: { ok: boolean; issues?: unknown }) =>
  r.ok === true || (Array.isArray(r.issues) && r.issues.length > 0);

const validLedger: LedgerEntry[] = [
  receive("c", "2023-01-10", "5000.00"),
  levy("c/levy", "2023-01-10", "c", "550.00"),
  commit("k", "2023-02-01", "t/a", "900.00"),
  spend("e", "2023-03-01", "t/a", "800.00", { commitment: "k" }),
  release("r", "2023-03-02", "k", "100.00"),
  amend("m", "2023-04-01", "t/b", "-500.00"),
  reallocate("x", "2023-05-01", [
    { line: "t/b", amount: "-100.00" },
    { line: "t/c", amount: "100.00" },
  ]),
];

function hostileValues(): [string, unknown][] {
  const cyclic: any = json(plan);
  cyclic.lines[0].self = cyclic;
  const throwing = json(plan);
  Object.defineProperty(throwing, "currency", {
    enumerable: true,
    get() {
      throw new Error("getter");
    },
  });
  const proxy = new Proxy(json(plan), {
    get() {
      throw new Error("trap");
    },
    ownKeys() {
      throw new Error("trap");
    },
  });
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  let deep: any = "2023-01-01";
  for (let i = 0; i < 5000; i++) deep = { start: deep };
  return [
    ["a cyclic plan", cyclic],
    ["a throwing getter", throwing],
    ["a throwing Proxy", proxy],
    ["a revoked Proxy", revoked.proxy],
    ["5,000 levels of nesting", { ...json(plan), period: deep }],
    ["a function", () => plan],
    ["a symbol", Symbol("x")],
    ["a bigint", 10n],
    ["a Map", new Map([["id", "p"]])],
    ["null", null],
  ];
}

describe("hostile values never throw", () => {
  it.each(hostileValues())("parseBudgetPlan on %s", (_name, value) => {
    const r = parseBudgetPlan(value);
    expect(r.ok).toBe(false);
    expect(isResult(r)).toBe(true);
  });

  it.each(hostileValues())("parseLedger on %s, as the ledger and as an entry", (_name, value) => {
    expect(parseLedger(value, plan).ok).toBe(false);
    expect(parseLedger([value], plan).ok).toBe(false);
  });

  it.each(hostileValues())("parseAmount on %s", (_name, value) => {
    expect(parseAmount(value, "USD").ok).toBe(false);
  });

  it("gives the snapshot's codes with their paths", () => {
    const [, cyclic] = hostileValues()[0]!;
    const r = parseBudgetPlan(cyclic);
    expect(!r.ok && r.issues[0]).toMatchObject({ code: "core.cyclic-input", path: ["lines", 0, "self"] });
    const [, throwing] = hostileValues()[1]!;
    const t = parseBudgetPlan(throwing);
    expect(!t.ok && t.issues[0]).toMatchObject({ code: "core.unreadable-input", path: ["currency"] });
  });

  it("caps the issues of a huge bad ledger", () => {
    const bad = Array.from({ length: 5000 }, (_, i) => ({
      type: "expenditure",
      id: `e${i}`,
      valueDate: "2023-01-10",
      recordedDate: "2023-01-10",
      line: "nope",
      amount: "1.00",
    }));
    const r = parseLedger(bad, plan);
    expect(!r.ok && r.issues.length).toBeLessThanOrEqual(101);
    expect(!r.ok && r.issues.at(-1)?.code).toBe("core.too-many-issues");
  });
});

describe("fuzzing: a Result for every value", () => {
  it("fc.anything() into the three entry points", () => {
    fc.assert(
      fc.property(anyValue(), (value) => {
        expect(isResult(parseBudgetPlan(value))).toBe(true);
        expect(isResult(parseLedger(value, plan))).toBe(true);
        expect(isResult(parseLedger([value], plan))).toBe(true);
        expect(isResult(parseAmount(value, "USD"))).toBe(true);
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  // Mutations of valid records: replace one value anywhere in the plan or the ledger by an
  // arbitrary one, and check that the parsers answer, and that what they accept computes.
  const paths = (value: unknown, prefix: (string | number)[] = []): (string | number)[][] => {
    if (typeof value !== "object" || value === null) return [prefix];
    const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
    return [prefix, ...keys.flatMap((key) => paths((value as any)[key], [...prefix, key]))];
  };
  const mutate = (value: unknown, path: (string | number)[], replacement: unknown): unknown => {
    if (path.length === 0) return replacement;
    const copy: any = Array.isArray(value) ? [...value] : { ...(value as object) };
    copy[path[0]!] = mutate(copy[path[0]!], path.slice(1), replacement);
    return copy;
  };
  const planPaths = paths(json(plan));
  const ledgerPaths = paths(json(validLedger));
  const replacement = fc.oneof(
    fc.anything(),
    fc.constantFrom(
      9007199254740993,
      1234567890123456.78,
      0.1 + 0.2,
      -1,
      "0",
      "-999999999.00",
      "2019-01-01",
      "2030-12-31",
      "2024-1-5",
      "EUR",
      "t/a",
      "c",
      "k",
      "",
    ),
  );

  it("mutated plans", () => {
    fc.assert(
      fc.property(fc.constantFrom(...planPaths), replacement, (path, value) => {
        const r = parseBudgetPlan(mutate(json(plan), path, value));
        expect(isResult(r)).toBe(true);
        if (r.ok) expect(() => budgetSituation(r.value, validLedger, { asOf: d("2024-12-31") })).not.toThrow();
      }),
      { numRuns: 400 },
    );
  }, 30_000);

  it("mutated ledgers: accepted ones compute, and never with negative cash hidden", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ledgerPaths), replacement, (path, value) => {
        const r = parseLedger(mutate(json(validLedger), path, value), plan);
        expect(isResult(r)).toBe(true);
        if (!r.ok) return;
        const s = budgetSituation(plan, r.value, { asOf: d("2024-12-31") });
        if (s.fund.cash.isNegative()) expect(s.findings.map((f) => f.code)).toContain("budget.negative-cash");
        for (const line of s.lines) {
          if (line.approved.isNegative()) {
            expect(
              s.findings.some(
                (f) => f.code === "budget.approved-below-zero" || f.code === "budget.reallocation-exceeds-available",
              ),
            ).toBe(true);
          }
        }
      }),
      { numRuns: 400 },
    );
  }, 30_000);
});

describe("no hash flooding", () => {
  it("65,536 ids sharing one FNV-1a hash are counted like any others", () => {
    const ids = collidingIds(16);
    expect(new Set(ids).size).toBe(65_536);
    const hashes = new Set(ids.map((id) => fnvStep(0x811c9dc5 | 0, id)));
    expect(hashes.size).toBe(1);
    const ledger = ids.map((id) => spend(id, "2023-01-10", "t/a", "0.01"));
    const s = budgetSituation(plan, ledger, { asOf: d("2023-12-31") });
    expect(s.entries.counted).toBe(65_536);
    expect(s.lines[0]!.spent.toFixed(2)).toBe("655.36");
  }, 30_000);
});
