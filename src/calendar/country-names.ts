// Internal: an ISO 3166-1 alpha-2 code as the name a person reads.
import type { Locale } from "../core/messages/catalog.js";
import { memberStates } from "../data/process/member-states.js";

const cache: Partial<Record<Locale, Intl.DisplayNames | null>> = {};

function displayNames(locale: Locale): Intl.DisplayNames | null {
  if (cache[locale] !== undefined) return cache[locale]!;
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([locale], { type: "region", fallback: "none" });
  } catch {
    names = null;
  }
  cache[locale] = names;
  return names;
}

/**
 * The country's name: the OAS spelling for a member state ("United States", "Estados Unidos"),
 * else the runtime's name for the region (Switzerland / Suiza), else the code as written.
 */
export function countryName(code: string, locale: Locale): string {
  const upper = code.toUpperCase();
  const state = memberStates.find((s) => s.id === upper);
  if (state) return state.name[locale] ?? state.name.en;
  if (/^[A-Z]{2}$/.test(upper)) {
    try {
      const name = displayNames(locale)?.of(upper);
      if (name) return name;
    } catch {
      // an unknown region: the code as written
    }
  }
  return code;
}
