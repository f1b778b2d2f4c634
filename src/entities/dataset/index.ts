/**
 * A whole dataset of the process and its cross-record validation.
 * @module
 */
export { DatasetSchema, parseDataset, type Dataset } from "./schema.js";
export { validateDataset } from "./validate.js";
export { contradictionFindings } from "./contradictions.js";
