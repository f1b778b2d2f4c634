import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  DEFAULT_LIMITS,
  catchToResult,
  checkLocaleOption,
  checkPlainDateOption,
  checkTextInput,
  createIssueSink,
  excerpt,
  foldForMatching,
  ok,
  requireLocale,
  requirePlainDate,
  resolveLimits,
  snapshotUntrusted,
  type Issue,
} from "iacml/core";
import { anyValue } from "../support/any-value.js";

const anIssue = (n: number): Issue => ({ code: "x", severity: "error", message: `m${n}`, path: [], params: {} });

describe("resolveLimits", () => {
  it("keeps defaults for garbage and hostile objects", () => {
    expect(resolveLimits(undefined)).toEqual(DEFAULT_LIMITS);
    expect(resolveLimits({ maxIssues: -1, maxDepth: 1.5, maxNodes: "9" })).toEqual(DEFAULT_LIMITS);
    const hostile = new Proxy(
      {},
      {
        has: () => {
          throw new Error("trap");
        },
        get: () => {
          throw new Error("trap");
        },
      },
    );
    expect(resolveLimits(hostile)).toEqual(DEFAULT_LIMITS);
    expect(resolveLimits({ maxTextLength: 5 }).maxTextLength).toBe(5);
  });
});

describe("excerpt", () => {
  it("never exceeds the maximum and never splits a surrogate pair", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), fc.integer({ min: 1, max: 80 }), (text, max) => {
        const e = excerpt(text, undefined, max);
        expect(e.length).toBeLessThanOrEqual(Math.max(max, 1));
        expect(/[\ud800-\udbff]$/.test(e.replace(/…$/, ""))).toBe(false);
      }),
    );
  });
  it("quotes a span", () => {
    expect(excerpt("May 2024 (tbc)", { start: 9, end: 14 })).toBe("(tbc)");
    expect(excerpt("x".repeat(100000)).length).toBe(DEFAULT_LIMITS.excerptLength);
  });
});

describe("createIssueSink", () => {
  it("keeps at most the maximum and counts the rest", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 60 }), (max, n) => {
        const sink = createIssueSink(max);
        for (let i = 0; i < n; i += 1) sink.add(anIssue(i));
        const issues = sink.issues();
        expect(sink.count).toBe(n);
        if (n <= max) expect(issues).toHaveLength(n);
        else {
          expect(issues).toHaveLength(max + 1);
          expect(issues.at(-1)?.code).toBe("core.too-many-issues");
          expect(issues.at(-1)?.params.omitted).toBe(n - max);
        }
      }),
    );
  });
});

describe("checkTextInput", () => {
  it("gives one issue at once for long or non-text input", () => {
    const long = checkTextInput(" ".repeat(1_000_000));
    expect(long.ok).toBe(false);
    if (!long.ok) {
      expect(long.issues).toHaveLength(1);
      expect(long.issues[0]?.code).toBe("core.input-too-long");
      expect(long.issues[0]?.message.length).toBeLessThan(100);
    }
    const notText = checkTextInput(42);
    expect(!notText.ok && notText.issues[0]?.code).toBe("core.not-a-string");
    expect(checkTextInput("May 2024")).toEqual(ok("May 2024"));
  });
});

