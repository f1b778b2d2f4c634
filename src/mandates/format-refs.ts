import type { Locale } from "../core/messages/catalog.js";
import { foldForMatching } from "../core/text.js";
import { canonicalMandateRefs, type MandateContext, type MandateRef } from "./ref.js";

const WORDS = {
  en: {
    and: "and",
    article: "Article",
    articles: "Articles",
    declaration: "of the Declaration",
    planOfAction: "of the Plan of Action",
    of: "of",
    edition: (e: string) => `of the ${e} IACML`,
  },
  es: {
    and: "y",
    article: "Artículo",
    articles: "Artículos",
    declaration: "de la Declaración",
    planOfAction: "del Plan de Acción",
    of: "de",
    edition: (e: string) => `de la ${e} CIMT`,
  },
} as const;

function joinList(parts: readonly string[], and: string): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} ${and} ${parts[parts.length - 1]}`;
}

function elementText(ref: MandateRef): string {
  if (ref.item === undefined) return String(ref.number);
  return ref.id.endsWith(`.${ref.item}`) ? `${ref.number}.${ref.item}` : `${ref.number}${ref.item}`;
}

/**
 * Writes references back as the canonical sentence, in English or Spanish: per conference the
 * declaration's articles, then the plan of action's paragraphs, then the host city (from the
 * context) or, without one, the edition ("of the XXI IACML"); a city that several conferences
 * of the context share gets the year ("of Buenos Aires 2021") or, without one, the edition;
 * conferences are separated by semicolons. References are sorted and deduplicated first, so `parseMandateRefs` of the result
 * gives back the canonical list.
 *
 * @example
 * ```ts
 * import { formatMandateRefs, parseMandateRefs } from "iacml/mandates";
 * const context = { conferences: [{ id: "xxi", cities: ["Buenos Aires"] }], defaultConference: "xxi" };
 * const r = parseMandateRefs("7c, 7b and Article 15 of the Declaration", context);
 * if (r.ok) {
 *   formatMandateRefs(r.value, "en", context);
 *   // "Article 15 of the Declaration and 7b and 7c of the Plan of Action of Buenos Aires"
 *   formatMandateRefs(r.value, "es", context);
 *   // "Artículo 15 de la Declaración y 7b y 7c del Plan de Acción de Buenos Aires"
 * }
 * ```
 */
export function formatMandateRefs(
  refs: readonly MandateRef[],
  locale: Locale = "en",
  context?: MandateContext,
): string {
  const words = WORDS[locale] ?? WORDS.en;
  const groups = new Map<string, MandateRef[]>();
  for (const ref of canonicalMandateRefs(refs)) {
    const key = `${ref.conference}\u0000${ref.instrument.split("/")[0]}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [ref]);
    else group.push(ref);
  }
  const sharedCities = citiesHostingSeveral(context);
  const sentences: string[] = [];
  for (const group of groups.values()) {
    const first = group[0]!;
    const clauses: string[] = [];
    const articles = group.filter((r) => r.kind === "declaration").map(elementText);
    const paragraphs = group.filter((r) => r.kind === "plan-of-action").map(elementText);
    if (articles.length > 0) {
      const keyword = articles.length === 1 ? words.article : words.articles;
      clauses.push(`${keyword} ${joinList(articles, words.and)} ${words.declaration}`);
    }
    if (paragraphs.length > 0) clauses.push(`${joinList(paragraphs, words.and)} ${words.planOfAction}`);
    const conference = context?.conferences.find((c) => c.id === first.conference);
    const city = conference?.cities[0];
    const edition = words.edition(first.instrument.split("/")[0]!);
    let where: string;
    if (city === undefined) where = edition;
    else if (!sharedCities.has(foldForMatching(city))) where = `${words.of} ${city}`;
    else where = conference?.year === undefined ? edition : `${words.of} ${city} ${conference.year}`;
    sentences.push(`${clauses.join(` ${words.and} `)} ${where}`);
  }
  return sentences.join("; ");
}

/** Folded names of the cities that several conferences of the context share. */
function citiesHostingSeveral(context: MandateContext | undefined): Set<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const conference of context?.conferences ?? []) {
    for (const city of new Set([...conference.cities, ...(conference.citedAs ?? [])].map(foldForMatching))) {
      if (seen.has(city)) shared.add(city);
      seen.add(city);
    }
  }
  return shared;
}
