// Counts in messages: grouped digits per language and words that agree with the number.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createIssueSink, formatIssue, parsePlainDate } from "iacml/core";
import { groupDigits } from "../../src/core/messages/counts.js";

describe("groupDigits", () => {
  it("writes thousands marks as each language does", () => {
    expect(groupDigits(0, "en")).toBe("0");
    expect(groupDigits(999, "es")).toBe("999");
    expect(groupDigits(1000, "en")).toBe("1,000");
    expect(groupDigits(1000, "es")).toBe("1.000");
    expect(groupDigits(4_497_500, "es")).toBe("4.497.500");
    expect(groupDigits(-1_234_567, "en")).toBe("-1,234,567");
    expect(groupDigits(1.5, "en")).toBe("1.5");
  });

  it("gives back the number when its marks are removed", () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger()), (drawn) => {
        const n = drawn + 0; // -0 is written "0"
        for (const [locale, mark] of [
          ["en", ","],
          ["es", "."],
        ] as const) {
          const text = groupDigits(n, locale);
          expect(Number(text.split(mark).join(""))).toBe(n);
          expect(text).toMatch(/^-?\d{1,3}(?:[.,]\d{3})*$/);
        }
      }),
    );
  });
});

describe("the too-many-issues notice", () => {
  const sinkWith = (bad: number, max: number) => {
    const sink = createIssueSink(max);
    for (let i = 0; i < bad; i++) {
      const r = parsePlainDate(`2024-13-${i}`);
      if (!r.ok) for (const issue of r.issues) sink.add(issue);
    }
    return sink.issues().at(-1)!;
  };

  it("counts in words that agree with the number, in English and Spanish", () => {
    const one = sinkWith(3, 2);
    expect(one.params.omitted).toBe(1);
    expect(formatIssue(one, "en")).toBe("1 more issue was found and left out (the maxIssues limit)");
    expect(formatIssue(one, "es")).toBe("Se omitió 1 problema más, por encima del límite maxIssues");
    const many = sinkWith(1502, 2);
    expect(many.params.omitted).toBe(1500);
    expect(formatIssue(many, "en")).toBe("1,500 more issues were found and left out (the maxIssues limit)");
    expect(formatIssue(many, "es")).toBe("Se omitieron otros 1.500 problemas, por encima del límite maxIssues");
  });
});
