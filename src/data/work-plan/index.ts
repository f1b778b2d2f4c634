/**
 * The work-plan side of the reference dataset: work plans, priority lines and actions of the
 * Work Plan 2022-2024, its political-process meetings and Annex 1 calendar, its RIAL budget
 * lines, the activities and bilateral cooperation of 2018-2021, and the documents' own claims.
 * @module
 */
export * from "./work-plans.js";
export * from "./priority-lines.js";
export * from "./actions-2022-2024.js";
export * from "./political-meetings-2022-2024.js";
export * from "./annex-calendar-2022-2024.js";
export * from "./budget-lines-2022-2024.js";
export * from "./activities-2018-2021.js";
export * from "./bilateral-cooperations.js";
export * from "./document-claims.js";
export * from "./external-events.js";
export * from "./partner-contributions.js";
export * from "./cooperation-statements.js";
