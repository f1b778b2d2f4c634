// The Spanish report: Spanish names where the library has them, the source's facts, and no
// English text silently mixed in or left out (every English-only text it prints is on the check sheet).
import { describe, expect, it } from "vitest";
import { budgetTable } from "iacml/budget";
import { plainDate } from "iacml/core";
import {
  CITY_ES,
  bodyText,
  buildPerformanceReport,
  cityName,
  englishOnlyTexts,
  englishOnlyUsed,
  organizationTitle,
  processData,
  renderMarkdown,
  reportLabel,
  type PerformanceReport,
} from "iacml/reports";
import { dataset, rialBudget2022To2024 } from "iacml/data";

const process = processData(dataset, rialBudget2022To2024);
const build = (locale: "en" | "es"): PerformanceReport => {
  const r = buildPerformanceReport(process, { asOf: plainDate("2023-09-30"), locale });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};
const en = build("en");
const es = build("es");
const mdEn = renderMarkdown(en);
const mdEs = renderMarkdown(es);
const listed = (r: PerformanceReport) =>
  r.checks.sections.find((s) => s.title === reportLabel("checkTranslations", r.locale))?.items.map((i) => i.text) ?? [];

describe("the report prints the budget module's table", () => {
  for (const locale of ["en", "es"] as const) {
    it(`in ${locale}: the same caption, rows, total and footnotes as budgetTable`, () => {
      const t = budgetTable(rialBudget2022To2024.plan, rialBudget2022To2024.ledger, {
        asOf: plainDate("2023-09-30"),
        locale,
      });
      const printed = (locale === "en" ? en : es).funding!.table;
      expect(printed.caption).toBe(`${t.title} ${t.period}`);
      expect(printed.headers).toEqual([...t.headers]);
      expect(printed.rows).toEqual([
        ...t.rows.map((r) => [r.activity, `${r.approvedByFund}${r.marker}`, r.otherFunding]),
        ["TOTAL:", t.total, ""],
      ]);
      expect(printed.footnotes).toEqual([...t.footnotes]);
    });
  }

  it("says what the source says in the footnote, in both languages", () => {
    expect(en.funding!.table.footnotes).toEqual([
      "* This amount was approved after the Planning Meeting, via an email received in August 2022.",
    ]);
    expect(es.funding!.table.footnotes).toEqual([
      "* Este monto fue aprobado después de la Reunión de Planificación, mediante un correo electrónico recibido en agosto de 2022.",
    ]);
    // The label of the same words agrees with the budget module.
    expect(
      `* ${reportLabel("amendedFootnote", "en", { after: "the Planning Meeting", how: "via an email received in August 2022" })}`,
    ).toBe(en.funding!.table.footnotes[0]);
    expect(
      `* ${reportLabel("amendedFootnote", "es", { after: "la Reunión de Planificación", how: "mediante un correo electrónico recibido en agosto de 2022" })}`,
    ).toBe(es.funding!.table.footnotes[0]);
    expect(mdEs).toContain("| XXII IACML |  | País sede y OEA |");
    expect(mdEs).toContain("| US$105.000 |");
  });
});

