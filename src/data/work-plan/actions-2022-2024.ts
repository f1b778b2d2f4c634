import type * as z from "zod";
import type { WorkPlanAction, WorkPlanActionSchema } from "../../entities/work-plan/index.js";
import { deepFreeze } from "../deep-freeze.js";
import { REPORT_2023 } from "./sources.js";

type ActionInput = z.input<typeof WorkPlanActionSchema>;

// "Mandates to which these activities respond", one per priority line, as written (the final
// period dropped).
const MANDATES = {
  pl1: "Articles 15, 23 and 25 of the Declaration and 7b and 7c of the Plan of Action of Buenos Aires",
  pl2: "Articles 16, 18, 19 and 20 of the Declaration and 7a, 7c and 7d of the Plan of Action of Buenos Aires",
  pl3: "Article 12 of the Declaration and 7i and 7j of the Plan of Action of Buenos Aires",
  pl4: "Article 24 of the Declaration and 9c, 9d and 9e of the Plan of Action of Buenos Aires",
  pl5: "Articles 23 and 24 of the Declaration and 9i of the Plan of Action of Buenos Aires",
  pl6: "Articles 11, 21, 22 and 25 of the Declaration and 7b, 9a and 9b of the Plan of Action of Buenos Aires",
  pl7: "Article 7 of the Declaration and 9b and 9c of the Plan of Action of Buenos Aires",
  pl8: "Article 7 and 8 of the Declaration, and 7a of the Plan of Action of Buenos Aires",
} as const;

const WG_MEETING = "wp-2022-2024/meetings/wg-2023";
const SOURCE_PL1 = { document: REPORT_2023, section: "III.a Priority line 1" };
const SOURCE_PL2 = { document: REPORT_2023, section: "III.a Priority line 2" };
const SOURCE_PL3 = { document: REPORT_2023, section: "III.a Priority line 3" };
const SOURCE_PL4 = { document: REPORT_2023, section: "III.a Priority line 4" };
const SOURCE_PL5 = { document: REPORT_2023, section: "III.a Priority line 5" };
const SOURCE_PL6 = { document: REPORT_2023, section: "III.a Priority line 6" };
const SOURCE_PL7 = { document: REPORT_2023, section: "III.a Priority line 7" };
const SOURCE_PL8 = { document: REPORT_2023, section: "III.a Priority line 8" };

