// Budget messages show dates in words and line titles, never an ISO date or a line id, and
// agree in number ("1 asiento", "2 asientos").
import { describe, expect, it } from "vitest";
import { budgetSituation, checkEntries, parseLedger, tryBudgetSituation, type LedgerEntry } from "iacml/budget";
import { formatIssue, formatSuggestion, type Finding } from "iacml/core";
import { amend, d, plan, reallocate, receive, spend } from "./fixtures.js";

const ISO = /\d{4}-\d{2}-\d{2}/;
const codeOf = (findings: readonly Finding[], code: string) => findings.find((f) => f.code === code);

describe("budget messages in words", () => {
  it("an entry outside the plan period: dates in words in both languages, ISO kept in params", () => {
    const [check] = checkEntries(plan, [], [spend("e3", "2025-02-01", "t/a", "10.00")]);
    const f = codeOf(check!.findings, "budget.entry-outside-period")!;
    expect(formatIssue(f, "es")).toBe(
      "El asiento e3 tiene fecha del 1 de febrero de 2025, fuera del período del plan (del 1 de enero de 2022 al 31 de diciembre de 2024)",
    );
    expect(formatIssue(f, "en")).toBe(
      "Entry e3 is dated February 1, 2025, outside the plan period (January 1, 2022 to December 31, 2024)",
    );
    expect(f.message).toBe(formatIssue(f, "en"));
    expect(formatSuggestion(f, "es")).toContain("(del 1 de enero de 2022 al 31 de diciembre de 2024)");
    expect(f.params).toMatchObject({ dateIso: "2025-02-01", startIso: "2022-01-01", endIso: "2024-12-31" });
  });
  it("entries left out by knownOn or asOf: the date in words and the count agreeing", () => {
    const ledger = [
      receive("c1", "2022-03-01", "100.00"),
      { ...spend("e1", "2022-04-01", "t/a", "1.00"), recordedDate: d("2022-09-01") },
    ];
    const one = budgetSituation(plan, ledger, { asOf: d("2022-12-31"), knownOn: d("2022-08-15") });
    const f = codeOf(one.findings, "budget.entries-recorded-later")!;
    expect(formatIssue(f, "es")).toBe("Se dejó fuera 1 asiento con registro posterior al 15 de agosto de 2022");
    expect(formatIssue(f, "en")).toBe("1 entry recorded after August 15, 2022 was left out");
    const two = budgetSituation(plan, ledger, { asOf: d("2022-01-31") });
    const g = codeOf(two.findings, "budget.entries-after-as-of")!;
    expect(formatIssue(g, "es")).toBe("Se dejaron fuera 2 asientos con fecha posterior al 31 de enero de 2022");
    expect(formatIssue(g, "en")).toBe("2 entries dated after January 31, 2022 were left out");
    expect(g.params).toMatchObject({ count: 2, asOfIso: "2022-01-31" });
  });
  it("a line is named by its title (Spanish when the plan has one), its id stays in params and subjects", () => {
    const s = budgetSituation(
      plan,
      [receive("c", "2023-01-01", "50000.00"), spend("e", "2023-02-01", "t/a", "12000.00")],
      { asOf: d("2023-12-31") },
    );
    const f = codeOf(s.findings, "budget.spending-exceeds-approved")!;
    expect(formatIssue(f, "es")).toBe("Línea “Línea A”: el gasto de 12000.00 supera lo aprobado, 10000.00");
    expect(formatIssue(f, "en")).toBe("Line “Line A”: spending of 12000.00 exceeds the approved 10000.00");
    expect(formatSuggestion(f, "es")).toContain("“Línea A”");
    expect(f.params).toMatchObject({ line: "t/a" });
    expect(f.subjects).toContain("t/a");
    const r = budgetSituation(
      plan,
      [
        reallocate("x", "2023-05-01", [
          { line: "t/b", amount: "-50000.00" },
          { line: "t/a", amount: "50000.00" },
        ]),
        amend("m", "2023-04-01", "t/c", "-9000.00"),
      ],
      { asOf: d("2023-12-31") },
    );
    const move = codeOf(r.findings, "budget.reallocation-exceeds-available")!;
    // Line B has no Spanish title: its English one is shown.
    expect(formatIssue(move, "es")).toBe(
      "La reasignación x traslada 50000.00 de la línea “Line B”, a la que solo le quedan 15000.00 el 1 de mayo de 2023",
    );
    expect(formatSuggestion(move, "es")).toBe(
      "Traslade como máximo 15000.00 de la línea “Line B”, o enmiende primero la línea",
    );
    const below = codeOf(r.findings, "budget.approved-below-zero")!;
    expect(formatIssue(below, "es")).toContain("el 1 de abril de 2023");
    for (const finding of [...s.findings, ...r.findings]) {
      for (const locale of ["en", "es"] as const) {
        expect(formatIssue(finding, locale)).not.toMatch(ISO);
        expect(formatIssue(finding, locale)).not.toMatch(/\bt\/[abc]\b/);
      }
    }
  });
  it("duplicate ledger ids agree in number", () => {
    const e = spend("e", "2023-02-01", "t/a", "1.00");
    const r = tryBudgetSituation(plan, [e, e], { asOf: "2023-12-31" });
    expect(!r.ok && formatIssue(r.issues[0]!, "es")).toBe(
      "El libro usa 1 id de asiento más de una vez, por lo que no se puede calcular ninguna cifra a partir de él",
    );
    expect(!r.ok && formatIssue(r.issues[0]!, "en")).toContain("uses 1 entry id more than once");
  });
  it("a ledger date that does not exist says so in both languages", () => {
    const r = parseLedger([{ ...spend("e", "2023-02-01", "t/a", "1.00"), valueDate: "2023-02-30" }], plan);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(formatIssue(r.issues[0]!, "es")).toContain(
      "'2023-02-30' nombra un día que no existe: febrero de 2023 tiene 28 días",
    );
    expect(formatIssue(r.issues[0]!, "en")).toContain(
      "'2023-02-30' names a day that does not exist: February 2023 has 28 days",
    );
    // Where, in words (positions from 1; field names as the input writes them); the path stays as data.
    expect(formatIssue(r.issues[0]!, "en")).toMatch(/\(entry 1, field valueDate\)$/);
    expect(formatIssue(r.issues[0]!, "es")).toMatch(/\(asiento 1, campo valueDate\)$/);
    expect(r.issues[0]!.path).toEqual([0, "valueDate"]);
  });
});

describe("parseLedger: one broken entry does not hide the others' problems", () => {
  it("reports the broken entry's shape and the others' duplicate id, amount and line, in entry order", () => {
    const r = parseLedger(
      [
        { ...spend("e1", "2023-02-01", "t/a", "1.00"), valueDate: "2023-02-30" },
        spend("e2", "2023-02-10", "t/a", "1.001"),
        spend("e2", "2023-02-10", "t/a", "1.00"),
        { ...spend("e4", "2023-02-10", "t/zz", "1.00"), commitment: "k-missing" },
      ],
      plan,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ["budget.invalid-entry", [0, "valueDate"]],
      ["budget.invalid-amount", [1, "amount"]],
      ["budget.duplicate-entry-id", [2, "id"]],
      ["budget.unknown-line", [3, "line"]],
    ]);
  });
});
