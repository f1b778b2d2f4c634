import fc from "fast-check";

/**
 * Any JavaScript value, not only JSON: bigints, dates, maps, sets, typed and sparse arrays and
 * objects without a prototype, for the "a Result for every value" properties.
 */
export const anyValue = (): fc.Arbitrary<unknown> =>
  fc.anything({
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withSparseArray: true,
    withNullPrototype: true,
  });
