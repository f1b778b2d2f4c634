import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatIssue, formatSuggestion } from "iacml/core";
import { dataset } from "iacml/data";
import {
  findTraceIssues,
  formatProvisionName,
  mandateContextOf,
  parseMandateRefs,
  traceMandates,
  traceWorkPlan,
} from "iacml/mandates";

const ctx = mandateContextOf(dataset, "xxi");
const ids = (text: string, context: unknown = ctx) => {
  const r = parseMandateRefs(text, context as typeof ctx);
  return r.ok ? r.value.map((x) => x.id) : r.issues.map((i) => i.code);
};
const issuesOf = (text: string) => {
  const r = parseMandateRefs(text, ctx);
  return r.ok ? [] : r.issues;
};

describe("the OAS item forms '7 b)', '7b)', '7 b'", () => {
  it.each([
    [
      "Artículos 15 y 23 de la Declaración de Buenos Aires y 7 b) del Plan de Acción",
      ["XXI/Decl/15", "XXI/Decl/23", "XXI/PoA/7b"],
    ],
    ["7b) del Plan de Acción", ["XXI/PoA/7b"]],
    ["7 b del Plan de Acción", ["XXI/PoA/7b"]],
    ["7 b) del Plan de Acción", ["XXI/PoA/7b"]],
    ["párrafos 7 b), c) y d) del Plan de Acción", ["XXI/PoA/7b", "XXI/PoA/7c", "XXI/PoA/7d"]],
    ["paragraph 7 b) and 9 a) of the Plan of Action", ["XXI/PoA/7b", "XXI/PoA/9a"]],
    [
      "Articles 15 and 23 of the Declaration of Buenos Aires, and paragraph 7 b) of its Plan of Action",
      ["XXI/Decl/15", "XXI/Decl/23", "XXI/PoA/7b"],
    ],
  ])("%s", (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it("keeps ranges and conjunctions apart from items: '5 a 8', '7 y 8', '7 o 8' is not an item", () => {
    expect(ids("párrafos 5 a 8 del Plan de Acción")).toEqual(["XXI/PoA/5", "XXI/PoA/6", "XXI/PoA/7", "XXI/PoA/8"]);
    expect(ids("párrafos 7 y 8 del Plan de Acción")).toEqual(["XXI/PoA/7", "XXI/PoA/8"]);
    expect(ids("párrafos 7 a) y 8 del Plan de Acción")).toEqual(["XXI/PoA/7a", "XXI/PoA/8"]);
    expect(ids("Artículo 7 b) de la Declaración")).toEqual(["mandates.item-in-declaration"]);
  });

  it("a Plan of Action named without its city after a city's Declaration is of that conference, not the default's", () => {
    expect(ids("Artículos 15 y 23 de la Declaración de Bridgetown y 7 b) del Plan de Acción")).toEqual([
      "XX/Decl/15",
      "XX/Decl/23",
      "XX/PoA/7b",
    ]);
    expect(ids("Article 3 of the Declaration of Bridgetown and paragraph 5 of the Plan of Action")).toEqual([
      "XX/Decl/3",
      "XX/PoA/5",
    ]);
    // The same instrument again, or a conference named later, still decides as before.
    expect(ids("Artículo 3 de la Declaración de Bridgetown y artículo 5 de la Declaración")).toEqual([
      "XX/Decl/3",
      "XXI/Decl/5",
    ]);
    expect(
      ids(
        "paragraph 1 of the Plan of Action of Cancún; Article 1 of the Declaration and 1 of the Plan of Action of Bridgetown",
      ),
    ).toEqual(["XIX/PoA/1", "XX/Decl/1", "XX/PoA/1"]);
    expect(ids("paragraph 5 of the Plan of Action")).toEqual(["XXI/PoA/5"]);
  });
});

describe("suggestions for unread text make sense", () => {
  const nearestOf = (text: string) => issuesOf(text).map((i) => String(i.params["nearest"]));

  it("never gives the unread word back as its own suggestion", () => {
    for (const text of [
      "del Plan de Acción",
      "párrafo 7 del del Plan de Acción",
      "Artículo 15 y y de la Declaración",
    ]) {
      for (const found of issuesOf(text).filter((i) => i.code === "mandates.unknown-word")) {
        expect(formatIssue(found, "es")).not.toMatch(/'(\p{L}+)'.*'\1'$/u);
        expect(String(found.params["nearest"]).toLowerCase()).not.toBe(String(found.params["word"]).toLowerCase());
      }
    }
    const [del] = issuesOf("del Plan de Acción");
    expect(formatIssue(del!, "es")).toBe("'del' no forma parte de una referencia a mandatos");
    expect(formatIssue(del!, "en")).toBe("'del' is not part of a mandate reference");
  });

  it("builds the suggestion from the words around the unread ones, never from an unrelated conference", () => {
    expect(nearestOf("7 bis del Plan de Acción")).toEqual(["párrafo 7 del Plan de Acción de Buenos Aires"]);
    expect(nearestOf("Artículo 15 bis de la Declaración de Bridgetown")).toEqual([
      "Artículo 15 de la Declaración de Bridgetown",
    ]);
    expect(nearestOf("Article 15 bis of the Declaration")).toEqual(["Article 15 of the Declaration of Buenos Aires"]);
    for (const text of ["7 bis del Plan de Acción", "Article 15 bis of the Declaration", "Cf. article 5"]) {
      expect(
        issuesOf(text)
          .map((i) => formatIssue(i, "en"))
          .join(" "),
      ).not.toContain("Bridgetown");
    }
    // A typo of a word the reader knows is still named.
    expect(nearestOf("Articel 5 of the Declaration")).toEqual(["Article"]);
    expect(nearestOf("Article 5 of the Declaration, and Secton 3")).toEqual(["section"]);
  });

  it("without a number or a conference to build from, gives no suggestion", () => {
    const r = parseMandateRefs("bis del Plan", { conferences: [{ id: "xxi", cities: ["Buenos Aires"] }] });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]!.params["nearest"]).toBe("");
      expect(formatIssue(r.issues[0]!, "es")).toBe("'bis del' no forma parte de una referencia a mandatos");
    }
  });

  it("names a city only when it is a near spelling", () => {
    const [oslo] = issuesOf("Article 15 of the Declaration of Oslo");
    expect(oslo!.code).toBe("mandates.unknown-city");
    expect(formatIssue(oslo!, "es")).toBe("Ninguna conferencia se celebró en 'Oslo'");
    expect(formatIssue(oslo!, "en")).toBe("No conference was held in 'Oslo'");
    const [typo] = issuesOf("Article 15 of the Declaration of Bridgtown");
    expect(formatIssue(typo!, "es")).toBe(
      "Ninguna conferencia se celebró en 'Bridgtown'; la ciudad más cercana que se lee es 'Bridgetown'",
    );
    expect(typo!.params["nearest"]).toBe("Bridgetown");
  });
});

