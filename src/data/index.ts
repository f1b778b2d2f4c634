/**
 * The reference dataset: the facts of the five source documents of the 2018-2024 IACML
 * process (names, dates, amounts, references, counts), deeply frozen, each record with the
 * document and section it comes from.
 * @module iacml/data
 */
export * from "./process/index.js";
export * from "./work-plan/index.js";
export * from "./dataset.js";
export * from "./budget/index.js";
export { deepFreeze } from "./deep-freeze.js";
