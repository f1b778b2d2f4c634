import { describe, expect, it } from "vitest";
import { conferences, dataset, earlierConferences, earlierCycle2016To2017, editionSources } from "iacml/data";
import { ConferenceSchema } from "iacml/entities";
import { formatMandateRefs, mandateContextOf, parseCitations, parseMandateRefs } from "iacml/mandates";

describe("the IACML editions of the dataset", () => {
  it("hold every edition found in a public document, oldest first, each valid and sourced", () => {
    expect(conferences.map((c) => c.edition.roman)).toEqual([
      "I",
      "VI",
      "X",
      "XI",
      "XII",
      "XIII",
      "XIV",
      "XV",
      "XVI",
      "XVII",
      "XVIII",
      "XIX",
      "XX",
      "XXI",
      "XXII",
    ]);
    const urls = new Set<string>(Object.values(editionSources).map((s) => s.url));
    for (const c of earlierConferences) {
      expect(ConferenceSchema.safeParse(c).success, c.id).toBe(true);
      expect(c.source.section).toMatch(/<https?:\/\/[^>]+>$/);
      expect(
        c.outsideKnowledge?.every((o) => urls.has(o.reference)),
        c.id,
      ).toBe(true);
    }
  });

  it("numbers the editions once each, in ascending order, each with a cited source", () => {
    const numbers = conferences.map((c) => c.edition.number);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect([...numbers].sort((a, b) => a - b)).toEqual(numbers);
    const urls = Object.values(editionSources).map((s) => s.url);
    for (const c of earlierConferences) {
      expect(c.source.section.length, c.id).toBeGreaterThan(0);
      // Every inference of an earlier edition names the public page it reasons from.
      for (const i of c.inferred ?? []) {
        expect(i.from.length, `${c.id} ${i.fields.join()}`).toBeGreaterThan(0);
        for (const f of i.from)
          expect(
            urls.some((u) => f.section.endsWith(`<${u}>`)),
            f.section,
          ).toBe(true);
      }
    }
  });

  it("holds the VI (Lima, 1978) from two 1978 cables, its dates and country marked inferred", () => {
    const vi = earlierConferences.find((c) => c.id === "vi")!;
    expect(ConferenceSchema.safeParse(vi).success).toBe(true);
    expect([vi.edition.number, vi.city, vi.hostCountry]).toEqual([6, "Lima", "PE"]);
    expect(vi.dates).toEqual({ kind: "months", start: "1978-11", end: "1978-12" });
    expect(vi.source.section).toContain("6TH LABOR MINISTERS' CONFERENCE");
    expect(vi.source.section).toContain(editionSources.viDelegation.url);
    const inferred = (vi.inferred ?? []).flatMap((i) => i.fields);
    expect(inferred).toEqual(expect.arrayContaining(["dates", "hostCountry", "format", "edition"]));
    expect(vi.outsideKnowledge?.map((o) => o.reference)).toEqual([
      editionSources.viDelegation.url,
      editionSources.viOutcome.url,
    ]);
    // No instrument of the VI was found: none is listed.
    expect(vi.adopted).toBeUndefined();
  });

  it("still leaves out the II to V and VII to IX, which no public page places", () => {
    const held = new Set(conferences.map((c) => c.edition.number));
    expect([2, 3, 4, 5, 7, 8, 9].filter((n) => held.has(n))).toEqual([]);
  });

  it("dates the XIX (Cancún) 3-4 December 2015 from its final report, read in two public copies", () => {
    const xix = conferences.find((c) => c.id === "xix")!;
    expect(xix.dates).toEqual({ kind: "days", start: "2015-12-03", end: "2015-12-04" });
    expect(ConferenceSchema.safeParse(xix).success).toBe(true);
    const dated = xix.outsideKnowledge?.filter((o) => o.fields.includes("dates")) ?? [];
    expect(dated.map((o) => o.reference)).toEqual([editionSources.xixReport.url, editionSources.xixReportCopy.url]);
    for (const o of dated) expect(o.note).toMatch(/CIDI\/TRABAJO\/doc\.27\/15.*December 3-4, 2015/);
    // The earlier cycle written as data agrees with the record.
    expect(earlierCycle2016To2017.previousConference.when).toEqual(xix.dates);
  });

  it("Buenos Aires hosted the X (1995), XVI (2009) and XXI (2021) conferences", () => {
    const held = conferences
      .filter((c) => c.city === "Buenos Aires")
      .map((c) => [c.edition.roman, c.dates.kind === "days" ? c.dates.start.slice(0, 4) : ""]);
    expect(held).toEqual([
      ["X", "1995"],
      ["XVI", "2009"],
      ["XXI", "2021"],
    ]);
  });
});

