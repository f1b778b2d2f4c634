/**
 * Builders of {@link DateSpec} values from literals, for code and data authoring.
 * @module
 */
import { isPlainDate, isPlainMonth } from "../plain-date.js";
import type { DateSpec } from "./types.js";

function checkDate(literal: string): void {
  if (!isPlainDate(literal)) throw new RangeError(`Not a valid PlainDate: '${literal}'`);
}

function checkMonth(literal: string): void {
  if (!isPlainMonth(literal)) throw new RangeError(`Not a valid PlainMonth: '${literal}'`);
}

function checkOrder(start: string, end: string): void {
  if (end < start) throw new RangeError(`The range ends (${end}) before it starts (${start})`);
}

/**
 * A day or a day range, both ends included. Throws a `RangeError` on an invalid or reversed
 * literal; use {@link parseDateSpec} or `DateSpecSchema` for untrusted input.
 *
 * @example
 * ```ts
 * import { onDays } from "iacml/core";
 * const conference = onDays("2021-09-22", "2021-09-24");
 * const meeting = onDays("2023-01-27"); // one day
 * ```
 */
export function onDays(start: string, end: string = start): DateSpec {
  checkDate(start);
  checkDate(end);
  checkOrder(start, end);
  return { kind: "days", start, end } as DateSpec;
}

/**
 * Some time in one month (`YYYY-MM`). Throws a `RangeError` on an invalid literal.
 *
 * @example
 * ```ts
 * import { inMonth } from "iacml/core";
 * const authorities = inMonth("2024-01");
 * ```
 */
export function inMonth(month: string): DateSpec {
  checkMonth(month);
  return { kind: "month", month } as DateSpec;
}

/**
 * Some time in a span of months, both included. Throws a `RangeError` on an invalid or
 * reversed literal.
 *
 * @example
 * ```ts
 * import { inMonths } from "iacml/core";
 * const preparatory = inMonths("2024-07", "2024-08");
 * ```
 */
export function inMonths(start: string, end: string): DateSpec {
  checkMonth(start);
  checkMonth(end);
  checkOrder(start, end);
  return { kind: "months", start, end } as DateSpec;
}

function checkMembers(specs: readonly DateSpec[], what: string): void {
  if (specs.length < 2) throw new RangeError(`${what} needs at least two dates, got ${specs.length}`);
}

/**
 * Several separate dates that all happen. Throws a `RangeError` with fewer than two.
 *
 * @example
 * ```ts
 * import { allOf, onDays } from "iacml/core";
 * const workingGroups = allOf(onDays("2020-09-10"), onDays("2020-09-15"));
 * ```
 */
export function allOf(...specs: DateSpec[]): DateSpec {
  checkMembers(specs, "allOf");
  return { kind: "all", parts: [...specs] };
}

/**
 * Exactly one of some alternatives. Throws a `RangeError` with fewer than two.
 *
 * @example
 * ```ts
 * import { oneOf, inMonth } from "iacml/core";
 * const workshop = oneOf(inMonth("2024-04"), inMonth("2024-05"));
 * ```
 */
export function oneOf(...specs: DateSpec[]): DateSpec {
  checkMembers(specs, "oneOf");
  return { kind: "oneOf", options: [...specs] };
}

/**
 * To be determined, optionally known to fall within a window of days. Throws a `RangeError`
 * on an invalid or reversed window.
 *
 * @example
 * ```ts
 * import { toBeDetermined } from "iacml/core";
 * const unknown = toBeDetermined();
 * const summer = toBeDetermined({ start: "2024-07-01", end: "2024-08-31" });
 * ```
 */
export function toBeDetermined(within?: { start: string; end: string }): DateSpec {
  if (within === undefined) return { kind: "tbd" };
  const { start, end } = within;
  checkDate(start);
  checkDate(end);
  checkOrder(start, end);
  return { kind: "tbd", within: { start, end } } as DateSpec;
}
