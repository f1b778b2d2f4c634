import { describe, expect, it } from "vitest";
import * as fc from "fast-check";
import { formatIssue, fromRoman, toRoman } from "iacml/core";

/** Value of a numeral by the additive/subtractive rule, canonical or not. */
const naiveValue = (text: string): number => {
  const letters: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const here = letters[text[i]!]!;
    const next = letters[text[i + 1] ?? ""] ?? 0;
    total += here < next ? -here : here;
  }
  return total;
};

describe("toRoman", () => {
  it("writes canonical numerals", () => {
    expect(toRoman(22)).toBe("XXII");
    expect(toRoman(21)).toBe("XXI");
    expect(toRoman(1994)).toBe("MCMXCIV");
    expect(toRoman(3999)).toBe("MMMCMXCIX");
    expect(toRoman(4)).toBe("IV");
  });

  it("throws RangeError outside 1..3999 and for non-integers", () => {
    for (const bad of [0, -1, 4000, 1.5, Number.NaN, Infinity]) expect(() => toRoman(bad)).toThrow(RangeError);
  });

  it("agrees with the additive/subtractive value and is strictly shortest-form", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3999 }), (n) => {
        const text = toRoman(n);
        expect(naiveValue(text)).toBe(n);
        expect(text).toMatch(/^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/);
      }),
    );
  });
});

describe("fromRoman", () => {
  it("reads every number back: fromRoman(toRoman(n)) == n for all 1..3999", () => {
    for (let n = 1; n <= 3999; n++) expect(fromRoman(toRoman(n))).toEqual({ ok: true, value: n });
  });

  it("rejects non-canonical forms with a span at the first offending letter", () => {
    const cases: [string, number][] = [
      ["IIII", 3],
      ["VX", 1],
      ["IC", 1],
      ["XXXX", 3],
      ["VV", 1],
      ["IIV", 2],
      ["CDC", 2],
      ["XXIA", 3],
      ["A", 0],
    ];
    for (const [text, start] of cases) {
      const r = fromRoman(text);
      expect(r.ok, text).toBe(false);
      if (!r.ok) expect(r.issues[0]).toMatchObject({ code: "core.invalid-roman", span: { start, end: text.length } });
    }
    const empty = fromRoman("");
    expect(!empty.ok && empty.issues[0]?.span).toEqual({ start: 0, end: 0 });
    const r = fromRoman("IIII");
    if (!r.ok) expect(formatIssue(r.issues[0]!, "es")).toBe("'IIII' no es un número romano válido");
  });

  it("reports four or more M as out of range", () => {
    for (const text of ["MMMM", "MMMMCM", "MMMMMXXI"]) {
      const r = fromRoman(text);
      expect(!r.ok && r.issues[0]?.code, text).toBe("core.roman-out-of-range");
    }
    const junk = fromRoman("MMMMIIII");
    expect(!junk.ok && junk.issues[0]?.code).toBe("core.invalid-roman");
  });

  it("accepts lower case only when asked", () => {
    expect(fromRoman("xxi").ok).toBe(false);
    expect(fromRoman("xxi", { allowLowerCase: true })).toEqual({ ok: true, value: 21 });
    expect(fromRoman("mmmm", { allowLowerCase: true }).ok).toBe(false);
  });

  it("accepts exactly the strings toRoman writes, and never throws", () => {
    fc.assert(
      fc.property(fc.oneof(fc.stringMatching(/^[IVXLCDM]{0,8}$/), fc.string(), fc.anything()), (input) => {
        const r = fromRoman(input);
        if (r.ok) expect(toRoman(r.value)).toBe(input);
        else expect(r.issues[0]?.code).toMatch(/^core\.(invalid-roman|roman-out-of-range)$/);
      }),
    );
  });
});
