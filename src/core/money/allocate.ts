/**
 * Splitting an amount in proportion to ratios, exactly, by the largest remainder method.
 * Imports neither zod nor the currency table, so it stays small in a bundle.
 * @module
 */
import { issueFactory } from "../issue.js";
import { coreMessages } from "../messages/core.js";
import { moneyMessages } from "../messages/money.js";
import { fail, ok, type Issue, type Result } from "../result.js";
import { MoneyDecimal, type Amount } from "./decimal.js";
import { describeInput, readDecimal } from "./decimal-text.js";

const coreIssue = /* @__PURE__ */ issueFactory(coreMessages);
const moneyIssue = /* @__PURE__ */ issueFactory(moneyMessages);

/** Largest number of minor-unit decimals {@link allocate} accepts. */
const MAX_MINOR_UNITS = 20;

/** The digits of a non-negative decimal scaled by `10 ** decimals`, as an exact integer. */
function toScaledInteger(value: Amount, decimals: number): bigint {
  const [whole = "0", fraction = ""] = value.abs().toFixed().split(".");
  return BigInt(whole + fraction.padEnd(decimals, "0"));
}

/** An integer count of minor units back as an amount. */
function fromMinorUnits(units: bigint, negative: boolean, decimals: number): Amount {
  const digits = units.toString().padStart(decimals + 1, "0");
  const cut = digits.length - decimals;
  const text = decimals === 0 ? digits : `${digits.slice(0, cut)}.${digits.slice(cut)}`;
  return new MoneyDecimal(negative && units !== 0n ? `-${text}` : text);
}

/**
 * Splits `total` into shares proportional to `ratios`, in whole minor units (cents with the
 * default `minorUnits = 2`), by the largest remainder method:
 *
 * - exact: the shares always add up to `total`, with no rounding drift;
 * - fair: each share differs from its exact share `total × ratio / sum(ratios)` by less than one
 *   minor unit;
 * - deterministic: the leftover minor units go to the largest remainders, ties to the earlier
 *   index;
 * - symmetric: `allocate(-t, r)` is `allocate(t, r)` with every share negated;
 * - a zero ratio gets exactly zero.
 *
 * Ratios may be numbers (read through their shortest string, never by float arithmetic),
 * decimal strings or amounts. Fails with `core.invalid-ratios` for an empty list, a negative,
 * non-finite or unreadable ratio, or all zeros; with `core.finer-than-minor-unit` when `total`
 * has more decimals than `minorUnits`; with `core.invalid-minor-units` unless `minorUnits` is a
 * whole number from 0 to 20.
 *
 * @example
 * ```ts
 * import { allocate, amount } from "iacml/core";
 * const r = allocate(amount("100.00"), [1, 1, 1]);
 * if (r.ok) console.log(r.value.map(String)); // ["33.34", "33.33", "33.33"]
 * allocate(amount("-10"), ["0.5", "0.25", "0.25"], 0); // ok: -5, -3, -2
 * ```
 */
export function allocate(
  total: Amount,
  ratios: readonly (number | string | Amount)[],
  minorUnits = 2,
): Result<Amount[]> {
  if (!Number.isInteger(minorUnits) || minorUnits < 0 || minorUnits > MAX_MINOR_UNITS) {
    return fail([
      moneyIssue(
        "core.invalid-minor-units",
        { input: describeInput(minorUnits), max: MAX_MINOR_UNITS },
        { path: ["minorUnits"] },
      ),
    ]);
  }
  const totalValue = readDecimal(total);
  if (totalValue === undefined) {
    return fail([coreIssue("core.invalid-amount", { input: describeInput(total) }, { path: ["total"] })]);
  }
  if (totalValue.decimalPlaces() > minorUnits) {
    return fail([
      moneyIssue(
        "core.finer-than-minor-unit",
        { input: totalValue.toFixed(), digits: minorUnits },
        { path: ["total"] },
      ),
    ]);
  }

  const issues: Issue[] = [];
  const ratioValues: Amount[] = [];
  for (let index = 0; index < ratios.length; index++) {
    const ratio = ratios[index];
    const value = readDecimal(ratio);
    if (value === undefined || value.isNegative()) {
      issues.push(coreIssue("core.invalid-ratios", { input: describeInput(ratio) }, { path: ["ratios", index] }));
    } else {
      ratioValues.push(value);
    }
  }
  if (issues.length > 0) return fail(issues);
  if (ratioValues.every((value) => value.isZero())) {
    return fail([coreIssue("core.invalid-ratios", { input: `[${ratios.length} ratios]` }, { path: ["ratios"] })]);
  }

  const ratioDecimals = Math.max(...ratioValues.map((value) => value.decimalPlaces()));
  const weights = ratioValues.map((value) => toScaledInteger(value, ratioDecimals));
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0n);
  const units = toScaledInteger(totalValue, minorUnits);

  const floors = weights.map((weight) => (units * weight) / weightSum);
  const remainders = weights.map((weight) => (units * weight) % weightSum);
  let leftover = units - floors.reduce((sum, share) => sum + share, 0n);
  const byRemainder = remainders
    .map((remainder, index) => ({ remainder, index }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  const shares = [...floors];
  for (const { index } of byRemainder) {
    if (leftover === 0n) break;
    shares[index] = shares[index]! + 1n;
    leftover -= 1n;
  }
  const negative = totalValue.isNegative();
  return ok(shares.map((share) => fromMinorUnits(share, negative, minorUnits)));
}
