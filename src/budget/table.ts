/**
 * The approved budget as the documents print it: "General budget of the Work Plan, according
 * to funding source".
 * @module
 */
import type { CurrencyCode } from "../core/money/currencies.js";
import type { BudgetPlan, BudgetCoFunder } from "./plan-schema.js";
import type { LedgerEntry } from "./ledger-schema.js";
import type { SituationOptions } from "./situation-types.js";
import { budgetSituation } from "./situation.js";
import { digitsOf } from "./issues.js";
import type { Locale } from "../core/messages/catalog.js";
import { requireLocale } from "../core/options.js";
import { minorToDisplay, parseMinorUnits, toBig } from "./minor-units.js";

/**
 * One row of the budget table.
 *
 * @example
 * ```ts
 * import type { BudgetTableRow } from "iacml/budget";
 * const row: BudgetTableRow = {
 *   line: "rial-2022-2024/l02", activity: "RIAL Workshop – Social Dialogue",
 *   approvedByFund: "10,000", marker: "", otherFunding: "Colombia",
 * };
 * ```
 */
export interface BudgetTableRow {
  /** The line id. */
  readonly line: string;
  /** The activity, as titled. */
  readonly activity: string;
  /** Approved by the fund, grouped with no decimals when whole ("10,000"); empty when nothing. */
  readonly approvedByFund: string;
  /** `*`, `**` … when the amount was amended after the plan was approved (see the footnotes). */
  readonly marker: string;
  /** Co-funders in kind or to be determined ("Argentina (to be confirmed)"). */
  readonly otherFunding: string;
}

/**
 * The budget table: title, column headers, rows, total and footnotes.
 *
 * @example
 * ```ts
 * import { budgetTable } from "iacml/budget";
 * import { plainDate } from "iacml/core";
 * import { rialBudget2022To2024 } from "iacml/data";
 * const t = budgetTable(rialBudget2022To2024.plan, rialBudget2022To2024.ledger, { asOf: plainDate("2023-09-30") });
 * console.log(t.total); // "$105,000"
 * ```
 */
export interface BudgetTable {
  /** "General budget of the Work Plan, according to funding source". */
  readonly title: string;
  /** The plan's period, "2022-2024". */
  readonly period: string;
  /** The three column headers. */
  readonly headers: readonly [string, string, string];
  /** One per line, in plan order. */
  readonly rows: readonly BudgetTableRow[];
  /** The total approved by the fund ("$105,000"). */
  readonly total: string;
  /** One per marker: the decision that amended the line. */
  readonly footnotes: readonly string[];
}

const TEXT = {
  en: {
    title: "General budget of the Work Plan, according to funding source",
    headers: ["Activity", "Budget approved by the RIAL", "In kind or to be determined in the future"] as const,
    tbc: "to be confirmed",
    and: "and",
    total: "TOTAL:",
    amended: (instrument: string, body: string, date: string) =>
      `This amount was approved after the plan, by ${instrument} (${body}), ${date}.`,
  },
  es: {
    title: "Presupuesto general del Plan de Trabajo, según fuente de financiamiento",
    headers: ["Actividad", "Presupuesto aprobado por la RIAL", "En especie o por determinar en el futuro"] as const,
    tbc: "por confirmar",
    and: "y",
    total: "TOTAL:",
    amended: (instrument: string, body: string, date: string) =>
      `Este monto se aprobó después del plan, por ${instrument} (${body}), ${date}.`,
  },
} as const;

function currencyPrefix(currency: CurrencyCode): string {
  return currency === "USD" ? "$" : `${currency} `;
}

