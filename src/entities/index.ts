/**
 * The domain model as zod schemas with inferred types: member states, organizations,
 * conferences, authorities, instruments and provisions, work plans, meetings, bilateral
 * cooperation, and dataset validation.
 * @module iacml/entities
 */
export * from "./common.js";
export * from "./stated.js";
export * from "./process/index.js";
export * from "./work-plan/index.js";
export * from "./dataset/index.js";
