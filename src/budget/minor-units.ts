// Internal: exact integer arithmetic on amounts in minor units (cents for USD). The ledger
// carries amounts as decimal strings; sums are kept as safe-integer numbers and spill into a
// BigInt before they could lose a unit, so no Decimal object is made per entry and no float
// rounding ever happens. Amounts come back as Decimal values only at the edges.
import { MoneyDecimal, type Amount } from "../core/money/decimal.js";

/**
 * Reads a plain decimal string as an exact integer count of minor units, or `undefined` when
 * the text is not a plain decimal or has more decimals than `digits` that are not zeros.
 * Short amounts (at most 15 digits, always below 2^53) come back as a number; longer ones as a
 * BigInt.
 */
export function parseMinorUnits(text: string, digits: number): number | bigint | undefined {
  // Fast path without regex or substrings: one pass over the characters, accumulating the
  // integer while it has at most 15 digits (always below 2^53, so exact).
  const length = text.length;
  let index = 0;
  const negative = length > 0 && text.charCodeAt(0) === 45;
  if (negative) index++;
  const start = index;
  let units = 0;
  let count = 0;
  let decimals = -1;
  let significant = 0;
  for (; index < length; index++) {
    const code = text.charCodeAt(index);
    if (code === 46) {
      if (decimals >= 0 || index === start || index === length - 1) return undefined;
      decimals = 0;
      continue;
    }
    if (code < 48 || code > 57) return undefined;
    if (decimals < 0) {
      if (index > start && text.charCodeAt(start) === 48) return undefined; // leading zero
    } else {
      decimals++;
      if (decimals > digits) {
        if (code !== 48) return undefined;
        continue;
      }
    }
    units = units * 10 + (code - 48);
    count++;
    if (units !== 0) significant++;
  }
  if (index === start) return undefined;
  const missing = digits - Math.max(decimals, 0);
  if (count + missing > 15 && significant > 0) return parseLongMinorUnits(text, digits);
  for (let i = 0; i < missing; i++) units *= 10;
  return negative && units !== 0 ? -units : units;
}

/** The slow, exact path for amounts of more than 15 digits. */
function parseLongMinorUnits(text: string, digits: number): bigint {
  const negative = text.charCodeAt(0) === 45;
  const [whole = "", fraction = ""] = (negative ? text.slice(1) : text).split(".");
  const units = BigInt(whole + fraction.slice(0, digits).padEnd(digits, "0"));
  return negative ? -units : units;
}

/** Minor units as a bigint, whichever form they come in. */
export function toBig(units: number | bigint): bigint {
  return typeof units === "bigint" ? units : BigInt(units);
}

/**
 * A running exact sum of minor units: adds numbers while the sum stays a safe integer, and
 * moves it into a BigInt before it would not.
 */
export class MinorSum {
  private small = 0;
  private big = 0n;

  /** Adds minor units (number or bigint). */
  add(units: number | bigint): void {
    if (typeof units === "number") {
      const next = this.small + units;
      if (Number.isSafeInteger(next)) {
        this.small = next;
        return;
      }
      this.big += BigInt(this.small) + BigInt(units);
      this.small = 0;
      return;
    }
    this.big += units;
  }

  /** The exact total. */
  value(): bigint {
    return this.big + BigInt(this.small);
  }
}

/** Minor units back as an exact {@link Amount}. */
export function minorToAmount(units: bigint, digits: number): Amount {
  return new MoneyDecimal(minorToText(units, digits));
}

/** Minor units as a plain decimal string with exactly `digits` decimals ("10000.00"). */
export function minorToText(units: bigint, digits: number): string {
  const negative = units < 0n;
  const text = (negative ? -units : units).toString().padStart(digits + 1, "0");
  const cut = text.length - digits;
  const body = digits === 0 ? text : `${text.slice(0, cut)}.${text.slice(cut)}`;
  return negative ? `-${body}` : body;
}

/** Minor units with thousands separators and no decimals when they are zero ("10,000"). */
export function minorToDisplay(units: bigint, digits: number): string {
  const text = minorToText(units, digits);
  const negative = text.startsWith("-");
  const [whole = "0", fraction = ""] = (negative ? text.slice(1) : text).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const shown = fraction === "" || /^0+$/.test(fraction) ? grouped : `${grouped}.${fraction}`;
  return negative ? `-${shown}` : shown;
}
