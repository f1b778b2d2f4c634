import { describe, expect, it } from "vitest";
import * as fc from "fast-check";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  formatDocumentSymbol,
  formatIssue,
  parseDocumentSymbol,
  toRoman,
  type BodySymbol,
  type DocumentSymbol,
  type SeriesSymbol,
} from "iacml/core";

const seedsDir = fileURLToPath(new URL("../../../shared/seeds/", import.meta.url));
// The seed documents sit beside the repository (../shared/seeds) in development and CI.
const haveSeeds = existsSync(seedsDir);
const seedTexts = (haveSeeds ? readdirSync(seedsDir) : [])
  .filter((name) => name.endsWith(".txt"))
  .map((name) => readFileSync(seedsDir + name, "utf8"));

/** Every symbol on the covers and in the prose of the seed documents. */
const seedSymbols = [
  ...new Set(
    seedTexts.flatMap((text) =>
      [
        ...text.matchAll(
          /OEA\/Ser\.[^\s,;)]+(?:\s+CIDI\/[^\s,;)]+(?: (?:rev|corr|add)\.\s?\d+)*)?|CIDI\/[^\s,;)]*doc\.[^\s,;)]+(?: (?:rev|corr|add)\.\s?\d+)*/g,
        ),
      ].map((m) => m[0]),
    ),
  ),
];

const mustParse = (text: string): DocumentSymbol => {
  const r = parseDocumentSymbol(text);
  if (!r.ok) throw new Error(`${text}: ${r.issues[0]?.message}`);
  return r.value;
};

describe.skipIf(!haveSeeds)("parseDocumentSymbol on the seed documents", () => {
  it("finds the real symbols", () => {
    expect(seedSymbols.length).toBeGreaterThanOrEqual(6);
    expect(seedSymbols.some((s) => s.includes("rev.1"))).toBe(true);
  });

  it("reads every real symbol and writes it back (whitespace between parts as one space)", () => {
    for (const text of seedSymbols) {
      expect(formatDocumentSymbol(mustParse(text))).toBe(text.replace(/\s+/g, " "));
    }
  });

  it("splits the cover of the Working Group 1 report into its parts", () => {
    const cover = seedSymbols.find((s) => s.includes("RP/doc.4/21")) ?? "OEA/Ser.K/XII.21.1\n CIDI/TRABAJO/RP/doc.4/21";
    expect(mustParse(cover)).toEqual({
      series: { letter: "K", classifications: [{ numeral: "XII", value: 12, subdivisions: [21, 1] }] },
      document: {
        body: "CIDI",
        process: "TRABAJO",
        meeting: "RP",
        kind: "doc",
        number: 4,
        spaced: false,
        year: 2021,
        yearDigits: 2,
        amendments: [],
      },
    });
  });
});

describe("parseDocumentSymbol forms", () => {
  const forms = [
    "OEA/Ser.K/XII.21.1",
    "OEA/Ser.W/XIII.5.21",
    "OEA/Ser.L/V/II.169",
    "OEA/Ser.G",
    "CIDI/TRABAJO/RP/doc.4/21",
    "CIDI/TRABAJO/doc.9/21",
    "CIDI/CIMT/RPA/doc.33/22 rev.1",
    "CIDI/TRABAJO/GT-1/doc.3/19",
    "CIDI/RIAL/doc.2/22",
    "CIDI/doc. 354/21",
    "CIDI/TRABAJO/INF.1/2021 rev. 2 corr.1 add.3",
    "OEA/Ser.K/XII.21.1 CIDI/TRABAJO/doc.9/21",
    "OEA/Ser.W/XIII.5.21 CIDI/doc. 354/21 rev.1",
  ];

  it("round-trips every supported form", () => {
    for (const text of forms) expect(formatDocumentSymbol(mustParse(text))).toBe(text);
  });

  it("exposes the parts", () => {
    const doc = mustParse("CIDI/CIMT/RPA/doc.33/22 rev.1").document!;
    expect(doc).toMatchObject({ body: "CIDI", process: "CIMT", meeting: "RPA", number: 33, year: 2022 });
    expect(doc.amendments).toEqual([{ kind: "rev", number: 1, spaced: false }]);
    expect(mustParse("CIDI/doc. 354/21").document).toMatchObject({ body: "CIDI", number: 354, spaced: true });
    expect(mustParse("CIDI/doc. 354/21").document?.process).toBeUndefined();
    expect(mustParse("CP/doc.1/98").document?.year).toBe(1998);
    expect(mustParse("CP/doc.1/47").document?.year).toBe(2047);
    expect(mustParse("  CIDI/doc.1/21\n").document?.number).toBe(1);
    expect(mustParse("OEA/Ser.W/XIII.5.21").series?.classifications[0]).toEqual({
      numeral: "XIII",
      value: 13,
      subdivisions: [5, 21],
    });
  });

  it("rejects malformed symbols with a span where they go wrong", () => {
    const cases: [string, number][] = [
      ["CIDI/doc.4", 5],
      ["CIDI/doc.04/21", 5],
      ["doc.4/21", 0],
      ["cidi/doc.4/21", 0],
      ["CIDI/A/B/C/doc.1/21", 9],
      ["CIDI/TRABAJO/doc.9/21 rev1", 21],
      ["CIDI/TRABAJO/doc.9/21x", 21],
      ["CIDI/TRABAJO/doc.9/0021", 13],
      ["OEA/Ser.K/XIIII.1", 10],
      ["OEA/Ser.k/XII", 0],
      ["OEA/Ser.K/XII.21.1/", 18],
      ["OEA/Ser.K/XII.21.1CIDI/doc.1/21", 9],
      ["OEA/Ser.K/XII.21.1 garbage", 19],
      ["CIDI/OAS", 5],
    ];
    for (const [text, start] of cases) {
      const r = parseDocumentSymbol(text);
      expect(r.ok, text).toBe(false);
      if (!r.ok) {
        expect(r.issues[0]?.code).toBe("core.invalid-document-symbol");
        expect(r.issues[0]?.span?.start, text).toBe(start);
      }
    }
    for (const blank of ["", "   "]) expect(parseDocumentSymbol(blank).ok).toBe(false);
    const r = parseDocumentSymbol(42);
    expect(!r.ok && r.issues[0]?.params.input).toBe("number");
    if (!r.ok) expect(formatIssue(r.issues[0]!, "es")).toContain("no es una signatura");
  });
});

