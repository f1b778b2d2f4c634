import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { IdSet } from "../../src/budget/id-set.js";

describe("IdSet", () => {
  it("says whether an id is new exactly as a Set does, also past its expected size", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 4 }), { maxLength: 300 }), fc.nat(64), (ids, expected) => {
        const set = new IdSet(expected);
        const reference = new Set<string>();
        for (const id of ids) {
          const isNew = !reference.has(id);
          reference.add(id);
          expect(set.add(id)).toBe(isNew);
        }
      }),
    );
  });

  it("tells apart ids that share a hash slot and finds them again after growing", () => {
    const set = new IdSet(1);
    const ids = Array.from({ length: 5000 }, (_, i) => `e${i}`);
    expect(ids.every((id) => set.add(id))).toBe(true);
    expect(ids.some((id) => set.add(id))).toBe(false);
    expect(set.add("")).toBe(true);
    expect(set.add("")).toBe(false);
    expect(set.add("\u{1F600}")).toBe(true);
  });
});
