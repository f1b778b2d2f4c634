// Internal: the budget module's issue and finding factories and small shared helpers.
import { findingFactory, issueFactory } from "../core/issue.js";
import { budgetEnglish } from "../core/messages/budget.js";
import { fillTemplate } from "../core/messages/catalog.js";
import type { Finding, Issue } from "../core/result.js";
import type { CurrencyCode } from "../core/money/currencies.js";
import { minorDigitsOf } from "../core/money/minor-digits.js";
import { createIssueSink } from "../core/limits.js";
import { describeSchemaProblem, type SchemaProblem } from "../core/schema-problems.js";

/** At most the default number of issues, then one saying how many more there were. */
export function capped(issues: readonly Issue[]): Issue[] {
  const sink = createIssueSink();
  for (const issue of issues) sink.add(issue);
  return sink.issues();
}

/**
 * The English templates in the shape the core's factories read (they render only `en`; the
 * Spanish is rendered later by `formatIssue`/`formatSuggestion` from the full catalog), so the
 * budget's bundles do not carry the Spanish templates.
 */
const factoryCatalog = /* @__PURE__ */ (() => {
  const catalog = {} as Record<keyof typeof budgetEnglish, { readonly en: string; readonly es: string }>;
  for (const code of Object.keys(budgetEnglish) as (keyof typeof budgetEnglish)[]) {
    catalog[code] = { en: budgetEnglish[code], es: budgetEnglish[code] };
  }
  return catalog;
})();

/** Builds a budget Issue. */
export const budgetIssue = /* @__PURE__ */ issueFactory(factoryCatalog);

/** Builds a budget Finding. */
export const budgetFinding = /* @__PURE__ */ findingFactory(factoryCatalog);

/** Decimals of a currency's minor unit (2 when the code is unknown, which parsing rejects). */
export function digitsOf(currency: CurrencyCode): number {
  return minorDigitsOf(currency);
}

/** What would resolve an entry's own problem, by its code (rendered in every language). */
const SUGGESTIONS: Readonly<Record<string, keyof typeof budgetEnglish>> = {
  "budget.invalid-amount": "budget.suggest.fix-amount",
  "budget.inexact-number": "budget.suggest.fix-amount",
  "budget.unknown-line": "budget.suggest.known-line",
  "budget.missing-exchange-rate": "budget.suggest.add-exchange-rate",
  "budget.exchange-rate-mismatch": "budget.suggest.add-exchange-rate",
  "budget.invalid-exchange-rate": "budget.suggest.add-exchange-rate",
  "budget.duplicate-entry-id": "budget.suggest.unique-id",
  "budget.duplicate-ledger-ids": "budget.suggest.unique-id",
  "budget.unknown-commitment": "budget.suggest.record-commitment",
  "budget.commitment-line-mismatch": "budget.suggest.fix-commitment",
  "budget.unknown-contribution": "budget.suggest.fix-levy",
  "budget.levy-of-rejected-contribution": "budget.suggest.fix-levy",
};

/**
 * An issue as a certain finding about the given ids, with a suggestion code (rendered in
 * Spanish by `formatSuggestion`) when the catalog has one for its code.
 */
export function issueToFinding(issue: Issue, subjects: readonly string[]): Finding {
  const finding: Finding = { ...issue, certainty: "certain", subjects };
  const code = Object.prototype.hasOwnProperty.call(SUGGESTIONS, issue.code) ? SUGGESTIONS[issue.code] : undefined;
  if (code === undefined) return finding;
  const params = issue.code === "budget.inexact-number" ? { digits: 2, ...issue.params } : issue.params;
  return {
    ...finding,
    suggestion: fillTemplate(budgetEnglish[code], params),
    suggestionCode: code,
    ...(params === issue.params ? {} : { suggestionParams: params }),
  };
}

/**
 * Where a schema problem is, in words: "(entry 1, field valueDate)" / "(asiento 1, campo
 * valueDate)" for a ledger, "(line 2, field approved)" / "(línea 2, campo approved)" for a
 * plan's lines; field names are the input's own keys. Positions count from 1.
 */
