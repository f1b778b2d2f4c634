/**
 * The approved budget as the documents print it: "General budget of the Work Plan, according
 * to funding source".
 * @module
 */
import type { CurrencyCode } from "../core/money/currencies.js";
import type { BudgetPlan, BudgetCoFunder } from "./plan-schema.js";
import type { LedgerEntry } from "./ledger-schema.js";
import type { BudgetSituation, SituationOptions } from "./situation-types.js";
import { budgetSituation } from "./situation.js";
import { digitsOf } from "./issues.js";
import type { Locale } from "../core/messages/catalog.js";
import { requireLocale } from "../core/options.js";
import { minorToDisplay, parseMinorUnits, toBig } from "./minor-units.js";
import type { DateSpec } from "../core/date-spec/types.js";
import { formatDateSpec } from "../core/date-spec/format-text.js";

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
  /** Approved by the fund, grouped with no decimals when whole ("10,000"; Spanish "10.000"); empty when nothing. */
  readonly approvedByFund: string;
  /** `*`, `**` … when the amount was amended after the plan was approved (see the footnotes). */
  readonly marker: string;
  /** Co-funders in kind or to be determined ("Argentina (to be confirmed)"; Spanish "País sede y OEA"). */
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
  /** The total approved by the fund ("$105,000"; Spanish "US$105.000", as the OAS's Spanish documents write it). */
  readonly total: string;
  /**
   * One per marker: the decision that amended the line. In English the ledger entry's note (the
   * document's words) when it has one; otherwise, and always in Spanish, built from the entry's
   * decision and the plan's approval ("* This amount was approved after the Planning Meeting, via
   * an email received in August 2022." / "* Este monto fue aprobado después de la Reunión de
   * Planificación, mediante un correo electrónico recibido en agosto de 2022.").
   */
  readonly footnotes: readonly string[];
}

const TEXT = {
  en: {
    title: "General budget of the Work Plan, according to funding source",
    headers: ["Activity", "Budget approved by the RIAL", "In kind or to be determined in the future"] as const,
    tbc: "to be confirmed",
    and: "and",
    total: "TOTAL:",
    amended: (after: string, how: string) => `This amount was approved after ${after}, ${how}.`,
  },
  es: {
    title: "Presupuesto general del Plan de Trabajo, según fuente de financiamiento",
    headers: ["Actividad", "Presupuesto aprobado por la RIAL", "En especie o por determinar en el futuro"] as const,
    tbc: "por confirmar",
    and: "y",
    total: "TOTAL:",
    amended: (after: string, how: string) => `Este monto fue aprobado después de ${after}, ${how}.`,
  },
} as const;

/** The decision that approved the plan, by its instrument: what an amendment came "after". */
const APPROVED_AT: Readonly<Record<string, Readonly<Record<Locale, string>>>> = {
  "planning meeting": { en: "the Planning Meeting", es: "la Reunión de Planificación" },
};
const PLAN_APPROVAL: Readonly<Record<Locale, string>> = {
  en: "the approval of the plan",
  es: "la aprobación del plan",
};

/**
 * How an amendment was decided, by its instrument: `on` is its date with its preposition ("in
 * August 2022", "on August 1, 2022"), `date` the date alone.
 */
const DECIDED_BY: Readonly<Record<string, Readonly<Record<Locale, (on: string, date: string) => string>>>> = {
  email: { en: (on) => `via an email received ${on}`, es: (on) => `mediante un correo electrónico recibido ${on}` },
  resolution: { en: (_, date) => `by a resolution of ${date}`, es: (_, date) => `mediante una resolución del ${date}` },
  decision: { en: (_, date) => `by a decision of ${date}`, es: (_, date) => `mediante una decisión del ${date}` },
};

/**
 * Co-funder labels the documents write in English, as the OAS writes them in Spanish. Country
 * names come from the runtime's Unicode data (`Intl.DisplayNames`) by the party's ISO code.
 */
const COFUNDER_ES: Readonly<Record<string, string>> = {
  "Host Country": "País sede",
  OAS: "OEA",
  "OAS General Secretariat": "Secretaría General de la OEA",
  RIAL: "RIAL",
  "to be determined": "por determinar",
};

/** "2022-08" → "August 2022" / "agosto de 2022"; "2022-08-15" → "August 15, 2022" / "15 de agosto de 2022"; with its preposition. */
function decisionDate(date: string, locale: Locale): { readonly on: string; readonly date: string } {
  if (/^\d{4}-\d{2}$/.test(date)) {
    const text = formatDateSpec({ kind: "month", month: date } as DateSpec, locale);
    return { on: `${locale === "en" ? "in" : "en"} ${text}`, date: text };
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    const text = formatDateSpec({ kind: "days", start: date, end: date } as DateSpec, locale);
    return { on: `${locale === "en" ? "on" : "el"} ${text}`, date: text };
  }
  return { on: date, date };
}

