import type * as z from "zod";
import type { ReportedActivity, ReportedActivitySchema } from "../../entities/work-plan/index.js";
import { deepFreeze } from "../deep-freeze.js";
import { REPORT_2021, REPORT_2023 } from "./sources.js";

const WG1_2021 = "002_02cb97b6c04033b0.txt";
const WG2_2021 = "004_03275a9484f16615.txt";
const ANNEX_NOTE = {
  document: REPORT_2021,
  section: "Annex I, note on the meetings of the Working Groups and RIAL Workshops",
};

// Mandate references as the report writes them, one per thematic section.
const GENDER = "Articles 23 and 24 of the Declaration, and 7.h of the Plan of Action of Bridgetown";
const SKILLS = "Articles 4, 7, and 8 of the Declaration and 7.d of the Plan of Action";
const DIALOGUE = "Article 21";
const COMPLIANCE = "Articles 25 of the Declaration and Article 9. a, b, d, f, and h of the Plan of Action";

const SECTION_2 = { document: REPORT_2021, section: "2. Moving towards recovery with gender equality" };
const SECTION_3 = { document: REPORT_2021, section: "3. Improving coordination between education and employment" };
const SECTION_4 = { document: REPORT_2021, section: "4. Strengthening social dialogue at the hemispheric level" };
const SECTION_5 = { document: REPORT_2021, section: "5. Contributing to improving compliance with labor laws" };

const PLANNING = { document: REPORT_2021, section: "Annex I, Planning Meeting of the XX IACML" };
const AUTHORITIES = { document: REPORT_2021, section: "Annex I, Virtual Meetings of the Authorities" };
const WORKING_GROUPS = { document: REPORT_2021, section: "Annex I, Meetings of the Working Groups" };
const WORKSHOPS = { document: REPORT_2021, section: "Annex I, Workshops and seminars of the RIAL" };
const COVID = { document: REPORT_2021, section: "Annex I, RIAL/OAS actions in response to the COVID-19 pandemic" };
const SOCIAL_ACTORS = { document: REPORT_2021, section: "Annex I, Dialogues of Workers and Private Sector" };
const PREPARATORY = { document: REPORT_2021, section: "Annex I, Preparatory Meetings of the XXI IACML" };
const OTHER = { document: REPORT_2021, section: "Annex I, Other important activities" };

const POLITICAL = "political process of the triennial ministerial cycle";
const PANDEMIC = "response to the COVID-19 pandemic";
const FOLLOW_UP = "listed as following up on XX IACML mandates; no mandate named";

