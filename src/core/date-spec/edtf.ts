/**
 * {@link DateSpec} as EDTF (ISO 8601-2 extended date/time format) text.
 *
 * | spec | EDTF |
 * |---|---|
 * | one day | `2023-09-21` |
 * | day range | `2023-09-21/2023-09-22` |
 * | month | `2024-01` |
 * | months | `2024-07/2024-08` |
 * | oneOf | `[2024-04,2024-05]` (set: one of) |
 * | all | `{2020-09-10,2020-09-15}` (list: all of) |
 * | tbd without window | `XXXX-XX-XX` (unspecified day) |
 * | tbd with window | `[2024-07-01..2024-08-31]` (one of the days of the window) |
 * | months with a `period` quarter n | `2024-33` … `2024-36` (ISO 8601-2 sub-year grouping) |
 * | months with a `period` four-months n | `2024-37` … `2024-39` |
 * | months with a `period` semester or half n of a year | `2024-40`, `2024-41` |
 *
 * Other periods (early/mid/late, parts of a month, weeks) have no sub-year grouping and are
 * written as the interval or set of their days; `note` and `originally` are not part of EDTF
 * and are left out. {@link parseEdtf} reads `YYYY-33` … `YYYY-41` back as `months` with the
 * period (a half of a year reads back as a semester); seasons (`21`-`32`) depend on the
 * hemisphere and are refused.
 *
 * Inside a list a day range is written `start..end` (all those days), as ISO 8601-2 does.
 * Beyond ISO 8601-2, and only where the standard has no form: a range of months inside a set
 * or list, and a day range inside a set, are written `start/end`; sets and lists may nest
 * (`[{2020-09-10,2020-09-15},2020-10]`), and a tbd may be a member. The independent `edtf`
 * package reads every form above except these extensions.
 * @module
 */
import { issueFactory } from "../issue.js";
import { checkTextInput, excerpt, resolveLimits, type Limits } from "../limits.js";
import { coreMessages } from "../messages/core.js";
import { dateSpecMessages } from "../messages/date-spec.js";
import { isPlainDate, isPlainMonth, isSupportedYear, MAX_SUPPORTED_YEAR, MIN_SUPPORTED_YEAR } from "../plain-date.js";
import { fail, ok, type Result } from "../result.js";
import { periodMatches, periodSpec } from "./periods.js";
import { MAX_DATE_SPEC_DEPTH } from "./depth.js";
import type { DatePeriod, DateSpec } from "./types.js";

const issue = /* @__PURE__ */ issueFactory({ ...coreMessages, ...dateSpecMessages });
const GROUP_BASE: Readonly<Record<string, number>> = { quarter: 32, "four-months": 36, semester: 39, half: 39 };

/** The ISO 8601-2 sub-year grouping of a months spec's period ("2024-35"), if it has one. */
function grouping(spec: DateSpec): string | undefined {
  const p = spec.period;
  if (!p || spec.kind !== "months" || !/^\d{4}$/.test(p.of) || p.n === undefined || !periodMatches(spec))
    return undefined;
  const base = Object.prototype.hasOwnProperty.call(GROUP_BASE, p.kind) ? GROUP_BASE[p.kind] : undefined;
  return base === undefined ? undefined : `${p.of}-${base + p.n}`;
}

/** The months spec of a sub-year grouping code 33-41. */
function fromGrouping(year: string, code: number): DateSpec | undefined {
  const period: DatePeriod | undefined =
    code >= 33 && code <= 36
      ? { kind: "quarter", n: code - 32, of: year }
      : code >= 37 && code <= 39
        ? { kind: "four-months", n: code - 36, of: year }
        : code === 40 || code === 41
          ? { kind: "semester", n: code - 39, of: year }
          : undefined;
  const spec = period && periodSpec(period);
  return spec && { ...spec, period };
}
const UNSPECIFIED = "XXXX-XX-XX";

function member(spec: DateSpec, inList: boolean): string {
  if (spec.kind === "days" && spec.start !== spec.end) return `${spec.start}${inList ? ".." : "/"}${spec.end}`;
  return toEdtf(spec);
}

/**
 * Writes a spec as EDTF (see the module's table).
 *
 * @example
 * ```ts
 * import { toEdtf, allOf, onDays, toBeDetermined } from "iacml/core";
 * toEdtf(allOf(onDays("2020-09-10"), onDays("2020-09-15"))); // "{2020-09-10,2020-09-15}"
 * toEdtf(toBeDetermined({ start: "2024-07-01", end: "2024-08-31" })); // "[2024-07-01..2024-08-31]"
 * ```
 */
export function toEdtf(spec: DateSpec): string {
  const group = grouping(spec);
  if (group) return group;
  switch (spec.kind) {
    case "days":
      return spec.start === spec.end ? spec.start : `${spec.start}/${spec.end}`;
    case "month":
      return spec.month;
    case "months":
      return `${spec.start}/${spec.end}`;
    case "all":
      return `{${spec.parts.map((p) => member(p, true)).join(",")}}`;
    case "oneOf":
      return `[${spec.options.map((o) => member(o, false)).join(",")}]`;
    default:
      return spec.within ? `[${spec.within.start}..${spec.within.end}]` : UNSPECIFIED;
  }
}

class Invalid extends Error {}

