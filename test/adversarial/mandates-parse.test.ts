import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  formatMandateRefs,
  parseCitations,
  parseMandateRefs,
  parseTraceInput,
  type MandateContext,
} from "iacml/mandates";

/** The three conferences of the seed documents (the dataset's full list is tested in test/mandates). */
const ctx: MandateContext = {
  conferences: [
    { id: "xix", edition: "XIX", cities: ["Cancún"], year: 2015 },
    { id: "xx", edition: "XX", cities: ["Bridgetown"], year: 2017 },
    { id: "xxi", edition: "XXI", cities: ["Buenos Aires"], year: 2021 },
  ],
  defaultConference: "xxi",
};
const MB = 1_000_000;
const big = { limits: { maxTextLength: 2 * MB } };
const TIMEOUT = 60_000;

/** Every result is a Result whose spans lie inside the text and whose messages are short. */
function sound(text: string, r: ReturnType<typeof parseCitations>): void {
  expect(typeof r.ok).toBe("boolean");
  if (r.ok) {
    for (const ref of r.value.refs) {
      expect(ref.span!.start).toBeGreaterThanOrEqual(0);
      expect(ref.span!.end).toBeLessThanOrEqual(text.length);
    }
    return;
  }
  expect(r.issues.length).toBeGreaterThan(0);
  expect(r.issues.length).toBeLessThanOrEqual(101);
  for (const i of r.issues) {
    expect(i.message.length).toBeLessThan(400);
    if (i.span !== undefined) {
      expect(i.span.start).toBeGreaterThanOrEqual(0);
      expect(i.span.end).toBeLessThanOrEqual(Math.max(text.length, i.span.start));
    }
  }
}

