/**
 * Names of the calendar's kinds, statuses, formats, conflict grades and certainties, in English
 * and Spanish.
 * @module
 */
import type { Locale } from "../core/messages/catalog.js";
type Labels = Readonly<Record<string, Readonly<Record<Locale, string>>>>;
/**
 * Names of event kinds, statuses, formats, conflict grades and certainties.
 *
 * @example
 * ```ts
 * import { calendarLabels } from "iacml/calendar";
 * console.log(calendarLabels["possible"]?.es, calendarLabels["low"]?.es); // "posible" "baja"
 * ```
 */
export declare const calendarLabels: Labels;
/**
 * The name of a kind, status, format, grade or certainty in a language (the value itself when
 * unknown). Throws a `TypeError` when `locale` is not a {@link Locale}.
 *
 * @example
 * ```ts
 * import { calendarLabel } from "iacml/calendar";
 * calendarLabel("to-be-confirmed", "es"); // "por confirmar"
 * ```
 */
export declare function calendarLabel(value: string, locale: Locale): string;
export {};
