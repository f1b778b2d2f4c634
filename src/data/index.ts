/**
 * The `data` module (see the README's module map).
 * @module iacml/data
 */
export {};
