/**
 * Mandate-to-activity traceability: read the mandate sentences of the documents into provision
 * references, trace them to the actions, recommendations and outputs that answer them, and
 * report coverage, gaps, suspect links and lineage across cycles.
 * @module iacml/mandates
 */
export * from "./ref.js";
export { parseMandateRefs, parseCitations, type ParseCitationOptions } from "./parse-refs.js";
export * from "./citation.js";
export { MandateContextSchema } from "./context-schema.js";
export { parseTraceInput } from "./trace-input.js";
export { formatMandateRefs } from "./format-refs.js";
export { prepareMandateContext } from "./prepare.js";
export { formatCitations } from "./format-citations.js";
export * from "./trace-schema.js";
export * from "./trace.js";
export {
  mandateCoverage,
  type CoverageBy,
  type CoverageRow,
  type CoverageOptions,
} from "./coverage.js";
export { findTraceIssues, type FindTraceIssuesOptions } from "./trace-issues.js";
export { formatProvisionName } from "./names.js";
export { suspectLinks, type SuspectLink } from "./suspect.js";
export { fingerprintText } from "./fingerprint.js";
export * from "./lineage.js";
export * from "./export.js";
export { writeCsv } from "./csv.js";
export {
  mandateContextOf,
  traceWorkPlan,
  type PlannedTraceAction,
  type TraceSource,
  type TraceWorkPlanOptions,
  type WorkPlanTraceResult,
} from "./from-dataset.js";
