/**
 * Currency codes from untrusted input, and their minor units.
 * @module
 */
import { issueFactory } from "../issue.js";
import { coreMessages } from "../messages/core.js";
import { fail, ok, type Result } from "../result.js";
import { describeInput } from "./decimal-text.js";
import { currencies, type CurrencyCode } from "./currencies.js";

const coreIssue = /* @__PURE__ */ issueFactory(coreMessages);

/**
 * Whether a value is an active ISO 4217 {@link CurrencyCode} written exactly (upper case).
 *
 * @example
 * ```ts
 * import { isCurrencyCode } from "iacml/core";
 * isCurrencyCode("USD"); // true
 * isCurrencyCode("usd"); // false
 * isCurrencyCode("HRK"); // false (withdrawn in 2023)
 * ```
 */
export function isCurrencyCode(value: unknown): value is CurrencyCode {
  return (
    typeof value === "string" && /^[A-Z]{3}$/.test(value) && Object.prototype.hasOwnProperty.call(currencies, value)
  );
}

/**
 * Reads an ISO 4217 currency code from untrusted input. Letter case is ignored (`"usd"` gives
 * `"USD"`); surrounding spaces are not. Unknown and withdrawn codes fail with
 * `core.unknown-currency`.
 *
 * @example
 * ```ts
 * import { parseCurrency } from "iacml/core";
 * parseCurrency("cad"); // { ok: true, value: "CAD" }
 * parseCurrency("XYZ").ok; // false
 * ```
 */
export function parseCurrency(input: unknown): Result<CurrencyCode> {
  const code = typeof input === "string" ? input.toUpperCase() : undefined;
  if (isCurrencyCode(code)) return ok(code);
  const text = describeInput(input);
  return fail([
    coreIssue(
      "core.unknown-currency",
      { input: text },
      typeof input === "string" ? { span: { start: 0, end: input.length } } : {},
    ),
  ]);
}

/**
 * Number of decimals of a currency's minor unit.
 *
 * @example
 * ```ts
 * import { minorUnits } from "iacml/core";
 * minorUnits("USD"); // 2
 * minorUnits("CLP"); // 0
 * minorUnits("BHD"); // 3
 * ```
 */
export function minorUnits(code: CurrencyCode): number {
  const info = currencies[code];
  if (!info) throw new RangeError(`Unknown currency code: ${String(code)}`);
  return info.minorUnits;
}
