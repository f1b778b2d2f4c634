/**
 * The process side of the domain model: member states, organizations, conferences, cycle
 * authorities, instruments and provisions, working-group recommendations and meetings.
 * @module
 */
export * from "./member-state.js";
export * from "./participation.js";
export * from "./organization.js";
export * from "./conference.js";
export * from "./authorities.js";
export * from "./instrument.js";
export * from "./recommendation.js";
export * from "./clock-time.js";
export * from "./meeting.js";
export * from "./agenda-minutes.js";
export * from "./check-meeting.js";
export * from "./oas-document.js";
