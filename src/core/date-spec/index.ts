/**
 * DateSpec: dates at the precision the documents give them, with constructors, bounds,
 * EDTF, English/Spanish text and three-valued comparisons.
 * @module
 */
export * from "./types.js";
export * from "./schema.js";
export * from "./depth.js";
export * from "./periods.js";
export * from "./parse-value.js";
export * from "./constructors.js";
export * from "./bounds.js";
export * from "./compare.js";
export * from "./edtf.js";
export * from "./parse-text.js";
export * from "./format-text.js";