const records: readonly ActionInput[] = [
  // 1. Future of work and new forms of employment
  {
    id: "wp-2022-2024/pl1/a1",
    priorityLine: "wp-2022-2024/pl1",
    number: 1,
    kind: "repository-portfolio",
    title: "Portfolio of Telework Laws and Regulations",
    status: "fulfilled-and-ongoing",
    when: { kind: "month", month: "2022-07" },
    partners: [],
    financing: [],
    sessions: [],
    outputs: [],
    mandateText: MANDATES.pl1,
    asWritten: [
      {
        field: "title",
        text: "(Fulfilled and on-going activity) - Repository on the RIAL webpage for legislation and regulations on telework",
        source: SOURCE_PL1,
      },
      {
        field: "when",
        text: "launched in July 2022 and is available on the RIAL website: www.rialnet.org",
        source: SOURCE_PL1,
      },
    ],
    statedOutputs: [
      {
        text: "The “Portfolio of Telework Laws and Regulations” ... brings together more than 90 instruments that the governments of the region have adopted",
        figure: { value: 90, qualifier: "more than", unit: "instruments" },
        when: { kind: "month", month: "2022-07" },
        source: SOURCE_PL1,
      },
      {
        text: "This Portfolio took as its base the “Portfolio of Responses from Ministries of Labor to COVID-19”, updated by the Secretariat of the Organization of American States (OAS) since April 1, 2020, up until June, 2022",
        when: { kind: "days", start: "2020-04-01", end: "2020-04-01" },
        asOf: { kind: "month", month: "2022-06" },
        source: SOURCE_PL1,
      },
    ],
    source: SOURCE_PL1,
  },
  {
    id: "wp-2022-2024/pl1/a2",
    priorityLine: "wp-2022-2024/pl1",
    number: 2,
    kind: "workshop",
    title: "RIAL Hemispheric Workshop on the future of work and new forms of employment",
    status: "future",
    when: {
      kind: "oneOf",
      options: [
        { kind: "month", month: "2024-04" },
        { kind: "month", month: "2024-05" },
      ],
    },
    host: { memberStates: ["CR"], organizations: [], confirmed: false },
    partners: [],
    financing: [
      { kind: "rial-fund", budgetLine: "rial-2022-2024/l05", covers: [] },
      { kind: "contribution", party: "CR", form: "tbd", covers: [], confirmed: false },
    ],
    sessions: [],
    outputs: [],
    mandateText: MANDATES.pl1,
    asWritten: [
      { field: "when", text: "Date: April or May 2024", source: SOURCE_PL1 },
      { field: "host", text: "Host: Costa Rica (preliminary, to be confirmed)", source: SOURCE_PL1 },
      { field: "financing", text: "Financing: Support from the RIAL and the host country.", source: SOURCE_PL1 },
      {
        field: "topics",
        text: "legislation and policies on telework, work on digital platforms and new forms of employment. It will consider the outcomes of the ILO Meeting of experts on decent work in the platform economy, held in October 2022.",
        source: SOURCE_PL1,
      },
    ],
    source: SOURCE_PL1,
  },
  // 2. Coordination between education and employment
  {
    id: "wp-2022-2024/pl2/a1",
    priorityLine: "wp-2022-2024/pl2",
    number: 1,
    kind: "other",
    title: "Linking the CIDI/OAS ministerial processes on education and labor",
    status: "fulfilled-and-ongoing",
    partners: ["iace"],
    financing: [],
    sessions: [
      {
        label: "Eleventh Meeting of Ministers of Education",
        when: { kind: "days", start: "2022-11-10", end: "2022-11-11" },
        status: "fulfilled",
        format: "virtual",
      },
    ],
    outputs: [],
    mandateText: MANDATES.pl2,
    participants: [
      {
        party: "AR",
        name: "Hon. Raquel Kismer de Olmos",
        role: "The Minister of Labor, Employment, and Social Security of Argentina ... in her capacity as Chair of the IACML",
        source: SOURCE_PL2,
      },
    ],
    asWritten: [
      {
        field: "sessions",
        text: "participated in the OAS Eleventh Meeting of Ministers of Education, held virtually from November 10 to 11, 2022. In the sessions of “Ministerial Dialogue on the Intersectoral Agenda”",
        source: SOURCE_PL2,
      },
      {
        field: "partners",
        text: "the 2022-2025 Work Plan of the Inter-American Commission on Education (CIE) contemplates, under its intersectoral agenda, an Inter-American Program for the development of skills in changing contexts",
        source: SOURCE_PL2,
      },
    ],
    source: SOURCE_PL2,
  },
  {
    id: "wp-2022-2024/pl2/a2",
    priorityLine: "wp-2022-2024/pl2",
    number: 2,
    kind: "workshop",
    title: "Towards a Stronger Coordination between Education and Labor in the Americas",
    status: "fulfilled",
    when: { kind: "days", start: "2023-05-04", end: "2023-05-05" },
    host: { memberStates: ["AR"], organizations: [], city: "Buenos Aires", confirmed: true },
    format: "hybrid",
    partners: ["iace"],
    financing: [
      {
        kind: "contribution",
        party: "AR",
        form: "in-kind",
        covers: ["logistics", "equipment", "interpretation"],
        confirmed: true,
      },
      { kind: "rial-fund", budgetLine: "rial-2022-2024/l03", covers: ["accommodation"] },
    ],
    participation: { countries: 27 },
    sessions: [],
    outputs: [],
    mandateText: MANDATES.pl2,
    place: { city: "Buenos Aires", country: "AR" },
    asWritten: [
      { field: "when", text: "Date: May 4 and 5, 2023", source: SOURCE_PL2 },
      { field: "host", text: "Host: Buenos Aires, Argentina", source: SOURCE_PL2 },
      {
        field: "financing",
        text: "Financing: The Ministries of Education and Labor of Argentina covered the costs of logistics, equipment, and simultaneous interpretation. The RIAL's approved contribution covered accommodation expenses of some participants, thus, facilitating their presence in Buenos Aires.",
        source: SOURCE_PL2,
      },
      { field: "format", text: "held in a hybrid format from Buenos Aires, Argentina", source: SOURCE_PL2 },
      {
        field: "partners",
        text: "under the auspices of the Ministries of Education and Labor of Argentina -Chairs of the CIE and IACML respectively-",
        source: SOURCE_PL2,
      },
    ],
    participationCounts: [
      {
        count: 27,
        unit: "countries",
        text: "with the participation of 27 countries of the region through delegations from Ministries of Labor and/or Ministries of Education, representatives of workers and employers, ILO-CINTERFOR and other international organizations",
        source: SOURCE_PL2,
      },
    ],
    statedOutputs: [
      {
        text: "a document of results was prepared, currently under review by the participating delegations, which contains lessons learned and recommendations to strengthen the education-labor coordination",
        source: SOURCE_PL2,
      },
    ],
    source: SOURCE_PL2,
  },
  // 3. Gender equality and gender mainstreaming
  {
    id: "wp-2022-2024/pl3/a1",
    priorityLine: "wp-2022-2024/pl3",
    number: 1,
    kind: "network",
    title: "Network of Gender Focal Points in the Ministries of Labor (RIAL/GENDER)",
    status: "fulfilled",
    when: { kind: "days", start: "2022-03-15", end: "2022-03-15" },
    partners: [],
    financing: [],
    sessions: [
      {
        label: "Coordinating Committee of the RIAL/GENDER",
        topic: "First annual work plan",
        when: { kind: "days", start: "2022-06-24", end: "2022-06-24" },
        status: "fulfilled",
      },
    ],
    outputs: [],
    mandateText: MANDATES.pl3,
    asWritten: [
      {
        field: "when",
        text: "The Network of Gender Focal Points in the Ministries of Labor (RIAL/GENDER) was established on March 15, 2022, during the 4th RIAL Gender Dialogue.",
        source: SOURCE_PL3,
      },
    ],
    statedOutputs: [
      {
        text: "the founding document of the Network that defines its objectives, tools, areas of action, composition and operation",
        when: { kind: "days", start: "2022-03-15", end: "2022-03-15" },
        source: SOURCE_PL3,
      },
      {
        text: "the first annual work plan, which contemplates the Dialogues indicated in the IACML Work Plan 2022-2024 ... and other additional activities, such as the portfolio, documentation center, and a designated communication channel",
        when: { kind: "days", start: "2022-06-24", end: "2022-06-24" },
        source: SOURCE_PL3,
      },
    ],
    source: SOURCE_PL3,
  },
  {
    id: "wp-2022-2024/pl3/a2",
    priorityLine: "wp-2022-2024/pl3",
    number: 2,
    kind: "dialogue",
    title: "Virtual hemispheric dialogues of the network of gender focal points",
    status: "fulfilled-and-future",
    format: "virtual",
    partners: ["cim"],
    financing: [{ kind: "rial-fund", budgetLine: "rial-2022-2024/l01", covers: [] }],
    sessions: [
      {
        label: "4th Dialogue",
        topic: "Creation of the RIAL/GENDER",
        when: { kind: "days", start: "2022-03-15", end: "2022-03-15" },
        status: "fulfilled",
        format: "virtual",
        participation: { ministries: 27 },
        participationCounts: [
          {
            count: 27,
            unit: "Ministries of Labor",
            text: "representatives from 27 and 28 Ministries of Labor in the Americas, respectively",
            source: SOURCE_PL3,
          },
        ],
        source: SOURCE_PL3,
      },
      {
        label: "5th Dialogue",
        topic: "Gender mainstreaming in labor inspection",
        when: { kind: "days", start: "2022-09-20", end: "2022-09-20" },
        status: "fulfilled",
        format: "virtual",
        participation: { ministries: 28 },
        participationCounts: [
          {
            count: 28,
            unit: "Ministries of Labor",
            text: "representatives from 27 and 28 Ministries of Labor in the Americas, respectively",
            source: SOURCE_PL3,
          },
        ],
        source: SOURCE_PL3,
      },
      {
        label: "6th Dialogue",
        topic: "Paid domestic work",
        when: { kind: "days", start: "2023-03-15", end: "2023-03-15" },
        status: "fulfilled",
        format: "virtual",
        participation: { countries: 27 },
        participationCounts: [
          { count: 27, unit: "Member States", text: "representatives of 27 Member States", source: SOURCE_PL3 },
        ],
        source: SOURCE_PL3,
      },
      {
        label: "7th Dialogue",
        topic: "Gender in training and employment strategies",
        when: { kind: "days", start: "2023-07-26", end: "2023-07-26" },
        status: "fulfilled",
        format: "virtual",
        participation: { countries: 27 },
        participationCounts: [
          { count: 27, unit: "Member States", text: "representatives of 27 Member States", source: SOURCE_PL3 },
        ],
        source: SOURCE_PL3,
      },
      { label: "Dialogue, March 2024", when: { kind: "month", month: "2024-03" }, status: "future", format: "virtual" },
      { label: "Dialogue, July 2024", when: { kind: "month", month: "2024-07" }, status: "future", format: "virtual" },
    ],
    outputs: [],
    mandateText: MANDATES.pl3,
    asWritten: [
      {
        field: "sessions",
        text: "Dialogues held during 2022: 4th Dialogue, focused on creating the RIAL/GENDER (March 15, 2022) and 5th Dialogue, where specific recommendations were made to mainstream the gender approach in labor inspection (September 20, 2022).",
        source: SOURCE_PL3,
      },
      {
        field: "sessions",
        text: "Dialogues held during 2023: 6th Dialogue on Paid Domestic Work (March 15, 2023) and 7th Dialogue on mainstreaming gender in training and employment strategies and closing occupational gaps (July 26th, 2023).",
        source: SOURCE_PL3,
      },
      {
        field: "sessions",
        text: "Future Dialogues: To be held in March and July 2024 on topics to be defined by the focal points of the RIAL/GENDER.",
        source: SOURCE_PL3,
      },
      { field: "financing", text: "Financing: RIAL Support", source: SOURCE_PL3 },
      {
        field: "partners",
        text: "These dialogues are organized in partnership with the Inter-American Commission of Women (CIM).",
        source: SOURCE_PL3,
      },
    ],
    participationCounts: [
      {
        count: 27,
        unit: "Ministries of Labor",
        text: "representatives from 27 and 28 Ministries of Labor in the Americas, respectively",
        of: "4th Dialogue",
        source: SOURCE_PL3,
      },
      {
        count: 28,
        unit: "Ministries of Labor",
        text: "representatives from 27 and 28 Ministries of Labor in the Americas, respectively",
        of: "5th Dialogue",
        source: SOURCE_PL3,
      },
      {
        count: 27,
        unit: "Member States",
        text: "representatives of 27 Member States",
        of: "6th Dialogue and 7th Dialogue",
        source: SOURCE_PL3,
      },
    ],
    source: SOURCE_PL3,
  },
  {
    id: "wp-2022-2024/pl3/a3",
    priorityLine: "wp-2022-2024/pl3",
    number: 3,
    kind: "publication",
    title: "Dissemination of the Manual for Gender Units and technical advice on request",
    status: "ongoing",
    partners: [],
    financing: [],
    sessions: [],
    outputs: [],
    mandateText: MANDATES.pl3,
    source: SOURCE_PL3,
  },
  {
    id: "wp-2022-2024/pl3/a4",
    priorityLine: "wp-2022-2024/pl3",
    number: 4,
    kind: "course",
    title: "Course on Gender-Based Violence at Work, in English",
    status: "fulfilled",
    when: { kind: "months", start: "2022-04", end: "2022-07" },
    format: "virtual",
    partners: ["cim"],
    financing: [],
    participation: { participants: 25, countries: 11 },
    sessions: [],
    outputs: [],
    mandateText: MANDATES.pl3,
    asWritten: [
      {
        field: "title",
        text: "(Fulfilled activity) - Launch the Course on Gender-Based Violence at Work in English, with contents developed in partnership with the CIM and the Educational Portal of the Americas.",
        source: SOURCE_PL3,
      },
      {
        field: "when",
        text: "the opening call for English-speaking Ministries was launched in March 2022 ... received this training between April and July 2022",
        source: SOURCE_PL3,
      },
      {
        field: "description",
        text: "The Course has a duration of 10 weeks, participants can count on the permanent support of a tutor, and it has synchronous and asynchronous activities. Contents are divided into 4 modules: 1) Conceptual framework of gender-based violence at work; 2) The role of the Ministries of Labor in the identification, prevention, attention and sanction of gender-based violence; 3) Good practices to prevent and address violence against women at work; 4) Conclusions, evaluation and survey.",
        source: SOURCE_PL3,
      },
    ],
    participationCounts: [
      {
        count: 25,
        unit: "Ministry of Labor officials",
        text: "25 Ministry of Labor officials from 10 Caribbean countries and Brazil received this training between April and July 2022",
        of: "English course, April-July 2022",
        source: SOURCE_PL3,
      },
      {
        count: 10,
        unit: "Caribbean countries",
        text: "from 10 Caribbean countries and Brazil",
        of: "English course, April-July 2022",
        source: SOURCE_PL3,
      },
      {
        count: 75,
        unit: "trained officials",
        text: "for a total of 75 trained officials from 27 Ministries of Labor in the Americas, including the Ministries from Spanish-speaking countries that engaged in the Course launched in 2021",
        of: "the Course since 2021",
        source: SOURCE_PL3,
      },
      {
        count: 27,
        unit: "Ministries of Labor",
        text: "from 27 Ministries of Labor in the Americas",
        of: "the Course since 2021",
        source: SOURCE_PL3,
      },
    ],
    statedOutputs: [
      {
        text: "This Course is the first-ever virtual course of the RIAL",
        figure: { value: 4, unit: "modules" },
        source: SOURCE_PL3,
      },
    ],
    inferred: [
      {
        fields: ["participation.countries"],
        reasoning: "The report says '10 Caribbean countries and Brazil'; 11 is their sum.",
        from: [SOURCE_PL3],
      },
    ],
    source: SOURCE_PL3,
  },
  // 4. Compliance with labor laws
  {
    id: "wp-2022-2024/pl4/a1",
    priorityLine: "wp-2022-2024/pl4",
    number: 1,
    kind: "meeting",
    title: "Central theme of the Working Group 2 meeting",
    atMeeting: WG_MEETING,
    partners: [],
    financing: [],
    sessions: [],
    outputs: [],
    mandateText: MANDATES.pl4,
    meetingTopic: { workingGroup: "wg2", topic: "labor-law-compliance" },
    source: SOURCE_PL4,
  },
  {
    id: "wp-2022-2024/pl4/a2",
    priorityLine: "wp-2022-2024/pl4",
    number: 2,
    kind: "workshop",
    title: "RIAL Workshop on labor law compliance",
    status: "future-and-ongoing",
    when: { kind: "days", start: "2023-11-14", end: "2023-11-15" },
    host: { memberStates: ["US"], organizations: [], city: "Washington D.C.", confirmed: true },
    partners: [],
    financing: [
      {
        kind: "contribution",
        party: "US",
        form: "in-kind",
        covers: ["logistics", "equipment", "interpretation", "travel", "accommodation"],
        confirmed: true,
      },
      { kind: "rial-fund", budgetLine: "rial-2022-2024/l04", covers: [] },
    ],
    sessions: [],
    outputs: [],
    mandateText: MANDATES.pl4,
    place: { city: "Washington D.C.", country: "US" },
    asWritten: [
      { field: "when", text: "Date: November 14 and 15, 2023", source: SOURCE_PL4 },
      { field: "host", text: "Host: Washington D.C., United States", source: SOURCE_PL4 },
      {
        field: "financing",
        text: "Financing: The United States will cover the costs of logistics, equipment, and simultaneous interpretation, in addition, travel costs (plane ticket and accommodation) will be covered. Support from the RIAL has been authorized.",
        source: SOURCE_PL4,
      },
      {
        field: "topics",
        text: "At the Planning Meeting it was indicated that the Workshop should cover issues beyond labor inspection.",
        source: SOURCE_PL4,
      },
    ],
    source: SOURCE_PL4,
  },
  // 5. Strengthening and modernization of Ministries of Labor
  {
    id: "wp-2022-2024/pl5/a1",
    priorityLine: "wp-2022-2024/pl5",
    number: 1,
    kind: "bilateral-cooperation",
    title: "RIAL bilateral cooperation (ongoing effort)",
    status: "ongoing",
    partners: [],
    financing: [],
    sessions: [],
    outputs: [],
    mandateText: MANDATES.pl5,
    source: SOURCE_PL5,
  },
  {
    id: "wp-2022-2024/pl5/a2",
    priorityLine: "wp-2022-2024/pl5",
    number: 2,
    kind: "meeting",
    title: "Topic of emphasis of the Working Group 2 meeting",
    atMeeting: WG_MEETING,
    partners: [],
    financing: [],
    sessions: [],
    outputs: [],
    mandateText: MANDATES.pl5,
    meetingTopic: { workingGroup: "wg2", topic: "ministry-modernization" },
    source: SOURCE_PL5,
  },
  // 6. Institutionalized social dialogue
  {
    id: "wp-2022-2024/pl6/a1",
    priorityLine: "wp-2022-2024/pl6",
    number: 1,
    kind: "workshop",
    title: "Social Dialogue for a Sustainable, Just and Equitable Recovery",
    status: "fulfilled",
    when: { kind: "days", start: "2022-07-12", end: "2022-07-13" },
    host: { memberStates: ["CO"], organizations: [], city: "Bogota", confirmed: true },
    format: "hybrid",
    partners: ["cosate", "ceatal"],
    financing: [
      {
        kind: "contribution",
        party: "CO",
        form: "in-kind",
        covers: ["logistics", "equipment", "interpretation"],
        confirmed: true,
      },
      { kind: "rial-fund", budgetLine: "rial-2022-2024/l02", covers: ["accommodation"] },
    ],
    participation: { countries: 29 },
    sessions: [],
    outputs: ["CIDI/CIMT/RPA/doc.40/23"],
    mandateText: MANDATES.pl6,
    place: { city: "Bogota", country: "CO" },
    asWritten: [
      { field: "when", text: "Date: July 12 and 13, 2022", source: SOURCE_PL6 },
      { field: "host", text: "Host: Bogota, Colombia", source: SOURCE_PL6 },
      {
        field: "financing",
        text: "Financing: The Ministry of Labor of Colombia covered the costs of logistics, equipment, and simultaneous interpretation. RIAL's approved contribution covered participants' lodging expenses and facilitated their presence in Bogota.",
        source: SOURCE_PL6,
      },
      {
        field: "format",
        text: "held in a hybrid format from Bogota and sponsored by the Ministry of Labor of Colombia",
        source: SOURCE_PL6,
      },
      { field: "partners", text: "Planned in conjunction with COSATE and CEATAL authorities.", source: SOURCE_PL6 },
    ],
    participationCounts: [
      {
        count: 29,
        unit: "OAS Member States",
        text: "brought together representatives of Ministries of Labor, workers' and employers' organizations from 29 OAS Member States",
        source: SOURCE_PL6,
      },
    ],
    statedOutputs: [
      {
        text: 'a document entitled "Recommendations and Results" was prepared (document: CIDI/CIMT/RPA/doc.40/23)',
        document: "CIDI/CIMT/RPA/doc.40/23",
        source: SOURCE_PL6,
      },
    ],
    source: SOURCE_PL6,
  },
  // 7. Occupational safety and health
  {
    id: "wp-2022-2024/pl7/a1",
    priorityLine: "wp-2022-2024/pl7",
    number: 1,
    kind: "meeting",
    title: "Topic of emphasis of the Working Group 2 meeting: psychosocial risks and mental health",
    atMeeting: WG_MEETING,
    partners: [],
    financing: [],
    sessions: [],
    outputs: [],
    mandateText: MANDATES.pl7,
    meetingTopic: { workingGroup: "wg2", topic: "occupational-safety-health" },
    source: SOURCE_PL7,
  },
  {
    id: "wp-2022-2024/pl7/a2",
    priorityLine: "wp-2022-2024/pl7",
    number: 2,
    kind: "other",
    title: "Alliance with the Pan American Health Organization",
    status: "ongoing",
    partners: ["paho"],
    financing: [],
    sessions: [],
    outputs: [],
    mandateText: MANDATES.pl7,
    source: SOURCE_PL7,
  },
  // 8. Transition from informal to formal economy
  {
    id: "wp-2022-2024/pl8/a1",
    priorityLine: "wp-2022-2024/pl8",
    number: 1,
    kind: "meeting",
    title: "Topic of emphasis of the Working Group 1 meeting",
    atMeeting: WG_MEETING,
    partners: [],
    financing: [],
    sessions: [],
    outputs: [],
    mandateText: MANDATES.pl8,
    meetingTopic: { workingGroup: "wg1", topic: "informal-to-formal" },
    source: SOURCE_PL8,
  },
  {
    id: "wp-2022-2024/pl8/a2",
    priorityLine: "wp-2022-2024/pl8",
    number: 2,
    kind: "other",
    title: "Cross-cutting topic of all other priority lines",
    partners: [],
    financing: [],
    sessions: [],
    outputs: [],
    mandateText: MANDATES.pl8,
    source: SOURCE_PL8,
  },
  {
    id: "wp-2022-2024/pl8/a3",
    priorityLine: "wp-2022-2024/pl8",
    number: 3,
    kind: "workshop",
    title: "Social Dialogue for a rights-based transition from informal to formal employment",
    status: "fulfilled",
    when: { kind: "days", start: "2022-10-20", end: "2022-10-21" },
    host: { memberStates: ["AR"], organizations: [], city: "Buenos Aires", confirmed: true },
    format: "hybrid",
    partners: [],
    financing: [
      {
        kind: "contribution",
        party: "AR",
        form: "in-kind",
        covers: ["logistics", "equipment", "interpretation"],
        confirmed: true,
      },
      { kind: "rial-fund", budgetLine: "rial-2022-2024/l06", covers: ["accommodation"] },
    ],
    participation: { countries: 25 },
    sessions: [],
    outputs: ["CIDI/CIMT/RPA/doc.41/23"],
    mandateText: MANDATES.pl8,
    place: { city: "Buenos Aires", country: "AR" },
    asWritten: [
      { field: "when", text: "Date: October 20 and 21, 2022", source: SOURCE_PL8 },
      { field: "host", text: "Host: Buenos Aires, Argentina", source: SOURCE_PL8 },
      {
        field: "financing",
        text: "Financing: The Ministry of Labor, Employment and Social Security (MTEySS) of Argentina covered logistics, equipment and simultaneous interpretation costs. RIAL's approved contribution covered participants' lodging expenses and facilitated their presence in Buenos Aires.",
        source: SOURCE_PL8,
      },
      {
        field: "format",
        text: "held in a hybrid format from Buenos Aires and sponsored by the MTEySS of Argentina",
        source: SOURCE_PL8,
      },
      {
        field: "title",
        text: "(Fulfilled activity) - RIAL Workshop on transition from informal to formal economy and the role of social actors.",
        source: SOURCE_PL8,
      },
    ],
    participationCounts: [
      {
        count: 25,
        unit: "countries",
        text: "was attended by 25 countries of the region through delegations of Ministries of Labor, representatives of workers and employers, the representation of Spain as an observer country of the OAS, and representatives of the ILO and PAHO",
        source: SOURCE_PL8,
      },
    ],
    statedOutputs: [
      {
        text: 'a "Results and Recommendations" document was prepared (document: CIDI/CIMT/RPA/doc.41/23)',
        document: "CIDI/CIMT/RPA/doc.41/23",
        source: SOURCE_PL8,
      },
    ],
    source: SOURCE_PL8,
  },
];

/**
 * Every action of the Work Plan 2022-2024 as of September 2023, by priority line, with status,
 * date, host, financing and the mandate text as written. Deeply frozen.
 *
 * @example
 * ```ts
 * import { workPlanActions } from "iacml/data";
 * const fulfilled = workPlanActions.filter((a) => a.status === "fulfilled").map((a) => a.id);
 * console.log(fulfilled.length);
 * ```
 */
export const workPlanActions: readonly WorkPlanAction[] = /* @__PURE__ */ deepFreeze(
  records as readonly WorkPlanAction[],
);
