/**
 * Section III.c of the report: the approved budget table as printed, and the execution.
 * @module
 */
import type { Locale } from "../core/messages/catalog.js";
import type { PlainDate } from "../core/plain-date.js";
import { formatAmount } from "../core/money/format.js";
import type { Amount } from "../core/money/decimal.js";
import type { Dataset } from "../entities/dataset/schema.js";
import { budgetSituation } from "../budget/situation.js";
import { budgetTableOf } from "../budget/table.js";
import type { LedgerEntry } from "../budget/ledger-schema.js";
import type { ProcessBudget } from "./process.js";
import type { ReportFunding, ReportTable } from "./performance-types.js";
import { reportLabel as label } from "./labels.js";
import { documentDay } from "./document-date.js";

/** Entry types that record execution: money in, money promised, money spent. */
const EXECUTION: ReadonlySet<LedgerEntry["type"]> = new Set([
  "contribution-pledged",
  "contribution-received",
  "operations-levy",
  "commitment",
  "commitment-released",
  "expenditure",
  "refund",
]);

/** "10,000" → "10.000": the Spanish grouping and decimal marks. */
const spanishDigits = (text: string): string => text.replace(/[.,]/g, (c) => (c === "," ? "." : ","));

/**
 * An amount as the OAS documents write it: "US$105,000" in English, "US$105.000" in Spanish
 * (thousands with a point, decimals with a comma), cents only when there are some.
 *
 * @example
 * ```ts
 * import { documentAmount } from "iacml/reports";
 * documentAmount("105000.00", "USD", "es"); // "US$105.000"
 * ```
 */
export function documentAmount(value: string, currency: string, locale: Locale): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!m) return value;
  const [, sign, whole, cents] = m;
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const decimals = cents !== undefined && /[1-9]/.test(cents) ? `.${cents.padEnd(2, "0")}` : "";
  const text = `${grouped}${decimals}`;
  const prefix = currency === "USD" ? "US$" : `${currency} `;
  return `${sign}${prefix}${locale === "es" ? spanishDigits(text) : text}`;
}

function amountText(value: Amount, currency: string, locale: Locale): string {
  return documentAmount(formatAmount(value, 2), currency, locale);
}

/**
 * Section III.c: the approved table exactly as the budget module's `budgetTable` prints it in
 * the report's language (the document's "General budget of the Work Plan, according to funding
 * source", TOTAL row, footnote on the amended line; in Spanish with Spanish numbers and names), and the execution as of the date:
 * a plain sentence when the ledger holds no contribution, commitment or expenditure by then,
 * else the approved, committed, spent and available amounts.
 *
 * @example
 * ```ts
 * import { fundingSection } from "iacml/reports";
 * import { plainDate } from "iacml/core";
 * import { dataset, rialBudget2022To2024 } from "iacml/data";
 * const f = fundingSection(rialBudget2022To2024, dataset, plainDate("2023-09-30"), "en");
 * console.log(f.hasExecutionRecords); // false
 * ```
 */
export function fundingSection(
  budget: ProcessBudget,
  // The dataset is not read (the plan and ledger hold every figure); kept for callers.
  _dataset: Dataset,
  asOf: PlainDate,
  locale: Locale,
): ReportFunding {
  const { plan, ledger } = budget;
  // One situation for the table and the execution.
  const situation = budgetSituation(plan, ledger, { asOf });
  const table = budgetTableOf(plan, ledger, situation, locale);
  const approvedTable: ReportTable = {
    caption: `${table.title} ${table.period}`,
    headers: [...table.headers],
    rows: [
      ...table.rows.map((r) => [r.activity, `${r.approvedByFund}${r.marker}`, r.otherFunding]),
      ["TOTAL:", table.total, ""],
    ],
    footnotes: [...table.footnotes],
  };
  const executed = ledger.filter((e) => EXECUTION.has(e.type) && e.valueDate <= asOf);
  const day = documentDay(asOf, locale);
  const base = {
    intro: label("fundingIntro", locale),
    table: approvedTable,
    executionHeading: label("executionHeading", locale, { date: day }),
  };
  if (executed.length === 0)
    return { ...base, hasExecutionRecords: false, execution: label("noExecution", locale, { date: day }) };
  const t = situation.totals;
  const money = (v: Amount) => amountText(v, plan.currency, locale);
  const percent = t.percentExecuted === undefined ? "—" : `${formatAmount(t.percentExecuted, 0)} %`;
  return {
    ...base,
    hasExecutionRecords: true,
    executionTable: {
      headers: [
        label("approved", locale),
        label("committed", locale),
        label("spent", locale),
        label("available", locale),
        label("executed", locale),
      ],
      rows: [[money(t.approved), money(t.committed), money(t.spent), money(t.available), percent]],
      footnotes: [],
    },
  };
}
