/**
 * Reads dates as the source documents write them, in English and Spanish.
 * @module
 */
import { issueFactory } from "../issue.js";
import { coreMessages } from "../messages/core.js";
import { dateSpecMessages } from "../messages/date-spec.js";
import { dateFromParts, fromDayNumber, isPlainMonth, toDayNumber, type PlainMonth } from "../plain-date.js";
import { fail, ok, type Issue, type Result, type Span } from "../result.js";
import { dateSpecBounds } from "./bounds.js";
import { mergeRuns } from "./day-sets.js";
import { monthNumber } from "./month-names.js";
import type { DateSpec } from "./types.js";

/**
 * Options of {@link parseDateSpec}.
 *
 * @example
 * ```ts
 * import { parseDateSpec, type ParseDateSpecOptions } from "iacml/core";
 * const options: ParseDateSpecOptions = { year: 2023, locale: "en" };
 * parseDateSpec("Sep. 21-22", options);
 * ```
 */
export interface ParseDateSpecOptions {
  /** Year for dates written without one ("Sep. 21-22" in a 2023 column). */
  readonly year?: number;
  /** Language the text is expected in; both English and Spanish are always read. */
  readonly locale?: "en" | "es";
}

const issue = /* @__PURE__ */ issueFactory({ ...coreMessages, ...dateSpecMessages });

type Conn = "range" | "and" | "or";
interface Point {
  day?: number;
  month?: number;
  year?: number;
  monthFirst?: boolean;
  s: number;
  e: number;
}
type Leaf = { day: true; date: string } | { day: false; start: string; end: string };

const TOKEN = /(\s+)|(\d+)(?:(?:st|nd|rd|th|º|°)(?!\p{L}))?|(\p{L}+)\.?|([-–—‒−])|(&)|(,)|([.()])|([^])/iuy;
const CONNECTORS: Record<string, Conn> = {
  and: "and", y: "and", e: "and", or: "or", o: "or", u: "or",
  to: "range", al: "range", a: "range", hasta: "range", through: "range", thru: "range", until: "range", till: "range",
};
const FILLERS = ["de", "del", "of", "the", "from", "desde", "in", "en", "on", "el", "between", "entre"];
const TBD =
  /^\s*\(?\s*(?:to\s+be\s+(?:confirmed|determined|defined|decided|announced)|tb[cda]|subject\s+to\s+consultation|(?:fecha\s+)?(?:por|a)\s+(?:confirmar|definir|determinar))\b/iu;
const ISO = /^\s*(\d{4})-(\d{1,2})(?:-(\d{1,2}))?\s*$/;

const pad2 = (n: number) => String(n).padStart(2, "0");
const monthText = (year: number, month: number) => `${String(year).padStart(4, "0")}-${pad2(month)}`;
const lookup = <T>(table: Record<string, T>, key: string): T | undefined =>
  Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;

/** Tokens as points and connectors, or an issue at the first unreadable token. */
function scan(text: string, offset: number): Result<(Point | Conn)[]> {
  const seq: (Point | Conn)[] = [];
  let cur: Point | undefined;
  let between = false;
  const unknown = (s: number, e: number) =>
    fail<(Point | Conn)[]>([issue("core.unknown-date-text", { text: text.slice(s, e) }, { span: { start: s + offset, end: e + offset } })]);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const s = m.index;
    const e = s + m[0].length;
    const point = () => (cur ??= (seq.push({ s, e }), seq[seq.length - 1] as Point));
    let conn: Conn | undefined;
    if (m[1] !== undefined || m[7] !== undefined) continue;
    if (m[2] !== undefined) {
      const v = Number(m[2]);
      const p = point();
      if (m[2].length === 4 && v >= 1 && p.year === undefined) p.year = v;
      else if (m[2].length <= 2 && v >= 1 && v <= 31 && p.day === undefined) p.day = v;
      else return unknown(s, e);
      p.e = e;
      continue;
    }
    if (m[3] !== undefined) {
      const word = m[3].toLowerCase();
      const month = monthNumber(word);
      if (month !== undefined) {
        const p = point();
        if (p.month !== undefined) return unknown(s, e);
        p.month = month;
        p.monthFirst = p.day === undefined;
        p.e = e;
        continue;
      }
      if (FILLERS.includes(word)) {
        between ||= word === "between" || word === "entre";
        continue;
      }
      conn = lookup(CONNECTORS, word);
      if (conn === undefined) return unknown(s, e);
      if (conn === "and" && between) [conn, between] = ["range", false];
    } else if (m[4] !== undefined) conn = "range";
    else if (m[5] !== undefined) conn = "and";
    else if (m[6] !== undefined) {
      if (/^[\s.()]*\d{4}(?!\d)/.test(text.slice(e))) continue;
      conn = "and";
    } else return unknown(s, e);
    if (!cur) return unknown(s, e);
    seq.push(conn);
    cur = undefined;
  }
  return ok(seq);
}

