// Issue 11: every core text parser returns a Result, bounded, for hostile and careless text.
import { describe, expect, it } from "vitest";
import * as fc from "fast-check";
import {
  DateSpecSchema,
  DEFAULT_LIMITS,
  fromRoman,
  parseDateSpec,
  parseDateSpecValue,
  parseDocumentSymbol,
  parseEdtf,
  parsePlainDate,
  parsePlainMonth,
  type Result,
} from "iacml/core";

const MB = 1_000_000;
const fill = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** Hostile texts: 1 MB of each, and the same at the default limit (10,000 characters). */
const UNITS: Record<string, string> = {
  spaces: " ",
  digits: "1",
  separators: ",.-/;:",
  "connector and": "1 and ",
  "connector y": "1 y ",
  "connector comma": "1, ",
  "connector dash": "1 - ",
  "zero-width joiners": "\u200d",
  "zero-width spaces": "\u200b",
  "bidi marks": "\u200e\u202e\u2066",
  "full-width digits": "２０２４",
  "combining marks": "a\u0301\u0300",
  "lone surrogates": "\ud800",
  "lone low surrogates": "x\udc00",
  NUL: "\u0000",
  "month words": "May ",
  parentheses: "((",
  "tbd phrase": "to be confirmed ",
  "roman letters": "MMMCMXCIX",
  "symbol pieces": "CIDI/",
};

type Parser = (text: string) => Result<unknown>;
const PARSERS: Record<string, Parser> = {
  parseDateSpec: (t) => parseDateSpec(t),
  parseEdtf: (t) => parseEdtf(t),
  parsePlainDate: (t) => parsePlainDate(t),
  parsePlainMonth: (t) => parsePlainMonth(t),
  fromRoman: (t) => fromRoman(t, { allowLowerCase: true }),
  parseDocumentSymbol: (t) => parseDocumentSymbol(t),
};

function checkResult(r: Result<unknown>, text: string): void {
  expect(typeof r.ok).toBe("boolean");
  if (r.ok) return;
  expect(r.issues.length).toBeGreaterThan(0);
  expect(r.issues.length).toBeLessThanOrEqual(DEFAULT_LIMITS.maxIssues + 1);
  for (const i of r.issues) {
    // Messages quote an excerpt, never the whole input.
    expect(i.message.length).toBeLessThan(400);
    if (i.span) expect(0 <= i.span.start && i.span.start <= i.span.end && i.span.end <= text.length).toBe(true);
  }
}

describe("1 MB of hostile text: one issue at once for the text parsers", () => {
  for (const [name, unit] of Object.entries(UNITS)) {
    const big = fill(unit, MB);
    const atLimit = fill(unit, DEFAULT_LIMITS.maxTextLength);
    for (const [parser, parse] of Object.entries(PARSERS)) {
      it(`${parser}: ${name}`, () => {
        const r = parse(big);
        checkResult(r, big);
        expect(r.ok).toBe(false);
        if (!r.ok && parser !== "parsePlainDate" && parser !== "parsePlainMonth") {
          expect(r.issues.map((i) => i.code)).toEqual(["core.input-too-long"]);
        }
        checkResult(parse(atLimit), atLimit);
      });
    }
  }
});

