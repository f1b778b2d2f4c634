/**
 * The `calendar` module (see the README's module map).
 * @module iacml/calendar
 */
export {};
