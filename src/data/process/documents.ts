import type * as z from "zod";
import type { OasDocument, OasDocumentSchema } from "../../entities/process/oas-document.js";
import { deepFreeze } from "../deep-freeze.js";
import { processSources as S } from "./sources.js";

const INTRO_001 = { document: S.performanceReport2023, section: "I. Introduction" };

// Spanish titles: the pages searched (OAS DHDEE pages of the Planning Meeting of the XXI IACML)
// give none for these documents, so `titleEs` is absent everywhere.
const records: readonly z.input<typeof OasDocumentSchema>[] = [
  {
    id: "doc/cidi-trabajo-rp-doc-4-21",
    symbol: "CIDI/TRABAJO/RP/doc.4/21",
    series: "OEA/Ser.K/XII.21.1",
    title: "Final report of Working Group 1 of the Inter-American Conference of Ministers of Labor",
    date: { kind: "days", start: "2021-07-08", end: "2021-07-08" },
    originalLanguage: "es",
    of: "act-2018-2021/preparatory-xxi-2",
    seed: S.wg1Report2021,
    presentedBy: [
      {
        party: "EC",
        role: "Chair of WG1",
        group: "Presented by the Ministries of Ecuador (Chair of WG1), Chile and Brazil (Vice-Chairs of WG1)",
        source: { document: S.wg1Report2021, section: "Title page" },
      },
      {
        party: "CL",
        role: "Vice-Chairs of WG1",
        group: "Presented by the Ministries of Ecuador (Chair of WG1), Chile and Brazil (Vice-Chairs of WG1)",
        source: { document: S.wg1Report2021, section: "Title page" },
      },
      {
        party: "BR",
        role: "Vice-Chairs of WG1",
        group: "Presented by the Ministries of Ecuador (Chair of WG1), Chile and Brazil (Vice-Chairs of WG1)",
        source: { document: S.wg1Report2021, section: "Title page" },
      },
    ],
    source: { document: S.wg1Report2021, section: "Title page" },
  },
  {
    id: "doc/cidi-trabajo-rp-doc-5-21",
    symbol: "CIDI/TRABAJO/RP/doc.5/21",
    series: "OEA/Ser.K/XII.21.1",
    title: "Final report of Working Group 2 of the Inter-American Conference of Ministries of Labor (IACML)",
    date: { kind: "days", start: "2021-07-09", end: "2021-07-09" },
    originalLanguage: "es",
    of: "act-2018-2021/preparatory-xxi-2",
    seed: S.wg2Report2021,
    presentedBy: [
      {
        party: "AR",
        role: "Chair of WG2",
        group:
          "Presented by the Ministries of Labor of Argentina (Chair of WG2), Canada and Costa Rica (Vice-Chairs of WG2)",
        source: { document: S.wg2Report2021, section: "Title page" },
      },
      {
        party: "CA",
        role: "Vice-Chairs of WG2",
        group:
          "Presented by the Ministries of Labor of Argentina (Chair of WG2), Canada and Costa Rica (Vice-Chairs of WG2)",
        source: { document: S.wg2Report2021, section: "Title page" },
      },
      {
        party: "CR",
        role: "Vice-Chairs of WG2",
        group:
          "Presented by the Ministries of Labor of Argentina (Chair of WG2), Canada and Costa Rica (Vice-Chairs of WG2)",
        source: { document: S.wg2Report2021, section: "Title page" },
      },
    ],
    source: { document: S.wg2Report2021, section: "Title page" },
  },
  {
    id: "doc/cidi-trabajo-doc-9-21",
    symbol: "CIDI/TRABAJO/doc.9/21",
    series: "OEA/Ser.K/XII.21.1",
    title:
      "Report of the General Secretariat of the Organization of American States to the XXI Inter-American Conference of Ministers of Labor",
    date: { kind: "days", start: "2021-09-13", end: "2021-09-13" },
    originalLanguage: "es",
    of: "xxi",
    seed: S.secretariatReport2021,
    presentedBy: [
      {
        party: "oas-dhdee",
        role: "the Technical Secretariat of the Inter-American Conference of Ministers of Labor (IACML), headed by the Department of Human Development, Education and Employment of the OAS Executive Secretariat for Integral Development (SEDI)",
        source: { document: S.secretariatReport2021, section: "Introduction" },
      },
    ],
    source: { document: S.secretariatReport2021, section: "Title page" },
  },
  {
    id: "doc/cidi-cimt-rpa-doc-33-22-rev-1",
    symbol: "CIDI/CIMT/RPA/doc.33/22 rev.1",
    title: "Input for the Planning Meeting 2022-2024 of the IACML",
    of: "wp-2022-2024/meetings/planning",
    source: INTRO_001,
  },
  {
    id: "doc/cidi-cimt-rpa-doc-45-23",
    symbol: "CIDI/CIMT/RPA/doc.45/23",
    title: "Outcomes of the virtual meeting of the authorities of the IACML",
    of: "wp-2022-2024/meetings/authorities-2023",
    source: INTRO_001,
  },
  {
    id: "doc/cidi-cimt-rpa-doc-40-23",
    symbol: "CIDI/CIMT/RPA/doc.40/23",
    title: "Recommendations and Results",
    of: "wp-2022-2024/pl6/a1",
    source: { document: S.performanceReport2023, section: "III.a Priority line 6" },
  },
  {
    id: "doc/cidi-cimt-rpa-doc-41-23",
    symbol: "CIDI/CIMT/RPA/doc.41/23",
    title: "Results and Recommendations",
    of: "wp-2022-2024/pl8/a3",
    source: { document: S.performanceReport2023, section: "III.a Priority line 8" },
  },
  {
    id: "doc/financial-situation-rial-2023-09",
    title: "Financial Situation of the RIAL as of September 2023",
    date: { kind: "month", month: "2023-09" },
    of: "rial-2022-2024",
    source: { document: S.performanceReport2023, section: "III.c Funding" },
    inferred: [
      {
        fields: ["date"],
        reasoning: "The month is read from the title ('as of September 2023'); no date of issue is given.",
        from: [{ document: S.performanceReport2023, section: "III.c Funding" }],
      },
    ],
  },
  {
    id: "doc/performance-report-2023-09",
    title:
      "Performance report as of September 2023 of the Work Plan 2022-2024 of the Inter-American Conference of Ministers of Labor (IACML)",
    date: { kind: "month", month: "2023-09" },
    originalLanguage: "en",
    of: "wp-2022-2024",
    seed: S.performanceReport2023,
    source: { document: S.performanceReport2023, section: "Title" },
    inferred: [
      {
        fields: ["date", "originalLanguage"],
        reasoning:
          "The seed file carries no symbol, date line or 'Original:' line; the month is the title's 'as of September 2023', and English is the language of the text.",
        from: [{ document: S.performanceReport2023, section: "Title" }],
      },
    ],
  },
  {
    id: "doc/bulletin-wg-2020",
    title:
      "Information Bulletin, Virtual Meeting of the Working Groups of the Inter-American Conference of Ministers of Labor (IACML)",
    date: {
      kind: "all",
      parts: [
        { kind: "days", start: "2020-09-10", end: "2020-09-10" },
        { kind: "days", start: "2020-09-15", end: "2020-09-15" },
      ],
    },
    of: "wg-2020-virtual",
    seed: S.bulletin2020,
    source: { document: S.bulletin2020, section: "Title" },
    inferred: [
      {
        fields: ["date"],
        reasoning:
          "The bulletin has no date of issue; `date` holds the meeting days of its title ('September 10 & 15, 2020').",
        from: [{ document: S.bulletin2020, section: "Title" }],
      },
    ],
  },
];

/**
 * The documents of the process the sources are or name, with their OAS symbols, series, dates
 * and titles as written: the two working-group reports to the Preparatory Meeting of the XXI
 * IACML (CIDI/TRABAJO/RP/doc.4/21 of 8 July 2021 and doc.5/21 of 9 July 2021), the General
 * Secretariat's report to the XXI IACML (CIDI/TRABAJO/doc.9/21, 13 September 2021), the input
 * to the 2022 Planning Meeting (CIDI/CIMT/RPA/doc.33/22 rev.1), the outcomes of the January 2023
 * authorities' meeting (doc.45/23), the two workshop results documents (doc.40/23, doc.41/23),
 * the RIAL financial situation of September 2023, the 2023 performance report and the 2020
 * bulletin. No source gives their Spanish titles. Deeply frozen.
 *
 * @example
 * ```ts
 * import { oasDocuments } from "iacml/data";
 * console.log(oasDocuments.find((d) => d.symbol === "CIDI/CIMT/RPA/doc.45/23")?.title);
 * ```
 */
export const oasDocuments: readonly OasDocument[] = /* @__PURE__ */ deepFreeze(records as readonly OasDocument[]);
