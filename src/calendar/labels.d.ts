/**
 * Names a person reads for the calendar's ids: audiences, event kinds, statuses, formats,
 * conflict grades and certainties, in English and Spanish as the OAS writes them.
 * @module
 */
import type { Locale } from "../core/messages/catalog.js";
type Labels = Readonly<Record<string, Readonly<Record<Locale, string>>>>;
/**
 * Names of the audiences the shipped calendar and cycle rules use. An app with other audience
 * ids passes its own names where it renders them; {@link audienceLabel} falls back to the id with
 * its hyphens read as spaces.
 *
 * @example
 * ```ts
 * import { audienceLabels } from "iacml/calendar";
 * console.log(audienceLabels["ilo-governing-body"]?.es); // "Consejo de Administración de la OIT"
 * ```
 */
export declare const audienceLabels: Labels;
/**
 * The name of an audience id in a language; an unknown id reads with its hyphens as spaces.
 * Throws a `TypeError` when `locale` is not a {@link Locale}.
 *
 * @example
 * ```ts
 * import { audienceLabel } from "iacml/calendar";
 * audienceLabel("gender-focal-points", "es"); // "puntos focales de género"
 * ```
 */
export declare function audienceLabel(id: string, locale: Locale): string;
export {};