describe("citations of any edition resolve in the dataset's context", () => {
  const xxi = mandateContextOf(dataset, "xxi");
  const xx = mandateContextOf(dataset, "xx");
  const xix = mandateContextOf(dataset, "xix");
  const ids = (text: string, context = xxi) => {
    const r = parseMandateRefs(text, context);
    return r.ok ? r.value.map((x) => x.id) : r.issues.map((i) => i.code);
  };

  it.each([
    ["Article 4 of the Declaration of Buenos Aires 2009", "XVI/Decl/4"],
    ["Article 4 of the Declaration of Buenos Aires (1995)", "X/Decl/4"],
    ["Article 4 of the Declaration of Buenos Aires", "XXI/Decl/4"],
    ["paragraph 3 of the Plan of Action of Medellín 2013", "XVIII/PoA/3"],
    ["paragraph 3 of the Plan of Action of Medellin", "XVIII/PoA/3"],
    ["Article 2 of the Declaration of Mexico", "XIV/Decl/2"],
    ["Article 2 of the Declaration of Port of Spain", "XV/Decl/2"],
    ["Article 2 of the Salvador Declaration", "XIII/Decl/2"],
    ["Article 2 of the Declaration of San Salvador", "XVII/Decl/2"],
    ["Article 2 of the Declaration of Viña del Mar", "XI/Decl/2"],
    ["Article 2 of the Declaration of Ottawa", "XII/Decl/2"],
    ["Article 2 of the Declaration of the XVIII IACML", "XVIII/Decl/2"],
    ["Artículo 2 de la Declaración de Cundinamarca", "I/Decl/2"],
    ["Article 2 of the Declaration of the VI IACML", "VI/Decl/2"],
    ["Article 2 of the Declaration of Lima", "VI/Decl/2"],
    ["Artículo 2 de la Declaración de Lima de 1978", "VI/Decl/2"],
  ])("%s", (text, id) => {
    expect(ids(text)).toEqual([id]);
  });

  it("decides a city of several editions by year, edition or default, else lists the candidates", () => {
    expect(ids("Article 4 of the Declaration of Buenos Aires", xx)).toEqual(["XXI/Decl/4"]);
    const r = parseMandateRefs("Article 4 of the Declaration of Buenos Aires", xix);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]!.code).toBe("mandates.ambiguous-city");
      expect(r.issues[0]!.message).toContain("X (1995), XVI (2009), XXI (2021)");
    }
    expect(ids("Article 4 of the Declaration of Buenos Aires 2000")).toEqual(["mandates.no-conference-that-year"]);
    expect(ids("Article 4 of the Declaration of the XXX IACML")).toEqual(["mandates.unknown-edition"]);
  });

  it("formats a shared city with its year, and reads it back", () => {
    const r = parseMandateRefs(
      "Article 4 of the Declaration of Buenos Aires 2009 and Article 5 of the Declaration of Buenos Aires 2021",
      xxi,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const en = formatMandateRefs(r.value, "en", xxi);
    expect(en).toBe(
      "Article 4 of the Declaration of Buenos Aires 2009; Article 5 of the Declaration of Buenos Aires 2021",
    );
    const es = formatMandateRefs(r.value, "es", xxi);
    expect(es).toBe(
      "Artículo 4 de la Declaración de Buenos Aires 2009; Artículo 5 de la Declaración de Buenos Aires 2021",
    );
    for (const text of [en, es]) expect(ids(text, xix)).toEqual(["XVI/Decl/4", "XXI/Decl/5"]);
  });

  it("reads a whole instrument as a cited source", () => {
    const r = parseCitations("the Declaration and Plan of Action of Medellín 2013", xxi);
    expect(r.ok && r.value.sources.map((s) => (s.kind === "instrument" ? s.instrument : ""))).toEqual([
      "XVIII/Decl",
      "XVIII/PoA",
    ]);
  });
});
