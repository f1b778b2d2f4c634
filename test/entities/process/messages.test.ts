import { describe, expect, it } from "vitest";
import { messages } from "iacml/core";

// A value may have a Spanish form: `{whatEs}` in the Spanish template fills `{what}` of the English.
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!.replace(/Es$/, "")).sort();

describe("entities messages", () => {
  it("have the same placeholders in English and Spanish", () => {
    const entries = Object.entries(messages).filter(([code]) => code.startsWith("entities."));
    expect(entries.length).toBeGreaterThanOrEqual(7);
    for (const [code, { en, es }] of entries) {
      expect(code).toMatch(/^entities\.[a-z]+(?:-[a-z]+)*$/);
      expect(placeholders(es)).toEqual(placeholders(en));
    }
  });
});
