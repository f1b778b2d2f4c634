import type { BudgetPlan, Ledger } from "../../budget/index.js";
import type { PlainDate, PlainMonth } from "../../core/plain-date.js";
import { deepFreeze } from "../deep-freeze.js";

const REPORT_2023 = "001_04952725e56fd583.txt";
const TABLE = {
  document: REPORT_2023,
  section: "III.c Funding, general budget of the Work Plan, according to funding source",
};
const M = "wp-2022-2024/meetings/";
const day = (text: string) => text as PlainDate;
const OAS = { party: "oas-gs", label: "OAS", kind: "in-kind", confirmed: true } as const;

// The table as printed, in order: l01 … l12. Line 6 was approved after the planning meeting
// (footnote *), so its approval at the meeting is 0 and the 10,000 is the August 2022
// amendment in the ledger below.
const plan: BudgetPlan = {
  id: "rial-2022-2024",
  title: {
    en: "RIAL budget of the IACML Work Plan 2022-2024",
    es: "Presupuesto RIAL del Plan de Trabajo de la CIMT 2022-2024",
  },
  currency: "USD",
  period: { start: day("2022-01-01"), end: day("2024-12-31") },
  // INFERRED, not stated: no document gives 95,000. The report's TOTAL is $105,000 for the
  // table "as decided at the Planning Meeting in February 2022 and the meeting of IACML
  // authorities in January 2023", and its footnote says line 6's 10,000 "was approved after the
  // Planning Meeting, via an email received in August 2022"; 105,000 - 10,000 = 95,000 is the
  // plan before that approval. See `rialBudget2022To2024Provenance` and `claim/001/budget-total`.
  declaredTotal: "95000.00",
  lines: [
    {
      id: "rial-2022-2024/l01",
      title: { en: "Activities on gender mainstreaming (Dialogues, Network of focal points)" },
      approved: "20000.00",
      activities: ["wp-2022-2024/pl3/a1", "wp-2022-2024/pl3/a2"],
      coFunders: [OAS],
      source: TABLE,
    },
    {
      id: "rial-2022-2024/l02",
      title: { en: "RIAL Workshop – Social Dialogue" },
      approved: "10000.00",
      activities: ["wp-2022-2024/pl6/a1"],
      coFunders: [{ party: "CO", label: "Colombia", kind: "in-kind", confirmed: true }],
      source: TABLE,
    },
    {
      id: "rial-2022-2024/l03",
      title: { en: "RIAL Workshop – Coordination between Education and Labor" },
      approved: "10000.00",
      activities: ["wp-2022-2024/pl2/a2"],
      coFunders: [{ party: "AR", label: "Argentina", kind: "in-kind", confirmed: false }],
      source: TABLE,
    },
    {
      id: "rial-2022-2024/l04",
      title: { en: "RIAL Workshop – Enforcement of labor legislation" },
      approved: "10000.00",
      activities: ["wp-2022-2024/pl4/a2"],
      coFunders: [{ party: "US", label: "United States", kind: "in-kind", confirmed: true }],
      source: TABLE,
    },
    {
      id: "rial-2022-2024/l05",
      title: { en: "RIAL Workshop – Future of work and new forms of employment" },
      approved: "10000.00",
      activities: ["wp-2022-2024/pl1/a2"],
      coFunders: [{ party: "CR", label: "Costa Rica", kind: "in-kind", confirmed: false }],
      source: TABLE,
    },
    {
      id: "rial-2022-2024/l06",
      title: { en: "RIAL Workshop – Transition from informal to formal economy" },
      approved: "0.00",
      activities: ["wp-2022-2024/pl8/a3"],
      coFunders: [{ party: "AR", label: "Argentina", kind: "in-kind", confirmed: true }],
      source: TABLE,
    },
    {
      id: "rial-2022-2024/l07",
      title: { en: "Portfolio, Telework Repository, and RIAL Newsletter" },
      approved: "5000.00",
      activities: ["wp-2022-2024/pl1/a1"],
      coFunders: [OAS],
      source: TABLE,
    },
    {
      id: "rial-2022-2024/l08",
      title: { en: "Working Groups Meeting - 2023" },
      approved: "10000.00",
      activities: [`${M}wg-2023`],
      coFunders: [OAS],
      source: TABLE,
    },
    {
      id: "rial-2022-2024/l09",
      title: { en: "Preparatory Meeting of the XXII IACML" },
      approved: "0.00",
      activities: [`${M}preparatory-xxii`],
      coFunders: [{ party: "CO", label: "Colombia", kind: "tbd", confirmed: true }],
      source: TABLE,
    },
    {
      id: "rial-2022-2024/l10",
      title: { en: "XXII IACML" },
      approved: "0.00",
      activities: [`${M}xxii-iacml`],
      coFunders: [
        { party: "CO", label: "Host Country", kind: "tbd", confirmed: true },
        { ...OAS, kind: "tbd" },
      ],
      source: TABLE,
    },
    {
      id: "rial-2022-2024/l11",
      title: { en: "Activities, 15th RIAL Call (2022) - Virtual" },
      approved: "5000.00",
      activities: [],
      coFunders: [],
      source: TABLE,
    },
    {
      id: "rial-2022-2024/l12",
      title: { en: "Activities 16th and 17th RIAL Call (2023, 2024)" },
      approved: "15000.00",
      activities: [],
      coFunders: [],
      source: TABLE,
    },
  ],
  sources: [
    TABLE,
    { document: REPORT_2023, section: "I. Introduction (Planning Meeting, February 3 and 4, 2022)" },
    {
      document: "inferred",
      section:
        "declaredTotal 95,000.00 = the table's TOTAL $105,000 less line 6's 10,000 approved after the Planning Meeting (footnote *); no document states 95,000",
    },
  ],
};