describe("Spanish names where the library has them", () => {
  it("names the approving body, the places and the partners in Spanish", () => {
    expect(mdEs).toContain(
      "Fue aprobado por la Comisión de Políticas de Cooperación Solidaria para el Desarrollo del CIDI el 8 de junio de 2022.",
    );
    expect(mdEn).toContain(
      "It was approved by CIDI's Committee on Partnership for Development Policies on June 8, 2022.",
    );
    expect(mdEs).toContain("Ginebra, Suiza");
    expect(mdEs).toContain("Los Ángeles, Estados Unidos");
    expect(mdEs).toContain("Sede: Bogotá, Colombia");
    expect(mdEs).toContain("#### Contribuciones de la Organización Internacional del Trabajo (OIT)");
    expect(mdEs).toContain("#### Contribuciones de la Organización Panamericana de la Salud (OPS)");
    expect(mdEs).toContain("#### Contribuciones de la Comisión Interamericana de Mujeres (CIM)");
    expect(mdEs).not.toMatch(
      /CIDI Committee|Geneva|Los Angeles|Bogota\b|Contributions (of|from)|\| OAS \||y OAS|This amount/,
    );
    // The English report keeps the data's words.
    expect(mdEn).toContain("#### Contributions of the International Labor Organization (ILO)");
    expect(mdEn).toContain("Geneva, Switzerland");
  });

  it("has the helpers' words", () => {
    expect(cityName("Geneva", "es")).toBe("Ginebra");
    expect(cityName("Geneva", "en")).toBe("Geneva");
    expect(cityName("Quito", "es")).toBe("Quito");
    expect(Object.values(CITY_ES).every((v) => v.length > 0)).toBe(true);
    expect(bodyText("CIDI Committee on Partnership for Development Policies", "es")).toBe(
      "la Comisión de Políticas de Cooperación Solidaria para el Desarrollo del CIDI",
    );
    expect(bodyText("Some Committee", "es")).toBeUndefined();
    expect(organizationTitle(dataset, "ilo", "es")).toBe("la Organización Internacional del Trabajo (OIT)");
    expect(organizationTitle(dataset, "ilo", "en")).toBe("the International Labour Organization (ILO)");
    expect(organizationTitle(dataset, "AR", "es")).toBeUndefined();
  });
});

describe("no English text silently mixed in or left out", () => {
  it("prints as many outputs, descriptions and document titles in Spanish as in English", () => {
    const count = (md: string, re: RegExp) => md.match(re)?.length ?? 0;
    expect(count(mdEs, /Productos:/g)).toBe(count(mdEn, /Outputs:/g));
    expect(count(mdEs, /Descripción:/g)).toBe(count(mdEn, /Description:/g));
    expect(count(mdEs, /Temas:/g)).toBe(count(mdEn, /Topics:/g));
    expect(count(mdEs, /Decisión del/g)).toBe(count(mdEn, /Decision of/g));
    expect(count(mdEs, /^ *- /gm)).toBe(count(mdEn, /^ *- /gm));
    expect(mdEs).toContain("more than 90 instruments");
    expect(mdEs).toContain("“Input for the Planning Meeting 2022-2024 of the IACML”");
  });

  it("lists on the check sheet every English-only text it prints, and only those", () => {
    const texts = listed(es);
    for (const t of [
      "Labor inspection in the mining sector",
      "Input for the Planning Meeting 2022-2024 of the IACML",
      "Building a more resilient world of work with sustainable development, decent work, productive employment, and social inclusion",
      "Future of work and new forms of employment",
      "RIAL Workshop – Transition from informal to formal economy",
      "Intersectoral work Labor-Education",
    ]) {
      expect(mdEs).toContain(t);
      expect(texts).toContain(t);
    }
    expect(texts.some((t) => t.startsWith("more than 90 instruments"))).toBe(true);
    for (const t of texts) expect(mdEs, t).toContain(t);
    expect(new Set(texts).size).toBe(texts.length);
    // Every English-only text of the data that the report shows is listed.
    const all = englishOnlyTexts(process, "es");
    for (const c of all) if (c.text.length > 12 && mdEs.includes(c.text)) expect(texts, c.text).toContain(c.text);
    expect(listed(en)).toEqual([]);
    expect(englishOnlyTexts(process, "en")).toEqual([]);
  });

  it("finds short texts only as whole words", () => {
    expect(englishOnlyUsed([{ text: "CIM", subject: "cim" }], "la CIMT")).toEqual([]);
    expect(englishOnlyUsed([{ text: "CIM", subject: "cim" }], "la CIM y la CIMT")).toEqual([
      { text: "CIM", subject: "cim" },
    ]);
    expect(
      englishOnlyUsed(
        [
          { text: "second long text", subject: "b" },
          { text: "first long text", subject: "a" },
          { text: "first long text", subject: "c" },
        ],
        "first long text, then second long text",
      ).map((t) => t.subject),
    ).toEqual(["a", "b"]);
  });
});
