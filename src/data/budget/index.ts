/**
 * The budget side of the reference dataset: the RIAL budget plan of the Work Plan 2022-2024 and
 * its ledger (approval and the August 2022 amendment).
 * @module
 */
export * from "./rial-2022-2024.js";
