/**
 * The triennial ministerial cycle: rules (with IACML defaults any CIDI sectoral process can
 * replace), plan, check, phase, troika, postponement and a calendar view.
 * @module iacml/cycle
 */
export * from "./rules-schema.js";
export * from "./iacml-rules.js";
export * from "./schedule-schema.js";
export * from "./types.js";
export * from "./parse.js";
export * from "./plan.js";
export { checkCycle } from "./check.js";
export { cyclePhase, type CyclePhaseName, type CyclePhaseStatus, type MilestoneRef } from "./phase.js";
export * from "./troika.js";
export * from "./postpone.js";
export * from "./calendar-view.js";
export { formatCycleSuggestion } from "./evaluate.js";
export * from "./from-dataset.js";
