/**
 * Reports joined from the four capabilities: the work plan's performance report as of a date,
 * in the structure of the Secretariat's document, with its separate check sheet, and the
 * General Secretariat's annex of activities; as plain data, as blocks, as Markdown in English
 * or Spanish, and the calendar as an SVG timeline. Word output is in `iacml/word`.
 * @module iacml/reports
 */
export * from "./process.js";
export * from "./labels.js";
export { documentDate, documentDay, documentMonth } from "./document-date.js";
export { nameIndex, CITY_ES, cityName, bodyText, organizationTitle } from "./names.js";
export { englishOnlyTexts, englishOnlyUsed, type EnglishOnlyText } from "./english-only.js";
export { scheduleFromDataset } from "./schedule.js";
export { workPlanTrace, mandateContextOf, type WorkPlanTrace } from "./trace.js";
export * from "./performance-types.js";
export { buildPerformanceReport, financingText, hostText, participationText } from "./performance.js";
export { fundingSection, documentAmount } from "./funding.js";
export { partnerSections } from "./partners.js";
export { calendarAnnex, planEvents, marksConflict } from "./calendar-annex.js";
export { buildCheckSheet, humanizeIssue, withEnglishOnly } from "./check-sheet.js";
export * from "./annex.js";
export * from "./timeline.js";
export * from "./timeline-svg.js";
export * from "./blocks.js";
export {
  blocksToMarkdown,
  renderMarkdown,
  renderCheckSheetMarkdown,
  renderAnnexMarkdown,
  type MarkdownOptions,
} from "./markdown.js";
