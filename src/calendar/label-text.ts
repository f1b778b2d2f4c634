// Internal: labels joined into message params.
import type { Locale } from "../core/messages/catalog.js";
import type { CalendarEvent } from "./event.js";
import { countryName } from "./country-names.js";
import { audienceLabel } from "./labels.js";

/** Audience names joined by commas, `—` for none. */
export function audienceText(ids: readonly string[], locale: Locale): string {
  return ids.length === 0 ? "—" : ids.map((id) => audienceLabel(id, locale)).join(", ");
}

/** A country as written in messages: its name for an ISO code ("United States" / "Estados Unidos"), `—` when absent. */
export function countryText(code: string | undefined, locale: Locale): string {
  return code === undefined ? "—" : countryName(code, locale);
}

/** Shared audiences for a message: the names, or "none" / "ninguno" when there are none. */
export function sharedAudienceText(ids: readonly string[], locale: Locale): string {
  return ids.length === 0 ? (locale === "es" ? "ninguno" : "none") : audienceText(ids, locale);
}

/** Title params of a pair of events: `a`/`b` in English, `aEs`/`bEs` in Spanish (or English). */
export function titleParams(a: CalendarEvent, b: CalendarEvent): Record<string, string> {
  return { a: a.title.en, b: b.title.en, aEs: a.title.es ?? a.title.en, bEs: b.title.es ?? b.title.en };
}
