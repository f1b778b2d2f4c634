/**
 * Reading a ledger from untrusted input and checking each entry against the plan.
 * @module
 */
import type { Issue, Result } from "../core/result.js";
import { fail, ok } from "../core/result.js";
import type { Limits } from "../core/limits.js";
import { catchToResult, snapshotUntrusted } from "../core/untrusted.js";
import { capped } from "./issues.js";
import type { BudgetPlan } from "./plan-schema.js";
import { LedgerEntrySchema, LedgerSchema, type Ledger, type LedgerEntry } from "./ledger-schema.js";
import { budgetIssue, digitsOf, planArgumentIssue, zodIssues } from "./issues.js";
import { MinorSum, minorToText, parseMinorUnits, toBig } from "./minor-units.js";

type Path = (string | number)[];

/** Checks one entry's amounts, lines and currency; `lines` are the plan's line ids. */
function entryIssues(plan: BudgetPlan, lines: ReadonlySet<string>, entry: LedgerEntry, at: Path): Issue[] {
  const issues: Issue[] = [];
  const digits = digitsOf(plan.currency);
  const readAmount = (text: string, currency: BudgetPlan["currency"], path: Path, positive: boolean) => {
    const units = parseMinorUnits(text, digitsOf(currency));
    if (units === undefined) {
      issues.push(
        budgetIssue("budget.invalid-amount", { input: text, currency, digits: digitsOf(currency) }, { path }),
      );
    } else if (positive && (units < 0 || (Number(units) === 0 && entry.type !== "operations-levy"))) {
      issues.push(budgetIssue("budget.non-positive-amount", { entry: entry.id, amount: text }, { path }));
    }
    return units;
  };
  const knownLine = (line: string, path: Path): void => {
    if (!lines.has(line)) issues.push(budgetIssue("budget.unknown-line", { entry: entry.id, line }, { path }));
  };
  switch (entry.type) {
    case "plan-approved":
      break;
    case "line-amended": {
      knownLine(entry.line, [...at, "line"]);
      const units = readAmount(entry.amount, plan.currency, [...at, "amount"], false);
      if (units !== undefined && toBig(units) === 0n) {
        issues.push(budgetIssue("budget.zero-amendment", { entry: entry.id }, { path: [...at, "amount"] }));
      }
      break;
    }
    case "reallocation": {
      const net = new MinorSum();
      entry.moves.forEach((move, index) => {
        knownLine(move.line, [...at, "moves", index, "line"]);
        const units = readAmount(move.amount, plan.currency, [...at, "moves", index, "amount"], false);
        if (units !== undefined) net.add(units);
      });
      if (net.value() !== 0n) {
        issues.push(
          budgetIssue(
            "budget.unbalanced-reallocation",
            { entry: entry.id, net: minorToText(net.value(), digits) },
            { path: [...at, "moves"] },
          ),
        );
      }
      break;
    }
    case "contribution-pledged":
    case "contribution-received": {
      readAmount(entry.amount, entry.currency, [...at, "amount"], true);
      if (entry.currency !== plan.currency) {
        const params = { entry: entry.id, currency: entry.currency, planCurrency: plan.currency };
        if (!entry.exchangeRate) {
          issues.push(budgetIssue("budget.missing-exchange-rate", params, { path: [...at, "exchangeRate"] }));
        } else if (entry.exchangeRate.from !== entry.currency || entry.exchangeRate.to !== plan.currency) {
          issues.push(budgetIssue("budget.exchange-rate-mismatch", params, { path: [...at, "exchangeRate"] }));
        }
      }
      break;
    }
    case "operations-levy":
    case "commitment-released":
      readAmount(entry.amount, plan.currency, [...at, "amount"], true);
      break;
    case "commitment":
    case "expenditure":
    case "refund":
      knownLine(entry.line, [...at, "line"]);
      readAmount(entry.amount, plan.currency, [...at, "amount"], true);
      break;
  }
  return issues;
}

/**
 * Every problem of a ledger against its plan, with paths `[index, field …]`: duplicate entry
 * ids, unknown lines, commitments and contributions, amounts, unbalanced reallocations,
 * contributions in another currency without a matching exchange rate record.
 */
export function ledgerIssues(plan: BudgetPlan, ledger: readonly LedgerEntry[]): Issue[] {
  const lines = new Set(plan.lines.map((line) => line.id));
  const byId = new Map<string, LedgerEntry>();
  const issues: Issue[] = [];
  ledger.forEach((entry, index) => {
    if (byId.has(entry.id)) {
      issues.push(budgetIssue("budget.duplicate-entry-id", { entry: entry.id }, { path: [index, "id"] }));
    } else {
      byId.set(entry.id, entry);
    }
    issues.push(...entryIssues(plan, lines, entry, [index]));
  });
  ledger.forEach((entry, index) => {
    if (entry.type === "operations-levy" && byId.get(entry.contribution)?.type !== "contribution-received") {
      issues.push(
        budgetIssue(
          "budget.unknown-contribution",
          { entry: entry.id, contribution: entry.contribution },
          { path: [index, "contribution"] },
        ),
      );
    }
    const commitmentId =
      entry.type === "commitment-released" || entry.type === "expenditure" ? entry.commitment : undefined;
    if (commitmentId === undefined) return;
    const commitment = byId.get(commitmentId);
    if (commitment?.type !== "commitment") {
      issues.push(
        budgetIssue(
          "budget.unknown-commitment",
          { entry: entry.id, commitment: commitmentId },
          { path: [index, "commitment"] },
        ),
      );
    } else if (entry.type === "expenditure" && entry.line !== commitment.line) {
      issues.push(
        budgetIssue(
          "budget.commitment-line-mismatch",
          { entry: entry.id, line: entry.line, commitment: commitmentId, commitmentLine: commitment.line },
          { path: [index, "commitment"] },
        ),
      );
    }
  });
  return issues;
}