const ledger: Ledger = [
  {
    type: "plan-approved",
    id: "rial-2022-2024/approval",
    valueDate: day("2022-02-04"),
    recordedDate: day("2022-02-04"),
    decision: { body: "IACML Planning Meeting", instrument: "planning meeting", date: day("2022-02-04") },
    note: "The approved RIAL budget table for the different actions of the Work Plan, as decided at the Planning Meeting in February 2022 and the meeting of IACML authorities in January 2023 (the January 2023 decisions are `decisions` records of the dataset)",
  },
  {
    // The document gives the month only: the value date is the last day of August 2022, the
    // first day on which the amendment is certainly in force.
    type: "line-amended",
    id: "rial-2022-2024/amend-l06",
    valueDate: day("2022-08-31"),
    recordedDate: day("2022-08-31"),
    line: "rial-2022-2024/l06",
    amount: "10000.00",
    // The footnote does not say who approved it: "via an email received in August 2022".
    decision: { body: "not named in the document", instrument: "email", date: "2022-08" as PlainMonth },
    note: "This amount was approved after the Planning Meeting, via an email received in August 2022.",
  },
];

/**
 * The RIAL budget of the IACML Work Plan 2022-2024 as the performance report of September 2023
 * prints it ("General budget of the Work Plan, according to funding source"): the plan, with
 * its 12 lines `rial-2022-2024/l01` … `l12` in table order, the activities each funds, its
 * co-funders in kind or to be determined, and the amounts approved at the Planning Meeting of
 * February 2022, and the ledger of that plan: its approval and the amendment of line 6 (+10,000
 * USD, "approved after the Planning Meeting, via an email received in August 2022"), which
 * brings the total to the table's $105,000. The plan's `declaredTotal` of 95,000 is inferred
 * (105,000 less line 6), not stated; `rialBudget2022To2024Provenance` says so. The documents give no spending figures, so the ledger holds no
 * contributions or expenditures. Deeply frozen.
 *
 * @example
 * ```ts
 * import { budgetSituation } from "iacml/budget";
 * import { plainDate } from "iacml/core";
 * import { rialBudget2022To2024 } from "iacml/data";
 * const { plan, ledger } = rialBudget2022To2024;
 * budgetSituation(plan, ledger, { asOf: plainDate("2022-09-30") }).totals.approved.toFixed(0); // "105000"
 * ```
 */
export const rialBudget2022To2024: { readonly plan: BudgetPlan; readonly ledger: Ledger } = /* @__PURE__ */ deepFreeze({
  plan,
  ledger,
});

/**
 * Which facts of {@link rialBudget2022To2024} no document states: the plan's `declaredTotal`
 * (95,000, inferred from the table's $105,000 and the footnote on line 6) and the timing of line
 * 6's 10,000 at the end of August 2022 (the document gives the month). Everything else is the
 * table of section III.c of the 2023 performance report.
 *
 * @example
 * ```ts
 * import { rialBudget2022To2024Provenance } from "iacml/data";
 * console.log(rialBudget2022To2024Provenance.inferred[0]?.fields); // ["plan.declaredTotal"]
 * ```
 */
export const rialBudget2022To2024Provenance: {
  readonly inferred: readonly {
    readonly fields: readonly string[];
    readonly reasoning: string;
    readonly from: readonly { readonly document: string; readonly section: string }[];
  }[];
} = /* @__PURE__ */ deepFreeze({
  inferred: [
    {
      fields: ["plan.declaredTotal"],
      reasoning:
        "No document states 95,000. The table's TOTAL is $105,000, 'as decided at the Planning Meeting in February 2022 and the meeting of IACML authorities in January 2023'; the footnote says line 6's 10,000 'was approved after the Planning Meeting, via an email received in August 2022'. 105,000 - 10,000 = 95,000 is taken as the plan before that approval.",
      from: [TABLE],
    },
    {
      fields: ["ledger.rial-2022-2024/amend-l06.valueDate"],
      reasoning:
        "The footnote gives the month only ('August 2022'); the last day of the month is the first day the amendment is certainly in force.",
      from: [TABLE],
    },
  ],
});
