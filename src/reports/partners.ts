/**
 * Section III.d of the report: contributions from partner organizations and intersectoral work.
 * @module
 */
import type { Locale } from "../core/messages/catalog.js";
import type { Dataset } from "../entities/dataset/schema.js";
import type { ReportPartner } from "./performance-types.js";
import { reportLabel as label } from "./labels.js";
import { organizationTitle } from "./names.js";

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function heading(dataset: Dataset, c: Dataset["partnerContributions"][number], locale: Locale): string {
  if (locale === "en" || !/^Contributions (of|from) /.test(c.heading)) return c.heading;
  const organization = organizationTitle(dataset, c.party, locale);
  return organization === undefined ? c.heading : label("partnerContributions", locale, { organization });
}

/**
 * The partners' contributions to a work plan the dataset holds (`partnerContributions`), one
 * section per organization in the data's order, each point in the document's words; a
 * contribution not updated since it was presented says so. In Spanish a heading "Contributions
 * of/from …" is the label with the organization's Spanish name ("Contribuciones de la
 * Organización Internacional del Trabajo (OIT)"); another heading, and the points, are the
 * document's English words (the check sheet lists them).
 *
 * @example
 * ```ts
 * import { partnerSections } from "iacml/reports";
 * import { dataset } from "iacml/data";
 * console.log(partnerSections(dataset, "wp-2022-2024", "en").map((p) => p.title));
 * ```
 */
export function partnerSections(dataset: Dataset, workPlan: string, locale: Locale): ReportPartner[] {
  return dataset.partnerContributions
    .filter((c) => c.workPlan === workPlan)
    .map((c, index) => ({ c, index }))
    .sort((a, b) => a.index - b.index || cmp(a.c.id, b.c.id))
    .map(({ c }) => ({
      title: heading(dataset, c, locale),
      items: [...c.points.map((p) => p.text), ...(c.updated ? [] : [label("partnersNotUpdated", locale)])],
    }));
}
