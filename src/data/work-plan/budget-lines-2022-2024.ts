import type * as z from "zod";
import type { WorkPlanBudgetLine, WorkPlanBudgetLineSchema } from "../../entities/work-plan/index.js";
import { deepFreeze } from "../deep-freeze.js";
import { REPORT_2023 } from "./sources.js";

const FUNDING = { document: REPORT_2023, section: "III.c Funding, general budget of the Work Plan" };
const BUDGET = "rial-2022-2024";
const M = "wp-2022-2024/meetings/";

const records: readonly z.input<typeof WorkPlanBudgetLineSchema>[] = [
  {
    id: "rial-2022-2024/l01",
    budget: BUDGET,
    number: 1,
    title: "Activities on gender mainstreaming (dialogues, network of focal points)",
    funds: ["wp-2022-2024/pl3/a1", "wp-2022-2024/pl3/a2"],
    calls: [],
    rialAmount: "20000.00",
    coFunders: [{ party: "oas-gs", form: "in-kind", confirmed: true }],
    source: FUNDING,
  },
  {
    id: "rial-2022-2024/l02",
    budget: BUDGET,
    number: 2,
    title: "RIAL Workshop - Social dialogue",
    funds: ["wp-2022-2024/pl6/a1"],
    calls: [],
    rialAmount: "10000.00",
    coFunders: [{ party: "CO", form: "in-kind", confirmed: true }],
    source: FUNDING,
  },
  {
    id: "rial-2022-2024/l03",
    budget: BUDGET,
    number: 3,
    title: "RIAL Workshop - Coordination between education and labor",
    funds: ["wp-2022-2024/pl2/a2"],
    calls: [],
    rialAmount: "10000.00",
    coFunders: [{ party: "AR", form: "in-kind", confirmed: false }],
    asWritten: [{ field: "coFunders", text: "Argentina (To be confirmed)", source: FUNDING }],
    source: FUNDING,
  },
  {
    id: "rial-2022-2024/l04",
    budget: BUDGET,
    number: 4,
    title: "RIAL Workshop - Enforcement of labor legislation",
    funds: ["wp-2022-2024/pl4/a2"],
    calls: [],
    rialAmount: "10000.00",
    coFunders: [{ party: "US", form: "in-kind", confirmed: true }],
    source: FUNDING,
  },
  {
    id: "rial-2022-2024/l05",
    budget: BUDGET,
    number: 5,
    title: "RIAL Workshop - Future of work and new forms of employment",
    funds: ["wp-2022-2024/pl1/a2"],
    calls: [],
    rialAmount: "10000.00",
    coFunders: [{ party: "CR", form: "in-kind", confirmed: false }],
    asWritten: [{ field: "coFunders", text: "Costa Rica, to be confirmed", source: FUNDING }],
    source: FUNDING,
  },
  {
    id: "rial-2022-2024/l06",
    budget: BUDGET,
    number: 6,
    title: "RIAL Workshop - Transition from informal to formal economy",
    funds: ["wp-2022-2024/pl8/a3"],
    calls: [],
    rialAmount: "10000.00",
    coFunders: [{ party: "AR", form: "in-kind", confirmed: true }],
    approvedLater: { via: "email", when: { kind: "month", month: "2022-08" } },
    asWritten: [
      { field: "rialAmount", text: "10,000*", source: FUNDING },
      {
        field: "approvedLater",
        text: "* This amount was approved after the Planning Meeting, via an email received in August 2022.",
        source: FUNDING,
      },
    ],
    source: FUNDING,
  },
  {
    id: "rial-2022-2024/l07",
    budget: BUDGET,
    number: 7,
    title: "Portfolio, telework repository and RIAL newsletter",
    funds: ["wp-2022-2024/pl1/a1"],
    calls: [],
    rialAmount: "5000.00",
    coFunders: [{ party: "oas-gs", form: "in-kind", confirmed: true }],
    source: FUNDING,
  },
  {
    id: "rial-2022-2024/l08",
    budget: BUDGET,
    number: 8,
    title: "Working Groups meeting 2023",
    funds: [`${M}wg-2023`],
    calls: [],
    rialAmount: "10000.00",
    coFunders: [{ party: "oas-gs", form: "in-kind", confirmed: true }],
    source: FUNDING,
  },
  {
    id: "rial-2022-2024/l09",
    budget: BUDGET,
    number: 9,
    title: "Preparatory meeting of the XXII IACML",
    funds: [`${M}preparatory-xxii`],
    calls: [],
    coFunders: [{ party: "CO", form: "tbd", confirmed: true }],
    source: FUNDING,
  },
  {
    id: "rial-2022-2024/l10",
    budget: BUDGET,
    number: 10,
    title: "XXII IACML",
    funds: [`${M}xxii-iacml`],
    calls: [],
    coFunders: [
      { party: "CO", form: "tbd", confirmed: true },
      { party: "oas-gs", form: "tbd", confirmed: true },
    ],
    asWritten: [{ field: "coFunders", text: "Host Country and OAS", source: FUNDING }],
    source: FUNDING,
  },
  {
    id: "rial-2022-2024/l11",
    budget: BUDGET,
    number: 11,
    title: "Activities of the 15th RIAL call (2022), virtual",
    funds: [],
    calls: [15],
    rialAmount: "5000.00",
    coFunders: [],
    source: FUNDING,
  },
  {
    id: "rial-2022-2024/l12",
    budget: BUDGET,
    number: 12,
    title: "Activities of the 16th and 17th RIAL calls (2023, 2024)",
    funds: [],
    calls: [16, 17],
    rialAmount: "15000.00",
    coFunders: [],
    source: FUNDING,
  },
];

/**
 * The 12 lines of the RIAL budget table of the Work Plan 2022-2024 (`rial-2022-2024/l01` …
 * `l12`), as decided at the planning meeting and the meeting of authorities of January 2023:
 * what each funds, its co-funders, and the amount approved by the RIAL where the table gives
 * one (line 6 was approved after the planning meeting, by email in August 2022). Deeply frozen.
 *
 * @example
 * ```ts
 * import { rialBudgetLines2022To2024 } from "iacml/data";
 * const line = rialBudgetLines2022To2024.find((l) => l.id === "rial-2022-2024/l06");
 * console.log(line?.rialAmount, line?.approvedLater?.via); // "10000.00" "email"
 * ```
 */
export const rialBudgetLines2022To2024: readonly WorkPlanBudgetLine[] = /* @__PURE__ */ deepFreeze(
  records as readonly WorkPlanBudgetLine[],
);
