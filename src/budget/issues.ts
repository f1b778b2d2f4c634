// Internal: the budget module's issue and finding factories and small shared helpers.
import { findingFactory, issueFactory } from "../core/issue.js";
import { budgetMessages } from "../core/messages/budget.js";
import type { Finding, Issue } from "../core/result.js";
import { currencies, type CurrencyCode } from "../core/money/currencies.js";
import { createIssueSink } from "../core/limits.js";

/** At most the default number of issues, then one saying how many more there were. */
export function capped(issues: readonly Issue[]): Issue[] {
  const sink = createIssueSink();
  for (const issue of issues) sink.add(issue);
  return sink.issues();
}

/** Builds a budget Issue. */
export const budgetIssue = /* @__PURE__ */ issueFactory(budgetMessages);

/** Builds a budget Finding. */
export const budgetFinding = /* @__PURE__ */ findingFactory(budgetMessages);

/** Decimals of a currency's minor unit (2 when the code is unknown, which parsing rejects). */
export function digitsOf(currency: CurrencyCode): number {
  return Object.prototype.hasOwnProperty.call(currencies, currency) ? currencies[currency].minorUnits : 2;
}

/** An issue as a certain finding about the given ids. */
export function issueToFinding(issue: Issue, subjects: readonly string[]): Finding {
  return { ...issue, certainty: "certain", subjects };
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
    return budgetIssue(code, { detail: `${zodIssue.message}${where}` }, { path: [...prefix, ...path] });
  });
}
