import type * as z from "zod";
import type { DecisionRecord, DecisionRecordSchema } from "../../entities/process/oas-document.js";
import { deepFreeze } from "../deep-freeze.js";
import { processSources as S } from "./sources.js";

const M = "wp-2022-2024/meetings/";
const JAN_2023 = { kind: "days", start: "2023-01-27", end: "2023-01-27" } as const;

const records: readonly z.input<typeof DecisionRecordSchema>[] = [
  {
    id: "decision/2020-05-22/xxi-postponed",
    kind: "schedule",
    body: "the authorities of the Inter-American Conference of Ministers of Labor (IACML)",
    meeting: "act-2018-2021/authorities-2020-05",
    when: { kind: "days", start: "2020-05-22", end: "2020-05-22" },
    text: "to hold the XXI IACML, originally planned for December 2020, in 2021, and to maintain it as a face-to-face meeting",
    concerns: ["xxi"],
    source: { document: S.bulletin2020, section: "1. Background and Justification" },
  },
  {
    id: "decision/2020-05-22/additional-wg-meeting",
    kind: "schedule",
    body: "the authorities",
    meeting: "act-2018-2021/authorities-2020-05",
    when: { kind: "days", start: "2020-05-22", end: "2020-05-22" },
    text: "to hold an additional Meeting of the Working Groups to analyze and exchange experiences on relevant topics for the world of work in light of COVID-19",
    concerns: ["wg-2020-virtual", "act-2018-2021/wg-meeting-2"],
    source: { document: S.bulletin2020, section: "1. Background and Justification" },
  },
  {
    id: "decision/2020-05/work-plan-2018-2020-revised",
    kind: "work-plan",
    body: "the IACML authorities",
    meeting: "act-2018-2021/authorities-2020-05",
    when: { kind: "month", month: "2020-05" },
    text: "to hold an additional meeting of the Working Groups to analyze the impacts of the pandemic and government responses; to conduct bilateral RIAL activities virtually; and to transform a face-to-face workshop on gender into a broader training program",
    concerns: ["wp-2018-2020"],
    source: { document: S.secretariatReport2021, section: "1. Contributing to the response to COVID-19" },
  },
  {
    id: "decision/2020-07/cidi-res-343",
    kind: "schedule",
    body: "the Inter-American Council for Integral Development (CIDI)",
    when: { kind: "month", month: "2020-07" },
    text: "Resolution No. 343 (CIII-O/20) ... where OAS Member States accepted with gratitude the offer of the Government of Argentina, and convened the XXI IACML in Buenos Aires, Argentina, from September 22 to 24, 2021",
    concerns: ["xxi"],
    source: { document: S.bulletin2020, section: "1. Background and Justification" },
  },
  {
    id: "decision/2022-02/budget-table",
    kind: "budget",
    body: "the Planning Meeting",
    meeting: `${M}planning`,
    when: { kind: "month", month: "2022-02" },
    text: "The approved RIAL budget table for the different actions of the Work Plan, as decided at the Planning Meeting in February 2022 and the meeting of IACML authorities in January 2023",
    concerns: ["rial-2022-2024"],
    source: { document: S.performanceReport2023, section: "III.c Funding" },
  },
  {
    id: "decision/2022-06-08/work-plan-approved",
    kind: "work-plan",
    body: "CIDI's Committee on Partnership for Development Policies",
    when: { kind: "days", start: "2022-06-08", end: "2022-06-08" },
    text: "it was approved by CIDI's Committee on Partnership for Development Policies at its meeting on June 8, 2022",
    concerns: ["wp-2022-2024"],
    source: { document: S.performanceReport2023, section: "I. Introduction" },
  },
  {
    id: "decision/2022-08/budget-line-6",
    kind: "budget",
    body: "not named in the document",
    when: { kind: "month", month: "2022-08" },
    text: "This amount was approved after the Planning Meeting, via an email received in August 2022.",
    concerns: ["rial-2022-2024/l06"],
    source: { document: S.performanceReport2023, section: "III.c Funding, footnote *" },
  },
  {
    id: "decision/2023-01-27/budget-table",
    kind: "budget",
    body: "the meeting of IACML authorities",
    meeting: `${M}authorities-2023`,
    when: JAN_2023,
    text: "The approved RIAL budget table for the different actions of the Work Plan, as decided at the Planning Meeting in February 2022 and the meeting of IACML authorities in January 2023",
    concerns: ["rial-2022-2024"],
    recordedIn: "CIDI/CIMT/RPA/doc.45/23",
    source: { document: S.performanceReport2023, section: "III.c Funding" },
    inferred: [
      {
        fields: ["when", "recordedIn"],
        reasoning:
          "The Funding section says 'January 2023'; the only meeting of authorities that month is the one of January 27, 2023, whose decisions, 'including the use of RIAL resources', are in CIDI/CIMT/RPA/doc.45/23 (I. Introduction).",
        from: [{ document: S.performanceReport2023, section: "I. Introduction" }],
      },
    ],
  },
  {
    id: "decision/2023-01-27/wg-meeting-topics",
    kind: "topics",
    body: "the meeting of IACML authorities",
    meeting: `${M}authorities-2023`,
    when: JAN_2023,
    text: "The topics proposed for the Meeting of Working Groups, as decided in the meeting of IACML authorities in January, 2023",
    concerns: [`${M}wg-2023`],
    recordedIn: "CIDI/CIMT/RPA/doc.45/23",
    source: { document: S.performanceReport2023, section: "III.b Political process activities, 1" },
    inferred: [
      {
        fields: ["when", "recordedIn"],
        reasoning:
          "'January, 2023' is read as the meeting of January 27, 2023, whose decisions are in CIDI/CIMT/RPA/doc.45/23 (I. Introduction).",
        from: [{ document: S.performanceReport2023, section: "I. Introduction" }],
      },
    ],
  },
  {
    id: "decision/2023-01-27/rial-travel-support",
    kind: "budget",
    body: "the Meeting of IACML Authorities",
    meeting: `${M}authorities-2023`,
    when: JAN_2023,
    text: "During the Meeting of IACML Authorities in January, 2023, the use of RIAL resources was authorized to support travel expenses.",
    concerns: [`${M}wg-2023`, "rial-2022-2024/l08"],
    recordedIn: "CIDI/CIMT/RPA/doc.45/23",
    source: { document: S.performanceReport2023, section: "III.b Political process activities, 1" },
    inferred: [
      {
        fields: ["when", "recordedIn", "concerns"],
        reasoning:
          "'January, 2023' is read as the meeting of January 27, 2023 (its decisions, 'including the use of RIAL resources', are in CIDI/CIMT/RPA/doc.45/23); the budget line is the table's 'Working Groups Meeting - 2023'.",
        from: [
          { document: S.performanceReport2023, section: "I. Introduction" },
          { document: S.performanceReport2023, section: "III.c Funding" },
        ],
      },
    ],
  },
];

/**
 * The decisions the documents report, each in the document's words with who took it (as
 * written; "not named in the document" when it does not say), the meeting, the date and the
 * records it concerns: the May 2020 decisions of the authorities (postponing the XXI IACML,
 * an additional meeting of the Working Groups, the revised Work Plan 2018-2020), CIDI's
 * Resolution No. 343 (CIII-O/20), the budget table of February 2022, the CIDI committee's
 * approval of the Work Plan 2022-2024, the August 2022 approval of budget line 6, and the
 * January 2023 authorities' decisions (budget table, Working Group meeting topics, RIAL
 * resources for travel), recorded in CIDI/CIMT/RPA/doc.45/23. Deeply frozen.
 *
 * @example
 * ```ts
 * import { decisionRecords } from "iacml/data";
 * const jan2023 = decisionRecords.filter((d) => d.meeting === "wp-2022-2024/meetings/authorities-2023");
 * console.log(jan2023.map((d) => d.text));
 * ```
 */
export const decisionRecords: readonly DecisionRecord[] = /* @__PURE__ */ deepFreeze(
  records as readonly DecisionRecord[],
);
