// Every finding of the budget has a message and a suggestion in Spanish, and no Spanish output
// carries a word of the English catalog.
import { describe, expect, it } from "vitest";
import { budgetSituation, checkEntries, type LedgerEntry } from "iacml/budget";
import { formatIssue, formatSuggestion, messages } from "iacml/core";
import { budgetMessages } from "../../src/core/messages/budget.js";
import { amend, commit, d, levy, plan, reallocate, receive, release, spend } from "./fixtures.js";

// Words of four letters or more of the English budget templates that no Spanish template uses.
const spanishWords = new Set(
  Object.values(budgetMessages).flatMap((t) => t.es.toLowerCase().match(/\p{L}{4,}/gu) ?? []),
);
const englishWords = new Set(
  Object.values(budgetMessages)
    .flatMap((t) => t.en.toLowerCase().match(/\p{L}{4,}/gu) ?? [])
    .filter((w) => !spanishWords.has(w)),
);
const englishIn = (text: string) => (text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => englishWords.has(w));

const messy: LedgerEntry[] = [
  receive("c", "2023-01-10", "1000.00"),
  levy("c/levy", "2023-01-10", "c", "2000.00"),
  { ...receive("c-eur", "2023-01-10", "100.00"), currency: "EUR" } as LedgerEntry,
  levy("c-eur/levy", "2023-01-10", "c-eur", "11.00"),
  levy("orphan", "2023-01-10", "nope", "1.00"),
  commit("k", "2023-02-01", "t/b", "20000.00"),
  release("r", "2023-02-02", "k-missing", "1.00"),
  spend("e", "2023-03-01", "t/a", "12000.00", { commitment: "k" }),
  spend("bad", "2023-03-01", "t/zz", "1.00"),
  spend("old", "2019-03-01", "t/c", "1.00"),
  amend("m", "2023-04-01", "t/c", "-9000.00"),
  reallocate("x", "2023-05-01", [
    { line: "t/a", amount: "-50000.00" },
    { line: "t/b", amount: "50000.00" },
  ]),
];

describe("Spanish everywhere a person reads", () => {
  it("every budget code has a Spanish message that differs from the English one", () => {
    for (const [code, t] of Object.entries(budgetMessages)) {
      expect(t.es, code).not.toBe(t.en);
      expect(messages[code]).toBeDefined();
    }
  });

  it("every finding of a messy situation has a suggestion, rendered in Spanish without English words", () => {
    const s = budgetSituation({ ...plan, declaredTotal: "1.00" }, messy, { asOf: d("2023-12-31") });
    const codes = new Set(s.findings.map((f) => f.code));
    for (const code of [
      "budget.levy-exceeds-contribution",
      "budget.levy-of-rejected-contribution",
      "budget.unknown-contribution",
      "budget.unknown-commitment",
      "budget.unknown-line",
      "budget.entry-outside-period",
      "budget.approved-below-zero",
      "budget.reallocation-exceeds-available",
      "budget.spending-exceeds-approved",
      "budget.plan-total-mismatch",
      "budget.missing-exchange-rate",
      "budget.negative-cash",
      "budget.plan-unfunded",
      "budget.commitment-line-mismatch",
    ]) {
      expect(codes, code).toContain(code);
    }
    for (const f of s.findings) {
      const es = formatIssue(f, "es");
      expect(englishIn(es), `${f.code}: ${es}`).toEqual([]);
      if (f.severity === "info") continue;
      expect(f.suggestionCode, f.code).toBeDefined();
      const suggestion = formatSuggestion(f, "es")!;
      expect(suggestion).not.toBe(f.suggestion);
      expect(englishIn(suggestion), `${f.code}: ${suggestion}`).toEqual([]);
      expect(suggestion).not.toMatch(/\{\w+\}/);
      expect(f.suggestion).not.toMatch(/\{\w+\}/);
    }
  });

  it("entry checks carry Spanish suggestions too", () => {
    const [check] = checkEntries(plan, [], [spend("e", "2023-03-01", "t/zz", "1.001")]);
    for (const f of check!.findings) expect(formatSuggestion(f, "es")).toMatch(/^(Impute|Escriba)/);
  });
});