const segmentArb = fc.stringMatching(/^[A-Z][A-Z0-9]{0,6}(-[A-Z0-9]{1,3})?$/);
const seriesArb: fc.Arbitrary<SeriesSymbol> = fc.record({
  letter: fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
  classifications: fc.array(
    fc
      .record({
        value: fc.integer({ min: 1, max: 3999 }),
        subdivisions: fc.array(fc.nat({ max: 200 }), { maxLength: 3 }),
      })
      .map(({ value, subdivisions }) => ({ numeral: toRoman(value), value, subdivisions })),
    { maxLength: 3 },
  ),
});
const bodyArb: fc.Arbitrary<BodySymbol> = fc
  .record({
    segments: fc.array(segmentArb, { minLength: 1, maxLength: 3 }),
    kind: fc.constantFrom("doc" as const, "INF" as const),
    number: fc.integer({ min: 1, max: 99999 }),
    spaced: fc.boolean(),
    year: fc.integer({ min: 1948, max: 2047 }),
    yearDigits: fc.constantFrom(2 as const, 4 as const),
    amendments: fc.array(
      fc.record({
        kind: fc.constantFrom("rev" as const, "corr" as const, "add" as const),
        number: fc.integer({ min: 1, max: 20 }),
        spaced: fc.boolean(),
      }),
      { maxLength: 3 },
    ),
  })
  .map(({ segments: [body, process, meeting], ...rest }) => ({
    body: body!,
    ...(process === undefined ? {} : { process }),
    ...(meeting === undefined ? {} : { meeting }),
    ...rest,
  }));
const symbolArb: fc.Arbitrary<DocumentSymbol> = fc.oneof(
  seriesArb.map((series) => ({ series })),
  bodyArb.map((document) => ({ document })),
  fc.record({ series: seriesArb, document: bodyArb }),
);

describe("document symbol properties", () => {
  it("parse(format(symbol)) == symbol and format(parse(text)) == text for generated symbols", () => {
    fc.assert(
      fc.property(symbolArb, (symbol) => {
        const text = formatDocumentSymbol(symbol);
        const r = parseDocumentSymbol(text);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.value).toEqual(symbol);
        expect(formatDocumentSymbol(r.value)).toBe(text);
      }),
    );
  });

  it("never throws, and whatever parses formats back to its normalized text", () => {
    const symbolish = fc
      .array(
        fc.constantFrom(
          "OEA/Ser.",
          "K",
          "/",
          "XII",
          ".",
          "21",
          " ",
          "\n",
          "CIDI",
          "TRABAJO",
          "doc.",
          "INF.",
          "rev.",
          "1",
          "-",
          "0",
        ),
        { maxLength: 20 },
      )
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.oneof(fc.string(), symbolish, fc.anything()), (input) => {
        const r = parseDocumentSymbol(input);
        if (r.ok) expect(formatDocumentSymbol(r.value)).toBe((input as string).trim().replace(/\s+/, " "));
        else expect(r.issues[0]?.code).toBe("core.invalid-document-symbol");
      }),
      { numRuns: 2000 },
    );
  });
});