describe("parseMandateRefs on hostile and careless input (issue 11)", () => {
  it("caps range expansions in total per call", () => {
    const r = parseMandateRefs(`${"1-1000, ".repeat(125)}1`, ctx);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.code)).toContain("mandates.too-many-expansions");
    const lower = parseMandateRefs("1-1000, 1", ctx, { limits: { maxExpansions: 10 } });
    expect(lower.ok ? [] : lower.issues.map((i) => i.code)).toEqual(["mandates.too-many-expansions"]);
    const within = parseMandateRefs("1-1000, 2-1000", ctx, { limits: { maxExpansions: 2000 } });
    expect(within.ok && within.value.length).toBe(1999);
  });

  it("keeps unknown cities bounded: issues capped, then one count of the rest", () => {
    const text = "7 of the Declaration of Zz, ".repeat(11429);
    const r = parseMandateRefs(text, ctx, big);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(101);
    expect(r.issues[0]!.code).toBe("mandates.unknown-city");
    expect(r.issues.at(-1)!.code).toBe("core.too-many-issues");
  });

  it("quotes an excerpt, never the whole input", () => {
    const r = parseMandateRefs("x".repeat(100_000), ctx, big);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]!.message.length).toBeLessThan(200);
  });

  it("rejects a text past maxTextLength with one issue, at once", () => {
    const r = parseMandateRefs("Article 5 ".repeat(2000), ctx);
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(["core.input-too-long"]);
    expect(parseMandateRefs(42 as unknown as string, ctx).ok).toBe(false);
  });

  it.each([
    ["{}", {}],
    ["null", null],
    ["undefined", undefined],
    ["a number", 3],
    ["conferences not an array", { conferences: "xxi" }],
    ["a conference without cities", { conferences: [{ id: "xxi" }] }],
    [
      "a throwing getter",
      {
        get conferences(): never {
          throw new Error("boom");
        },
      },
    ],
    [
      "a Proxy that throws",
      new Proxy(
        {},
        {
          ownKeys() {
            throw new Error("trap");
          },
          get() {
            throw new Error("trap");
          },
        },
      ),
    ],
  ])("answers an invalid context (%s) with an issue, not a TypeError", (_name, bad) => {
    const r = parseMandateRefs("Article 5", bad as unknown as MandateContext);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]!.code).toMatch(/^(mandates\.invalid-context|core\.)/);
    expect(parseCitations("Article 5", bad as unknown as MandateContext).ok).toBe(false);
  });

  it("reads a context with a cycle or a Proxy that behaves, without changing it", () => {
    const cyclic: Record<string, unknown> = {
      conferences: [{ id: "xxi", cities: ["Buenos Aires"] }],
      defaultConference: "xxi",
    };
    cyclic.self = cyclic;
    expect(parseMandateRefs("Article 5", cyclic as unknown as MandateContext).ok).toBe(false);
    const proxy = new Proxy(ctx, {});
    const r = parseMandateRefs("Article 5", proxy);
    expect(r.ok && r.value[0]!.id).toBe("XXI/Decl/5");
  });

  it("ignores garbage options", () => {
    for (const options of [null, 5, "x", { limits: null }, { limits: { maxTextLength: -1 } }]) {
      const r = parseMandateRefs("Article 5", ctx, options as never);
      expect(r.ok).toBe(true);
    }
  });

  const megabytes: [string, string][] = [
    ["spaces", " ".repeat(MB)],
    ["digits", "7".repeat(MB)],
    ["separators", ", ; . ( ) - ".repeat(MB / 12)],
    ["connectors and", "and ".repeat(MB / 4)],
    ["connectors y", "y ".repeat(MB / 2)],
    ["commas", ",".repeat(MB)],
    ["hyphens", "-".repeat(MB)],
    ["numbers and hyphens", "1-2, ".repeat(MB / 5)],
    ["zero-width joiners", "\u200d".repeat(MB)],
    ["bidi marks", "\u202e\u200f".repeat(MB / 2)],
    ["full-width digits", "７".repeat(MB)],
    ["combining marks", "\u0301".repeat(MB)],
    ["letters with combining marks", "a\u0301 ".repeat(MB / 3)],
    ["lone surrogates", "\ud800".repeat(MB)],
    ["NUL", "\u0000".repeat(MB)],
    ["a valid sentence repeated", "Articles 5 and 7 of the Declaration of Bridgetown; ".repeat(MB / 52)],
  ];

  it.each(megabytes)(
    "1 MB of %s: a bounded Result (at most maxIssues + 1 issues, short messages)",
    (_name, text) => {
      const r = parseCitations(text, ctx, big);
      sound(text, r);
      const limited = parseMandateRefs(text, ctx);
      expect(limited.ok ? [] : limited.issues.map((i) => i.code)).toEqual(["core.input-too-long"]);
    },
    TIMEOUT,
  );

  it("reports one issue per run of unknown characters, not one per character", () => {
    const r = parseMandateRefs(`Article 5 ${"\u0000".repeat(500)} and 6`, ctx);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.code)).toEqual(["mandates.unknown-characters"]);
    expect(r.issues[0]!.span).toEqual({ start: 10, end: 510 });
  });

  it("folds only what it documents: no dotless ı, no full-width digits, no decomposed look-alikes", () => {
    expect(parseMandateRefs("Artıcle 5", ctx).ok).toBe(false);
    expect(parseMandateRefs("Article ５", ctx).ok).toBe(false);
    expect(parseMandateRefs("Article 7, á", ctx).ok).toBe(false);
    expect(parseMandateRefs("Article 7, a\u0301", ctx).ok).toBe(false);
    const accented = parseMandateRefs("Artículo 7 de la Declaración de Cancún", ctx);
    const decomposed = parseMandateRefs("Arti\u0301culo 7 de la Declaracio\u0301n de Cancu\u0301n", ctx);
    expect(accented.ok && accented.value[0]!.id).toBe("XIX/Decl/7");
    expect(decomposed.ok && decomposed.value[0]!.id).toBe("XIX/Decl/7");
  });

  it(
    "never throws for any value (fast-check over fc.anything())",
    () => {
      fc.assert(
        fc.property(fc.anything(), fc.anything(), (text, context) => {
          const r = parseCitations(text as string, context as MandateContext);
          expect(typeof r.ok).toBe("boolean");
          const t = parseTraceInput(text);
          expect(typeof t.ok).toBe("boolean");
        }),
        { numRuns: 300 },
      );
    },
    TIMEOUT,
  );

  const valid = [
    "Articles 15, 23 and 25 of the Declaration and 7b and 7c of the Plan of Action of Buenos Aires",
    "paragraph 9(b) of the Plan of Action of Bridgetown",
    "Declaration of Cancún, articles 12 to 14",
    "Artículos 5 a 7 de la Declaración de Bridgetown y párrafo 6(a)-(c) de su Plan de Acción",
  ];
  it(
    "never throws on mutations of valid citations (insertions, deletions, swaps)",
    () => {
      const mutation = fc.tuple(
        fc.constantFrom(...valid),
        fc.array(
          fc.tuple(
            fc.nat(),
            fc.nat({ max: 3 }),
            fc.oneof(fc.string({ maxLength: 3 }), fc.constantFrom("(", ")", "-", "\u200d", "\u0000", "y", "of", "7")),
          ),
          { maxLength: 6 },
        ),
      );
      fc.assert(
        fc.property(mutation, ([text, edits]) => {
          let t = text;
          for (const [at, cut, insert] of edits) {
            const k = at % (t.length + 1);
            t = t.slice(0, k) + insert + t.slice(k + cut);
          }
          sound(t, parseCitations(t, ctx));
        }),
        { numRuns: 400 },
      );
    },
    TIMEOUT,
  );

  it("formats without quadratic grouping and keeps the canonical sentence", () => {
    const r = parseMandateRefs("1-1000 of the Declaration", ctx);
    expect(r.ok).toBe(true);
    if (r.ok) expect(formatMandateRefs(r.value, "en", ctx)).toMatch(/^Articles 1, 2, 3/);
  });
});