function resolve(points: Point[], text: string, offset: number, defaultYear: number | undefined): Issue[] {
  const span = (p: Point): Span => ({ start: p.s + offset, end: p.e + offset });
  const issues: Issue[] = [];
  let nextYear = defaultYear;
  for (let i = points.length - 1; i >= 0; i--) {
    const p = points[i]!;
    if (p.year !== undefined) nextYear = p.year;
    else if (nextYear !== undefined) p.year = nextYear;
    else issues.push(issue("core.missing-year", { text }, { span: span(p) }));
  }
  const monthFirst = points.find((p) => p.day !== undefined && p.month !== undefined)?.monthFirst ?? true;
  points.forEach((p, i) => {
    if (p.day === undefined || p.month !== undefined) return;
    const before = points.slice(0, i).reverse().find((q) => q.month !== undefined);
    const after = points.slice(i + 1).find((q) => q.month !== undefined);
    p.month = (monthFirst ? (before ?? after) : (after ?? before))?.month;
    if (p.month === undefined) issues.push(issue("core.unknown-date-text", { text: text.slice(p.s, p.e) }, { span: span(p) }));
  });
  return issues;
}

function leafOf(p: Point, text: string, offset: number): Leaf | Issue {
  const year = p.year!;
  if (p.day === undefined) {
    return p.month === undefined
      ? { day: false, start: monthText(year, 1), end: monthText(year, 12) }
      : { day: false, start: monthText(year, p.month), end: monthText(year, p.month) };
  }
  const date = dateFromParts(year, p.month!, p.day);
  if (date) return { day: true, date };
  const params = { text: text.slice(p.s, p.e), year, month: pad2(p.month!), day: pad2(p.day) };
  return issue("core.impossible-date", params, { span: { start: p.s + offset, end: p.e + offset } });
}

function itemSpec(leaves: Leaf[], span: Span, text: string): DateSpec | Issue {
  const [a, b = a] = leaves as [Leaf, Leaf?];
  if (leaves.length > 2) return issue("core.unknown-date-text", { text }, { span });
  if (a.day !== b!.day) return issue("core.mixed-precision-range", { text }, { span });
  const start = a.day ? a.date : a.start;
  const end = b!.day ? b!.date : b!.end;
  if (end < start) return issue("core.date-range-reversed", { start, end }, { span });
  if (a.day) return { kind: "days", start, end } as DateSpec;
  return (leaves.length === 1 && start === end ? { kind: "month", month: start } : { kind: "months", start, end }) as DateSpec;
}

function allSpec(items: DateSpec[]): DateSpec {
  if (!items.every((i) => i.kind === "days")) return items.length === 1 ? items[0]! : { kind: "all", parts: items };
  const runs = mergeRuns(items.map((i) => [toDayNumber(i.start), toDayNumber(i.end)] as const));
  const days = runs.map(([s, e]) => ({ kind: "days", start: fromDayNumber(s), end: fromDayNumber(e) }) as DateSpec);
  return days.length === 1 ? days[0]! : { kind: "all", parts: days };
}

function parseExpression(text: string, offset: number, defaultYear: number | undefined): Result<DateSpec> {
  const iso = ISO.exec(text);
  if (iso) return parseIso(iso, text, offset);
  const scanned = scan(text, offset);
  if (!scanned.ok) return scanned;
  const seq = scanned.value;
  const whole: Span = { start: offset, end: offset + text.length };
  if (seq.length === 0) return fail([issue("core.unknown-date-text", { text }, { span: whole })]);
  if (typeof seq[seq.length - 1] === "string") return fail([issue("core.incomplete-date-text", { text }, { span: whole })]);
  const points = seq.filter((x): x is Point => typeof x !== "string");
  const issues = resolve(points, text, offset, defaultYear);
  if (issues.length > 0) return fail(issues);
  const options: DateSpec[] = [];
  let items: DateSpec[] = [];
  let leaves: Leaf[] = [];
  let first: Point | undefined;
  let last: Point | undefined;
  for (const x of [...seq, "or" as const]) {
    if (typeof x !== "string") {
      const leaf = leafOf(x, text, offset);
      if ("code" in leaf) issues.push(leaf);
      else leaves.push(leaf);
      first ??= x;
      last = x;
      continue;
    }
    if (x === "range") continue;
    if (leaves.length > 0) {
      const span = { start: first!.s + offset, end: last!.e + offset };
      const spec = itemSpec(leaves, span, text.slice(first!.s, last!.e));
      if ("code" in spec) issues.push(spec);
      else items.push(spec);
    }
    [leaves, first] = [[], undefined];
    if (x === "or") {
      if (items.length > 0) options.push(allSpec(items));
      items = [];
    }
  }
  if (issues.length > 0) return fail(issues);
  return ok(options.length === 1 ? options[0]! : { kind: "oneOf", options });
}

