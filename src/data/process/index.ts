/**
 * The process side of the reference dataset: member states, organizations, conferences,
 * cycle authorities, instruments and cited provisions, working-group topics and
 * recommendations, and the 2020 virtual meeting of the working groups.
 * @module
 */
export * from "./sources.js";
export * from "./member-states.js";
export * from "./organizations.js";
export * from "./conferences.js";
export * from "./conference-editions.js";
export * from "./cycle-authorities.js";
export * from "./working-group-topics.js";
export * from "./instruments.js";
export * from "./provisions.js";
export * from "./working-group-recommendations.js";
export * from "./meetings.js";
export * from "./documents.js";
export * from "./decisions.js";
