/**
 * The `mandates` module (see the README's module map).
 * @module iacml/mandates
 */
export {};
