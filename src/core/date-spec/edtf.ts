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
 *
 * Inside a list a day range is written `start..end` (all those days), as ISO 8601-2 does.
 * Beyond ISO 8601-2, and only where the standard has no form: a range of months inside a set
 * or list, and a day range inside a set, are written `start/end`; sets and lists may nest
 * (`[{2020-09-10,2020-09-15},2020-10]`), and a tbd may be a member. The independent `edtf`
 * package reads every form above except these extensions.
 * @module
 */
import { issueFactory } from "../issue.js";
import { coreMessages } from "../messages/core.js";
import { isPlainDate, isPlainMonth } from "../plain-date.js";
import { fail, ok, type Result } from "../result.js";
import type { DateSpec } from "./types.js";

const issue = /* @__PURE__ */ issueFactory(coreMessages);
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

/** Recursive-descent reader over the tokens of one EDTF string. */
function read(tokens: string[]): DateSpec {
  let i = 0;
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
    if (!isPlainDate(t) && !isPlainMonth(t)) throw new Invalid();
    const sep = peek();
    if (sep === "/" || (allowDots && sep === "..")) {
      i++;
      return range(sep, t, next());
    }
    return isPlainDate(t) ? { kind: "days", start: t, end: t } : { kind: "month", month: t };
  };
  const set = (open: string): DateSpec => {
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
    return open === "[" ? { kind: "oneOf", options: members } : { kind: "all", parts: members };
  };
  const spec = value(false);
  if (i !== tokens.length) throw new Invalid();
  return spec;
}

/**
 * Reads EDTF text written by {@link toEdtf} (and the same ISO 8601-2 forms with spaces after
 * commas). Never throws: other text gives a `core.invalid-edtf` issue.
 *
 * @example
 * ```ts
 * import { parseEdtf } from "iacml/core";
 * parseEdtf("[2024-04,2024-05]");
 * // { ok: true, value: { kind: "oneOf", options: [{ kind: "month", month: "2024-04" }, { kind: "month", month: "2024-05" }] } }
 * parseEdtf("2024-13").ok; // false
 * ```
 */
export function parseEdtf(text: string): Result<DateSpec> {
  const bad = () => fail<DateSpec>([issue("core.invalid-edtf", { input: String(text) })]);
  if (typeof text !== "string") return bad();
  const token = /\s*([[\]{},/]|\.\.|XXXX-XX-XX|\d{4}-\d{2}(?:-\d{2})?(?![\d-]))\s*/y;
  const tokens: string[] = [];
  while (token.lastIndex < text.length) {
    const m = token.exec(text);
    if (!m) return bad();
    tokens.push(m[1]!);
  }
  try {
    return ok(read(tokens));
  } catch {
    return bad();
  }
}
