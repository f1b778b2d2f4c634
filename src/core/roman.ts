/**
 * Roman numerals, as used for conference editions (XXI IACML) and OAS series classifications
 * (OEA/Ser.K/XII).
 * @module
 */
import { issueFactory } from "./issue.js";
import { checkTextInput, excerpt, resolveLimits, type Limits } from "./limits.js";
import { coreMessages } from "./messages/core.js";
import { fail, ok, type Result } from "./result.js";

const coreIssue = /* @__PURE__ */ issueFactory(coreMessages);

/** The canonical spellings of 0-9 in each decimal place, ones first. */
const PLACES: readonly (readonly string[])[] = [
  ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"],
  ["", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"],
  ["", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM"],
  ["", "M", "MM", "MMM"],
];

/**
 * Writes a whole number from 1 to 3999 in canonical roman numerals (subtractive notation:
 * `IV`, `XC`, `CM`). For numbers you trust; throws a `RangeError` for anything else.
 *
 * @example
 * ```ts
 * import { toRoman } from "iacml/core";
 * toRoman(22); // "XXII"
 * toRoman(1994); // "MCMXCIV"
 * ```
 */
export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) {
    throw new RangeError(`${n} cannot be written in roman numerals (1 to 3999)`);
  }
  let text = "";
  for (let place = 3, rest = n; place >= 0; place--) {
    const unit = 10 ** place;
    text += PLACES[place]![Math.floor(rest / unit)]!;
    rest %= unit;
  }
  return text;
}

/**
 * Options of {@link fromRoman}.
 *
 * @example
 * ```ts
 * import { fromRoman, type FromRomanOptions } from "iacml/core";
 * const options: FromRomanOptions = { allowLowerCase: true };
 * fromRoman("xxii", options); // { ok: true, value: 22 }
 * ```
 */
export interface FromRomanOptions {
  /** Also accept lower-case numerals (`xxi`): the ASCII letters `i v x l c d m` only. Default `false`. */
  readonly allowLowerCase?: boolean;
  /** Bounds of the work (text length); see `DEFAULT_LIMITS`. */
  readonly limits?: Partial<Limits>;
}

/** Upper-cases the ASCII roman letters only: no other letter (dotless ı, long ſ …) becomes one. */
const asciiUpper = (text: string): string => text.replace(/[ivxlcdm]/g, (c) => c.toUpperCase());

function readOptions(options: unknown): { lower: boolean; limits: unknown } {
  try {
    if (typeof options !== "object" || options === null) return { lower: false, limits: undefined };
    const o = options as Record<string, unknown>;
    return { lower: o.allowLowerCase === true, limits: o.limits };
  } catch {
    return { lower: false, limits: undefined };
  }
}

/**
 * Reads a roman numeral in strict canonical form, the only form {@link toRoman} writes: upper
 * case, subtractive pairs `IV IX XL XC CD CM` only, no letter repeated more than three times.
 * So `IIII`, `VX`, `IC`, `XXXX` and `MMMM` are rejected. Lower case is rejected by default,
 * because in the source documents lower-case `i`, `v`, `x` are list-item letters (`7.i`); pass
 * `{ allowLowerCase: true }` to accept it. Fails with `core.invalid-roman` (with a span from the
 * first character that breaks the canonical form) or, for four or more leading `M`s,
 * `core.roman-out-of-range`. Lower case means the ASCII letters only: `fromRoman("xxı", { allowLowerCase: true })`
 * (a Turkish dotless ı) is invalid. Text longer than `limits.maxTextLength` is one
 * `core.input-too-long` issue; messages quote a short excerpt. Never throws.
 *
 * @example
 * ```ts
 * import { fromRoman } from "iacml/core";
 * fromRoman("XXI"); // { ok: true, value: 21 }
 * fromRoman("IIII").ok; // false
 * fromRoman("xxii", { allowLowerCase: true }); // { ok: true, value: 22 }
 * ```
 */
export function fromRoman(text: unknown, options: FromRomanOptions = {}): Result<number> {
  if (typeof text !== "string") {
    return fail([coreIssue("core.invalid-roman", { input: text === null ? "null" : typeof text })]);
  }
  const { lower, limits } = readOptions(options);
  const checked = checkTextInput(text, resolveLimits(limits));
  if (!checked.ok) return checked;
  return readRoman(text, lower);
}

function readRoman(text: string, lower: boolean): Result<number> {
  const source = lower ? asciiUpper(text) : text;
  let position = 0;
  let value = 0;
  for (let place = 3; place >= 0; place--) {
    const spellings = PLACES[place]!;
    let digit = 0;
    for (let d = 1; d < spellings.length; d++) {
      const spelling = spellings[d]!;
      if (spelling.length > spellings[digit]!.length && source.startsWith(spelling, position)) digit = d;
    }
    position += spellings[digit]!.length;
    value += digit * 10 ** place;
  }
  const span = { start: position, end: text.length };
  if (value > 0 && position === text.length) return ok(value);
  if (text.length > 0 && /^M{4,}/.test(source) && readRoman(source.slice(3).replace(/^M+/, "") || "I", false).ok) {
    return fail([
      coreIssue("core.roman-out-of-range", { input: excerpt(text) }, { span: { start: 0, end: text.length } }),
    ]);
  }
  return fail([
    coreIssue(
      "core.invalid-roman",
      { input: excerpt(text) },
      { span: text.length === 0 ? { start: 0, end: 0 } : span },
    ),
  ]);
}