function coFunding(coFunders: readonly BudgetCoFunder[], locale: "en" | "es"): string {
  const names = coFunders.map((c) => `${c.label ?? c.party}${c.confirmed ? "" : ` (${TEXT[locale].tbc})`}`);
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} ${TEXT[locale].and} ${names[names.length - 1]}`;
}

/**
 * The approved budget as of a date, laid out as the documents' "General budget of the Work
 * Plan, according to funding source": per line the activity, the amount approved by the fund
 * (original + amendments + reallocations; blank when none) with a `*` marker for a line amended
 * after the plan was approved, and the co-funders in kind or to be determined; the total and a
 * footnote per amendment (the entry's note when it has one, otherwise built from its decision).
 * `asOf` and `locale` are checked at run time (a `TypeError` naming the option otherwise).
 *
 * @example
 * ```ts
 * import { budgetTable, formatBudgetTable } from "iacml/budget";
 * import { plainDate } from "iacml/core";
 * import { rialBudget2022To2024 } from "iacml/data";
 * const table = budgetTable(rialBudget2022To2024.plan, rialBudget2022To2024.ledger, { asOf: plainDate("2023-09-30") });
 * console.log(formatBudgetTable(table));
 * ```
 */
export function budgetTable(
  plan: BudgetPlan,
  ledger: readonly LedgerEntry[],
  options: SituationOptions & {
    /** Language of the headers and notes (default English). */
    readonly locale?: Locale;
  },
): BudgetTable {
  const locale = requireLocale(options.locale ?? "en");
  const text = TEXT[locale];
  const digits = digitsOf(plan.currency);
  const situation = budgetSituation(plan, ledger, options);
  const byId = new Map(ledger.map((entry) => [entry.id, entry] as const));
  const footnotes: string[] = [];
  const rows = situation.lines.map((line, index): BudgetTableRow => {
    const units = toBig(parseMinorUnits(line.approved.toFixed(digits), digits)!);
    let marker = "";
    for (const id of line.trace.amendments) {
      const entry = byId.get(id);
      if (entry?.type !== "line-amended") continue;
      footnotes.push(entry.note ?? text.amended(entry.decision.instrument, entry.decision.body, entry.decision.date));
      marker += "*".repeat(footnotes.length);
    }
    const source = plan.lines[index]!;
    return {
      line: line.line,
      activity: (locale === "es" ? line.title.es : undefined) ?? line.title.en,
      approvedByFund: units === 0n ? "" : minorToDisplay(units, digits),
      marker,
      otherFunding: coFunding(source.coFunders, locale),
    };
  });
  const totalUnits = toBig(parseMinorUnits(situation.totals.approved.toFixed(digits), digits)!);
  return {
    title: text.title,
    period: `${plan.period.start.slice(0, 4)}-${plan.period.end.slice(0, 4)}`,
    headers: text.headers,
    rows,
    total: `${currencyPrefix(plan.currency)}${minorToDisplay(totalUnits, digits)}`,
    footnotes: footnotes.map((note, index) => `${"*".repeat(index + 1)} ${note}`),
  };
}

/**
 * A budget table as plain text with aligned columns, amounts right-aligned, then the footnotes.
 *
 * @example
 * ```ts
 * import { budgetTable, formatBudgetTable } from "iacml/budget";
 * import { plainDate } from "iacml/core";
 * import { rialBudget2022To2024 } from "iacml/data";
 * console.log(formatBudgetTable(budgetTable(rialBudget2022To2024.plan, rialBudget2022To2024.ledger, { asOf: plainDate("2024-12-31") })));
 * ```
 */
export function formatBudgetTable(table: BudgetTable): string {
  const body = table.rows.map((row) => [row.activity, `${row.approvedByFund}${row.marker}`, row.otherFunding] as const);
  const all = [table.headers, ...body, ["TOTAL:", table.total, ""] as const];
  const widths = [0, 1, 2].map((column) => Math.max(...all.map((cells) => cells[column]!.length)));
  const render = (cells: readonly [string, string, string]) =>
    `${cells[0].padEnd(widths[0]!)} | ${cells[1].padStart(widths[1]!)} | ${cells[2]}`.trimEnd();
  const rule = `${"-".repeat(widths[0]!)}-+-${"-".repeat(widths[1]!)}-+-${"-".repeat(widths[2]!)}`;
  return [
    `${table.title} ${table.period}`,
    "",
    render(table.headers),
    rule,
    ...body.map(render),
    rule,
    render(["TOTAL:", table.total, ""]),
    ...(table.footnotes.length > 0 ? ["", ...table.footnotes] : []),
  ].join("\n");
}
