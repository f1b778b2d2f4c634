/**
 * The root entry: every module of the library (not the dataset, which is `iacml/data`).
 * @module iacml
 */
export * from "./core/index.js";
export * from "./entities/index.js";
export * from "./cycle/index.js";
export * from "./mandates/index.js";
export * from "./budget/index.js";
export * from "./calendar/index.js";
export * from "./reports/index.js";
// `iacml/reports` keeps a deprecated alias of it; the root exports the one in `iacml/mandates`.
export { mandateContextOf } from "./mandates/index.js";
