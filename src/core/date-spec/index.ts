/**
 * DateSpec barrel.
 * @module
 */
export * from "./types.js";
export * from "./schema.js";
