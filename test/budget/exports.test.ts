import { describe, expect, it } from "vitest";
import fc from "fast-check";
import Papa from "papaparse";
import {
  budgetSituation,
  budgetTable,
  formatBudgetTable,
  iatiTransactionTypes,
  situationCsvColumns,
  situationToCsv,
  toCsv,
  toIatiTransactions,
  type LedgerEntry,
} from "iacml/budget";
import { amend, approve, commit, d, plan, receive, levy, refund, release, spend } from "./fixtures.js";

const ledger: LedgerEntry[] = [
  approve("ok", "2022-02-01"),
  {
    type: "contribution-pledged",
    id: "p1",
    valueDate: d("2022-02-15"),
    recordedDate: d("2022-02-15"),
    contributor: "CA",
    amount: "5000.00",
    currency: "USD",
  },
  receive("c1", "2022-03-01", "40000.00"),
  levy("c1/levy", "2022-03-01", "c1", "4400.00"),
  commit("k1", "2022-04-01", "t/a", "6000.00"),
  { ...spend("e1", "2022-05-01", "t/a", "2500.00", { commitment: "k1" }), payee: 'Hotel, "Centro"' } as LedgerEntry,
  release("r1", "2022-06-01", "k1", "500.00"),
  { ...spend("e2", "2022-06-15", "t/b", "1000.00"), payment: "disbursement" } as LedgerEntry,
  refund("f1", "2022-07-01", "t/b", "100.00"),
  amend("m1", "2022-08-01", "t/c", "2000.00"),
  spend("late", "2023-08-01", "t/c", "1.00"),
];

describe("toCsv", () => {
  it("round-trips any fields through a real CSV parser (papaparse)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: "grapheme" }), { minLength: 2, maxLength: 2 }), {
          minLength: 1,
          maxLength: 5,
        }),
        (rows) => {
          const parsed = Papa.parse<string[]>(toCsv(rows), { newline: "\r\n", delimiter: "," });
          expect(parsed.errors).toEqual([]);
          expect(parsed.data.slice(0, rows.length)).toEqual(rows);
        },
      ),
    );
  });
});

describe("situationToCsv", () => {
  it("writes a header, a record per line and a total, readable by papaparse", () => {
    const s = budgetSituation(plan, ledger, { asOf: d("2022-12-31") });
    const csv = situationToCsv(s);
    expect(csv.endsWith("\r\n")).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...situationCsvColumns]);
    expect(parsed.data).toHaveLength(plan.lines.length + 1);
    expect(parsed.data[2]!.title).toBe('Line C, "quoted"');
    expect(parsed.data[0]!.approved).toBe(s.lines[0]!.approved.toFixed(2));
    expect(parsed.data[3]!.line).toBe("TOTAL");
    expect(parsed.data[3]!.spent).toBe(s.totals.spent.toFixed(2));
    const es = Papa.parse<Record<string, string>>(situationToCsv(s, "es"), { header: true, skipEmptyLines: true });
    expect(es.errors).toEqual([]);
    expect(es.meta.fields).toEqual([
      "línea",
      "título",
      "moneda",
      "aprobado originalmente",
      "enmiendas",
      "reasignaciones",
      "aprobado",
      "comprometido",
      "gastado",
      "disponible",
      "porcentaje de ejecución",
      "estado",
    ]);
    expect(es.data[0]!["título"]).toBe("Línea A");
    expect(es.data[1]!["título"]).toBe("Line B");
    const statuses = new Set(es.data.slice(0, -1).map((row) => row.estado));
    for (const status of statuses)
      expect([
        "sin presupuesto",
        "no iniciada",
        "en ejecución",
        "ejecutada",
        "sobrecomprometida",
        "sobregirada",
      ]).toContain(status);
    expect(es.data[3]!["línea"]).toBe("TOTAL");
  });

  it("refuses an unsupported locale instead of writing English", () => {
    const s = budgetSituation(plan, ledger, { asOf: d("2022-12-31") });
    expect(() => situationToCsv(s, "fr" as never)).toThrow(TypeError);
    expect(() => budgetTable(plan, ledger, { asOf: d("2022-12-31"), locale: "pt" as never })).toThrow(TypeError);
  });
});

