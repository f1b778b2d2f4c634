import type * as z from "zod";
import type { ReportedActivity, ReportedActivitySchema } from "../../entities/work-plan/index.js";
import { deepFreeze } from "../deep-freeze.js";
import { REPORT_2021 } from "./sources.js";

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
    source: OTHER,
  },
];

/**
 * Every activity of the IACML between 2018 and 2021 listed in Annex 1 of the General
 * Secretariat's report to the XXI IACML (bilateral cooperation apart, see
 * `bilateralCooperations`), with the mandate reference of the report's thematic section where it
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