describe("parseTraceInput (untrusted trace input)", () => {
  it("snapshots first: getters that throw, Proxies, cycles and deep nesting are issues", () => {
    const hostile = {
      instruments: [],
      actions: [],
      get links(): never {
        throw new Error("boom");
      },
    };
    expect(parseTraceInput(hostile).ok).toBe(false);
    const cyclic: Record<string, unknown> = { instruments: [], actions: [], links: [] };
    cyclic.self = cyclic;
    expect(parseTraceInput(cyclic).ok).toBe(false);
    let deep: unknown = [];
    for (let k = 0; k < 5000; k++) deep = [deep];
    const r = parseTraceInput({ instruments: deep, actions: [], links: [] });
    expect(r.ok ? "" : r.issues[0]!.code).toBe("core.too-deep");
    expect(parseTraceInput("{not json").ok).toBe(false);
    expect(
      parseTraceInput(
        new Proxy(
          {},
          {
            get() {
              throw new Error("trap");
            },
          },
        ),
      ).ok,
    ).toBe(false);
  });

  it("accepts a valid input, as an object or JSON", () => {
    const input = { instruments: [{ id: "XXI/PoA", provisions: [{ id: "XXI/PoA/7b" }] }], actions: [], links: [] };
    expect(parseTraceInput(input).ok).toBe(true);
    expect(parseTraceInput(JSON.stringify(input)).ok).toBe(true);
  });
});

describe("the hand-written context check agrees with MandateContextSchema", () => {
  it(
    "accepts and rejects the same contexts (property)",
    async () => {
      const { MandateContextSchema } = await import("iacml/mandates");
      const conference = fc.record(
        {
          id: fc.oneof(fc.string({ maxLength: 45 }), fc.integer()),
          edition: fc.oneof(fc.string({ maxLength: 3 }), fc.constant(undefined)),
          cities: fc.oneof(fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }), fc.constant("x")),
          year: fc.oneof(fc.integer({ min: -5, max: 10_005 }), fc.double(), fc.constant(undefined)),
          itemNumbering: fc.constantFrom("lettered", "roman", "greek", undefined),
        },
        { requiredKeys: [] },
      );
      const context = fc.record(
        {
          conferences: fc.oneof(fc.array(conference, { maxLength: 3 }), fc.constant(null)),
          defaultConference: fc.oneof(fc.string({ maxLength: 3 }), fc.integer(), fc.constant(undefined)),
          defaultInstrument: fc.constantFrom("declaration", "plan-of-action", "x", undefined),
        },
        { requiredKeys: [] },
      );
      fc.assert(
        fc.property(context, (value) => {
          const plain = JSON.parse(JSON.stringify(value)) as unknown;
          const schema = MandateContextSchema.safeParse(plain).success;
          const r = parseCitations("Article 5 of the Declaration", plain as MandateContext);
          const invalid = !r.ok && r.issues.some((i) => i.code === "mandates.invalid-context");
          expect(invalid, JSON.stringify(plain)).toBe(!schema);
        }),
        { numRuns: 400 },
      );
    },
    TIMEOUT,
  );
});