describe("traceWorkPlan with a plan the dataset does not hold", () => {
  it("is an issue, not an empty answer", () => {
    const r = traceWorkPlan(dataset, "wp-2099");
    expect(r.issues.map((i) => i.code)).toEqual(["mandates.unknown-work-plan"]);
    expect(r.issues[0]!.severity).toBe("error");
    expect(formatIssue(r.issues[0]!, "es")).toBe("Los datos no contienen el plan de trabajo 'wp-2099'");
    expect(formatIssue(r.issues[0]!, "en")).toBe("The data hold no work plan 'wp-2099'");
    expect(r.trace.provisions.size).toBe(0);
    expect(
      traceWorkPlan(dataset, "wp-2022-2024").issues.filter((i) => i.code === "mandates.unknown-work-plan"),
    ).toEqual([]);
  });
});

describe("mandates messages for people: names, not ids; Spanish suggestions", () => {
  it("names provisions by instrument and city", () => {
    expect(formatProvisionName("XXI/PoA/5", "es", ctx)).toBe("párrafo 5 del Plan de Acción de Buenos Aires");
    expect(formatProvisionName("XXI/PoA/5", "en", ctx)).toBe("paragraph 5 of the Plan of Action of Buenos Aires");
    expect(formatProvisionName("XVI/Decl/3", "es", ctx)).toBe("artículo 3 de la Declaración de Buenos Aires 2009");
    expect(formatProvisionName("XX/PoA/7.iv", "en")).toBe("paragraph 7.iv of the Plan of Action of the XX IACML");
    expect(formatProvisionName("custom-1", "en")).toBe("'custom-1'");
  });

  it("trace findings of the dataset read in Spanish, with no id and a Spanish suggestion", () => {
    const r = traceWorkPlan(dataset, "wp-2022-2024");
    const findings = findTraceIssues(r.trace, { context: r.context });
    const uncovered = findings.find((f) => f.code === "mandates.uncovered-provision" && f.subjects[0] === "XXI/PoA/5");
    expect(uncovered).toBeDefined();
    expect(formatIssue(uncovered!, "es")).toBe(
      "Ninguna acción responde al párrafo 5 del Plan de Acción de Buenos Aires",
    );
    expect(formatSuggestion(uncovered!, "es")).toBe(
      "Planifique una acción que le responda, o deje constancia de por qué no hace falta ninguna",
    );
    expect(uncovered!.params["provision"]).toBe("XXI/PoA/5");
    for (const f of findings) {
      expect(formatIssue(f, "es")).not.toMatch(/\b[IVX]+\/(PoA|Decl)\//);
      expect(formatIssue(f, "en")).not.toMatch(/\b[IVX]+\/(PoA|Decl)\//);
    }
  });

  it("every kind of trace finding has Spanish words, link kinds included", () => {
    const trace = traceMandates({
      instruments: [
        { id: "XX/PoA", provisions: [{ id: "XX/PoA/7h", retired: true }, { id: "XX/PoA/7c" }] },
        { id: "XXI/Decl", provisions: [{ id: "XXI/Decl/15", text: "new text" }] },
      ],
      actions: [
        { id: "l1/a1", title: "Taller sobre inspección laboral" },
        { id: "l1/a2", title: "Estudio" },
      ],
      links: [
        { kind: "answers", from: "l1/a1", to: "XXI/Decl/99", how: "implements" },
        { kind: "answers", from: "l1/a1", to: "XX/PoA/7h", how: "implements" },
        { kind: "answers", from: "l1/a1", to: "XXI/Decl/15", how: "implements", reviewed: "0000" },
        { kind: "evolves", from: "XX/PoA/7d", to: "XX/PoA/7c", relation: "renumbered" },
        { kind: "evolves", from: "XX/PoA/7h", to: "XX/PoA/7c", relation: "renumbered" },
        { kind: "evolves", from: "XX/PoA/7c", to: "XX/PoA/7h", relation: "renumbered" },
      ],
    });
    const es = Object.fromEntries(
      findTraceIssues(trace).map((f) => [f.code, [formatIssue(f, "es"), formatSuggestion(f, "es")]]),
    );
    expect(es["mandates.unknown-link-end"]![0]).toBe(
      "Un vínculo «evoluciona a» nombra el párrafo 7d del Plan de Acción de la XX CIMT, que no existe",
    );
    expect(es["mandates.unknown-provision"]).toEqual([
      "Un vínculo desde la acción 'Taller sobre inspección laboral' remite al artículo 99 de la Declaración de la XXI CIMT, que no existe",
      "Corrija el identificador de la disposición o agréguela a su instrumento",
    ]);
    expect(es["mandates.action-without-mandate"]![0]).toBe(
      "La acción 'Estudio' no responde a ningún mandato ni indica por qué",
    );
    expect(es["mandates.link-to-retired"]).toEqual([
      "La acción 'Taller sobre inspección laboral' responde al párrafo 7h del Plan de Acción de la XX CIMT, que está derogado",
      "Vincúlela en su lugar al párrafo 7c del Plan de Acción de la XX CIMT",
    ]);
    expect(es["mandates.suspect-link"]![1]).toBe("Revise el vínculo frente al nuevo texto y registre su nueva huella");
    expect(es["mandates.cycle"]![0]).toContain("párrafo 7c del Plan de Acción de la XX CIMT → párrafo 7h");
    for (const [message] of Object.values(es)) expect(message).not.toMatch(/evolves|answers|\bXX\/PoA/);
  });

  it("the invalid-context and unread-sentence messages are Spanish in Spanish", () => {
    const bad = parseMandateRefs("Article 5", null as never);
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(formatIssue(bad.issues[0]!, "es")).toBe(
        "El contexto de mandatos no es válido: se esperaba un objeto { conferences, defaultConference? }",
      );
      expect(formatIssue(bad.issues[0]!, "en")).toBe(
        "The mandate context is not valid: expected an object { conferences, defaultConference? }",
      );
    }
    const unread = traceWorkPlan(dataset, "wp-2022-2024", {
      actions: [
        {
          id: "wp-2022-2024/pl1/a99",
          priorityLine: "wp-2022-2024/pl1",
          title: "Taller",
          mandateText: "Artículo 5 de la Declaración de Oslo",
        },
      ],
    }).issues.at(-1)!;
    expect(formatIssue(unread, "es")).toBe(
      "No se pudo leer la frase de mandatos de 'Taller': Ninguna conferencia se celebró en 'Oslo'",
    );
    expect(unread.params["id"]).toBe("wp-2022-2024/pl1/a99");
  });
});

describe("properties of the round-2 forms and suggestions", () => {
  it("'7 b)', '7b)' and '7 b' read as 7b for every paragraph and item (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99 }),
        fc.constantFrom("a", "b", "c", "d", "e", "f", "g", "h"),
        (n, letter) => {
          const forms = [`${n} ${letter})`, `${n}${letter})`, `párrafo ${n} ${letter})`];
          if (letter !== "e") forms.push(`${n} ${letter}`);
          for (const form of forms) expect(ids(`${form} del Plan de Acción`), form).toEqual([`XXI/PoA/${n}${letter}`]);
        },
      ),
      { numRuns: 60 },
    );
  }, 30_000);

  it("a suggestion never echoes the unread word and names no city foreign to the text or the default (property)", () => {
    const pool = [
      "del",
      "de",
      "la",
      "Plan",
      "Acción",
      "7",
      "b",
      ")",
      "bis",
      "y",
      "of",
      "the",
      "Declaration",
      "Declaración",
      "Bridgetown",
      "Cancún",
      "15",
      "its",
      "Lima",
      "xyz",
    ];
    const cities = [
      "Bogotá",
      "Viña del Mar",
      "Ottawa",
      "Salvador",
      "Mexico City",
      "Port of Spain",
      "San Salvador",
      "Medellín",
      "Cancún",
      "Bridgetown",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 10 }), (words) => {
        const text = words.join(" ");
        for (const found of issuesOf(text)) {
          if (found.code !== "mandates.unknown-word") continue;
          const nearest = String(found.params["nearest"]);
          const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
          expect(fold(nearest), text).not.toBe(fold(String(found.params["word"])));
          for (const city of cities) {
            if (nearest.includes(` ${city}`) && !(city === "Salvador" && nearest.includes("San Salvador")))
              expect(text, nearest).toContain(city);
          }
        }
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});
