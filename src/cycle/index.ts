/**
 * The `cycle` module (see the README's module map).
 * @module iacml/cycle
 */
export {};
