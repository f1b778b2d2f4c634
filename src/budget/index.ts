/**
 * The `budget` module (see the README's module map).
 * @module iacml/budget
 */
export {};
