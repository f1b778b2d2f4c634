/**
 * Reports joined from the four capabilities: the work plan's performance report as of a date
 * and the General Secretariat's annex of activities, as plain data and as Markdown in English
 * or Spanish.
 * @module iacml/reports
 */
export * from "./process.js";
export * from "./labels.js";
export { scheduleFromDataset } from "./schedule.js";
export { workPlanTrace, mandateContextOf, type WorkPlanTrace } from "./trace.js";
export * from "./performance-types.js";
export { buildPerformanceReport } from "./performance.js";
export * from "./annex.js";
export { renderMarkdown, renderAnnexMarkdown } from "./markdown.js";