function parseIso(m: RegExpExecArray, text: string, offset: number): Result<DateSpec> {
  const span = { start: offset, end: offset + text.length };
  const [year, month] = [Number(m[1]), Number(m[2])];
  if (m[3] === undefined) {
    const value = monthText(year, month);
    return isPlainMonth(value)
      ? ok({ kind: "month", month: value as PlainMonth })
      : fail([issue("core.invalid-month", { input: text.trim() }, { span })]);
  }
  const date = dateFromParts(year, month, Number(m[3]));
  if (date) return ok({ kind: "days", start: date, end: date });
  return fail([issue("core.impossible-date", { text: text.trim(), year, month: pad2(month), day: pad2(Number(m[3])) }, { span })]);
}

/**
 * Reads a date as the documents write it, in English or Spanish, into a {@link DateSpec}.
 * Never throws: unreadable text gives issues with a character `span`.
 *
 * Forms: `Sep 21-22, 2023`, `Sep. 21-22` (with `year`), `September 10 & 15, 2020` (separate
 * days → `all`; listed consecutive days merge into a range), `Oct 31- Nov 10, 2022`,
 * `from September 22 to 24, 2021`, `13 September 2021`, `Jan. 2024`, `Jul-Aug 2024`,
 * `between April and July 2022`, `April or May 2024` (→ `oneOf`), `March and July 2024`,
 * ISO `2024-01-15` and `2024-01`, `21 y 22 de septiembre de 2023`, `julio o agosto de 2024`,
 * `del 31 de octubre al 10 de noviembre de 2022`, `22 al 24 de septiembre de 2021`,
 * `enero de 2024`, `setiembre`; `to be confirmed`, `TBC`, `TBD`, `Subject to consultation`,
 * `por confirmar`, `a confirmar` (→ `tbd`), optionally followed by a window in parentheses,
 * `to be confirmed (July 1–August 31, 2024)` (the window spans the bounds of what follows). Abbreviations with or without a dot, any case,
 * extra spaces, hyphen or en dash, ordinals (`15th`). A missing year comes from the next date
 * that has one, else from `options.year`.
 *
 * Issue codes: `core.unknown-date-text`, `core.missing-year`, `core.impossible-date`,
 * `core.date-range-reversed`, `core.mixed-precision-range`, `core.incomplete-date-text`,
 * `core.invalid-month`, `core.not-a-string`.
 *
 * @example
 * ```ts
 * import { parseDateSpec } from "iacml/core";
 * parseDateSpec("Sep. 21-22", { year: 2023 });
 * // { ok: true, value: { kind: "days", start: "2023-09-21", end: "2023-09-22" } }
 * parseDateSpec("julio o agosto de 2024");
 * // oneOf of the months 2024-07 and 2024-08
 * ```
 */
export function parseDateSpec(text: string, options: ParseDateSpecOptions = {}): Result<DateSpec> {
  if (typeof text !== "string") {
    return fail([issue("core.not-a-string", { type: text === null ? "null" : typeof text })]);
  }
  const year = Number.isInteger(options.year) && options.year! >= 1 && options.year! <= 9999 ? options.year : undefined;
  const tbd = TBD.exec(text);
  if (!tbd) return parseExpression(text, 0, year);
  const from = tbd[0].length + /^[\s.,:;]*/.exec(text.slice(tbd[0].length))![0].length;
  const rest = text.slice(from);
  if (/^[\s.,:;()]*$/.test(rest)) return ok({ kind: "tbd" });
  const window = parseExpression(rest, from, year);
  if (!window.ok) return window;
  const bounds = dateSpecBounds(window.value);
  return ok({ kind: "tbd", within: { start: bounds!.earliest, end: bounds!.latest } });
}