describe("toIatiTransactions", () => {
  it("maps entries to IATI transaction types 1, 2, 3, 4 and 13", () => {
    const t = toIatiTransactions(plan, ledger, { asOf: d("2022-12-31") });
    expect(t.map((x) => `${x.ref}:${x.transactionType}:${x.value.amount}`)).toEqual([
      "p1:13:5000.00",
      "c1:1:40000.00",
      "c1/levy:4:4400.00",
      "k1:2:6000.00",
      "e1:4:2500.00",
      "r1:2:-500.00",
      "e2:3:1000.00",
      "f1:4:-100.00",
    ]);
    expect(t[1]!.providerOrg).toBe("US");
    expect(t[4]!.receiverOrg).toBe('Hotel, "Centro"');
    expect(t[5]!.budgetLine).toBe("t/a");
    expect(new Set(t.map((x) => x.transactionType)).size).toBe(5);
    expect(Object.keys(iatiTransactionTypes).sort()).toEqual(["1", "11", "13", "2", "3", "4"]);
    expect(iatiTransactionTypes["13"]).toBe("Incoming Pledge");
    expect(toIatiTransactions(plan, ledger, { asOf: d("2022-12-31"), knownOn: d("2022-01-01") })).toEqual([]);
  });

  it("exports a pledge as 11 (Incoming Commitment) only when the entry says it is binding", () => {
    const pledge = ledger.find((entry) => entry.type === "contribution-pledged")!;
    const binding = { ...pledge, binding: true } as LedgerEntry;
    expect(toIatiTransactions(plan, [binding], { asOf: d("2022-12-31") })[0]?.transactionType).toBe("11");
    expect(
      toIatiTransactions(plan, [{ ...pledge, binding: false } as LedgerEntry], { asOf: d("2022-12-31") })[0]
        ?.transactionType,
    ).toBe("13");
  });

  it("describes in Spanish and checks its options at run time", () => {
    const t = toIatiTransactions(plan, ledger, { asOf: d("2022-12-31"), locale: "es" });
    expect(t.find((x) => x.ref === "c1")?.description).toBe("Contribución recibida");
    expect(() => toIatiTransactions(plan, ledger, { asOf: "2022-1-5" as never })).toThrow(/asOf/);
    expect(() => toIatiTransactions(plan, ledger, { asOf: d("2022-12-31"), locale: "fr" as never })).toThrow(TypeError);
    expect(() => toIatiTransactions(plan, [...ledger, ledger[1]!], { asOf: d("2022-12-31") })).toThrow(/ledger: /);
  });
});

describe("budgetTable", () => {
  it("lays out the approved budget with co-funders, markers and footnotes", () => {
    const t = budgetTable(plan, ledger, { asOf: d("2022-12-31") });
    expect(t.headers[1]).toBe("Budget approved by the RIAL");
    expect(t.rows.map((r) => [r.approvedByFund, r.marker, r.otherFunding])).toEqual([
      ["10,000", "", "Argentina (to be confirmed)"],
      ["15,000", "", ""],
      ["7,000", "*", "OAS and CO"],
    ]);
    expect(t.total).toBe("$32,000");
    expect(t.period).toBe("2022-2024");
    expect(t.footnotes).toEqual([
      "* This amount was approved after the approval of the plan, via an email received on August 1, 2022.",
    ]);
    const text = formatBudgetTable(t);
    expect(text).toContain("TOTAL:");
    expect(text.split("\n")[0]).toBe(`${t.title} 2022-2024`);
    const es = budgetTable({ ...plan, currency: "EUR" }, ledger, { asOf: d("2022-12-31"), locale: "es" });
    expect(es.rows[0]!.otherFunding).toBe("Argentina (por confirmar)");
    expect(es.rows[0]!.activity).toBe("Línea A");
    expect(es.total).toBe("EUR 32.000");
    expect(es.rows.map((r) => r.otherFunding)).toEqual(["Argentina (por confirmar)", "", "OEA y Colombia"]);
    expect(es.footnotes).toEqual([
      "* Este monto fue aprobado después de la aprobación del plan, mediante un correo electrónico recibido el 1 de agosto de 2022.",
    ]);
  });

  it("shows cents when an amount has them", () => {
    const t = budgetTable(plan, [amend("m", "2022-01-01", "t/a", "-0.50")], { asOf: d("2022-12-31") });
    expect(t.rows[0]!.approvedByFund).toBe("9,999.50");
  });
});
