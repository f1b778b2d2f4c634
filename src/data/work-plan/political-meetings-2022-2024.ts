import type * as z from "zod";
import type { PoliticalMeeting, PoliticalMeetingSchema } from "../../entities/work-plan/index.js";
import { deepFreeze } from "../deep-freeze.js";
import { REPORT_2023 } from "./sources.js";

const SECTION = "III.b Political process activities";

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
    source: { document: REPORT_2023, section: `${SECTION}, 1` },
  },
  {
    id: "wp-2022-2024/meetings/preparatory-xxii",
    workPlan: "wp-2022-2024",
    kind: "preparatory-meeting",
    conference: "xxii",
    when: { kind: "oneOf", options: [{ kind: "month", month: "2024-07" }, { kind: "month", month: "2024-08" }] },
    status: "tentative",
    location: "Washington D.C.",
    leadTime: { minMonthsBefore: 3, meeting: "wp-2022-2024/meetings/xxii-iacml" },
    funding: [{ kind: "contribution", party: "CO", form: "tbd", covers: [], confirmed: true }],
    topics: [],
    outcomes: [],
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
