// Internal: labels joined into message params.
import type { Locale } from "../core/messages/catalog.js";
import type { CalendarEvent } from "./event.js";
import { audienceLabel } from "./labels.js";

/** Audience names joined by commas, `—` for none. */
export function audienceText(ids: readonly string[], locale: Locale): string {
  return ids.length === 0 ? "—" : ids.map((id) => audienceLabel(id, locale)).join(", ");
}

/** An ISO country code as written in messages, `—` when absent. */
export function countryText(code: string | undefined, _locale: Locale): string {
  return code ?? "—";
}

/** Title params of a pair of events: `a`/`b` in English, `aEs`/`bEs` in Spanish (or English). */
export function titleParams(a: CalendarEvent, b: CalendarEvent): Record<string, string> {
  return { a: a.title.en, b: b.title.en, aEs: a.title.es ?? a.title.en, bEs: b.title.es ?? b.title.en };
}
