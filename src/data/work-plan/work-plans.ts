import type * as z from "zod";
import type { WorkPlan, WorkPlanSchema } from "../../entities/work-plan/index.js";
import { deepFreeze } from "../deep-freeze.js";
import { REPORT_2021, REPORT_2023 } from "./sources.js";

const records: readonly z.input<typeof WorkPlanSchema>[] = [
  {
    id: "wp-2018-2020",
    conference: "xx",
    period: { fromYear: 2018, toYear: 2020 },
    planning: { when: { kind: "days", start: "2018-04-26", end: "2018-04-27" }, location: "Washington D.C." },
    revisions: ["2020-05-22"],
    asOf: { kind: "days", start: "2021-09-13", end: "2021-09-13" },
    source: {
      document: REPORT_2021,
      section: "Section 1; Annex I, Planning Meeting and Virtual Meetings of the Authorities",
    },
  },
  {
    id: "wp-2022-2024",
    conference: "xxi",
    period: { fromYear: 2022, toYear: 2024 },
    planning: { when: { kind: "days", start: "2022-02-03", end: "2022-02-04" }, format: "virtual", chair: "AR" },
    approval: { body: "CIDI Committee on Partnership for Development Policies", on: "2022-06-08" },
    revisions: [],
    asOf: { kind: "month", month: "2023-09" },
    source: { document: REPORT_2023, section: "I. Introduction" },
  },
];

/**
 * The IACML work plans the source documents describe: 2018-2020 (XX IACML, revised in May 2020)
 * and 2022-2024 (XXI IACML, as of September 2023). Deeply frozen.
 *
 * @example
 * ```ts
 * import { workPlans } from "iacml/data";
 * console.log(workPlans.map((wp) => wp.id)); // ["wp-2018-2020", "wp-2022-2024"]
 * ```
 */
export const workPlans: readonly WorkPlan[] = /* @__PURE__ */ deepFreeze(records as readonly WorkPlan[]);
