/**
 * The situation as CSV (RFC 4180).
 * @module
 */
import type { BudgetSituation } from "./situation-types.js";
import type { Amount } from "../core/money/decimal.js";
import { digitsOf } from "./issues.js";

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
 * decimals with the currency's decimals (`10000.00`), never rounded, never grouped; titles in
 * English or Spanish (falling back to English).
 *
 * @example
 * ```ts
 * import { budgetSituation, situationToCsv } from "iacml/budget";
 * import { plainDate } from "iacml/core";
 * import { rialBudget2022To2024 } from "iacml/data";
 * const s = budgetSituation(rialBudget2022To2024.plan, rialBudget2022To2024.ledger, { asOf: plainDate("2023-09-30") });
 * console.log(situationToCsv(s).split("\r\n")[1]);
 * ```
 */
export function situationToCsv(situation: BudgetSituation, locale: "en" | "es" = "en"): string {
  const digits = digitsOf(situation.currency);
  const money = (value: Amount): string => value.toFixed(digits);
  const percent = (value: Amount | undefined): string => (value === undefined ? "" : value.toFixed(2));
  const rows: string[][] = [[...situationCsvColumns]];
  for (const line of situation.lines) {
    rows.push([
      line.line,
      (locale === "es" ? line.title.es : undefined) ?? line.title.en,
      situation.currency,
      money(line.original),
      money(line.amendments),
      money(line.reallocations),
      money(line.approved),
      money(line.committed),
      money(line.spent),
      money(line.available),
      percent(line.percentExecuted),
      line.status,
    ]);
  }
  const t = situation.totals;
  rows.push([
    "TOTAL",
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
