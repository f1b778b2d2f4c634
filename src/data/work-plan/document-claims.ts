import type * as z from "zod";
import type { DocumentClaim, DocumentClaimSchema } from "../../entities/work-plan/index.js";
import { deepFreeze } from "../deep-freeze.js";
import { BULLETIN_2020, REPORT_2021, REPORT_2023 } from "./sources.js";

const BC_NOTE = { document: REPORT_2021, section: "Annex I, note on RIAL bilateral cooperation" };
const BC_2018_2021 = "rial-bc/2018-2021";

const records: readonly z.input<typeof DocumentClaimSchema>[] = [
  {
    id: "claim/001/priority-lines",
    measure: "work-plan.priority-lines",
    subject: "wp-2022-2024",
    value: 8,
    source: { document: REPORT_2023, section: "III.a Priorities and Technical Activities" },
  },
  {
    id: "claim/001/questionnaire-answers",
    measure: "work-plan.questionnaire-ministries",
    subject: "wp-2022-2024",
    value: 25,
    source: { document: REPORT_2023, section: "I. Introduction" },
  },
  {
    id: "claim/001/budget-total",
    measure: "budget.total",
    subject: "rial-2022-2024",
    value: "105000.00",
    source: { document: REPORT_2023, section: "III.c Funding, general budget of the Work Plan" },
  },
  {
    id: "claim/001/course-trained-total",
    measure: "course.trained-officials-total",
    subject: "wp-2022-2024/pl3/a4",
    value: 75,
    source: { document: REPORT_2023, section: "III.a Priority line 3" },
  },
  {
    id: "claim/001/course-ministries-total",
    measure: "course.ministries-total",
    subject: "wp-2022-2024/pl3/a4",
    value: 27,
    source: { document: REPORT_2023, section: "III.a Priority line 3" },
  },
  {
    id: "claim/000/work-plan-name",
    measure: "work-plan.name-period",
    subject: "wp-2018-2020",
    value: "2028-2020",
    source: { document: BULLETIN_2020, section: "1. Background and Justification" },
  },
  {
    id: "claim/003/bc-done",
    measure: "bilateral-cooperations.done",
    subject: BC_2018_2021,
    value: 16,
    source: BC_NOTE,
  },
  {
    id: "claim/003/bc-ongoing",
    measure: "bilateral-cooperations.ongoing",
    subject: BC_2018_2021,
    value: 4,
    source: BC_NOTE,
  },
  {
    id: "claim/003/bc-pending",
    measure: "bilateral-cooperations.pending-postponed",
    subject: BC_2018_2021,
    value: 4,
    source: BC_NOTE,
  },
  {
    id: "claim/003/bc-since-2006",
    measure: "bilateral-cooperations.since-2006",
    subject: BC_2018_2021,
    value: 115,
    source: BC_NOTE,
  },
  {
    id: "claim/003/bc-ministries-assisted",
    measure: "bilateral-cooperations.ministries-assisted",
    subject: BC_2018_2021,
    value: 30,
    source: BC_NOTE,
  },
  {
    id: "claim/003/covid-portfolio-measures",
    measure: "repository.measures",
    subject: "act-2018-2021/covid-portfolio",
    value: 491,
    source: { document: REPORT_2021, section: "Annex I, RIAL/OAS actions in response to the COVID-19 pandemic" },
  },
  {
    id: "claim/003/reopening-repository-guidelines",
    measure: "repository.measures",
    subject: "act-2018-2021/reopening-repository",
    value: 70,
    source: { document: REPORT_2021, section: "Annex I, RIAL/OAS actions in response to the COVID-19 pandemic" },
  },
  {
    id: "claim/003/newsletters-issued",
    measure: "newsletters.issued",
    subject: "act-2018-2021/rial-newsletters",
    value: 90,
    source: { document: REPORT_2021, section: "Annex I, Other important activities" },
  },
  {
    id: "claim/003/newsletters-since-start",
    measure: "newsletters.issued-since-start",
    subject: "act-2018-2021/rial-newsletters",
    value: 190,
    source: { document: REPORT_2021, section: "Annex I, Other important activities" },
  },
];

/**
 * What the documents' prose states about their own content — counts, totals, a name — kept
 * apart from the listed records so a validation can compare them. The report to the XXI IACML
 * states 4 ongoing bilateral cooperations while its list has 5; the 2020 bulletin names the
 * "Work Plan 2028-2020". Deeply frozen.
 *
 * @example
 * ```ts
 * import { documentClaims } from "iacml/data";
 * const ongoing = documentClaims.find((c) => c.measure === "bilateral-cooperations.ongoing");
 * console.log(ongoing?.value); // 4
 * ```
 */
export const documentClaims: readonly DocumentClaim[] = /* @__PURE__ */ deepFreeze(records as readonly DocumentClaim[]);
