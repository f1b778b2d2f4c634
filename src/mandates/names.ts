/**
 * The names a person reads for the provisions, actions and links of a trace, in English and
 * Spanish: "paragraph 5 of the Plan of Action of Buenos Aires", "párrafo 5 del Plan de Acción
 * de Buenos Aires", never the id `XXI/PoA/5`.
 * @module
 */
import type { Locale } from "../core/messages/catalog.js";
import { foldForMatching } from "../core/text.js";
import type { MandateContext } from "./ref.js";
import type { MandateTrace } from "./trace.js";

/** A canonical provision id: edition, instrument, number and item (`XXI/PoA/7b`, `XX/PoA/7.iv`). */
const PROVISION_ID = /^([A-Za-z0-9-]+)\/(Decl|PoA)\/(\d{1,6})(?:\.?([a-z]{1,8}))?$/;

/**
 * The name of a provision from its canonical id, in English or Spanish: the host city from the
 * context (with the year when several conferences of the context share the city and this is
 * not the context's default), else the edition ("of the XXI IACML" / "de la XXI CIMT").
 * Spanish names start in lower case ("artículo 15 …", "párrafo 7b …") to sit inside a
 * sentence; both are masculine ("al párrafo 5", "del artículo 15"). An id that is not
 * canonical is given back quoted.
 *
 * @example
 * ```ts
 * import { formatProvisionName } from "iacml/mandates";
 * const context = { conferences: [{ id: "xxi", edition: "XXI", cities: ["Buenos Aires"] }], defaultConference: "xxi" };
 * formatProvisionName("XXI/PoA/5", "es", context); // "párrafo 5 del Plan de Acción de Buenos Aires"
 * formatProvisionName("XXI/Decl/15", "en", context); // "Article 15 of the Declaration of Buenos Aires"
 * formatProvisionName("XXI/PoA/7b", "en"); // "paragraph 7b of the Plan of Action of the XXI IACML"
 * ```
 */
export function formatProvisionName(id: string, locale: Locale = "en", context?: MandateContext): string {
  const m = PROVISION_ID.exec(id);
  if (m === null) return `'${id}'`;
  const edition = m[1]!.toUpperCase();
  const declaration = m[2] === "Decl";
  const element = `${Number(m[3])}${m[4] === undefined ? "" : id.includes(`.${m[4]}`) ? `.${m[4]}` : m[4]}`;
  const conference = context?.conferences.find((c) => (c.edition ?? c.id).toUpperCase() === edition);
  const city = conference?.cities[0];
  let where: string | undefined;
  if (city !== undefined) {
    const folded = foldForMatching(city);
    const shared = (context?.conferences ?? []).some(
      (c) => c !== conference && [...c.cities, ...(c.citedAs ?? [])].some((n) => foldForMatching(n) === folded),
    );
    where =
      shared && conference!.id !== context?.defaultConference && conference!.year !== undefined
        ? `${city} ${conference!.year}`
        : city;
  }
  if (locale === "es") {
    const of = where === undefined ? `de la ${edition} CIMT` : `de ${where}`;
    return declaration ? `artículo ${element} de la Declaración ${of}` : `párrafo ${element} del Plan de Acción ${of}`;
  }
  const of = where === undefined ? `of the ${edition} IACML` : `of ${where}`;
  return declaration
    ? `Article ${element} of the Declaration ${of}`
    : `paragraph ${element} of the Plan of Action ${of}`;
}

/** The name of one node of a trace, with its article in Spanish ("la acción 'Taller …'", "el párrafo 5 …"). */
export interface NodeName {
  readonly en: string;
  readonly es: string;
}

/** A node of the trace (provision, action, recommendation, group) named for a person; an unknown id is named from its form. */
export function nodeName(trace: MandateTrace, id: string, context: MandateContext | undefined): NodeName {
  const titled = (title: string | undefined) => (title === undefined || title.trim() === "" ? undefined : `'${title}'`);
  const action = trace.actions.get(id);
  if (action !== undefined) {
    const t = titled(action.title) ?? `'${id}'`;
    return { en: `the action ${t}`, es: `la acción ${t}` };
  }
  const recommendation = trace.recommendations.get(id);
  if (recommendation !== undefined) {
    const t = titled(recommendation.title) ?? `'${id}'`;
    return { en: `the recommendation ${t}`, es: `la recomendación ${t}` };
  }
  const group = trace.groups.get(id);
  if (group !== undefined) {
    const t = titled(group.title) ?? `'${id}'`;
    return group.kind === "working-group"
      ? { en: `the working group ${t}`, es: `el grupo de trabajo ${t}` }
      : { en: `the priority line ${t}`, es: `la línea prioritaria ${t}` };
  }
  if (!PROVISION_ID.test(id)) {
    const t = titled(trace.provisions.get(id)?.title) ?? `'${id}'`;
    return { en: t, es: t };
  }
  return { en: formatProvisionName(id, "en", context), es: `el ${formatProvisionName(id, "es", context)}` };
}

/** The title of an action for a message: quoted, or its id when it has none. */
export function actionTitle(trace: MandateTrace, id: string): string {
  const title = trace.actions.get(id)?.title;
  return title === undefined || title.trim() === "" ? `'${id}'` : `'${title}'`;
}

/** Link kinds in people's words. */
export const RELATION_NAMES: Readonly<Record<string, NodeName>> = {
  answers: { en: "answers", es: "responde a" },
  feeds: { en: "feeds", es: "alimenta a" },
  produces: { en: "produces", es: "produce" },
  evolves: { en: "evolves into", es: "evoluciona a" },
};
