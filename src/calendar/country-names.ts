// Internal: an ISO 3166-1 alpha-2 code as the name a person reads.
import type { Locale } from "../core/messages/catalog.js";

// The OAS's spelling where the runtime's region names differ from it (Unicode CLDR writes
// "St. Kitts & Nevis"); a test holds this table to the member states of `iacml/data`. The
// calendar does not import the dataset, so that importing it stays small.
const OAS_SPELLING: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  en: {
    AG: "Antigua and Barbuda",
    BS: "The Bahamas",
    KN: "Saint Kitts and Nevis",
    LC: "Saint Lucia",
    VC: "Saint Vincent and the Grenadines",
    TT: "Trinidad and Tobago",
  },
  es: { KN: "Saint Kitts y Nevis", SR: "Suriname" },
};

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
  const spelled = OAS_SPELLING[locale];
  if (Object.prototype.hasOwnProperty.call(spelled, upper)) return spelled[upper]!;
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