describe("the cases of issue 11", () => {
  it("spaces do not make the TBD pattern backtrack; text after them still reads", () => {
    checkResult(parseDateSpec(" ".repeat(100_000)), " ".repeat(100_000));
    expect(parseDateSpec(`${" ".repeat(9_000)}May 2024`)).toEqual({
      ok: true,
      value: { kind: "month", month: "2024-05" },
    });
    const r = parseDateSpec(" ".repeat(9_990), { limits: { maxTextLength: 1_000_000 } });
    expect(r.ok).toBe(false);
  });
  it("'1, ' repeated gives at most maxIssues issues, each quoting a short excerpt", () => {
    const text = `${"1, ".repeat(3_000)}1`;
    const r = parseDateSpec(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.length).toBe(DEFAULT_LIMITS.maxIssues + 1);
    expect(r.issues.at(-1)?.code).toBe("core.too-many-issues");
    expect(Math.max(...r.issues.map((i) => i.message.length))).toBeLessThan(200);
    const big = parseDateSpec(`${"1, ".repeat(33_333)}1`, { limits: { maxTextLength: 200_000 } });
    expect(big.ok).toBe(false);
    if (!big.ok) expect(big.issues.length).toBe(DEFAULT_LIMITS.maxIssues + 1);
  });
  it("null, garbage and hostile options never throw", () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error("trap");
        },
        has: () => {
          throw new Error("trap");
        },
      },
    );
    const getter = {
      get year(): number {
        throw new Error("boom");
      },
    };
    // A wrong option value is an issue naming the option (not silently ignored), never a throw.
    for (const [options, name] of [
      [{ year: Number.NaN }, "year"],
      [{ year: 99999 }, "year"],
      [{ order: "ymd" }, "order"],
      [{ locale: "de" }, "locale"],
    ] as const) {
      const r = parseDateSpec("May 2024", options as never);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues.map((i) => i.path)).toEqual([[name]]);
    }
    for (const options of [null, undefined, 0, "x", [], hostile, getter, { year: null }, { limits: null }]) {
      expect(parseDateSpec("May 2024", options as never)).toEqual({
        ok: true,
        value: { kind: "month", month: "2024-05" },
      });
      expect(fromRoman("XXI", options as never).ok).toBe(true);
      expect(parseEdtf("2024-05", options as never).ok).toBe(true);
      expect(parseDocumentSymbol("CIDI/doc.4/21", options as never).ok).toBe(true);
    }
    for (const text of [null, undefined, 5, {}, [], Symbol("s"), 10n, hostile]) {
      checkResult(parseDateSpec(text as never), "");
      checkResult(parseEdtf(text as never), "");
      checkResult(fromRoman(text), "");
      checkResult(parseDocumentSymbol(text), "");
      checkResult(parsePlainDate(text), "");
    }
  });
  it("a date spec nested 800 deep is one issue, not a stack overflow", () => {
    let spec: unknown = { kind: "month", month: "2024-01" };
    for (let i = 0; i < 800; i++) spec = { kind: "all", parts: [spec, { kind: "month", month: "2024-02" }] };
    const r = DateSpecSchema.safeParse(spec);
    expect(r.success).toBe(false);
    const v = parseDateSpecValue(spec);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(["core.date-spec-too-deep", "core.too-deep"]).toContain(v.issues[0]?.code);
    const json = JSON.parse(JSON.stringify(spec));
    expect(parseDateSpecValue(json, { limits: { maxDepth: 10_000 } })).toMatchObject({
      ok: false,
      issues: [{ code: "core.date-spec-too-deep" }],
    });
    expect(parseEdtf(`${"[".repeat(5_000)}2024-01${"]".repeat(5_000)}`).ok).toBe(false);
    const deepText = `${"(".repeat(5_000)}May 2024${")".repeat(5_000)}`;
    checkResult(parseDateSpec(deepText), deepText);
  });
  it("dates outside the supported years are issues in every date-spec parser", () => {
    for (const text of ["May 9999", "December 31, 9999", "1 January 0001", "9900-01-01", "1582-12", "Q4 9999"]) {
      const r = parseDateSpec(text);
      expect(r.ok, text).toBe(false);
      if (!r.ok) expect(r.issues[0]?.code).toBe("core.year-out-of-range");
    }
    expect(parseDateSpec("May 9899").ok).toBe(true);
    expect(parseDateSpec("January 1583").ok).toBe(true);
    expect(parseEdtf("9999-12-31")).toMatchObject({ ok: false, issues: [{ code: "core.year-out-of-range" }] });
    expect(parseEdtf("[0001-01,2024-01]").ok).toBe(false);
    expect(DateSpecSchema.safeParse({ kind: "days", start: "9999-12-31", end: "9999-12-31" }).success).toBe(false);
    expect(DateSpecSchema.safeParse({ kind: "months", start: "0001-01", end: "9999-12" }).success).toBe(false);
    // A default year out of range is an issue about the option itself, even when the text has its own year.
    expect(parseDateSpec("May 2024", { year: 9999 })).toMatchObject({
      ok: false,
      issues: [{ code: "core.invalid-year-option", path: ["year"] }],
    });
    expect(parseDateSpec("May", { year: 9999 }).ok).toBe(false);
  });
  it("text matching folds only accents: no dotless ı, no long ſ, composed and decomposed alike", () => {
    expect(fromRoman("xxı", { allowLowerCase: true }).ok).toBe(false);
    expect(fromRoman("xxi", { allowLowerCase: true })).toEqual({ ok: true, value: 21 });
    expect(fromRoman("XXſ", { allowLowerCase: true }).ok).toBe(false);
    expect(parseDateSpec("May 1ſt, 2024").ok).toBe(false);
    expect(parseDateSpec("May 1st, 2024").ok).toBe(true);
    const composed = parseDateSpec("7 de diciembre, 2023 y 8 de diciembre de 2023".normalize("NFC"));
    expect(parseDateSpec("miércoles 6 de diciembre de 2023".normalize("NFC"))).toEqual(
      parseDateSpec("miércoles 6 de diciembre de 2023".normalize("NFD")),
    );
    expect(parseDateSpec("1 août 2024".normalize("NFD"))).toEqual(parseDateSpec("1 août 2024".normalize("NFC")));
    expect(parseDateSpec("1 août 2024")).toEqual({
      ok: true,
      value: { kind: "days", start: "2024-08-01", end: "2024-08-01" },
    });
    expect(composed.ok).toBe(true);
    expect(parseDateSpec("7, á").ok).toBe(parseDateSpec("7, a\u0301").ok);
  });
  it("zero-width and bidi marks are unknown characters, not silently removed", () => {
    const r = parseDateSpec("May\u200b 2024");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.span).toEqual({ start: 3, end: 4 });
    expect(parseDateSpec("\u200eMay 2024").ok).toBe(false);
    expect(parseDateSpec("May ２０２４").ok).toBe(false);
  });
});

