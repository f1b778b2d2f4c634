/**
 * Money barrel (filled by the money work).
 * @module
 */
export {};