/** An entry with its amounts written with exactly their currency's decimals. */
function canonicalEntry(plan: BudgetPlan, entry: LedgerEntry): LedgerEntry {
  const canonical = (text: string, digits: number): string =>
    minorToText(toBig(parseMinorUnits(text, digits)!), digits);
  const digits = digitsOf(plan.currency);
  switch (entry.type) {
    case "plan-approved":
      return entry;
    case "reallocation":
      return { ...entry, moves: entry.moves.map((move) => ({ ...move, amount: canonical(move.amount, digits) })) };
    case "contribution-pledged":
    case "contribution-received":
      return { ...entry, amount: canonical(entry.amount, digitsOf(entry.currency)) };
    default:
      return { ...entry, amount: canonical(entry.amount, digits) };
  }
}

/**
 * Reads a {@link Ledger} from untrusted input (parsed JSON) and checks it against its plan.
 * Fails with `budget.invalid-entry` for a wrong shape and, with a path `[index, field]`, with
 * `budget.duplicate-entry-id`, `budget.unknown-line`, `budget.unknown-commitment`,
 * `budget.unknown-contribution`, `budget.commitment-line-mismatch`, `budget.invalid-amount`
 * (floats with too many decimals among them), `budget.non-positive-amount`,
 * `budget.zero-amendment`, `budget.unbalanced-reallocation`, `budget.missing-exchange-rate`
 * (a contribution in another currency without a rate record) and
 * `budget.exchange-rate-mismatch`; an exchange rate of `"0"` is refused by the schema. A JSON
 * number must stand for exactly one decimal (`budget.inexact-number` otherwise). Amounts come
 * back with exactly their currency's decimals. What depends on the date and the policy
 * (overruns, an entry outside the plan period, an amendment below zero) is for
 * {@link budgetSituation} and {@link checkEntries}. An entry with a wrong shape does not hide
 * the other entries' problems (a duplicate id, an amount …), reported beside its own, in the
 * order of the entries (references to other entries are checked once every entry reads).
 * Never throws: the input is first copied as
 * plain data (throwing getters, Proxies, cycles and too deep nesting are issues); a `plan` that
 * is not a plan (null, say) is a `budget.invalid-plan` issue at path `["plan"]`, and null
 * `options` are none.
 *
 * @example
 * ```ts
 * import { parseLedger } from "iacml/budget";
 * import { rialBudget2022To2024 } from "iacml/data";
 * const r = parseLedger(
 *   [{ type: "expenditure", id: "e1", valueDate: "2023-05-10", recordedDate: "2023-05-10", line: "nope", amount: "10.00" }],
 *   rialBudget2022To2024.plan,
 * );
 * if (!r.ok) console.log(r.issues[0]?.code, r.issues[0]?.path); // budget.unknown-line [0, "line"]
 * ```
 */
export function parseLedger(
  input: unknown,
  plan: BudgetPlan,
  options: { readonly limits?: Partial<Limits> } = {},
): Result<Ledger> {
  return catchToResult(() => {
    const planIssue = planArgumentIssue(plan);
    if (planIssue) return fail([planIssue]);
    const snapshot = snapshotUntrusted(input, options?.limits);
    return snapshot.ok ? readLedger(snapshot.value, plan) : snapshot;
  }, "parseLedger");
}

/** Reference problems, which a broken entry may cause by its absence: left out while any entry is broken. */
const REFERENCE_CODES: ReadonlySet<string> = new Set([
  "budget.unknown-commitment",
  "budget.unknown-contribution",
  "budget.commitment-line-mismatch",
]);

/**
 * When some entries have a wrong shape: their schema problems, and the problems of the entries
 * that read (duplicate ids, amounts, unknown lines …) at their own index, so that one broken
 * entry does not hide the others' problems.
 */
function brokenLedgerIssues(input: readonly unknown[], plan: BudgetPlan, schemaIssues: Issue[]): Issue[] {
  const good: LedgerEntry[] = [];
  const at: number[] = [];
  input.forEach((entry, index) => {
    const one = LedgerEntrySchema.safeParse(entry);
    if (one.success) {
      good.push(one.data);
      at.push(index);
    }
  });
  const others = ledgerIssues(plan, good)
    .filter((issue) => !REFERENCE_CODES.has(issue.code))
    .map((issue) =>
      typeof issue.path[0] === "number" ? { ...issue, path: [at[issue.path[0]]!, ...issue.path.slice(1)] } : issue,
    );
  const order = (issue: Issue) => (typeof issue.path[0] === "number" ? issue.path[0] : -1);
  return [...schemaIssues, ...others].sort((x, y) => order(x) - order(y));
}

function readLedger(input: unknown, plan: BudgetPlan): Result<Ledger> {
  const parsed = LedgerSchema.safeParse(input);
  if (!parsed.success) {
    const schemaIssues = zodIssues("budget.invalid-entry", parsed.error.issues);
    return fail(capped(Array.isArray(input) ? brokenLedgerIssues(input, plan, schemaIssues) : schemaIssues));
  }
  const issues = ledgerIssues(plan, parsed.data);
  if (issues.length > 0) return fail(capped(issues));
  return ok(parsed.data.map((entry) => canonicalEntry(plan, entry)));
}
