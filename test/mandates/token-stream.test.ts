// The reader pulls its tokens on demand (issue 11: a call that stops at the issue limit does not
// tokenize the rest of a long text). The stream must give exactly the tokens of `tokenize`.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseMandateRefs } from "iacml/mandates";
import { TokenStream, tokenize } from "../../src/mandates/tokenize.js";
import { context } from "./context.js";

function drain(stream: TokenStream): unknown[] {
  const out: unknown[] = [];
  for (let k = 0; stream.at(k) !== undefined; k++) out.push(stream.at(k));
  return out;
}

describe("TokenStream", () => {
  it("gives the tokens of tokenize, in order, for any text", () => {
    const piece = fc.constantFrom(
      "7b",
      "Article",
      "de",
      "Medellín",
      "(",
      ")",
      ",",
      " ",
      "\u0000",
      "\u200d",
      "１",
      "-",
      "á",
      "e\u0301",
      "\ud800",
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(piece).map((p) => p.join("")),
        ),
        (text) => {
          expect(drain(new TokenStream(text))).toEqual(tokenize(text));
          const stream = new TokenStream(text);
          expect(stream.last()).toEqual(tokenize(text).at(-1));
          expect(stream.at(-1)).toBeUndefined();
        },
      ),
      { numRuns: 300 },
    );
  }, 30_000);

  it("answers a random access before and after the end", () => {
    const stream = new TokenStream("Articles 5 and 7");
    expect(stream.at(2)).toMatchObject({ kind: "word", norm: "and" });
    expect(stream.at(0)).toMatchObject({ kind: "word", norm: "articles" });
    expect(stream.at(9)).toBeUndefined();
    expect(stream.at(3)).toMatchObject({ kind: "number", value: 7 });
  });

  it("stops at the issue limit without changing the issues (a long text of unknown cities)", () => {
    const unit = "7 of the Declaration of Zz, ";
    const short = parseMandateRefs(unit.repeat(200), context, { limits: { maxTextLength: 2_000_000 } });
    const long = parseMandateRefs(unit.repeat(35_000), context, { limits: { maxTextLength: 2_000_000 } });
    expect(short.ok).toBe(false);
    expect(long.ok).toBe(false);
    if (short.ok || long.ok) return;
    expect(long.issues).toEqual(short.issues);
    expect(long.issues.length).toBe(101);
  }, 30_000);
});