const records: readonly z.input<typeof ReportedActivitySchema>[] = [
  {
    id: "act-2018-2021/planning-meeting",
    conference: "xx",
    kind: "planning-meeting",
    title: "Planning Meeting of the XX IACML",
    when: { kind: "days", start: "2018-04-26", end: "2018-04-27" },
    location: { city: "Washington D.C.", country: "US" },
    partners: [],
    derived: POLITICAL,
    source: PLANNING,
  },
  {
    id: "act-2018-2021/authorities-2019-01",
    conference: "xx",
    kind: "authorities-meeting",
    title: "Virtual Meeting of the Authorities of the XX IACML",
    when: { kind: "days", start: "2019-01-25", end: "2019-01-25" },
    format: "virtual",
    partners: [],
    derived: POLITICAL,
    source: AUTHORITIES,
  },
  {
    id: "act-2018-2021/authorities-2020-02",
    conference: "xx",
    kind: "authorities-meeting",
    title: "Virtual Meeting of the Authorities of the XX IACML",
    when: { kind: "days", start: "2020-02-13", end: "2020-02-13" },
    format: "virtual",
    partners: [],
    derived: POLITICAL,
    source: AUTHORITIES,
  },
  {
    id: "act-2018-2021/authorities-2020-05",
    conference: "xx",
    kind: "authorities-meeting",
    title: "Virtual Meeting of the Authorities of the XX IACML",
    when: { kind: "days", start: "2020-05-22", end: "2020-05-22" },
    format: "virtual",
    partners: [],
    purpose: "decisions considering the COVID-19 pandemic",
    derived: POLITICAL,
    source: AUTHORITIES,
  },
  {
    id: "act-2018-2021/authorities-2021-01",
    conference: "xx",
    kind: "authorities-meeting",
    title: "Virtual Meeting of the Authorities of the XX IACML",
    when: { kind: "days", start: "2021-01-28", end: "2021-01-28" },
    format: "virtual",
    partners: [],
    derived: POLITICAL,
    source: AUTHORITIES,
  },
  {
    id: "act-2018-2021/wg-meeting-1",
    conference: "xx",
    kind: "working-group-meeting",
    title: "First Meeting of the Working Groups of the XX IACML",
    when: { kind: "days", start: "2019-12-03", end: "2019-12-04" },
    location: { city: "Quito", country: "EC" },
    partners: [],
    derived: POLITICAL,
    participationCounts: [
      {
        count: 20,
        qualifier: "at least",
        unit: "Ministries of Labor",
        text: "The WG1 meetings were attended by officials from at least 20 Ministries of Labor",
        of: "the meetings of Working Group 1 (December 3, 2019 and September 10, 2020)",
        source: { document: WG1_2021, section: "I. Introduction" },
      },
      {
        count: 20,
        qualifier: "at least",
        unit: "Ministries of Labor",
        text: "The meetings were attended by officials from at least 20 Ministries of Labor",
        of: "the meetings of Working Group 2 (December 4, 2019 and September 15, 2020)",
        source: { document: WG2_2021, section: "I. Introduction" },
      },
    ],
    asWritten: [
      {
        field: "when",
        text: "two meetings of Working Group 1 that took place on December 3, 2019 in Quito, Ecuador, and virtually in September 10th, 2020",
        source: { document: WG1_2021, section: "I. Introduction" },
      },
      {
        field: "when",
        text: "two meetings of Working Group 2, held on December 4, 2019 in Quito, Ecuador, and virtually on September 15, 2020",
        source: { document: WG2_2021, section: "I. Introduction" },
      },
    ],
    source: WORKING_GROUPS,
  },
  {
    id: "act-2018-2021/wg-meeting-2",
    conference: "xx",
    kind: "working-group-meeting",
    title: "Second Meeting of the Working Groups of the XX IACML",
    when: {
      kind: "all",
      parts: [
        { kind: "days", start: "2020-09-10", end: "2020-09-10" },
        { kind: "days", start: "2020-09-15", end: "2020-09-15" },
      ],
    },
    format: "virtual",
    partners: [],
    derived: POLITICAL,
    participationCounts: [
      {
        count: 27,
        unit: "Ministries",
        text: "it is noteworthy the presence of 27 Ministries in the virtual meeting",
        of: "virtual meeting of Working Group 1",
        source: { document: WG1_2021, section: "I. Introduction" },
      },
      {
        count: 27,
        unit: "Ministries",
        text: "the presence of 27 Ministries in the virtual meeting is noteworthy",
        of: "virtual meeting of Working Group 2",
        source: { document: WG2_2021, section: "I. Introduction" },
      },
    ],
    source: WORKING_GROUPS,
  },
  {
    id: "act-2018-2021/workshop-compliance-2018",
    conference: "xx",
    kind: "workshop",
    title: "Hemispheric Workshop on Strategies to improve compliance with Labor Legislation",
    when: { kind: "days", start: "2018-12-06", end: "2018-12-07" },
    host: { memberStates: ["CR"], organizations: [], city: "San José", confirmed: true },
    partners: ["ilo", "cosate", "ceatal"],
    participation: { ministries: 20 },
    mandateText: COMPLIANCE,
    mandateSource: SECTION_5,
    participationCounts: [
      {
        count: 20,
        unit: "Ministries of Labor",
        text: "with the participation of 20 Ministries of Labor, COSATE and CEATAL",
        source: { document: REPORT_2021, section: "5. Contributing to improving compliance with labor laws" },
      },
      {
        count: 20,
        unit: "Ministries of Labor",
        text: "an active and enriching exchange among labor inspectors from 20 Ministries of Labor, as well as COSATE and CEATAL",
        source: { document: WG2_2021, section: "I. Introduction" },
      },
    ],
    asWritten: [
      {
        field: "title",
        text: "Hemispheric Workshop on Strategies to improve compliance with Labor Legislation",
        source: { document: REPORT_2021, section: "Annex I, Workshops and seminars of the RIAL" },
      },
      {
        field: "title",
        text: "Strategies to Improve Compliance with Labor Legislation",
        source: { document: REPORT_2021, section: "5. Contributing to improving compliance with labor laws" },
      },
      {
        field: "title",
        text: "Strategies to Improve Compliance with Labor Legislation",
        source: { document: WG2_2021, section: "I. Introduction" },
      },
      {
        field: "financing",
        text: "co-organized by the OAS and the ILO, under the auspices of the Ministry of Labor and Social Security of Costa Rica, and financed by the Canadian Labor Program with resources granted to the RIAL",
        source: { document: WG2_2021, section: "I. Introduction" },
      },
    ],
    source: WORKSHOPS,
  },
  {
    id: "act-2018-2021/workshop-skills-2019",
    conference: "xx",
    kind: "workshop",
    title: "Skills for the Future: Contributions from the Ministries of Education and Labor",
    when: { kind: "days", start: "2019-05-16", end: "2019-05-17" },
    host: { memberStates: ["CL"], organizations: [], city: "Santiago", confirmed: true },
    partners: ["ilo-cinterfor"],
    mandateText: SKILLS,
    mandateSource: SECTION_3,
    participationCounts: [
      {
        count: 18,
        unit: "Member States",
        text: "The event gathered technical officers from the Ministries of Education and/or Labor from 18 Member States",
        source: { document: WG1_2021, section: "I. Introduction" },
      },
    ],
    asWritten: [
      {
        field: "title",
        text: "Skills for the Future: Contributions from the Ministries of Education and Labor",
        source: { document: REPORT_2021, section: "Annex I, Workshops and seminars of the RIAL" },
      },
      {
        field: "title",
        text: "skills for the future: Contributions from the Ministries of Education and Labor",
        source: { document: WG1_2021, section: "I. Introduction" },
      },
      {
        field: "title",
        text: "Skills for the Future: Coordination between Ministries of Education and Labor",
        source: { document: REPORT_2021, section: "3. Improving coordination between education and employment" },
      },
      {
        field: "title",
        text: "Skills for the Future",
        source: { document: REPORT_2023, section: "III.a Priority line 2" },
      },
      {
        field: "when",
        text: "held in Santiago, Chile in May 2019",
        source: { document: REPORT_2023, section: "III.a Priority line 2" },
      },
      {
        field: "partners",
        text: "representatives from international organizations -ILO, IADB, World Bank, the Economic Commission for Latin America and the Caribbean (ECLAC) and the Latin American Development Bank (CAF)- as well as academic institutions, representatives from workers and employers, and the private sector, including Google, Fundacion Telefonica, Nestlé and Ford",
        source: { document: WG1_2021, section: "I. Introduction" },
      },
    ],
    source: WORKSHOPS,
  },
  {
    id: "act-2018-2021/dialogue-gender-2020",
    conference: "xx",
    kind: "dialogue",
    title: "Hemispheric Dialogue on the institutionalization of a gender approach in the Ministries of Labor",
    when: { kind: "days", start: "2020-11-28", end: "2020-11-28" },
    format: "virtual",
    partners: ["cim"],
    mandateText: GENDER,
    mandateSource: SECTION_2,
    participationCounts: [
      {
        count: 29,
        unit: "governments",
        text: "The first virtual dialogue, held on November 20, 2020, had the participation of 29 governments of the Americas",
        source: { document: WG1_2021, section: "I. Introduction" },
      },
      {
        count: 25,
        qualifier: "more than",
        unit: "countries",
        text: "During two hemispheric dialogues with the participation of more than 25 countries",
        of: "the two hemispheric dialogues of 2020 and 2021",
        source: { document: REPORT_2021, section: "2. Moving towards recovery with gender equality" },
      },
    ],
    asWritten: [
      {
        field: "when",
        text: "November 28, 2020",
        source: { document: REPORT_2021, section: "Annex I, Workshops and seminars of the RIAL" },
      },
      {
        field: "when",
        text: "The first virtual dialogue, held on November 20, 2020",
        source: { document: WG1_2021, section: "I. Introduction" },
      },
    ],
    source: WORKSHOPS,
  },
  {
    id: "act-2018-2021/dialogue-telework-2021",
    conference: "xx",
    kind: "dialogue",
    title: "Hemispheric Dialogue on Telework and caregiving co-responsibility",
    when: { kind: "days", start: "2021-05-26", end: "2021-05-26" },
    format: "virtual",
    partners: ["cim"],
    mandateText: GENDER,
    mandateSource: SECTION_2,
    participationCounts: [
      {
        count: 25,
        qualifier: "more than",
        unit: "countries",
        text: "During two hemispheric dialogues with the participation of more than 25 countries",
        of: "the two hemispheric dialogues of 2020 and 2021",
        source: { document: REPORT_2021, section: "2. Moving towards recovery with gender equality" },
      },
    ],
    source: WORKSHOPS,
  },
  {
    id: "act-2018-2021/covid-portfolio",
    conference: "xx",
    kind: "repository-portfolio",
    title: "Portfolio of Responses from Ministries of Labor to COVID-19",
    when: { kind: "days", start: "2020-04-01", end: "2020-04-01" },
    format: "virtual",
    partners: [],
    derived: PANDEMIC,
    statedOutputs: [
      {
        text: 'launching on April 1 the "Portfolio of Responses of Ministries of Labor to COVID-19" on the web page of the Inter-American Network for Labor Administration (RIAL), listing 69 measures',
        figure: { value: 69, unit: "measures" },
        when: { kind: "days", start: "2020-04-01", end: "2020-04-01" },
        source: { document: REPORT_2021, section: "1. Contributing to the response to COVID-19" },
      },
      {
        text: "as of September 2021, contains 491 measures",
        figure: { value: 491, unit: "measures" },
        asOf: { kind: "month", month: "2021-09" },
        source: { document: REPORT_2021, section: "1. Contributing to the response to COVID-19" },
      },
      {
        text: "gathering 491 government measures as of today",
        figure: { value: 491, unit: "government measures" },
        source: COVID,
      },
    ],
    source: COVID,
  },
  {
    id: "act-2018-2021/reopening-repository",
    conference: "xx",
    kind: "repository-portfolio",
    title: "Repository of Guidelines and Protocols for Reopening and Return to Work",
    when: { kind: "days", start: "2020-05-01", end: "2020-05-01" },
    format: "virtual",
    partners: [],
    derived: PANDEMIC,
    statedOutputs: [
      {
        text: 'the Secretariat launched a set of "Guidelines and Protocols for de-confinement and return to work" on May 1, 2020 ... to this date gathers more than 70 guidelines and protocols from around the world',
        figure: { value: 70, qualifier: "more than", unit: "guidelines and protocols" },
        when: { kind: "days", start: "2020-05-01", end: "2020-05-01" },
        source: { document: REPORT_2021, section: "1. Contributing to the response to COVID-19" },
      },
      {
        text: "gathering 70 guidelines and protocols as of today",
        figure: { value: 70, unit: "guidelines and protocols" },
        source: COVID,
      },
    ],
    asWritten: [
      {
        field: "title",
        text: "Repository of Guidelines and Protocols for Reopening and Return to Work",
        source: { document: REPORT_2021, section: "Annex I, RIAL/OAS actions in response to the COVID-19 pandemic" },
      },
      {
        field: "title",
        text: "Repository of Guidelines and protocols for Deconfinement and Return to Work",
        source: { document: WG2_2021, section: "II. Summary of topics" },
      },
    ],
    source: COVID,
  },
  {
    id: "act-2018-2021/social-actors-summit-viii",
    conference: "xx",
    kind: "social-actors-dialogue",
    title: "Dialogue of Workers and Private Sector",
    within: "8th Summit of the Americas",
    when: { kind: "days", start: "2018-04-12", end: "2018-04-12" },
    location: { city: "Lima", country: "PE" },
    partners: ["cosate", "ceatal"],
    mandateText: DIALOGUE,
    mandateSource: SECTION_4,
    source: SOCIAL_ACTORS,
  },
  {
    id: "act-2018-2021/social-actors-oas-ga-xlviii",
    conference: "xx",
    kind: "social-actors-dialogue",
    title: "Dialogue of Workers and Private Sector",
    within: "XLVIII OAS General Assembly",
    when: { kind: "days", start: "2018-06-03", end: "2018-06-05" },
    location: { city: "Washington, D.C.", country: "US" },
    partners: ["cosate", "ceatal"],
    mandateText: DIALOGUE,
    mandateSource: SECTION_4,
    source: SOCIAL_ACTORS,
  },
  {
    id: "act-2018-2021/social-actors-oas-ga-xlix",
    conference: "xx",
    kind: "social-actors-dialogue",
    title: "Dialogue of Workers and Private Sector",
    within: "XLIX OAS General Assembly",
    when: { kind: "days", start: "2019-06-26", end: "2019-06-26" },
    location: { city: "Medellin", country: "CO" },
    partners: ["cosate", "ceatal"],
    mandateText: DIALOGUE,
    mandateSource: SECTION_4,
    source: SOCIAL_ACTORS,
  },
  {
    id: "act-2018-2021/social-actors-oas-ga-l",
    conference: "xx",
    kind: "social-actors-dialogue",
    title: "Dialogue of Workers and Private Sector",
    within: "L OAS General Assembly",
    when: { kind: "days", start: "2020-10-29", end: "2020-10-29" },
    format: "virtual",
    partners: ["cosate", "ceatal"],
    mandateText: DIALOGUE,
    mandateSource: SECTION_4,
    source: SOCIAL_ACTORS,
  },
  {
    id: "act-2018-2021/preparatory-xxi-1",
    conference: "xx",
    kind: "preparatory-meeting",
    title: "First Preparatory Meeting of the XXI IACML",
    when: { kind: "days", start: "2019-12-05", end: "2019-12-05" },
    location: { city: "Quito", country: "EC" },
    partners: [],
    derived: POLITICAL,
    source: PREPARATORY,
  },
  {
    id: "act-2018-2021/preparatory-xxi-2",
    conference: "xx",
    kind: "preparatory-meeting",
    title: "Second Preparatory Meeting of the XXI IACML",
    when: { kind: "days", start: "2021-07-28", end: "2021-07-30" },
    format: "virtual",
    partners: [],
    derived: POLITICAL,
    source: PREPARATORY,
  },
  {
    id: "act-2018-2021/course-gender-violence",
    conference: "xx",
    kind: "course",
    title: "Course Gender Violence at work (preparation)",
    when: { kind: "tbd", within: { start: "2021-01-01", end: "2021-12-31" } },
    format: "virtual",
    partners: ["cim"],
    mandateText: GENDER,
    mandateSource: SECTION_2,
    source: OTHER,
  },
  {
    id: "act-2018-2021/course-regional-qualifications-framework",
    conference: "xx",
    kind: "course",
    title: "Advancing towards a Regional Qualifications Framework",
    when: { kind: "months", start: "2021-07", end: "2021-09" },
    format: "virtual",
    partners: ["ilo-cinterfor", "unesco", "iace"],
    mandateText: SKILLS,
    mandateSource: SECTION_3,
    asWritten: [
      {
        field: "title",
        text: "Advancing towards a Regional Qualifications Framework",
        source: { document: REPORT_2021, section: "Annex I, Other important activities" },
      },
      {
        field: "title",
        text: "Moving towards a regional qualifications framework",
        source: { document: REPORT_2021, section: "3. Improving coordination between education and employment" },
      },
      {
        field: "when",
        text: "held between July and September 2021",
        source: { document: REPORT_2021, section: "3. Improving coordination between education and employment" },
      },
      {
        field: "when",
        text: "in 2021",
        source: { document: REPORT_2021, section: "Annex I, Other important activities" },
      },
    ],
    source: OTHER,
  },
  {
    id: "act-2018-2021/webinar-social-dialogue-2019",
    conference: "xx",
    kind: "webinar",
    title: "Social Dialogue with Results: the experience of Castilla and Leon, Spain",
    when: { kind: "days", start: "2019-03-19", end: "2019-03-19" },
    format: "virtual",
    partners: [],
    derived: FOLLOW_UP,
    source: OTHER,
  },
  {
    id: "act-2018-2021/webinars-mental-health-2018",
    conference: "xx",
    kind: "webinar",
    title: "Webinars on mental health at work, World Day of Occupational Safety and Health",
    when: { kind: "month", month: "2018-04" },
    format: "virtual",
    partners: ["ilo", "paho"],
    derived: FOLLOW_UP,
    source: OTHER,
  },
  {
    id: "act-2018-2021/rial-newsletters",
    conference: "xx",
    kind: "newsletter",
    title: "Virtual RIAL Newsletters",
    when: { kind: "tbd", within: { start: "2018-01-01", end: "2021-12-31" } },
    format: "virtual",
    partners: [],
    derived: FOLLOW_UP,
    statedOutputs: [
      {
        text: "Preparation and distribution of 90 virtual RIAL Newsletters from 2018 – 2021, completing 190 in RIAL history",
        figure: { value: 90, unit: "virtual RIAL Newsletters" },
        source: OTHER,
      },
    ],
    source: OTHER,
  },
];

