import type * as z from "zod";
import type { PartnerContribution, PartnerContributionSchema } from "../../entities/work-plan/index.js";
import { deepFreeze } from "../deep-freeze.js";
import { REPORT_2023 } from "./sources.js";

const D = "III.d Contributions from partner organizations and intersectoral work";
const PLANNING = "wp-2022-2024/meetings/planning";

// Section d: "The following are the contributions made by partner organizations as presented at
// the February 2022 Planning Meeting. These have not been updated." Each point keeps the
// document's words.
const records: readonly z.input<typeof PartnerContributionSchema>[] = [
  {
    id: "wp-2022-2024/contributions/ilo",
    workPlan: "wp-2022-2024",
    party: "ilo",
    heading: "Contributions of the International Labor Organization (ILO)",
    speaker: "The ILO delegate",
    presentedAt: PLANNING,
    updated: false,
    points: [
      {
        text: "reiterated her Organization's willingness and commitment to continue supporting the IACML process, as stated by the ILO Director General during the XXI IACML",
        refs: ["xxi"],
      },
      {
        text: "Highlighted the relevance of the issues included in the Draft Work Plan, considering that they align with the priorities and concerns of the ILO",
        refs: [],
      },
      {
        text: "called for a deepened debate and analysis from different angles on the topics included in this Draft Work Plan",
        refs: [],
      },
      {
        text: "Committed to exploring the possibility of allocating resources to support the activities of the Draft Work Plan, as they are implemented, especially to support the participation of social actors",
        refs: [],
      },
      {
        text: "Expressed interest in having the OAS form part of the actions carried out by the ILO on work on digital platforms",
        refs: [],
      },
      {
        text: "The American Regional Meeting within the framework of the ILO will be held during the second half of 2023 in the Dominican Republic",
        refs: ["ext/ilo-american-regional-meeting-2023"],
      },
      {
        text: "Called on participants to join the Global Call for a People-Centered Recovery",
        refs: ["ext/ilo-global-call-people-centered-recovery"],
      },
    ],
    source: { document: REPORT_2023, section: `${D}, Contributions of the International Labor Organization (ILO)` },
  },
  {
    id: "wp-2022-2024/contributions/paho",
    workPlan: "wp-2022-2024",
    party: "paho",
    heading: "Contributions of the Pan-American Health Organization (PAHO)",
    speaker: "The PAHO delegate",
    presentedAt: PLANNING,
    updated: false,
    points: [
      {
        text: "reiterated PAHO's commitment to work and collaborate with the IACML to improve workers' health",
        refs: [],
      },
      {
        text: "Called for jointly addressing the issue of occupational health and safety, especially psychosocial aspects, one of the priority issues of the Draft Work Plan",
        refs: ["wp-2022-2024/pl7"],
      },
      {
        text: "a great concern of PAHO is the effects that precarious work and informal work have on health ... Called for dialogue and an exchange of experiences on this topic to be expanded within the framework of the IACML",
        refs: ["wp-2022-2024/pl8"],
      },
      {
        text: "reiterated the commitment to strengthen the partnership between PAHO and the OAS",
        refs: ["wp-2022-2024/pl7/a2"],
      },
    ],
    source: { document: REPORT_2023, section: `${D}, Contributions of the Pan-American Health Organization (PAHO)` },
  },
  {
    id: "wp-2022-2024/contributions/cim",
    workPlan: "wp-2022-2024",
    party: "cim",
    heading: "Contributions from the Inter-American Commission of Women (CIM)",
    speaker: "The CIM delegate",
    presentedAt: PLANNING,
    updated: false,
    points: [
      { text: "The broad collaboration between CIM and IACML has existed since, at least, 2007", refs: [] },
      {
        text: "the partnership between the RIAL and the CIM has extended to the undertaking of three virtual dialogues, which have concluded in recommendations taken to the Ministerial level, a virtual course on gender-based violence at work, and the preparation of a Manual or ABC for Gender Units in the Ministries",
        refs: [
          "act-2018-2021/dialogue-gender-2020",
          "act-2018-2021/dialogue-telework-2021",
          "act-2018-2021/course-gender-violence",
        ],
      },
      {
        text: "The work undertaken regarding caregiving co-responsibility, including public policy recommendations, was highlighted",
        refs: [],
      },
      {
        text: "The commitment of the CIM to continue strengthening the partnership with the IACML and the RIAL ... especially the participation in virtual dialogues and in assisting Ministries of Labor in the creation or strengthening gender units, was reaffirmed",
        refs: ["wp-2022-2024/pl3/a2", "wp-2022-2024/pl3/a3"],
      },
    ],
    source: { document: REPORT_2023, section: `${D}, Contributions from the Inter-American Commission of Women (CIM)` },
  },
  {
    id: "wp-2022-2024/contributions/iace",
    workPlan: "wp-2022-2024",
    party: "iace",
    heading: "Intersectoral work Labor-Education",
    speaker:
      "The Technical Secretariat of the Inter-American Committee on Education (CIE), represented by the Director of the Department of Human Development, Education and Employment",
    presentedAt: PLANNING,
    updated: false,
    points: [
      {
        text: "During the IX Regular Meeting of the Inter-American Committee on Education (CIE), the Ministries of Education made the commitment of increasing the work undertaken in collaboration with Ministries of Labor",
        refs: ["ext/cie-regular-meeting-ix"],
      },
      {
        text: "some lines of action to increase the education-labor collaboration were raised: reskilling, life-long learning, development of skills for the future, development of a Regional Qualifications Framework in partnership with ILO-Cinterfor and UNESCO, strengthening of competencies certification systems, and the prevention and eradication of child labor",
        refs: [],
      },
      {
        text: "It is expected that these lines of work will be approved within the Second Phase of the Inter-American Education Agenda during the IX Inter-American Meeting of Ministers of Education, to take place in May, 2022",
        refs: ["ext/inter-american-ministers-of-education-ix-2022"],
      },
      {
        text: "An increased coordination between education and labor is a shared mandate within the CIE and the IACML",
        refs: ["wp-2022-2024/pl2"],
      },
    ],
    source: { document: REPORT_2023, section: `${D}, Intersectoral work Labor-Education` },
  },
  {
    id: "wp-2022-2024/contributions/summits-secretariat",
    workPlan: "wp-2022-2024",
    party: "summits-secretariat",
    heading: "Summit of the Americas Process",
    speaker: "The Director of the Summits of the Americas Secretariat",
    presentedAt: PLANNING,
    updated: false,
    points: [
      {
        text: "The Summits of the Americas process, which began in 1994, has an important link with the sectorial ministerial meetings, including the IACML",
        refs: [],
      },
      {
        text: "The Summit Implementation Review Group (SIRG), composed by the Summit's National Coordinators, is the body that prepares, negotiates and follows up on the Summit. It is important that the IACML delegates are in contact with their Summit's national coordinators",
        refs: [],
      },
      {
        text: 'The Ninth Summit of the Americas will take place in June, 2022, under the Chairmanship of the Government of the United States, and will have as its theme "Building a Sustainable, Resilient, and Equitable Future"',
        refs: ["ext/summit-of-the-americas-ix"],
      },
      {
        text: "A space to share results and recommendations from the IACML and other Ministerial Meetings will be open within the SIRG",
        refs: [],
      },
      {
        text: "The Director called for the members of COSATE to join the national Working Groups, comprised of civil society organizations and social actors, that will be convened in preparation of the Summit",
        refs: [],
      },
      {
        text: "the Forum of the Private Sector within the Summit is being organized by the U.S. Chamber of Commerce. The Director called for the members of CEATAL to join this Forum",
        refs: [],
      },
    ],
    source: { document: REPORT_2023, section: `${D}, Summit of the Americas Process` },
  },
];

/**
 * The contributions the partner organizations (ILO, PAHO, CIM), the CIE's Technical Secretariat
 * and the Summits of the Americas Secretariat offered to the Work Plan 2022-2024 at the February
 * 2022 Planning Meeting (section d of the 2023 performance report, "not updated"), each point in
 * the document's words with the records it names. Deeply frozen.
 *
 * @example
 * ```ts
 * import { partnerContributions } from "iacml/data";
 * console.log(partnerContributions.map((c) => `${c.heading}: ${c.points.length}`));
 * ```
 */
export const partnerContributions: readonly PartnerContribution[] = /* @__PURE__ */ deepFreeze(
  records as readonly PartnerContribution[],
);
