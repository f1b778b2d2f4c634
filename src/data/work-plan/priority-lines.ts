import type * as z from "zod";
import type { PriorityLine, PriorityLineSchema } from "../../entities/work-plan/index.js";
import { deepFreeze } from "../deep-freeze.js";
import { REPORT_2023 } from "./sources.js";

const records: readonly z.input<typeof PriorityLineSchema>[] = [
  {
    id: "wp-2022-2024/pl1",
    workPlan: "wp-2022-2024",
    number: 1,
    title: "Future of work and new forms of employment",
    source: { document: REPORT_2023, section: "III.a Priority line 1" },
  },
  {
    id: "wp-2022-2024/pl2",
    workPlan: "wp-2022-2024",
    number: 2,
    title: "Coordination between education and employment",
    source: { document: REPORT_2023, section: "III.a Priority line 2" },
  },
  {
    id: "wp-2022-2024/pl3",
    workPlan: "wp-2022-2024",
    number: 3,
    title: "Gender equality and mainstreaming of the gender perspective in labor and employment policies",
    source: { document: REPORT_2023, section: "III.a Priority line 3" },
  },
  {
    id: "wp-2022-2024/pl4",
    workPlan: "wp-2022-2024",
    number: 4,
    title:
      "Compliance with labor laws and regulations and effective application of fundamental principles and rights at work",
    source: { document: REPORT_2023, section: "III.a Priority line 4" },
  },
  {
    id: "wp-2022-2024/pl5",
    workPlan: "wp-2022-2024",
    number: 5,
    title: "Strengthening and modernization of Ministries of Labor",
    source: { document: REPORT_2023, section: "III.a Priority line 5" },
  },
  {
    id: "wp-2022-2024/pl6",
    workPlan: "wp-2022-2024",
    number: 6,
    title:
      "Strengthening of institutionalized social dialogue for the achievement of more just, equitable and resilient societies",
    source: { document: REPORT_2023, section: "III.a Priority line 6" },
  },
  {
    id: "wp-2022-2024/pl7",
    workPlan: "wp-2022-2024",
    number: 7,
    title: "Occupational Safety and Health",
    source: { document: REPORT_2023, section: "III.a Priority line 7" },
  },
  {
    id: "wp-2022-2024/pl8",
    workPlan: "wp-2022-2024",
    number: 8,
    title: "Transition from informal to formal economy",
    source: { document: REPORT_2023, section: "III.a Priority line 8" },
  },
];

/**
 * The 8 priority lines of the Work Plan 2022-2024, in order, each title in the report's words.
 * Deeply frozen.
 *
 * @example
 * ```ts
 * import { priorityLines } from "iacml/data";
 * console.log(priorityLines[6]?.title); // "Occupational Safety and Health"
 * ```
 */
export const priorityLines: readonly PriorityLine[] = /* @__PURE__ */ deepFreeze(records as readonly PriorityLine[]);