describe("snapshotUntrusted", () => {
  it("round-trips JSON values exactly", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const r = snapshotUntrusted(value);
        expect(r.ok).toBe(true);
        if (r.ok) expect(JSON.stringify(r.value)).toBe(JSON.stringify(value));
      }),
    );
  });
  it("never throws on any value", () => {
    fc.assert(
      fc.property(anyValue(), (value) => {
        const r = snapshotUntrusted(value);
        expect(typeof r.ok).toBe("boolean");
      }),
    );
  });
  it("reports throwing getters, Proxies, cycles, depth, size and non-data values", () => {
    const getter = snapshotUntrusted({
      a: {
        get b(): number {
          throw new Error("boom");
        },
      },
    });
    expect(!getter.ok && getter.issues[0]).toMatchObject({ code: "core.unreadable-input", path: ["a", "b"] });
    const proxy = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error("trap");
        },
      },
    );
    expect(!snapshotUntrusted(proxy).ok).toBe(true);
    const cyclic: Record<string, unknown> = { x: 1 };
    cyclic.self = cyclic;
    const c = snapshotUntrusted(cyclic);
    expect(!c.ok && c.issues[0]?.code).toBe("core.cyclic-input");
    let deep: unknown = "2024-05-01";
    for (let i = 0; i < 100_000; i += 1) deep = { kind: "one-of", options: [deep] };
    const d = snapshotUntrusted(deep);
    expect(!d.ok && d.issues[0]?.code).toBe("core.too-deep");
    const big = snapshotUntrusted(new Array(2000).fill(1), { maxNodes: 1000 });
    expect(!big.ok && big.issues[0]?.code).toBe("core.input-too-large");
    const fn = snapshotUntrusted({ f: () => 1, d: new Date(0), n: 1n });
    expect(!fn.ok && fn.issues.map((i) => i.code)).toEqual([
      "core.not-json-value",
      "core.not-json-value",
      "core.not-json-value",
    ]);
  });
  it("copies __proto__ as data and shares nothing with the input", () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}, "a": [1]}') as Record<string, unknown>;
    const r = snapshotUntrusted(input);
    expect(r.ok).toBe(true);
    if (r.ok) {
      const value = r.value as Record<string, unknown>;
      expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
      expect(Object.prototype.hasOwnProperty.call(value, "__proto__")).toBe(true);
      expect(value.a).not.toBe(input.a);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }
  });
});

describe("catchToResult", () => {
  it("turns an exception into an issue", () => {
    const r = catchToResult(() => {
      throw new RangeError("x".repeat(10_000));
    }, "planCycle");
    expect(!r.ok && r.issues[0]?.code).toBe("core.unexpected-error");
    expect(!r.ok && r.issues[0]!.message.length).toBeLessThan(120);
  });
});

describe("typed options checked at run time", () => {
  it("names the parameter", () => {
    for (const bad of ["31/12/2023", "2024-1-5", "garbage", undefined, null, 20240105, "2023-02-29"]) {
      expect(checkPlainDateOption(bad, "asOf")?.code).toBe("core.invalid-date-option");
      expect(() => requirePlainDate(bad, "asOf")).toThrow(/asOf/);
    }
    expect(requirePlainDate("2024-02-29", "asOf")).toBe("2024-02-29");
    expect(checkLocaleOption("fr")?.code).toBe("core.unknown-locale");
    expect(() => requireLocale("EN")).toThrow(TypeError);
    expect(requireLocale("es")).toBe("es");
  });
});

describe("foldForMatching", () => {
  it("folds diacritics and case only", () => {
    expect(foldForMatching("Declaración de MEDELLÍN")).toBe("declaracion de medellin");
    expect(foldForMatching("a\u0301")).toBe(foldForMatching("á"));
    expect(foldForMatching("xxı")).toBe("xxı");
    expect(foldForMatching("1ſt")).toBe("1ſt");
    expect(foldForMatching("１２")).toBe("１２");
  });
  it("is idempotent", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 50 }), (s) => {
        expect(foldForMatching(foldForMatching(s))).toBe(foldForMatching(s));
      }),
    );
  });
});

describe("localized suggestions", () => {
  it("renders a suggestion code in both languages and refuses unknown locales", async () => {
    const { findingFactory, formatSuggestion, formatIssue } = await import("iacml/core");
    const catalog = {
      "cycle.rule-broken": { en: "Broken {a}", es: "Incumplida {a}" },
      "cycle.suggest.move": { en: "Move {a} to {to}", es: "Traslade {a} a {to}" },
    } as const;
    const finding = findingFactory(catalog);
    const f = finding(
      "cycle.rule-broken",
      { a: "x" },
      {
        certainty: "certain",
        subjects: [],
        suggestion: { code: "cycle.suggest.move", params: { a: "x", to: "mayo" } },
      },
    );
    expect(f.suggestion).toBe("Move x to mayo");
    expect(f.suggestionCode).toBe("cycle.suggest.move");
    const plain = finding("cycle.rule-broken", { a: "x" }, { certainty: "certain", subjects: [], suggestion: "Do it" });
    expect(formatSuggestion(plain, "es")).toBe("Do it");
    expect(() => formatIssue(plain, "fr" as never)).toThrow(TypeError);
    expect(
      formatSuggestion(finding("cycle.rule-broken", {}, { certainty: "possible", subjects: [] }), "es"),
    ).toBeUndefined();
  });
});
