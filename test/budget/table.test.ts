// The approved budget table in both languages, on the RIAL budget 2022-2024 (seed 001, III.c).
import { describe, expect, it } from "vitest";
import { budgetTable, formatBudgetTable, type LedgerEntry } from "iacml/budget";
import { plainDate } from "iacml/core";
import { rialBudget2022To2024 } from "iacml/data";

const { plan, ledger } = rialBudget2022To2024;
const asOf = plainDate("2023-09-30");
// Seed 001, III.c: the footnote under the table.
const SEED_FOOTNOTE = "* This amount was approved after the Planning Meeting, via an email received in August 2022.";

describe("budgetTable in Spanish", () => {
  it("prints Spanish numbers, US$, the OAS's words and a Spanish footnote that says what the source says", () => {
    const t = budgetTable(plan, ledger, { asOf, locale: "es" });
    expect(t.headers).toEqual([
      "Actividad",
      "Presupuesto aprobado por la RIAL",
      "En especie o por determinar en el futuro",
    ]);
    const l06 = t.rows.find((r) => r.line === "rial-2022-2024/l06")!;
    expect(`${l06.approvedByFund}${l06.marker}`).toBe("10.000*");
    expect(t.rows.find((r) => r.line === "rial-2022-2024/l10")!.otherFunding).toBe("País sede y OEA");
    expect(t.rows.find((r) => r.line === "rial-2022-2024/l04")!.otherFunding).toBe("Estados Unidos");
    expect(t.rows.find((r) => r.line === "rial-2022-2024/l01")!.otherFunding).toBe("OEA");
    expect(t.rows.find((r) => r.line === "rial-2022-2024/l03")!.otherFunding).toBe("Argentina (por confirmar)");
    expect(t.total).toBe("US$105.000");
    expect(t.footnotes).toEqual([
      "* Este monto fue aprobado después de la Reunión de Planificación, mediante un correo electrónico recibido en agosto de 2022.",
    ]);
    const text = formatBudgetTable(t);
    for (const s of ["País sede y OEA", "10.000*", "US$105.000", t.footnotes[0]!]) expect(text).toContain(s);
    expect(text).not.toMatch(/Host Country|\bOAS\b|This amount|\d,\d{3}/);
  });

  it("keeps the document's English footnote, and builds the same words from the decision when the entry has no note", () => {
    expect(budgetTable(plan, ledger, { asOf }).footnotes).toEqual([SEED_FOOTNOTE]);
    const bare = ledger.map((e) =>
      e.type === "line-amended" ? (({ note: _, ...rest }) => rest)(e) : e,
    ) as LedgerEntry[];
    expect(budgetTable(plan, bare, { asOf }).footnotes).toEqual([SEED_FOOTNOTE]);
    expect(budgetTable(plan, bare, { asOf, locale: "es" }).footnotes).toEqual(
      budgetTable(plan, ledger, { asOf, locale: "es" }).footnotes,
    );
  });

  it("has the same rows, amounts and markers in both languages but for the number marks", () => {
    const en = budgetTable(plan, ledger, { asOf });
    const es = budgetTable(plan, ledger, { asOf, locale: "es" });
    expect(es.rows.map((r) => r.line)).toEqual(en.rows.map((r) => r.line));
    expect(es.rows.map((r) => r.approvedByFund.replace(/\./g, ","))).toEqual(en.rows.map((r) => r.approvedByFund));
    expect(es.rows.map((r) => r.marker)).toEqual(en.rows.map((r) => r.marker));
    expect(en.total).toBe("$105,000");
  });
});
