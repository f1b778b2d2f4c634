/**
 * Reading a budget plan from untrusted input, and checking that its lines add up.
 * @module
 */
import type { Finding, Issue, Result } from "../core/result.js";
import { fail, ok } from "../core/result.js";
import type { Limits } from "../core/limits.js";
import { catchToResult, snapshotUntrusted } from "../core/untrusted.js";
import { capped } from "./issues.js";
import { BudgetPlanSchema, type BudgetPlan } from "./plan-schema.js";
import { budgetFinding, budgetIssue, digitsOf, issueToFinding, zodIssues } from "./issues.js";
import { MinorSum, minorToText, parseMinorUnits, toBig } from "./minor-units.js";
import { lineTitleWords } from "./words.js";

/** The plan's problems that are not about its shape: amounts, negative approvals, duplicate lines. */
export function planIssues(plan: BudgetPlan): Issue[] {
  const issues: Issue[] = [];
  const digits = digitsOf(plan.currency);
  const amountIssue = (input: string, path: (string | number)[]): void => {
    issues.push(budgetIssue("budget.invalid-amount", { input, currency: plan.currency, digits }, { path }));
  };
  if (parseMinorUnits(plan.declaredTotal, digits) === undefined) amountIssue(plan.declaredTotal, ["declaredTotal"]);
  const seen = new Set<string>();
  plan.lines.forEach((line, index) => {
    if (seen.has(line.id)) {
      issues.push(budgetIssue("budget.duplicate-line", { line: line.id }, { path: ["lines", index, "id"] }));
    }
    seen.add(line.id);
    const units = parseMinorUnits(line.approved, digits);
    if (units === undefined) amountIssue(line.approved, ["lines", index, "approved"]);
    else if (units < 0) {
      issues.push(
        budgetIssue(
          "budget.negative-approval",
          { line: line.id, ...lineTitleWords("line", line, line.id), amount: line.approved },
          { path: ["lines", index, "approved"] },
        ),
      );
    }
  });
  return issues;
}

/**
 * Reads a {@link BudgetPlan} from untrusted input (parsed JSON). Fails with
 * `budget.invalid-plan` for a wrong shape, `budget.invalid-amount` for an amount that is not a
 * plain decimal or has more decimals than the currency allows (a float such as `0.1 + 0.2`),
 * `budget.negative-approval` and `budget.duplicate-line`, each with the path into the input.
 * Amounts come back as strings with exactly the currency's decimals. A plan whose lines do not
 * add up to its declared total still parses: {@link checkBudgetPlan} reports it. A JSON number
 * must stand for exactly one decimal (`budget.inexact-number` otherwise: `9007199254740993`,
 * `1234567890123456.78`). Never throws: the input is first copied as plain data, so throwing
 * getters, Proxies and cycles give `core.unreadable-input` / `core.cyclic-input`, and nesting
 * or size past `options.limits` give `core.too-deep` / `core.input-too-large`.
 *
 * @example
 * ```ts
 * import { parseBudgetPlan } from "iacml/budget";
 * const r = parseBudgetPlan({
 *   id: "p", title: { en: "Plan" }, currency: "USD",
 *   period: { start: "2022-01-01", end: "2024-12-31" }, declaredTotal: 100,
 *   lines: [{ id: "p/l01", title: { en: "Workshop" }, approved: -100, activities: [], coFunders: [] }],
 * });
 * if (!r.ok) console.log(r.issues[0]?.code, r.issues[0]?.path); // budget.negative-approval ["lines", 0, "approved"]
 * ```
 */
export function parseBudgetPlan(
  input: unknown,
  options: { readonly limits?: Partial<Limits> } = {},
): Result<BudgetPlan> {
  return catchToResult(() => {
    const snapshot = snapshotUntrusted(input, options?.limits);
    return snapshot.ok ? readBudgetPlan(snapshot.value) : snapshot;
  }, "parseBudgetPlan");
}

function readBudgetPlan(input: unknown): Result<BudgetPlan> {
  const parsed = BudgetPlanSchema.safeParse(input);
  if (!parsed.success) return fail(capped(zodIssues("budget.invalid-plan", parsed.error.issues)));
  const plan = parsed.data;
  const issues = planIssues(plan);
  if (issues.length > 0) return fail(capped(issues));
  const digits = digitsOf(plan.currency);
  const canonical = (text: string): string => minorToText(toBig(parseMinorUnits(text, digits)!), digits);
  return ok({
    ...plan,
    declaredTotal: canonical(plan.declaredTotal),
    lines: plan.lines.map((line) => ({ ...line, approved: canonical(line.approved) })),
  });
}

/**
 * Checks a plan: its lines must add up to its declared total (`budget.plan-total-mismatch`),
 * and its amounts must be valid (`budget.invalid-amount`, `budget.negative-approval`,
 * `budget.duplicate-line`, as findings).
 *
 * @example
 * ```ts
 * import { checkBudgetPlan, type BudgetPlan } from "iacml/budget";
 * import { plainDate } from "iacml/core";
 * const plan: BudgetPlan = {
 *   id: "p", title: { en: "Plan" }, currency: "USD",
 *   period: { start: plainDate("2022-01-01"), end: plainDate("2024-12-31") }, declaredTotal: "100.00",
 *   lines: [{ id: "p/l01", title: { en: "Workshop" }, approved: "90.00", activities: [], coFunders: [] }],
 * };
 * checkBudgetPlan(plan)[0]?.code; // "budget.plan-total-mismatch"
 * ```
 */
export function checkBudgetPlan(plan: BudgetPlan): Finding[] {
  const findings: Finding[] = planIssues(plan).map((issue) => issueToFinding(issue, [plan.id]));
  const digits = digitsOf(plan.currency);
  const declared = parseMinorUnits(plan.declaredTotal, digits);
  const sum = new MinorSum();
  for (const line of plan.lines) sum.add(parseMinorUnits(line.approved, digits) ?? 0);
  if (declared !== undefined && toBig(declared) !== sum.value()) {
    findings.push(
      budgetFinding(
        "budget.plan-total-mismatch",
        {
          sum: minorToText(sum.value(), digits),
          declared: minorToText(toBig(declared), digits),
          currency: plan.currency,
        },
        {
          certainty: "certain",
          subjects: [plan.id],
          path: ["declaredTotal"],
          severity: "warning",
          suggestion: { code: "budget.suggest.fix-declared-total" },
        },
      ),
    );
  }
  return findings;
}
