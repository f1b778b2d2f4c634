import { describe, expect, it } from "vitest";
import * as fc from "fast-check";
import { deepFreeze } from "iacml/data";

const isDeepFrozen = (value: unknown): boolean =>
  typeof value !== "object" || value === null || (Object.isFrozen(value) && Object.values(value).every(isDeepFrozen));

describe("deepFreeze (internal to the dataset)", () => {
  it("freezes every object and array reachable from the value and returns the same value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const copy = structuredClone(value);
        const frozen = deepFreeze(copy);
        expect(frozen).toBe(copy);
        expect(isDeepFrozen(frozen)).toBe(true);
        expect(frozen).toEqual(value);
      }),
    );
  });

  it("handles shared and cyclic references", () => {
    const shared = { a: [1] };
    const root: { x: typeof shared; y: typeof shared; self?: unknown } = { x: shared, y: shared };
    root.self = root;
    deepFreeze(root);
    expect(Object.isFrozen(shared.a)).toBe(true);
    expect(Object.isFrozen(root)).toBe(true);
  });
});
