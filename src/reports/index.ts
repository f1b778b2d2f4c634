/**
 * The `reports` module (see the README's module map).
 * @module iacml/reports
 */
export {};
