import type * as z from "zod";
import type { PoliticalMeeting, PoliticalMeetingSchema } from "../../entities/work-plan/index.js";
import { deepFreeze } from "../deep-freeze.js";
import { REPORT_2023 } from "./sources.js";

const SECTION = "III.b Political process activities";
const INTRO = { document: REPORT_2023, section: "I. Introduction" };
const P = (n: number) => ({ document: REPORT_2023, section: `${SECTION}, ${n}` });

const records: readonly z.input<typeof PoliticalMeetingSchema>[] = [
  {
    id: "wp-2022-2024/meetings/planning",
    workPlan: "wp-2022-2024",
    kind: "planning-meeting",
    when: { kind: "days", start: "2022-02-03", end: "2022-02-04" },
    status: "held",
    format: "virtual",
    funding: [],
    topics: [],
    outcomes: [],
    description:
      "The Work Plan 2022- 2024 of the Inter-American Conference of Ministers of Labor (IACML), was prepared by the authorities of the Conference at its Planning Meeting, held virtually on February 3 and 4, 2022.",
    participants: [
      {
        party: "AR",
        name: "Gerardo Corres",
        role: "chaired by the Ministry of Labor, Employment and Social Security of Argentina, which was represented by Gerardo Corres, Director of International Affairs",
        group: "Chair",
        source: INTRO,
      },
      { party: "AR", role: "Current Chair – XXI IACML", group: "Troika", source: INTRO },
      { party: "BB", role: "Previous Chair - XX IACML", group: "Troika", source: INTRO },
      { party: "CO", role: "Proposed host of the XXII IACML", group: "Troika", source: INTRO },
      { party: "CL", role: "Chair", group: "Authorities from Working Group 1", source: INTRO },
      { party: "CR", role: "Vice-Chair", group: "Authorities from Working Group 1", source: INTRO },
      { party: "TT", role: "Vice-Chair", group: "Authorities from Working Group 1", source: INTRO },
      { party: "CO", role: "Chair", group: "Authorities of Working Group 2", source: INTRO },
      { party: "PA", role: "Vice-Chair", group: "Authorities of Working Group 2", source: INTRO },
      { party: "US", role: "Vice-Chair", group: "Authorities of Working Group 2", source: INTRO },
      {
        party: "cosate",
        role: "Representatives from the Trade Union Technical Advisory Council (COSATE)",
        group: "Advisory bodies",
        source: INTRO,
      },
      {
        party: "ceatal",
        role: "Representatives from the Business Technical Advisory Committee on Labor Matters (CEATAL)",
        group: "Advisory bodies",
        source: INTRO,
      },
      {
        party: "ilo",
        role: "officers from the International Labour Organization (ILO)",
        group: "International organizations",
        source: INTRO,
      },
      {
        party: "paho",
        role: "officers from the Pan American Health Organization (PAHO)",
        group: "International organizations",
        source: INTRO,
      },
      {
        party: "cim",
        role: "officers from the Inter-American Commission of Women (CIM)",
        group: "International organizations",
        source: INTRO,
      },
      {
        party: "summits-secretariat",
        role: "officers from the Summits of the Americas Secretariat",
        group: "International organizations",
        source: INTRO,
      },
    ],
    participationCounts: [
      {
        count: 25,
        unit: "Ministries of Labor",
        text: "The answers received, from 25 Ministries of Labor, COSATE and CEATAL",
        of: "answers to the questionnaire the Technical Secretariat sent to all the members of the IACML before the meeting",
        source: INTRO,
      },
    ],
    statedOutputs: [
      {
        text: "compiled in the document “Input for the Planning Meeting 2022-2024 of the IACML” (document: CIDI/CIMT/RPA/doc.33/22 rev.1) served as a base for discussion",
        figure: { value: 25, unit: "Ministries of Labor" },
        document: "CIDI/CIMT/RPA/doc.33/22 rev.1",
        source: INTRO,
      },
      {
        text: "The Work Plan 2022- 2024 of the Inter-American Conference of Ministers of Labor (IACML)",
        source: INTRO,
      },
    ],
    asWritten: [
      {
        field: "participants",
        text: "included the participation of representatives of the Ministries of Labor and Permanent Missions of the countries that lead the IACML process",
        source: INTRO,
      },
    ],
    source: { document: REPORT_2023, section: "I. Introduction" },
  },
  {
    id: "wp-2022-2024/meetings/authorities-2023",
    workPlan: "wp-2022-2024",
    kind: "authorities-meeting",
    when: { kind: "days", start: "2023-01-27", end: "2023-01-27" },
    status: "held",
    format: "virtual",
    funding: [],
    topics: [],
    outcomes: ["CIDI/CIMT/RPA/doc.45/23"],
    description:
      "The annual Meeting of the Authorities of the IACML, contemplated in the Work Plan 2022-2024, was held on January 27, 2023.",
    statedOutputs: [
      {
        text: "The decisions taken, including the use of RIAL resources, are contained in the document “Outcomes of the virtual meeting of the authorities of the IACML” (document: CIDI/CIMT/RPA/doc.45/23)",
        document: "CIDI/CIMT/RPA/doc.45/23",
        source: INTRO,
      },
    ],
    asWritten: [
      { field: "when", text: "Place and dates: Virtual Meetings. January 27, 2023 and January 2024.", source: P(4) },
      { field: "funding", text: "Funding sources: To be determined.", source: P(4) },
      {
        field: "description",
        text: "The annual meetings of IACML authorities have the following objectives: monitor and guide the development of the IACML Work Plan and review the financial situation of the RIAL and decide on the use of available resources.",
        source: P(4),
      },
    ],
    source: { document: REPORT_2023, section: `${SECTION}, 4` },
  },
  {
    id: "wp-2022-2024/meetings/authorities-2024",
    workPlan: "wp-2022-2024",
    kind: "authorities-meeting",
    when: { kind: "month", month: "2024-01" },
    status: "planned",
    format: "virtual",
    funding: [],
    topics: [],
    outcomes: [],
    asWritten: [
      { field: "when", text: "Place and dates: Virtual Meetings. January 27, 2023 and January 2024.", source: P(4) },
      { field: "funding", text: "Funding sources: To be determined.", source: P(4) },
    ],
    source: { document: REPORT_2023, section: `${SECTION}, 4` },
  },
  {
    id: "wp-2022-2024/meetings/wg-2023",
    workPlan: "wp-2022-2024",
    kind: "working-group-meeting",
    when: { kind: "days", start: "2023-09-21", end: "2023-09-22" },
    status: "planned",
    location: "Washington D.C.",
    funding: [
      { kind: "contribution", party: "oas-gs", form: "tbd", covers: [], confirmed: true },
      { kind: "rial-fund", budgetLine: "rial-2022-2024/l08", covers: ["travel"] },
    ],
    topics: [
      "WG1: coordination between education and employment",
      "WG1: work on digital platforms",
      "WG1: gender equality and gender mainstreaming in labor and employment policies",
      "WG2: occupational health and safety",
      "WG2: social dialogue, freedom of association and collective bargaining",
      "WG2: strengthening and modernization of the Ministries of Labor",
    ],
    outcomes: [],
    description:
      "The Ministerial cycle establishes that this meeting will take place one year before the next IACML. Its purpose is to examine in greater depth the topics identified in the Plan of Action of Buenos Aires, facilitate the exchange of experiences, provide pertinent information and studies, and follow up on related hemispheric initiatives, in line with the Article 5 of the Plan of Action of Buenos Aires.",
    place: { city: "Washington D.C.", country: "US" },
    mandateText: "Article 5 of the Plan of Action of Buenos Aires",
    mandateSource: P(1),
    topicRefs: [
      {
        workingGroup: "wg1",
        topic: "education-employment-coordination",
        text: "i) coordination between education and employment",
      },
      { workingGroup: "wg1", topic: "platform-work", text: "ii) work on digital platforms" },
      {
        workingGroup: "wg1",
        topic: "gender-equality",
        text: "iii) gender equality and gender mainstreaming in labor and employment policies",
      },
      { workingGroup: "wg2", topic: "occupational-safety-health", text: "i) occupational health and safety" },
      {
        workingGroup: "wg2",
        topic: "social-dialogue",
        text: "ii) social dialogue and respect for freedom of association and collective bargaining",
      },
      {
        workingGroup: "wg2",
        topic: "freedom-of-association",
        text: "ii) social dialogue and respect for freedom of association and collective bargaining",
      },
      {
        workingGroup: "wg2",
        topic: "ministry-modernization",
        text: "iii) strengthening and modernization of the Ministries of Labor",
      },
    ],
    asWritten: [
      { field: "when", text: "Date and place: Washington D.C., September 21 and 22, 2023.", source: P(1) },
      {
        field: "funding",
        text: "Funding sources: OAS.  During the Meeting of IACML Authorities in January, 2023, the use of RIAL resources was authorized to support travel expenses.",
        source: P(1),
      },
      {
        field: "topics",
        text: "The topics proposed for the Meeting of Working Groups, as decided in the meeting of IACML authorities in January, 2023",
        source: P(1),
      },
    ],
    source: { document: REPORT_2023, section: `${SECTION}, 1` },
  },
  {
    id: "wp-2022-2024/meetings/preparatory-xxii",
    workPlan: "wp-2022-2024",
    kind: "preparatory-meeting",
    conference: "xxii",
    when: {
      kind: "oneOf",
      options: [
        { kind: "month", month: "2024-07" },
        { kind: "month", month: "2024-08" },
      ],
    },
    status: "tentative",
    location: "Washington D.C.",
    leadTime: { minMonthsBefore: 3, meeting: "wp-2022-2024/meetings/xxii-iacml" },
    funding: [{ kind: "contribution", party: "CO", form: "tbd", covers: [], confirmed: true }],
    topics: [],
    outcomes: [],
    description:
      "At this meeting, the draft Declaration and Draft Plan of Action to be approved at the XXII IACML are negotiated.",
    place: { city: "Washington D.C.", country: "US" },
    asWritten: [
      {
        field: "when",
        text: "Place and date Washington D.C., July or August 2024 (at least three months before the XXII IACML)",
        source: P(2),
      },
      { field: "funding", text: "Funding: Host country of the XXII IACML", source: P(2) },
    ],
    source: { document: REPORT_2023, section: `${SECTION}, 2` },
  },
  {
    id: "wp-2022-2024/meetings/xxii-iacml",
    workPlan: "wp-2022-2024",
    kind: "conference",
    conference: "xxii",
    when: { kind: "month", month: "2024-11" },
    status: "planned",
    host: { memberStates: ["CO"], organizations: [], confirmed: true },
    funding: [
      { kind: "contribution", party: "CO", form: "tbd", covers: [], confirmed: true },
      { kind: "contribution", party: "oas-gs", form: "tbd", covers: [], confirmed: true },
    ],
    topics: [],
    outcomes: [],
    description:
      "The Conference will bring together Ministers of Labor and Workers’ and Employers’ representatives, accompanied by relevant international organizations, to discuss and reach consensus on priority issues related to work and employment in the Hemisphere. The approval of a Declaration and Plan of Action is expected.",
    place: { country: "CO" },
    asWritten: [
      { field: "when", text: "Place and date: Colombia in November 2024", source: P(3) },
      { field: "funding", text: "Funding sources: Host Country and OAS", source: P(3) },
    ],
    source: { document: REPORT_2023, section: `${SECTION}, 3` },
  },
  {
    id: "wp-2022-2024/meetings/cosate-ceatal-xxii",
    workPlan: "wp-2022-2024",
    kind: "cosate-ceatal-meeting",
    conference: "xxii",
    when: { kind: "month", month: "2024-11" },
    status: "planned",
    host: { memberStates: ["CO"], organizations: [], confirmed: true },
    partOf: "wp-2022-2024/meetings/xxii-iacml",
    funding: [],
    topics: [],
    outcomes: [],
    place: { country: "CO" },
    asWritten: [
      {
        field: "partOf",
        text: "During the XXII IACML, the meetings of COSATE and CEATAL will also be held.",
        source: P(3),
      },
    ],
    source: { document: REPORT_2023, section: `${SECTION}, 3` },
  },
];

/**
 * The political-process meetings of the 2022-2024 cycle as of September 2023: planning meeting,
 * annual meetings of authorities, meeting of the Working Groups, preparatory meeting ("July or
 * August 2024, at least three months before the XXII IACML"), the XXII IACML and the COSATE and
 * CEATAL meetings held during it. Deeply frozen.
 *
 * @example
 * ```ts
 * import { politicalMeetings } from "iacml/data";
 * const prep = politicalMeetings.find((m) => m.kind === "preparatory-meeting");
 * console.log(prep?.when.kind); // "oneOf"
 * ```
 */
export const politicalMeetings: readonly PoliticalMeeting[] = /* @__PURE__ */ deepFreeze(
  records as readonly PoliticalMeeting[],
);
