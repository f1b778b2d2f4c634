/** One field, quoted when it holds a comma, a quote, a line break or edge spaces (RFC 4180). */
function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Writes rows as RFC 4180 CSV: fields separated by commas, records by CRLF, fields quoted
 * when needed and inner quotes doubled.
 *
 * @example
 * ```ts
 * import { writeCsv } from "iacml/mandates";
 * writeCsv([["id", "title"], ["l1/a1", 'Workshop "Skills", 2023']]);
 * // 'id,title\r\nl1/a1,"Workshop ""Skills"", 2023"\r\n'
 * ```
 */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvField).join(",") + "\r\n").join("");
}
