/**
 * Calendar conflict checks: events at mixed date precision, certain and possible conflicts
 * graded by audience, rules (blackouts such as Holy Week, minimum gaps, deadlines, meeting
 * caps, local hours of virtual meetings), free-date suggestions, calendar diffs and iCalendar
 * export.
 * @module iacml/calendar
 */
export * from "./event.js";
export * from "./rules.js";
export * from "./parse.js";
export * from "./conflicts.js";
export * from "./holy-week.js";
export * from "./time-zones.js";
export * from "./check.js";
export * from "./suggest.js";
export * from "./diff.js";
export * from "./ical.js";
export * from "./annex.js";
export * from "./labels.js";
export * from "./status-labels.js";
export * from "./from-dataset.js";
