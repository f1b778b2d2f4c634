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
    source: SOURCE_PL1,
  },
  {
    id: "wp-2022-2024/pl1/a2",
    priorityLine: "wp-2022-2024/pl1",
    number: 2,
    kind: "workshop",
    title: "RIAL Hemispheric Workshop on the future of work and new forms of employment",
    status: "future",
    when: { kind: "oneOf", options: [{ kind: "month", month: "2024-04" }, { kind: "month", month: "2024-05" }] },
    host: { memberStates: ["CR"], organizations: [], confirmed: false },
    partners: [],
    financing: [
      { kind: "rial-fund", budgetLine: "rial-2022-2024/l05", covers: [] },
      { kind: "contribution", party: "CR", form: "tbd", covers: [], confirmed: false },
    ],
    sessions: [],
    outputs: [],
    mandateText: MANDATES.pl1,
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
      { kind: "contribution", party: "AR", form: "in-kind", covers: ["logistics", "equipment", "interpretation"], confirmed: true },
      { kind: "rial-fund", budgetLine: "rial-2022-2024/l03", covers: ["accommodation"] },
    ],
    participation: { countries: 27 },
    sessions: [],
    outputs: [],
    mandateText: MANDATES.pl2,
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
      { label: "Coordinating Committee of the RIAL/GENDER", topic: "First annual work plan", when: { kind: "days", start: "2022-06-24", end: "2022-06-24" }, status: "fulfilled" },
    ],
    outputs: [],
    mandateText: MANDATES.pl3,
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
      { label: "4th Dialogue", topic: "Creation of the RIAL/GENDER", when: { kind: "days", start: "2022-03-15", end: "2022-03-15" }, status: "fulfilled", format: "virtual", participation: { ministries: 27 } },
      { label: "5th Dialogue", topic: "Gender mainstreaming in labor inspection", when: { kind: "days", start: "2022-09-20", end: "2022-09-20" }, status: "fulfilled", format: "virtual", participation: { ministries: 28 } },
      { label: "6th Dialogue", topic: "Paid domestic work", when: { kind: "days", start: "2023-03-15", end: "2023-03-15" }, status: "fulfilled", format: "virtual", participation: { countries: 27 } },
      { label: "7th Dialogue", topic: "Gender in training and employment strategies", when: { kind: "days", start: "2023-07-26", end: "2023-07-26" }, status: "fulfilled", format: "virtual", participation: { countries: 27 } },
      { label: "Dialogue, March 2024", when: { kind: "month", month: "2024-03" }, status: "future", format: "virtual" },
      { label: "Dialogue, July 2024", when: { kind: "month", month: "2024-07" }, status: "future", format: "virtual" },
    ],
    outputs: [],
    mandateText: MANDATES.pl3,
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
      { kind: "contribution", party: "CO", form: "in-kind", covers: ["logistics", "equipment", "interpretation"], confirmed: true },
      { kind: "rial-fund", budgetLine: "rial-2022-2024/l02", covers: ["accommodation"] },
    ],
    participation: { countries: 29 },
    sessions: [],
    outputs: ["CIDI/CIMT/RPA/doc.40/23"],
    mandateText: MANDATES.pl6,
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
      { kind: "contribution", party: "AR", form: "in-kind", covers: ["logistics", "equipment", "interpretation"], confirmed: true },
      { kind: "rial-fund", budgetLine: "rial-2022-2024/l06", covers: ["accommodation"] },
    ],
    participation: { countries: 25 },
    sessions: [],
    outputs: ["CIDI/CIMT/RPA/doc.41/23"],
    mandateText: MANDATES.pl8,
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
export const workPlanActions: readonly WorkPlanAction[] = /* @__PURE__ */ deepFreeze(records as readonly WorkPlanAction[]);