function whereWords(code: string, path: readonly (string | number)[]): { where: string; whereEs: string } {
  if (path.length === 0) return { where: "", whereEs: "" };
  const en: string[] = [];
  const es: string[] = [];
  const fields: string[] = [];
  path.forEach((key, index) => {
    if (typeof key !== "number") {
      fields.push(key);
      return;
    }
    const container = index === 0 ? (code === "budget.invalid-entry" ? "entry" : "item") : fields.pop();
    const [nounEn, nounEs] =
      container === "entry"
        ? ["entry", "asiento"]
        : container === "lines"
          ? ["line", "línea"]
          : container === "moves"
            ? ["move", "traslado"]
            : container === undefined || container === "item"
              ? ["item", "elemento"]
              : [`${container} item`, `elemento de ${container}`];
    if (fields.length > 0) {
      en.push(`field ${fields.join(".")}`);
      es.push(`campo ${fields.join(".")}`);
      fields.length = 0;
    }
    en.push(`${nounEn} ${key + 1}`);
    es.push(`${nounEs} ${key + 1}`);
  });
  if (fields.length > 0) {
    en.push(`field ${fields.join(".")}`);
    es.push(`campo ${fields.join(".")}`);
  }
  return { where: ` (${en.join(", ")})`, whereEs: ` (${es.join(", ")})` };
}

/** zod's issues as budget issues with their paths. */
export function zodIssues(
  code: "budget.invalid-plan" | "budget.invalid-entry",
  issues: readonly {
    readonly path: readonly PropertyKey[];
    readonly message: string;
    readonly params?: Readonly<Record<string, unknown>>;
  }[],
  prefix: readonly (string | number)[] = [],
): Issue[] {
  return issues.map((zodIssue) => {
    const path = zodIssue.path.filter((key): key is string | number => typeof key !== "symbol");
    const own = zodIssue.params;
    if (own?.code === "budget.inexact-number" && typeof own.input === "string") {
      return budgetIssue("budget.inexact-number", { input: own.input }, { path: [...prefix, ...path] });
    }
    const { where, whereEs } = whereWords(code, [...prefix, ...path]);
    const text = describeSchemaProblem(zodIssue as SchemaProblem);
    return budgetIssue(
      code,
      { detail: `${text.detail}${where}`, detailEs: `${text.detailEs}${whereEs}` },
      { path: [...prefix, ...path] },
    );
  });
}

/** A value's kind, in English and Spanish, for an argument that is not what it should be. */
function kindOf(value: unknown): { got: string; gotEs: string } {
  if (value === null) return { got: "null", gotEs: "un valor nulo" };
  if (value === undefined) return { got: "nothing", gotEs: "nada" };
  let list = false;
  try {
    list = Array.isArray(value);
  } catch {
    list = false;
  }
  if (list) return { got: "a list", gotEs: "una lista" };
  if (typeof value === "object") return { got: "an object of another shape", gotEs: "un objeto de otra forma" };
  if (typeof value === "string") return { got: "text", gotEs: "un texto" };
  if (typeof value === "number") return { got: "a number", gotEs: "un número" };
  return { got: typeof value, gotEs: typeof value };
}

/** Reads an own field of an untrusted value without running a getter that throws. */
function field(value: unknown, key: string): unknown {
  if (typeof value !== "object" || value === null) return undefined;
  try {
    return Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A `budget.invalid-plan` issue when a plan argument is not a plan at all (null, a list, an
 * object without `id`, `currency`, `period` and `lines`), so that a function that returns a
 * Result or findings reports it instead of throwing; undefined for a plan-shaped value.
 */
export function planArgumentIssue(plan: unknown, path: readonly (string | number)[] = ["plan"]): Issue | undefined {
  const lines = field(plan, "lines");
  const period = field(plan, "period");
  let linesOk = false;
  try {
    linesOk = Array.isArray(lines) && lines.every((line) => typeof field(line, "id") === "string");
  } catch {
    linesOk = false;
  }
  if (
    typeof field(plan, "id") === "string" &&
    typeof field(plan, "currency") === "string" &&
    linesOk &&
    typeof field(period, "start") === "string" &&
    typeof field(period, "end") === "string"
  )
    return undefined;
  const { got, gotEs } = kindOf(plan);
  return budgetIssue(
    "budget.invalid-plan",
    {
      detail: `expected a budget plan (read with parseBudgetPlan), got ${got}`,
      detailEs: `se esperaba un plan presupuestario (leído con parseBudgetPlan) y se recibió ${gotEs}`,
    },
    { path },
  );
}

/**
 * A `budget.invalid-entry` issue when a ledger argument is not a list of entries, else undefined.
 */
export function ledgerArgumentIssue(
  ledger: unknown,
  path: readonly (string | number)[] = ["ledger"],
): Issue | undefined {
  let entries = false;
  try {
    entries = Array.isArray(ledger) && ledger.every((entry) => typeof entry === "object" && entry !== null);
  } catch {
    entries = false;
  }
  if (entries) return undefined;
  const { got, gotEs } = kindOf(ledger);
  return budgetIssue(
    "budget.invalid-entry",
    {
      detail: `expected a list of ledger entries (read with parseLedger), got ${got}`,
      detailEs: `se esperaba una lista de asientos del libro (leída con parseLedger) y se recibió ${gotEs}`,
    },
    { path },
  );
}
