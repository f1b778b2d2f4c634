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
    const where = path.length > 0 ? ` at ${path.join(".")}` : "";
    const whereEs = path.length > 0 ? ` en ${path.join(".")}` : "";
    const text = describeSchemaProblem(zodIssue as SchemaProblem);
    return budgetIssue(code, { detail: `${text.detail}${where}`, detailEs: `${text.detailEs}${whereEs}` }, { path: [...prefix, ...path] });
  });
}
