/**
 * Splitting an amount over budget lines by ratios, exactly.
 * @module
 */
import type { Result } from "../core/result.js";
import { fail, ok } from "../core/result.js";
import { allocate } from "../core/money/allocate.js";
import { MoneyDecimal } from "../core/money/decimal.js";
import type { CurrencyCode } from "../core/money/currencies.js";
import { budgetIssue, digitsOf } from "./issues.js";
import { parseMinorUnits } from "./minor-units.js";

/**
 * One line's share of an allocation.
 *
 * @example
 * ```ts
 * import type { LineShare } from "iacml/budget";
 * const share: LineShare = { line: "rial-2022-2024/l11", amount: "3333.34" };
 * ```
 */
export interface LineShare {
  /** The line id. */
  readonly line: string;
  /** Its share, a decimal string with the currency's decimals. */
  readonly amount: string;
}

/**
 * Splits `total` (a decimal string in `currency`) over lines in proportion to ratios, with the
 * core's `allocate` (largest remainder, cent-exact): the shares always add up to the total and
 * each differs from its exact share by less than one minor unit. The shares can be used as the
 * moves of a reallocation (negate the source) or as commitments. Fails with
 * `budget.invalid-amount` for a total with too many decimals and `core.invalid-ratios` for bad
 * ratios.
 *
 * @example
 * ```ts
 * import { allocateToLines } from "iacml/budget";
 * const r = allocateToLines("10000.00", "USD", [
 *   { line: "rial-2022-2024/l02", ratio: 1 }, { line: "rial-2022-2024/l03", ratio: 1 }, { line: "rial-2022-2024/l04", ratio: 1 },
 * ]);
 * if (r.ok) console.log(r.value.map((s) => s.amount)); // ["3333.34", "3333.33", "3333.33"]
 * ```
 */
export function allocateToLines(
  total: string,
  currency: CurrencyCode,
  shares: readonly { readonly line: string; readonly ratio: number | string }[],
): Result<LineShare[]> {
  const digits = digitsOf(currency);
  if (parseMinorUnits(total, digits) === undefined) {
    return fail([
      budgetIssue("budget.invalid-amount", { input: String(total), currency, digits }, { path: ["total"] }),
    ]);
  }
  const split = allocate(
    new MoneyDecimal(total),
    shares.map((share) => share.ratio),
    digits,
  );
  if (!split.ok) return split;
  return ok(split.value.map((value, index) => ({ line: shares[index]!.line, amount: value.toFixed(digits) })));
}
