/**
 * Shared primitives: Result and Issue, PlainDate and DateSpec (dates at mixed precision),
 * exact money on a private decimal.js clone, roman numerals and OAS document symbols.
 * @module iacml/core
 */
export * from "./result.js";
export * from "./issue.js";
export * from "./messages/catalog.js";
export * from "./messages/index.js";
export * from "./plain-date.js";
export * from "./date-spec/index.js";
export * from "./money/index.js";
export * from "./roman.js";
export * from "./document-symbol.js";
export * from "./limits.js";
export * from "./untrusted.js";
export * from "./options.js";
export * from "./text.js";
export * from "./schema-problems.js";
export * from "./schema-input.js";
