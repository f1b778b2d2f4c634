/**
 * Work-plan schemas: work plans, priority lines, actions, political-process meetings, the
 * Annex 1 calendar, activities reported for a past cycle, RIAL bilateral cooperation, RIAL
 * budget lines and document claims.
 * @module
 */
export * from "./work-plan.js";
export * from "./priority-line.js";
export * from "./action-status.js";
export * from "./action-host.js";
export * from "./action-financing.js";
export * from "./action-participation.js";
export * from "./action-session.js";
export * from "./mandate-fields.js";
export * from "./action.js";
export * from "./political-meeting.js";
export * from "./annex-entry.js";
export * from "./reported-activity.js";
export * from "./bilateral-cooperation.js";
export * from "./cooperation-parties.js";
export * from "./budget-line.js";
export * from "./document-claim.js";
export * from "./check-cooperation-claims.js";
export * from "./context-records.js";
