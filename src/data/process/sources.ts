/**
 * File names of the source documents (see `seeds/README.md`), and the marker used for facts
 * that come from general knowledge rather than from a document.
 *
 * @example
 * ```ts
 * import { processSources } from "iacml/data";
 * console.log(processSources.bulletin2020); // "000_5fc6d6e009cf9f4b.txt"
 * ```
 */
export const processSources = {
  /** Information Bulletin of the virtual meeting of Working Groups 1 and 2, September 2020. */
  bulletin2020: "000_5fc6d6e009cf9f4b.txt",
  /** Performance report of the Work Plan 2022-2024 as of September 2023. */
  performanceReport2023: "001_04952725e56fd583.txt",
  /** Final report of Working Group 1 to the Preparatory Meeting of the XXI IACML. */
  wg1Report2021: "002_02cb97b6c04033b0.txt",
  /** Report of the OAS General Secretariat to the XXI IACML. */
  secretariatReport2021: "003_835abb1dd6776d62.txt",
  /** Final report of Working Group 2 to the Preparatory Meeting of the XXI IACML. */
  wg2Report2021: "004_03275a9484f16615.txt",
  /**
   * Public OAS documents other than the five seeds (final reports, declarations, OAS pages);
   * the record's `section` names the document and the part read, its `outsideKnowledge` the
   * address. Used by the earlier IACML editions.
   */
  publicDocuments: "public-documents",
  /** Not from a document: ISO 3166, IANA time zones, OAS membership facts. */
  generalKnowledge: "general-knowledge",
} as const;