/** Recursive-descent reader over the tokens of one EDTF string, nesting at most MAX_DATE_SPEC_DEPTH. */
function read(tokens: string[]): DateSpec {
  let i = 0;
  let depth = 0;
  const next = () => tokens[i++] ?? "";
  const peek = () => tokens[i] ?? "";
  const range = (sep: string, start: string, end: string): DateSpec => {
    if (end < start) throw new Invalid();
    if (isPlainDate(start) && isPlainDate(end)) return { kind: "days", start, end };
    if (sep === "/" && isPlainMonth(start) && isPlainMonth(end)) return { kind: "months", start, end };
    throw new Invalid();
  };
  const value = (allowDots: boolean): DateSpec => {
    const t = next();
    if (t === "[" || t === "{") return set(t);
    if (t === UNSPECIFIED) return { kind: "tbd" };
    const group = /^(\d{4})-(\d{2})$/.exec(t);
    if (group && Number(group[2]) > 12) {
      const spec = fromGrouping(group[1]!, Number(group[2]));
      if (!spec || peek() === "/" || peek() === "..") throw new Invalid();
      return spec;
    }
    if (!isPlainDate(t) && !isPlainMonth(t)) throw new Invalid();
    const sep = peek();
    if (sep === "/" || (allowDots && sep === "..")) {
      i++;
      return range(sep, t, next());
    }
    return isPlainDate(t) ? { kind: "days", start: t, end: t } : { kind: "month", month: t };
  };
  const set = (open: string): DateSpec => {
    if (++depth > MAX_DATE_SPEC_DEPTH) throw new Invalid();
    const close = open === "[" ? "]" : "}";
    if (open === "[" && tokens[i + 1] === ".." && tokens[i + 3] === "]") {
      const window = range("..", tokens[i]!, tokens[i + 2]!);
      i += 4;
      if (window.kind !== "days") throw new Invalid();
      return { kind: "tbd", within: { start: window.start, end: window.end } };
    }
    const members = [value(open === "{")];
    while (peek() === ",") {
      i++;
      members.push(value(open === "{"));
    }
    if (next() !== close || members.length < 2) throw new Invalid();
    depth--;
    return open === "[" ? { kind: "oneOf", options: members } : { kind: "all", parts: members };
  };
  const spec = value(false);
  if (i !== tokens.length) throw new Invalid();
  return spec;
}

/**
 * Options of {@link parseEdtf}.
 *
 * @example
 * ```ts
 * import { parseEdtf, type ParseEdtfOptions } from "iacml/core";
 * const options: ParseEdtfOptions = { limits: { maxTextLength: 1_000_000 } };
 * parseEdtf("2024-35", options);
 * ```
 */
export interface ParseEdtfOptions {
  /** Bounds of the work (text length); see `DEFAULT_LIMITS`. */
  readonly limits?: Partial<Limits>;
}

/**
 * Reads EDTF text written by {@link toEdtf} (and the same ISO 8601-2 forms with spaces after
 * commas). Never throws: other text gives a `core.invalid-edtf` issue; years outside
 * {@link MIN_SUPPORTED_YEAR}-{@link MAX_SUPPORTED_YEAR} a `core.year-out-of-range` issue; text
 * longer than `limits.maxTextLength` a `core.input-too-long` issue. Sets and lists nest at most
 * `MAX_DATE_SPEC_DEPTH` deep. Linear in the text's length.
 *
 * @example
 * ```ts
 * import { parseEdtf } from "iacml/core";
 * parseEdtf("[2024-04,2024-05]");
 * // { ok: true, value: { kind: "oneOf", options: [{ kind: "month", month: "2024-04" }, { kind: "month", month: "2024-05" }] } }
 * parseEdtf("2024-35"); // the months 2024-07 to 2024-09, period quarter 3
 * parseEdtf("2024-13").ok; // false
 * ```
 */
export function parseEdtf(text: string, options: ParseEdtfOptions = {}): Result<DateSpec> {
  let limitsInput: unknown;
  try {
    limitsInput = typeof options === "object" && options !== null ? options.limits : undefined;
  } catch {
    limitsInput = undefined;
  }
  const checked = checkTextInput(text, resolveLimits(limitsInput));
  if (!checked.ok)
    return checked.issues[0]!.code === "core.not-a-string"
      ? fail([issue("core.invalid-edtf", { input: typeof text })])
      : checked;
  const bad = () => fail<DateSpec>([issue("core.invalid-edtf", { input: excerpt(text) })]);
  const token = /\s*([[\]{},/]|\.\.|XXXX-XX-XX|\d{4}-\d{2}(?:-\d{2})?(?![\d-]))\s*/y;
  const tokens: string[] = [];
  while (token.lastIndex < text.length) {
    const m = token.exec(text);
    if (!m) return bad();
    tokens.push(m[1]!);
  }
  const outside = tokens.find((t) => /^\d/.test(t) && !isSupportedYear(t));
  if (outside) {
    return fail([
      issue("core.year-out-of-range", {
        text: outside,
        year: Number(outside.slice(0, 4)),
        min: MIN_SUPPORTED_YEAR,
        max: MAX_SUPPORTED_YEAR,
      }),
    ]);
  }
  try {
    return ok(read(tokens));
  } catch {
    return bad();
  }
}