describe("fuzz: any value and mutations of valid inputs give a Result", () => {
  const valid = [
    "Sep 21-22, 2023",
    "July or August 2024 (at least three months before the XXII IACML)",
    "Q3 2024",
    "segunda quincena de julio de 2024",
    "Tuesday, 14 March 2023",
    "to be confirmed (July 1–August 31, 2024)",
    "2024-01-15",
    "[2024-04,2024-05]",
    "2024-35",
    "XXI",
    "CIDI/TRABAJO/doc.9/21",
    "OEA/Ser.K/XII.21.1 CIDI/TRABAJO/doc.9/21",
  ];
  const mutated = fc
    .tuple(fc.constantFrom(...valid), fc.nat(80), fc.nat(6), fc.string({ unit: "grapheme", maxLength: 6 }))
    .map(([s, at, cut, insert]) => {
      const i = Math.min(at, s.length);
      return s.slice(0, i) + insert + s.slice(Math.min(s.length, i + cut));
    });
  it("parsers of text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string({ unit: "binary" }), mutated), fc.anything(), (input, options) => {
        for (const parse of [parseDateSpec, parseEdtf, fromRoman, parseDocumentSymbol] as ((
          t: unknown,
          o: unknown,
        ) => Result<unknown>)[]) {
          const r = parse(input, options);
          expect(typeof r.ok).toBe("boolean");
          if (!r.ok) expect(r.issues.length).toBeGreaterThan(0);
        }
        expect(typeof parsePlainDate(input).ok).toBe("boolean");
        expect(typeof parsePlainMonth(input).ok).toBe("boolean");
      }),
      { numRuns: 300 },
    );
  }, 60_000);
  it("parseDateSpecValue", () => {
    const spec = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: "small" },
        fc.record({ kind: fc.constant("month"), month: fc.constantFrom("2024-01", "2024-13", "9999-12") }),
        fc.record({
          kind: fc.constant("days"),
          start: fc.constantFrom("2024-01-01", "2024-02-30"),
          end: fc.constantFrom("2024-01-02", "1999-01-01"),
        }),
        fc.record({
          kind: fc.constantFrom("all", "oneOf"),
          parts: fc.array(tie("node"), { maxLength: 3 }),
          options: fc.array(tie("node"), { maxLength: 3 }),
        }),
        fc.anything(),
      ),
    })).node;
    fc.assert(
      fc.property(spec, (value) => {
        const r = parseDateSpecValue(value);
        expect(typeof r.ok).toBe("boolean");
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
