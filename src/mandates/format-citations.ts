import type { Locale } from "../core/messages/catalog.js";
import { foldForMatching } from "../core/text.js";
import type { Citations, CitedSource } from "./citation.js";
import { formatMandateRefs } from "./format-refs.js";
import type { MandateContext } from "./ref.js";

const NAMES = {
  en: {
    declaration: "Declaration",
    "plan-of-action": "Plan of Action",
    of: "of",
    edition: (e: string) => `of the ${e} IACML`,
  },
  es: {
    declaration: "Declaración",
    "plan-of-action": "Plan de Acción",
    of: "de",
    edition: (e: string) => `de la ${e} CIMT`,
  },
} as const;

function instrumentText(
  source: Extract<CitedSource, { kind: "instrument" }>,
  locale: Locale,
  context?: MandateContext,
): string {
  const words = NAMES[locale] ?? NAMES.en;
  const conference = context?.conferences.find((c) => c.id === source.conference);
  const city = conference?.cities[0];
  const edition = source.instrument.split("/")[0]!;
  const shared =
    city !== undefined &&
    (context?.conferences ?? []).filter((c) => c.cities.some((x) => foldForMatching(x) === foldForMatching(city)))
      .length > 1;
  let where: string;
  if (city === undefined) where = words.edition(edition);
  else if (!shared) where = `${words.of} ${city}`;
  else where = conference?.year === undefined ? words.edition(edition) : `${words.of} ${city} ${conference.year}`;
  return `${words[source.instrumentKind]} ${where}`;
}

/**
 * Writes citations back as text, in English or Spanish: the provisions as
 * {@link formatMandateRefs} writes them, then each other source (an instrument by its name, a
 * resolution or document by its symbol), separated by semicolons, so that `parseCitations` of
 * the result gives back the same provisions and sources.
 *
 * @example
 * ```ts
 * import { formatCitations, parseCitations } from "iacml/mandates";
 * const context = { conferences: [{ id: "xix", cities: ["Cancún"] }], defaultConference: "xix" };
 * const r = parseCitations("CIDI/RES. 343 (CIII-O/20); Declaration of Cancún, article 12", context);
 * if (r.ok) console.log(formatCitations(r.value, "es", context));
 * // "Artículo 12 de la Declaración de Cancún; CIDI/RES. 343 (CIII-O/20)"
 * ```
 */
export function formatCitations(citations: Citations, locale: Locale = "en", context?: MandateContext): string {
  const parts: string[] = [];
  if (citations.refs.length > 0) parts.push(formatMandateRefs(citations.refs, locale, context));
  for (const source of citations.sources) {
    parts.push(source.kind === "instrument" ? instrumentText(source, locale, context) : source.symbol);
  }
  return parts.join("; ");
}