/**
 * Every activity of the IACML between 2018 and 2021 listed in Annex 1 of the General
 * Secretariat's report to the XXI IACML (bilateral cooperation apart, see
 * `bilateralCooperations`), with participation counts, outputs and the documents' wordings
 * (`asWritten`), with the mandate reference of the report's thematic section where it
 * names the activity's theme. Deeply frozen.
 *
 * @example
 * ```ts
 * import { activities2018To2021 } from "iacml/data";
 * const workshops = activities2018To2021.filter((a) => a.kind === "workshop");
 * console.log(workshops.map((w) => w.title));
 * ```
 */
export const activities2018To2021: readonly ReportedActivity[] = /* @__PURE__ */ deepFreeze(
  records as readonly ReportedActivity[],
);

const earlier: readonly z.input<typeof ReportedActivitySchema>[] = [
  {
    id: "act-2016/workshop-youth-employment-brasilia",
    conference: "xix",
    kind: "workshop",
    title: "Youth Employment: Articulation between education and work",
    when: { kind: "month", month: "2016-12" },
    host: { memberStates: ["BR"], organizations: [], city: "Brasilia", confirmed: true },
    partners: [],
    asWritten: [
      {
        field: "title",
        text: "Youth Employment: Articulation between education and work",
        source: { document: REPORT_2023, section: "III.a Priority line 2" },
      },
      {
        field: "title",
        text: "Youth Employment: coordination between Education and Labor in the Americas",
        source: { document: WG1_2021, section: "I. Introduction" },
      },
      {
        field: "when",
        text: "held in Brasilia in December 2016",
        source: { document: REPORT_2023, section: "III.a Priority line 2" },
      },
      {
        field: "when",
        text: "that took place in Brasilia in 2016",
        source: { document: WG1_2021, section: "I. Introduction" },
      },
    ],
    derived: "an earlier intersectoral workshop the documents cite; no mandate named",
    inferred: [
      {
        fields: ["conference"],
        reasoning:
          "Held in December 2016, between the XIX IACML (2015) and the XX (2017), so it followed up the XIX IACML's mandates; the documents do not say so.",
        from: [{ document: REPORT_2023, section: "III.a Priority line 2" }],
      },
    ],
    source: { document: REPORT_2023, section: "III.a Priority line 2" },
  },
];

/**
 * Activities before 2018 that the later reports cite: the intersectoral RIAL workshop on youth
 * employment held in Brasilia in (December) 2016, with its title as 001 and 002 write it. In
 * `dataset.activities` after the 2018-2021 list. Deeply frozen.
 *
 * @example
 * ```ts
 * import { earlierActivities } from "iacml/data";
 * console.log(earlierActivities[0]?.asWritten?.map((w) => w.text));
 * ```
 */
export const earlierActivities: readonly ReportedActivity[] = /* @__PURE__ */ deepFreeze(
  earlier as readonly ReportedActivity[],
);
