/**
 * The situation as CSV (RFC 4180).
 * @module
 */
import type { BudgetSituation } from "./situation-types.js";
import type { Amount } from "../core/money/decimal.js";
import { digitsOf } from "./issues.js";
import type { Locale } from "../core/messages/catalog.js";
import { requireLocale } from "../core/options.js";
import { budgetLabels } from "../core/messages/budget.js";

/**
 * Writes rows as RFC 4180 CSV: fields separated by commas, records ended by CRLF, a field
 * quoted when it contains a comma, a double quote, CR or LF, with inner quotes doubled.
 *
 * @example
 * ```ts
 * import { toCsv } from "iacml/budget";
 * toCsv([["a", 'say "hi"'], ["1,5", "x"]]); // 'a,"say ""hi"""\r\n"1,5",x\r\n'
 * ```
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  const field = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return rows.map((row) => `${row.map(field).join(",")}\r\n`).join("");
}

/**
 * The columns of {@link situationToCsv}, in order.
 *
 * @example
 * ```ts
 * import { situationCsvColumns } from "iacml/budget";
 * situationCsvColumns[0]; // "line"
 * ```
 */
export const situationCsvColumns = [
  "line",
  "title",
  "currency",
  "original",
  "amendments",
  "reallocations",
  "approved",
  "committed",
  "spent",
  "available",
  "percent_executed",
  "status",
] as const;

/**
 * The situation as CSV: a header, one record per line and a `TOTAL` record; amounts as plain
 * decimals with the currency's decimals (`10000.00`), never rounded, never grouped. In English
 * the header is {@link situationCsvColumns} and statuses are their ids (`in-progress`), for
 * programs; with `locale: "es"` the header, the statuses and the titles are in Spanish as the
 * OAS writes them (`línea`, `en ejecución`; a title without a Spanish form keeps its English
 * one). An unsupported locale is a `TypeError`, never a silent fallback.
 *
 * @example
 * ```ts
 * import { budgetSituation, situationToCsv } from "iacml/budget";
 * import { plainDate } from "iacml/core";
 * import { rialBudget2022To2024 } from "iacml/data";
 * const s = budgetSituation(rialBudget2022To2024.plan, rialBudget2022To2024.ledger, { asOf: plainDate("2023-09-30") });
 * console.log(situationToCsv(s, "es").split("\r\n")[0]); // "línea,título,moneda,aprobado originalmente,…"
 * ```
 */
export function situationToCsv(situation: BudgetSituation, locale: Locale = "en"): string {
  const language = requireLocale(locale);
  const digits = digitsOf(situation.currency);
  const money = (value: Amount): string => value.toFixed(digits);
  const percent = (value: Amount | undefined): string => (value === undefined ? "" : value.toFixed(2));
  const rows: string[][] = [situationCsvColumns.map((column) => budgetLabels.csv[column][language])];
  for (const line of situation.lines) {
    rows.push([
      line.line,
      (language === "es" ? line.title.es : undefined) ?? line.title.en,
      situation.currency,
      money(line.original),
      money(line.amendments),
      money(line.reallocations),
      money(line.approved),
      money(line.committed),
      money(line.spent),
      money(line.available),
      percent(line.percentExecuted),
      budgetLabels.status[line.status][language],
    ]);
  }
  const t = situation.totals;
  rows.push([
    budgetLabels.csv.total[language],
    "",
    situation.currency,
    money(t.original),
    money(t.amendments),
    money(t.reallocations),
    money(t.approved),
    money(t.committed),
    money(t.spent),
    money(t.available),
    percent(t.percentExecuted),
    "",
  ]);
  return toCsv(rows);
}