/** The footnote of an amendment in the table's language, from its decision and the plan's approval. */
function amendedNote(
  entry: Extract<LedgerEntry, { type: "line-amended" }>,
  approval: LedgerEntry | undefined,
  locale: Locale,
): string {
  const approvedBy = approval?.type === "plan-approved" ? approval.decision.instrument : undefined;
  const after = (approvedBy === undefined ? undefined : APPROVED_AT[approvedBy]?.[locale]) ?? PLAN_APPROVAL[locale];
  const { on, date } = decisionDate(entry.decision.date, locale);
  const how =
    DECIDED_BY[entry.decision.instrument]?.[locale]?.(on, date) ??
    `${locale === "en" ? "by" : "mediante"} ${entry.decision.instrument} (${entry.decision.body}), ${on}`;
  return TEXT[locale].amended(after, how);
}

function currencyPrefix(currency: CurrencyCode, locale: Locale): string {
  if (currency === "USD") return locale === "es" ? "US$" : "$";
  return `${currency} `;
}

/** "10,000.50" → "10.000,50": the Spanish grouping and decimal marks. */
const localDigits = (text: string, locale: Locale): string =>
  locale === "es" ? text.replace(/[.,]/g, (c) => (c === "," ? "." : ",")) : text;

function regionName(code: string, locale: Locale): string | undefined {
  if (!/^[A-Z]{2}$/.test(code)) return undefined;
  try {
    const name = new Intl.DisplayNames([locale], { type: "region", fallback: "none" }).of(code);
    return name === undefined || name === code ? undefined : name;
  } catch {
    return undefined;
  }
}

/** A co-funder as the table prints it: its label (or party) in English; in Spanish the country's Spanish name or the OAS's word. */
function coFunderName(c: BudgetCoFunder, locale: Locale): string {
  const shown = c.label ?? c.party;
  if (locale === "en") return shown;
  const english = regionName(c.party, "en");
  if (english !== undefined && (c.label === undefined || c.label === english))
    return regionName(c.party, "es") ?? shown;
  return COFUNDER_ES[shown] ?? shown;
}

function coFunding(coFunders: readonly BudgetCoFunder[], locale: Locale): string {
  const names = coFunders.map((c) => `${coFunderName(c, locale)}${c.confirmed ? "" : ` (${TEXT[locale].tbc})`}`);
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} ${TEXT[locale].and} ${names[names.length - 1]}`;
}

/**
 * The approved budget as of a date, laid out as the documents' "General budget of the Work
 * Plan, according to funding source": per line the activity, the amount approved by the fund
 * (original + amendments + reallocations; blank when none) with a `*` marker for a line amended
 * after the plan was approved, and the co-funders in kind or to be determined; the total and a
 * footnote per amendment (in English the entry's note when it has one, otherwise built from its
 * decision and the plan's approval). With `locale: "es"` the headers, the footnotes, the
 * numbers ("10.000", "US$105.000") and the co-funders ("País sede y OEA"; countries by their
 * Spanish names) are Spanish; activity titles the plan has only in English stay in English.
 * This is the table the performance report prints. `asOf` and `locale` are checked at run time (a `TypeError` naming the option otherwise).
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
  return budgetTableOf(plan, ledger, budgetSituation(plan, ledger, options), locale);
}

/**
 * {@link budgetTable} from a situation already computed with the same plan, ledger and options
 * (for a caller that needs the situation too: it is computed once).
 */
export function budgetTableOf(
  plan: BudgetPlan,
  ledger: readonly LedgerEntry[],
  situation: BudgetSituation,
  locale: Locale,
): BudgetTable {
  const text = TEXT[locale];
  const digits = digitsOf(plan.currency);
  const byId = new Map(ledger.map((entry) => [entry.id, entry] as const));
  const approval = ledger.find((entry) => entry.type === "plan-approved");
  const footnotes: string[] = [];
  const rows = situation.lines.map((line, index): BudgetTableRow => {
    const units = toBig(parseMinorUnits(line.approved.toFixed(digits), digits)!);
    let marker = "";
    for (const id of line.trace.amendments) {
      const entry = byId.get(id);
      if (entry?.type !== "line-amended") continue;
      // The entry's note is the document's English words; Spanish is built from the decision.
      footnotes.push((locale === "en" ? entry.note : undefined) ?? amendedNote(entry, approval, locale));
      marker += "*".repeat(footnotes.length);
    }
    const source = plan.lines[index]!;
    return {
      line: line.line,
      activity: (locale === "es" ? line.title.es : undefined) ?? line.title.en,
      approvedByFund: units === 0n ? "" : localDigits(minorToDisplay(units, digits), locale),
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
    total: `${currencyPrefix(plan.currency, locale)}${localDigits(minorToDisplay(totalUnits, digits), locale)}`,
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
