import type * as z from "zod";
import type { DocumentClaim, DocumentClaimSchema } from "../../entities/work-plan/index.js";
import { deepFreeze } from "../deep-freeze.js";
import { BULLETIN_2020, REPORT_2021, REPORT_2023 } from "./sources.js";

const WG1_2021 = "002_02cb97b6c04033b0.txt";
const WG2_2021 = "004_03275a9484f16615.txt";

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
    unit: "Ministries of Labor",
    text: "The answers received, from 25 Ministries of Labor, COSATE and CEATAL",
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
    unit: "trained officials",
    source: { document: REPORT_2023, section: "III.a Priority line 3" },
  },
  {
    id: "claim/001/course-ministries-total",
    measure: "course.ministries-total",
    subject: "wp-2022-2024/pl3/a4",
    value: 27,
    unit: "Ministries of Labor",
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
    unit: "guidelines and protocols",
    text: "gathering 70 guidelines and protocols as of today",
    source: { document: REPORT_2021, section: "Annex I, RIAL/OAS actions in response to the COVID-19 pandemic" },
  },
  {
    id: "claim/003/reopening-repository-guidelines-s1",
    measure: "repository.measures",
    subject: "act-2018-2021/reopening-repository",
    value: 70,
    qualifier: "more than",
    unit: "guidelines and protocols",
    text: "to this date gathers more than 70 guidelines and protocols from around the world",
    source: { document: REPORT_2021, section: "1. Contributing to the response to COVID-19" },
  },
  {
    id: "claim/003/covid-portfolio-measures-s1",
    measure: "repository.measures",
    subject: "act-2018-2021/covid-portfolio",
    value: 491,
    text: "as of September 2021, contains 491 measures",
    source: { document: REPORT_2021, section: "1. Contributing to the response to COVID-19" },
  },
  {
    id: "claim/003/covid-portfolio-launch-measures",
    measure: "repository.measures-at-launch",
    subject: "act-2018-2021/covid-portfolio",
    value: 69,
    unit: "measures",
    text: 'launching on April 1 the "Portfolio of Responses of Ministries of Labor to COVID-19" ... listing 69 measures',
    source: { document: REPORT_2021, section: "1. Contributing to the response to COVID-19" },
  },
  {
    id: "claim/003/covid-portfolio-within-three-weeks",
    measure: "elapsed-days",
    subject: "act-2018-2021/covid-portfolio",
    value: 21,
    qualifier: "less than",
    since: "2020-03-11",
    text: "In less than three weeks after the pandemic was declared, the RIAL launched its Portfolio of responses from Ministries of Labor to COVID-19",
    source: { document: REPORT_2021, section: "Conclusions" },
  },
  {
    id: "claim/003/participation-average",
    measure: "participation.average-countries",
    subject: "act-2018-2021",
    value: 24,
    qualifier: "an average of",
    unit: "countries",
    text: "The meetings of the Working Groups and RIAL Workshops undertaken within the XX IACML had the participation of an average of 24 countries, as well as COSATE and CEATAL and experts from ILO, PAHO, IOM, World Bank, IDB and ECLAC.",
    source: {
      document: REPORT_2021,
      section: "Annex I, note on the meetings of the Working Groups and RIAL Workshops",
    },
  },
  {
    id: "claim/001/xxi-central-themes",
    measure: "conference.themes",
    subject: "xxi",
    value: 4,
    text: "it allowed collective reflection and the definition of commitments around four central themes",
    source: { document: REPORT_2023, section: "II. Themes and mandates of the XXI IACML" },
  },
  {
    id: "claim/002/bridgetown-poa-adopted",
    measure: "date.adopted",
    subject: "XX/PoA",
    value: "2018-12",
    text: "The Plan of Action of Bridgetown, approved by the XX IACML in December of 2018",
    source: { document: WG1_2021, section: "I. Introduction" },
  },
  {
    id: "claim/004/bridgetown-poa-adopted",
    measure: "date.adopted",
    subject: "XX/PoA",
    value: "2017-12",
    text: "The Plan of Action of Bridgetown, approved by the XX IACML in December of 2017",
    source: { document: WG2_2021, section: "I. Introduction" },
  },
  {
    id: "claim/003/bridgetown-poa-adopted",
    measure: "date.adopted",
    subject: "XX/PoA",
    value: "2017-12",
    text: "the Declaration and Plan of Action of Bridgetown, adopted at the XX IACML held in Bridgetown, Barbados in December 2017",
    source: { document: REPORT_2021, section: "Introduction" },
  },
  {
    id: "claim/000/bridgetown-poa-adopted",
    measure: "date.adopted",
    subject: "XX/PoA",
    value: "2017",
    text: "the Plan of Action of Bridgetown, adopted during the XX IACML in 2017",
    source: { document: BULLETIN_2020, section: "2. Overview" },
  },
  {
    id: "claim/002/first-gender-dialogue-date",
    measure: "date",
    subject: "act-2018-2021/dialogue-gender-2020",
    value: "2020-11-20",
    text: "The first virtual dialogue, held on November 20, 2020",
    source: { document: WG1_2021, section: "I. Introduction" },
  },
  {
    id: "claim/003/first-gender-dialogue-date",
    measure: "date",
    subject: "act-2018-2021/dialogue-gender-2020",
    value: "2020-11-28",
    text: "Hemispheric Dialogue to advance the institutionalization of a gender approach in the Ministries of Labor. Virtual. November 28, 2020.",
    source: { document: REPORT_2021, section: "Annex I, Workshops and seminars of the RIAL" },
  },
  {
    id: "claim/000/wg-meeting-days-background",
    measure: "date",
    subject: "wg-2020-virtual",
    value: "2020-09-10/2020-09-15",
    text: "This Virtual Meeting of Working Groups 1 and 2 will take place on September 10 – 15th, 2020, respectively.",
    source: { document: BULLETIN_2020, section: "1. Background and Justification" },
  },
  {
    id: "claim/000/wg-meeting-days-title",
    measure: "date",
    subject: "wg-2020-virtual",
    value: "{2020-09-10,2020-09-15}",
    text: "September 10 & 15, 2020",
    source: { document: BULLETIN_2020, section: "Title" },
  },
  {
    id: "claim/000/wg-meeting-days-form",
    measure: "date",
    subject: "wg-2020-virtual",
    value: "{2020-09-10,2020-09-15}",
    text: "September 10 and 15th, 2020",
    source: { document: BULLETIN_2020, section: "7. Registration Form" },
  },
  {
    id: "claim/003/wg-meeting-days",
    measure: "date",
    subject: "wg-2020-virtual",
    value: "{2020-09-10,2020-09-15}",
    text: "Second Meeting: Virtual, September 10 and 15, 2020",
    source: { document: REPORT_2021, section: "Annex I, Meetings of the Working Groups" },
  },
  {
    id: "claim/001/ministers-of-education-edition-a",
    measure: "edition",
    subject: "ext/oas-ministers-of-education-xi-2022",
    value: "XI",
    text: "the OAS Eleventh Meeting of Ministers of Education, held virtually from November 10 to 11, 2022",
    source: { document: REPORT_2023, section: "III.a Priority line 2" },
  },
  {
    id: "claim/001/ministers-of-education-edition-d",
    measure: "edition",
    subject: "ext/oas-ministers-of-education-xi-2022",
    value: "IX",
    text: "the IX Inter-American Meeting of Ministers of Education, to take place in May, 2022",
    source: { document: REPORT_2023, section: "III.d Intersectoral work Labor-Education" },
    inferred: [
      {
        fields: ["subject"],
        reasoning:
          "Section d announces the next Inter-American Meeting of Ministers of Education for May 2022; the only 2022 meeting of Ministers of Education the report dates is the Eleventh, November 10-11, 2022, taken to be the same meeting. The report warns that section d 'has not been updated'.",
        from: [
          { document: REPORT_2023, section: "III.d Contributions from partner organizations and intersectoral work" },
        ],
      },
    ],
  },
  {
    id: "claim/001/ministers-of-education-date-a",
    measure: "date",
    subject: "ext/oas-ministers-of-education-xi-2022",
    value: "2022-11-10/2022-11-11",
    text: "held virtually from November 10 to 11, 2022",
    source: { document: REPORT_2023, section: "III.a Priority line 2" },
  },
  {
    id: "claim/001/ministers-of-education-date-d",
    measure: "date",
    subject: "ext/oas-ministers-of-education-xi-2022",
    value: "2022-05",
    text: "to take place in May, 2022",
    source: { document: REPORT_2023, section: "III.d Intersectoral work Labor-Education" },
    inferred: [
      {
        fields: ["subject"],
        reasoning:
          "The May 2022 meeting of section d is taken to be the Eleventh Meeting of November 2022 (see claim/001/ministers-of-education-edition-d).",
        from: [
          { document: REPORT_2023, section: "III.d Contributions from partner organizations and intersectoral work" },
        ],
      },
    ],
  },
  {
    id: "claim/003/newsletters-issued",
    measure: "newsletters.issued",
    subject: "act-2018-2021/rial-newsletters",
    value: 90,
    unit: "virtual RIAL Newsletters",
    text: "Preparation and distribution of 90 virtual RIAL Newsletters from 2018 – 2021",
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
 * What the documents' prose states about their own content — counts, totals, a name, and facts
 * stated in more than one place (the adoption date of the Plan of Action of Bridgetown, the day
 * of the first gender dialogue, the days of the 2020 meeting, the edition of the 2022 meeting of
 * Ministers of Education, the "more than 70" guidelines) — kept apart from the listed records so
 * a validation can compare them. The report to the XXI IACML
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
