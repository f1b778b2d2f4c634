// The nesting bound of date specs, in a file of its own so that EDTF and text code need no zod.

/**
 * Deepest nesting of `all`, `oneOf` and `originally` a {@link DateSpecSchema} reads (the
 * documents need three); deeper input gives a `core.date-spec-too-deep` issue instead of a
 * stack overflow.
 *
 * @example
 * ```ts
 * import { MAX_DATE_SPEC_DEPTH } from "iacml/core";
 * console.log(MAX_DATE_SPEC_DEPTH); // 32
 * ```
 */
export const MAX_DATE_SPEC_DEPTH = 32;
