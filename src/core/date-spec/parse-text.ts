/**
 * Reads dates as the IACML and OAS documents write them, in English, Spanish, Portuguese and
 * French.
 * @module
 */
import { issueFactory } from "../issue.js";
import {
  checkTextInput,
  createIssueSink,
  describeType,
  excerpt,
  resolveLimits,
  type IssueSink,
  type Limits,
} from "../limits.js";
import { coreMessages, typeWords } from "../messages/core.js";
import { dateSpecMessages } from "../messages/date-spec.js";
import { limitsMessages } from "../messages/limits.js";
import {
  dateFromParts,
  dayOfWeek,
  daysInMonth,
  fromDayNumber,
  isPlainMonth,
  MAX_SUPPORTED_YEAR,
  MIN_SUPPORTED_YEAR,
  toDayNumber,
  type PlainDate,
  type PlainMonth,
} from "../plain-date.js";
import { fail, ok, type Issue, type Result, type Span } from "../result.js";
import { dateSpecBounds } from "./bounds.js";
import { dayInWords, formatDateSpec } from "./format-text.js";
import { mergeRuns } from "./day-sets.js";
import { mondayOf, periodSpec } from "./periods.js";
import { suggestWord } from "./suggest.js";
import { tokenize, type Tok } from "./tokens.js";
import type { DatePeriod, DatePeriodKind, DateSpec } from "./types.js";
import {
  CONNECTOR_WORDS,
  FILLER_WORDS,
  MONTH_WORDS,
  ORDINAL_WORDS,
  ORIGINALLY_WORDS,
  PART_WORDS,
  ROMAN_ORDINALS,
  TBD_PHRASES,
  THIRD_WORDS,
  WEEK_WORDS,
  WEEKDAY_WORDS,
  WEEKDAYS_EN,
  WEEKDAYS_ES,
  wordIn,
  type Conn,
  type PartNoun,
  type Third,
} from "./vocabulary.js";

/**
 * Options of {@link parseDateSpec}.
 *
 * @example
 * ```ts
 * import { parseDateSpec, type ParseDateSpecOptions } from "iacml/core";
 * const options: ParseDateSpecOptions = { year: 2023, locale: "en", order: "dmy" };
 * parseDateSpec("Sep. 21-22", options);
 * parseDateSpec("07/08/2023", options); // 7 August 2023
 * ```
 */
export interface ParseDateSpecOptions {
  /** Year for dates written without one ("Sep. 21-22" in a 2023 column). */
  readonly year?: number;
  /**
   * Language the text is expected in: `en`, `es`, `pt` or `fr`. Every one of them is always
   * read whatever this says; any other value is a `core.unknown-locale` issue.
   */
  readonly locale?: "en" | "es" | "pt" | "fr";
  /** How numeric dates are written: `dmy` (07/08/2023 is 7 August) or `mdy` (July 8). Without it a numeric date is an issue. */
  readonly order?: "dmy" | "mdy";
  /** Bounds of the work (text length, issues); see `DEFAULT_LIMITS`. */
  readonly limits?: Partial<Limits>;
}

const issue = /* @__PURE__ */ issueFactory({ ...coreMessages, ...dateSpecMessages, ...limitsMessages });

interface Mod {
  kind: DatePeriodKind;
  n?: number;
  t: Tok;
}
interface Point {
  day?: number;
  month?: number;
  year?: number;
  monthFirst?: boolean;
  mod?: Mod;
  weekday?: Tok;
  complete?: boolean;
  s: number;
  e: number;
}
type Leaf =
  | { readonly type: "day"; readonly date: PlainDate }
  | { readonly type: "months"; readonly start: PlainMonth; readonly end: PlainMonth }
  | { readonly type: "window"; readonly spec: DateSpec };

interface Ctx {
  readonly text: string;
  readonly toks: readonly Tok[];
  readonly sink: IssueSink;
  readonly year: number | undefined;
  readonly order: "dmy" | "mdy" | undefined;
  readonly limits: Limits;
  /** Whether unreadable words get a corrected text as suggestion (off inside that re-read). */
  readonly suggest: boolean;
}

const dayWords = (d: PlainDate, l: "en" | "es") => dayInWords(d)[l];
const pad2 = (n: number) => String(n).padStart(2, "0");
const pad4 = (n: number) => String(n).padStart(4, "0");
const monthText = (year: number, month: number) => `${pad4(year)}-${pad2(month)}` as PlainMonth;
const quote = (c: Ctx, s: number, e: number) => excerpt(c.text, { start: s, end: e }, c.limits.excerptLength);
const spanOf = (s: number, e: number): Span => ({ start: s, end: e });

function raise(
  c: Ctx,
  code: Parameters<typeof issue>[0],
  params: Record<string, string | number>,
  s: number,
  e: number,
): void {
  // Once the sink is full only the count matters: no message is built.
  if (c.sink.full) c.sink.add(OMITTED);
  else c.sink.add(issue(code, params, { span: spanOf(s, e) }));
}
const OMITTED: Issue = { code: "core.unknown-date-text", severity: "error", message: "", path: [], params: {} };

const isWord = (t: Tok | undefined, table: Readonly<Record<string, unknown>>): boolean =>
  t?.k === "word" && wordIn(table, t.w) !== undefined;

/** Length of the TBD phrase starting at token i (0 if none). */
function tbdAt(toks: readonly Tok[], i: number, end: number): number {
  for (const phrase of TBD_PHRASES) {
    if (i + phrase.length > end) continue;
    let k = 0;
    while (k < phrase.length && toks[i + k]!.k === "word" && toks[i + k]!.w === phrase[k]) k++;
    if (k === phrase.length) return k;
  }
  return 0;
}

/** The ordinal number written by a token (word, numeral with suffix, upper-case roman), if any. */
function ordinalOf(t: Tok | undefined): number | undefined {
  if (!t) return undefined;
  if (t.k === "num" && t.ord && t.raw.length === 1) return Number(t.raw);
  if (t.k !== "word") return undefined;
  return wordIn(ROMAN_ORDINALS, t.raw) ?? wordIn(ORDINAL_WORDS, t.w);
}

/** A period starting at token i: its modifier and how many tokens it takes, or undefined. */
function periodAt(toks: readonly Tok[], i: number, end: number): { mod: Mod; used: number } | undefined {
  const t = toks[i]!;
  // "Q3", "T2", "H1", "S2": a letter touching one digit.
  if (t.k === "word" && /^[qths]$/.test(t.w) && i + 1 < end) {
    const n = toks[i + 1]!;
    if (n.k === "num" && n.s === t.e && n.raw.length === 1) {
      const kind: DatePeriodKind = t.w === "h" ? "half" : t.w === "s" ? "semester" : "quarter";
      return { mod: { kind, n: Number(n.raw), t: { ...t, e: n.e } }, used: 2 };
    }
  }
  const third = t.k === "word" ? wordIn(THIRD_WORDS, t.w) : undefined;
  if (third) return { mod: { kind: third as Third, t }, used: 1 };
  if (isWord(t, WEEK_WORDS)) return { mod: { kind: "week", t }, used: 1 };
  const n = ordinalOf(t);
  if (n !== undefined && i + 1 < end) {
    const noun = toks[i + 1]!.k === "word" ? wordIn(PART_WORDS, toks[i + 1]!.w) : undefined;
    if (noun) return { mod: { kind: noun as PartNoun, n, t: { ...t, e: toks[i + 1]!.e } }, used: 2 };
  }
  return undefined;
}

const startsDate = (toks: readonly Tok[], i: number, end: number): boolean => {
  const t = toks[i];
  if (!t || i >= end) return false;
  return t.k === "num" || isWord(t, MONTH_WORDS) || isWord(t, WEEKDAY_WORDS) || periodAt(toks, i, end) !== undefined;
};

/** Reads the tokens [from, to) into points and connectors; unreadable runs go to the sink. */
function scan(c: Ctx, from: number, to: number): (Point | Conn)[] | undefined {
  const { toks } = c;
  const seq: (Point | Conn)[] = [];
  const weekdays: Tok[] = [];
  let cur: Point | undefined;
  let between = false;
  let bad: [number, number, boolean] | undefined;
  let failed = false;
  const flushBad = () => {
    if (!bad) return;
    reportUnknown(c, bad[0], bad[1], bad[2]);
    bad = undefined;
    failed = true;
  };
  const unknown = (t: Tok) => {
    if (bad) {
      bad[1] = t.e;
      bad[2] = false;
    } else bad = [t.s, t.e, t.k === "word" && classify(t) !== undefined];
  };
  const point = (t: Tok): Point => {
    if (cur) return cur;
    cur = { s: t.s, e: t.e };
    const w = weekdays.shift();
    if (w) cur.weekday = w;
    seq.push(cur);
    return cur;
  };
  const connect = (conn: Conn, t: Tok) => {
    if (!cur) {
      // Between weekdays ("Monday–Wednesday, 14–16 October") or before a period ("a mediados de").
      if (weekdays.length > 0 || (conn === "range" && startsDate(toks, nextIndex, to) && periodAt(toks, nextIndex, to)))
        return;
      unknown(t);
      return;
    }
    if (
      cur.mod &&
      cur.day === undefined &&
      cur.month === undefined &&
      cur.year === undefined &&
      conn === "range" &&
      t.k === "dash"
    )
      return;
    if (conn === "and" && between) [conn, between] = ["range", false];
    seq.push(conn);
    cur = undefined;
  };
  let nextIndex = from;
  for (let i = from; i < to; i++) {
    if (c.sink.full) return undefined;
    const t = toks[i]!;
    nextIndex = i + 1;
    if (t.k !== "bad" && !(t.k === "word" && classify(t) === undefined)) flushBad();
    switch (t.k) {
      case "num": {
        const used = compoundLength(toks, i, to);
        if (used > 0) {
          const last = toks[i + used - 1]!;
          if (cur) unknown({ ...t, e: last.e });
          else readCompound(c, i, used, point(t));
          i += used - 1;
          continue;
        }
        if (t.ord) {
          const period = periodAt(toks, i, to);
          if (period) {
            if (cur) unknown(t);
            else {
              point(t).mod = period.mod;
              cur!.e = period.mod.t.e;
              i += period.used - 1;
            }
            continue;
          }
        }
        const v = Number(t.raw);
        const p = point(t);
        if (t.raw.length === 4 && !t.ord && p.year === undefined) {
          if (v < MIN_SUPPORTED_YEAR || v > MAX_SUPPORTED_YEAR) {
            raise(
              c,
              "core.year-out-of-range",
              { text: quote(c, t.s, t.e), year: v, min: MIN_SUPPORTED_YEAR, max: MAX_SUPPORTED_YEAR },
              t.s,
              t.e,
            );
            failed = true;
          }
          p.year = v;
        } else if (t.raw.length <= 2 && v >= 1 && v <= 31 && p.day === undefined && !p.complete) p.day = v;
        else {
          unknown(t);
          continue;
        }
        p.e = t.e;
        continue;
      }
      case "word": {
        const month = wordIn(MONTH_WORDS, t.w);
        const period = month === undefined ? periodAt(toks, i, to) : undefined;
        if (period) {
          if (cur) {
            unknown(t);
            continue;
          }
          point(t).mod = period.mod;
          cur!.e = period.mod.t.e;
          i += period.used - 1;
          continue;
        }
        if (month !== undefined) {
          const p = point(t);
          if (p.month !== undefined || p.complete) {
            unknown(t);
            continue;
          }
          p.month = month;
          p.monthFirst = p.day === undefined;
          p.e = t.e;
          continue;
        }
        const weekday = wordIn(WEEKDAY_WORDS, t.w);
        if (weekday !== undefined) {
          if (cur) {
            unknown(t);
            continue;
          }
          weekdays.push(t);
          continue;
        }
        const filler = wordIn(FILLER_WORDS, t.w);
        if (filler !== undefined) {
          between ||= filler === "between";
          continue;
        }
        const conn = wordIn(CONNECTOR_WORDS, t.w);
        if (conn === undefined) unknown(t);
        else connect(conn, t);
        continue;
      }
      case "dash":
        connect("range", t);
        continue;
      case "amp":
        connect("and", t);
        continue;
      case "comma":
      case "semi": {
        const n = toks[i + 1];
        if (t.k === "comma" && weekdays.length > 0 && !cur) continue;
        if (t.k === "comma" && n && i + 1 < to && n.k === "num" && n.raw.length === 4 && !isCompound(toks, i + 1, to))
          continue;
        // A comma between a bare month and its days, as in "September, 22-24, 2021" (not "August, 12 September").
        if (
          t.k === "comma" &&
          cur &&
          cur.monthFirst &&
          cur.day === undefined &&
          cur.year === undefined &&
          !cur.mod &&
          n &&
          i + 1 < to &&
          n.k === "num" &&
          n.raw.length <= 2 &&
          !isCompound(toks, i + 1, to) &&
          !(i + 2 < to && isWord(toks[i + 2], MONTH_WORDS))
        )
          continue;
        if (!cur) {
          unknown(t);
          continue;
        }
        connect("and", t);
        continue;
      }
      case "dot":
      case "colon":
      case "open":
      case "close":
        continue;
      default:
        unknown(t);
    }
  }
  flushBad();
  for (const w of weekdays) {
    reportUnknown(c, w.s, w.e, true);
    failed = true;
  }
  return failed ? undefined : seq;
}

const KNOWN_TABLES: readonly Readonly<Record<string, unknown>>[] = [
  MONTH_WORDS,
  WEEKDAY_WORDS,
  FILLER_WORDS,
  CONNECTOR_WORDS,
  THIRD_WORDS,
  WEEK_WORDS,
  ORDINAL_WORDS,
  PART_WORDS,
];

/** The class of a word token, for grouping unknown words into runs. */
function classify(t: Tok): string | undefined {
  for (const table of KNOWN_TABLES) if (wordIn(table, t.w) !== undefined) return "known";
  if (/^[qths]$/.test(t.w) || wordIn(ROMAN_ORDINALS, t.raw) !== undefined) return "known";
  return undefined;
}

function reportUnknown(c: Ctx, s: number, e: number, known = false): void {
  if (c.sink.full) {
    raise(c, "core.unknown-date-word", {}, s, e);
    return;
  }
  const text = quote(c, s, e);
  const word = c.text.slice(s, Math.min(e, s + 40));
  const near = known ? undefined : suggestWord(word);
  let suggestion = near === undefined ? EXAMPLE : /^\p{Lu}/u.test(word) ? near[0]!.toUpperCase() + near.slice(1) : near;
  if (near !== undefined && c.suggest && c.text.length <= 200) {
    // The whole text with the word corrected, when that reads.
    const corrected = c.text.slice(0, s) + suggestion + c.text.slice(e);
    const sink = createIssueSink(1);
    const again: Ctx = { ...c, text: corrected, toks: tokenize(corrected), sink, suggest: false };
    if (parseText(again) && sink.count === 0) suggestion = excerpt(corrected.trim(), undefined, c.limits.excerptLength);
  }
  raise(c, "core.unknown-date-word", { text, suggestion }, s, e);
}

const EXAMPLE = "September 21–22, 2023";

const isCompound = (toks: readonly Tok[], i: number, to: number): boolean => compoundLength(toks, i, to) > 0;

/** Tokens taken by `2024-01-15`, `2024-01` or `07/08/2023` (`07.08.2023`) at i, else 0. */
function compoundLength(toks: readonly Tok[], i: number, to: number): number {
  const t = toks[i]!;
  const at = (k: number) => (i + k < to ? toks[i + k] : undefined);
  const touch = (k: number) => at(k) !== undefined && at(k)!.s === at(k - 1)!.e;
  if (t.k !== "num" || t.ord) return 0;
  if (
    t.raw.length === 4 &&
    at(1)?.k === "dash" &&
    touch(1) &&
    at(2)?.k === "num" &&
    touch(2) &&
    at(2)!.raw.length === 2
  ) {
    if (at(3)?.k === "dash" && touch(3) && at(4)?.k === "num" && touch(4) && at(4)!.raw.length === 2) return 5;
    return 3;
  }
  const sep = at(1)?.k;
  if (
    t.raw.length <= 2 &&
    (sep === "slash" || sep === "dot") &&
    touch(1) &&
    at(2)?.k === "num" &&
    touch(2) &&
    at(2)!.raw.length <= 2
  ) {
    if (at(3)?.k === sep && touch(3) && at(4)?.k === "num" && touch(4) && at(4)!.raw.length === 4) return 5;
  }
  return 0;
}

/** Reads an ISO or numeric date of `used` tokens at i into a point. */
function readCompound(c: Ctx, i: number, used: number, p: Point): void {
  const t = c.toks[i]!;
  const last = c.toks[i + used - 1]!;
  p.e = last.e;
  p.complete = true;
  const nums = [0, 2, 4].filter((k) => k < used).map((k) => Number(c.toks[i + k]!.raw));
  const text = quote(c, t.s, last.e);
  if (t.raw.length === 4) {
    [p.year, p.month] = [nums[0]!, nums[1]!];
    if (used === 5) p.day = nums[2]!;
  } else if (c.order === undefined) {
    raise(c, "core.ambiguous-numeric-date", { text }, t.s, last.e);
    return;
  } else {
    const [a, b, y] = nums as [number, number, number];
    [p.day, p.month, p.year] = c.order === "dmy" ? [a, b, y] : [b, a, y];
  }
  if (p.year! < MIN_SUPPORTED_YEAR || p.year! > MAX_SUPPORTED_YEAR) {
    raise(
      c,
      "core.year-out-of-range",
      { text, year: p.year!, min: MIN_SUPPORTED_YEAR, max: MAX_SUPPORTED_YEAR },
      t.s,
      last.e,
    );
  } else if (p.month! < 1 || p.month! > 12) {
    raise(c, "core.invalid-month", { input: text }, t.s, last.e);
  }
}

/** Fills missing years (from the next point that has one) and months (from a neighbour), in linear time. */
function resolve(c: Ctx, points: Point[]): void {
  let nextYear = c.year;
  for (let i = points.length - 1; i >= 0; i--) {
    const p = points[i]!;
    if (p.year !== undefined) nextYear = p.year;
    else if (nextYear !== undefined) p.year = nextYear;
    else raise(c, "core.missing-year", { text: quote(c, p.s, p.e) }, p.s, p.e);
  }
  const monthFirst =
    points.find((p) => p.day !== undefined && p.month !== undefined && !p.complete)?.monthFirst ?? true;
  const after: (number | undefined)[] = new Array(points.length);
  let next: number | undefined;
  for (let i = points.length - 1; i >= 0; i--) {
    after[i] = next;
    if (points[i]!.month !== undefined) next = points[i]!.month;
  }
  let before: number | undefined;
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    if (p.day !== undefined && p.month === undefined) {
      p.month = monthFirst ? (before ?? after[i]) : (after[i] ?? before);
      if (p.month === undefined) raise(c, "core.unknown-date-text", { text: quote(c, p.s, p.e) }, p.s, p.e);
    }
    if (p.month !== undefined) before = p.month;
  }
}

function periodOf(c: Ctx, p: Point): Leaf | undefined {
  const mod = p.mod!;
  const fail = () => {
    raise(c, "core.invalid-period", { text: quote(c, p.s, p.e) }, p.s, p.e);
    return undefined;
  };
  let of: string;
  if (mod.kind === "week") {
    if (p.day === undefined) return fail();
    const date = dateFromParts(p.year!, p.month!, p.day);
    if (!date) return fail();
    of = mondayOf(date);
  } else {
    if (p.day !== undefined) return fail();
    of = p.month === undefined ? pad4(p.year!) : monthText(p.year!, p.month);
  }
  let kind = mod.kind;
  if (kind === "fortnight" && p.month === undefined) return fail();
  if (kind === "half" && p.month !== undefined && mod.n === undefined) return fail();
  const n =
    mod.n === -1 ? { half: 2, semester: 2, quarter: 4, "four-months": 3, fortnight: 2 }[kind as PartNoun] : mod.n;
  if (mod.n === -1 && n === undefined) return fail();
  if (kind === "semester" && p.month !== undefined) kind = "half";
  const period: DatePeriod = n === undefined ? { kind, of } : { kind, n, of };
  const spec = periodSpec(period);
  if (!spec) return fail();
  return { type: "window", spec: { ...spec, period } };
}

function leafOf(c: Ctx, p: Point): Leaf | undefined {
  const year = p.year!;
  if (p.mod) return periodOf(c, p);
  if (p.day === undefined) {
    const m = p.month === undefined ? undefined : monthText(year, p.month);
    if (m !== undefined && !isPlainMonth(m)) return undefined;
    if (p.weekday) {
      reportUnknown(c, p.weekday.s, p.weekday.e, true);
      return undefined;
    }
    return m === undefined
      ? { type: "months", start: monthText(year, 1), end: monthText(year, 12) }
      : { type: "months", start: m, end: m };
  }
  const date = dateFromParts(year, p.month!, p.day);
  if (!date) {
    const first = monthText(year, p.month!) as PlainMonth;
    const params = {
      text: quote(c, p.s, p.e),
      year,
      month: pad2(p.month!),
      day: pad2(p.day),
      monthName: formatDateSpec({ kind: "month", month: first }, "en"),
      monthNameEs: formatDateSpec({ kind: "month", month: first }, "es"),
      days: daysInMonth(year, p.month!),
    };
    raise(c, "core.impossible-date", params, p.s, p.e);
    return undefined;
  }
  if (p.weekday) {
    const actual = dayOfWeek(date);
    const written = wordIn(WEEKDAY_WORDS, p.weekday.w)!;
    if (actual !== written) {
      raise(
        c,
        "core.weekday-mismatch",
        {
          text: quote(c, p.weekday.s, p.e),
          written: p.weekday.raw,
          date: dayWords(date, "en"),
          dateEs: dayWords(date, "es"),
          isoDate: date,
          weekday: WEEKDAYS_EN[actual]!,
          weekdayEs: WEEKDAYS_ES[actual]!,
        },
        p.weekday.s,
        p.e,
      );
      return undefined;
    }
  }
  return { type: "day", date };
}

function itemSpec(c: Ctx, leaves: Leaf[], s: number, e: number): DateSpec | undefined {
  const text = quote(c, s, e);
  if (leaves.length > 2) {
    raise(c, "core.unknown-date-text", { text }, s, e);
    return undefined;
  }
  const a = leaves[0]!;
  const b = leaves[1] ?? a;
  if (leaves.length === 1 && a.type === "window") return a.spec;
  if (a.type === "window" || b.type === "window") return windowRange(c, a, b, s, e);
  if (a.type !== b.type) {
    raise(c, "core.mixed-precision-range", { text }, s, e);
    return undefined;
  }
  const start = a.type === "day" ? a.date : a.start;
  const end = b.type === "day" ? b.date : b.end;
  if (end < start) {
    raise(c, "core.date-range-reversed", { start, end }, s, e);
    return undefined;
  }
  if (a.type === "day") return { kind: "days", start, end } as DateSpec;
  return (
    leaves.length === 1 && start === end ? { kind: "month", month: start } : { kind: "months", start, end }
  ) as DateSpec;
}

/** A range with a period at one end ("from Q1 to Q3 2024", "early to mid-2024"). */
function windowRange(c: Ctx, a: Leaf, b: Leaf, s: number, e: number): DateSpec | undefined {
  const months = (l: Leaf) =>
    l.type === "months"
      ? [l.start, l.end]
      : l.type === "window" && l.spec.kind === "months"
        ? [l.spec.start, l.spec.end]
        : undefined;
  const ma = months(a);
  const mb = months(b);
  if (ma && mb) {
    if (mb[1]! < ma[0]!) {
      raise(c, "core.date-range-reversed", { start: ma[0]!, end: mb[1]! }, s, e);
      return undefined;
    }
    return { kind: "months", start: ma[0]!, end: mb[1]! } as DateSpec;
  }
  const days = (l: Leaf) =>
    l.type === "day"
      ? [l.date, l.date]
      : l.type === "window" && l.spec.kind === "tbd" && l.spec.within
        ? [l.spec.within.start, l.spec.within.end]
        : undefined;
  const da = days(a);
  const db = days(b);
  if (da && db && db[1]! >= da[0]!) return { kind: "tbd", within: { start: da[0]!, end: db[1]! } } as DateSpec;
  raise(c, "core.mixed-precision-range", { text: quote(c, s, e) }, s, e);
  return undefined;
}

function allSpec(items: DateSpec[]): DateSpec {
  if (!items.every((i) => i.kind === "days")) return items.length === 1 ? items[0]! : { kind: "all", parts: items };
  const runs = mergeRuns(
    items.map((i) => (i.kind === "days" ? ([toDayNumber(i.start), toDayNumber(i.end)] as const) : ([0, 0] as const))),
  );
  const days = runs.map(([s, e]) => ({ kind: "days", start: fromDayNumber(s), end: fromDayNumber(e) }) as DateSpec);
  return days.length === 1 ? days[0]! : { kind: "all", parts: days };
}

/** Reads the tokens [from, to) as one date expression. */
function expression(c: Ctx, from: number, to: number): DateSpec | undefined {
  const { toks } = c;
  if (from >= to) return undefined;
  const s0 = toks[from]!.s;
  const e0 = toks[to - 1]!.e;
  const before = c.sink.count;
  const seq = scan(c, from, to);
  if (!seq || c.sink.count > before) return undefined;
  if (seq.length === 0) {
    raise(c, "core.unknown-date-text", { text: quote(c, s0, e0) }, s0, e0);
    return undefined;
  }
  if (typeof seq[seq.length - 1] === "string") {
    raise(c, "core.incomplete-date-text", { text: quote(c, s0, e0) }, s0, e0);
    return undefined;
  }
  const points = seq.filter((x): x is Point => typeof x !== "string");
  resolve(c, points);
  if (c.sink.count > before) return undefined;
  const options: DateSpec[] = [];
  let items: DateSpec[] = [];
  let leaves: Leaf[] = [];
  let first: Point | undefined;
  let last: Point | undefined;
  // The sequence, then a final "or" that closes the last option (no copy of a long sequence).
  for (let k = 0; k <= seq.length; k++) {
    const x = k < seq.length ? seq[k]! : ("or" as const);
    if (c.sink.full) return undefined;
    if (typeof x !== "string") {
      const leaf = leafOf(c, x);
      if (leaf) leaves.push(leaf);
      first ??= x;
      last = x;
      continue;
    }
    if (x === "range") continue;
    if (leaves.length > 0) {
      const spec = itemSpec(c, leaves, first!.s, last!.e);
      if (spec) items.push(spec);
    }
    [leaves, first] = [[], undefined];
    if (x === "or") {
      if (items.length > 0) options.push(allSpec(items));
      items = [];
    }
  }
  if (c.sink.count > before || options.length === 0) return undefined;
  return options.length === 1 ? options[0]! : { kind: "oneOf", options };
}

/** Skips separators (`,` `:` `;` `.` `-`) from i. */
function skipSeparators(toks: readonly Tok[], i: number, to: number): number {
  while (i < to && ["comma", "colon", "semi", "dot", "dash"].includes(toks[i]!.k)) i++;
  return i;
}

/** Skips filler words ("del", "from") from i. */
function skipFillers(toks: readonly Tok[], i: number, to: number): number {
  while (i < to && isWord(toks[i], FILLER_WORDS)) i++;
  return i;
}

/** A main part: a TBD phrase with an optional window, or a date expression. */
function mainPart(c: Ctx, from: number, to: number): { spec: DateSpec; tbd: boolean } | undefined {
  const tbd = tbdAt(c.toks, from, to);
  if (tbd === 0) {
    const spec = expression(c, from, to);
    return spec && { spec, tbd: false };
  }
  const rest = skipSeparators(c.toks, from + tbd, to);
  if (rest >= to) return { spec: { kind: "tbd" }, tbd: true };
  const window = expression(c, rest, to);
  return window && { spec: windowOfSpec(window), tbd: false };
}

function windowOfSpec(spec: DateSpec): DateSpec {
  const bounds = dateSpecBounds(spec);
  return bounds ? { kind: "tbd", within: { start: bounds.earliest, end: bounds.latest } } : { kind: "tbd" };
}

interface Remark {
  from: number;
  to: number;
  /** Text offsets of the remark (inside the parentheses). */
  s: number;
  e: number;
}

/** Reads an "originally scheduled for April 2020" remark; undefined when it is not one. */
function originallyOf(c: Ctx, r: Remark): DateSpec | undefined {
  if (!isWord(c.toks[r.from], ORIGINALLY_WORDS)) return undefined;
  let i = r.from + 1;
  for (let k = 0; k < 4 && i < r.to && !startsDate(c.toks, i, r.to) && tbdAt(c.toks, i, r.to) === 0; k++) i++;
  if (i >= r.to) return undefined;
  const sink = createIssueSink(c.limits.maxIssues);
  const main = mainPart({ ...c, sink }, i, r.to);
  return sink.count === 0 && main ? main.spec : undefined;
}

/** Whether a comma tail is a remark rather than more dates. */
function isRemarkTail(c: Ctx, i: number, to: number): boolean {
  const t = c.toks[i];
  if (!t || i >= to) return false;
  if (tbdAt(c.toks, i, to) > 0 || isWord(t, ORIGINALLY_WORDS)) return true;
  return t.k === "word" && classify(t) === undefined;
}

function parseText(c: Ctx): DateSpec | undefined {
  const { toks } = c;
  // Top-level parentheses are remarks (or a TBD's window); the rest is the main part, of which
  // only the first and last token matter (no array of every token's index).
  let mainFirst = -1;
  let mainLast = -1;
  const remarks: Remark[] = [];
  let depth = 0;
  let open = -1;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.k === "open") {
      if (depth++ === 0) open = i;
      continue;
    }
    if (t.k === "close" && depth > 0) {
      if (--depth === 0) remarks.push({ from: open + 1, to: i, s: t.s, e: t.e });
      continue;
    }
    if (depth === 0 && t.k !== "close") {
      if (mainFirst < 0) mainFirst = i;
      mainLast = i;
    }
  }
  if (depth > 0 && open + 1 < toks.length) {
    // An unclosed parenthesis: read its content as part of the main text.
    if (mainFirst < 0) mainFirst = open + 1;
    mainLast = toks.length - 1;
  }
  // Offsets of each remark's content.
  for (const r of remarks) {
    r.s = toks[r.from - 1]!.e;
    r.e = toks[r.to]!.s;
  }
  let mainFrom: number;
  let mainTo: number;
  if (mainFirst < 0 && remarks.length > 0) {
    const r = remarks.shift()!;
    [mainFrom, mainTo] = [r.from, r.to];
  } else {
    // The main part is contiguous up to the first remark after it; tokens after a remark join it.
    mainFrom = mainFirst < 0 ? 0 : mainFirst;
    mainTo = mainFirst < 0 ? 0 : mainLast + 1;
    for (const r of remarks) if (r.from > mainFrom && r.to < mainTo) return inlineRemark(c, r);
  }
  // A remark after a top-level comma or semicolon.
  for (let i = mainFrom; i < mainTo; i++) {
    const t = toks[i]!;
    if ((t.k === "comma" || t.k === "semi") && isRemarkTail(c, i + 1, mainTo)) {
      remarks.unshift({ from: i + 1, to: mainTo, s: toks[i + 1]!.s, e: toks[mainTo - 1]!.e });
      mainTo = i;
      break;
    }
  }
  if (mainFrom >= mainTo) {
    const s = toks[0]?.s ?? 0;
    raise(c, "core.unknown-date-text", { text: quote(c, s, c.text.length) }, s, c.text.length);
    return undefined;
  }
  const head = mainPart(c, mainFrom, mainTo);
  if (!head) return undefined;
  let spec = head.spec;
  const notes: string[] = [];
  let originally: DateSpec | undefined;
  for (const r of remarks) {
    if (r.from >= r.to) continue;
    if (head.tbd && spec.kind === "tbd" && !spec.within && notes.length === 0 && tbdAt(toks, r.from, r.to) === 0) {
      const sink = createIssueSink(c.limits.maxIssues);
      const window = expression({ ...c, sink }, r.from, r.to);
      if (window && sink.count === 0) {
        spec = windowOfSpec(window);
        continue;
      }
      if (startsDate(toks, skipFillers(toks, r.from, r.to), r.to)) {
        for (const i of sink.issues()) c.sink.add(i);
        return undefined;
      }
    }
    const earlier = originally === undefined ? originallyOf(c, r) : undefined;
    if (earlier) {
      originally = earlier;
      continue;
    }
    notes.push(c.text.slice(toks[r.from]!.s, toks[r.to - 1]!.e).trim());
  }
  if (notes.length > 0) spec = { ...spec, note: notes.join("; ") };
  if (originally) spec = { ...spec, originally };
  return spec;
}

/** A parenthesis inside the main part: one issue at it. */
function inlineRemark(c: Ctx, r: Remark): undefined {
  raise(c, "core.unknown-date-text", { text: quote(c, r.s, r.e) }, r.s, r.e);
  return undefined;
}

const READ_LOCALES: readonly string[] = ["en", "es", "pt", "fr"];

/** An option's value as a message shows it, in English and Spanish. */
function shownOption(value: unknown): { got: string; gotEs: string } {
  if (typeof value === "string")
    return { got: `'${excerpt(value, undefined, 40)}'`, gotEs: `'${excerpt(value, undefined, 40)}'` };
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") {
    const text = excerpt(String(value), undefined, 40);
    return { got: text, gotEs: text };
  }
  const { typeName, typeNameEs } = typeWords(describeType(value));
  return { got: typeName, gotEs: typeNameEs };
}

interface ReadOptions {
  year?: number;
  order?: "dmy" | "mdy";
  limits?: unknown;
  /** Issues with the options themselves (an unknown locale or order, a year out of range). */
  issues: Issue[];
}

/** Reads the options at run time: null or a non-object is none; a bad value is an issue naming it. */
function readOptions(options: unknown): ReadOptions {
  if (typeof options !== "object" || options === null) return { issues: [] };
  const get = (key: string): unknown => {
    try {
      return Object.prototype.hasOwnProperty.call(options, key) ? (options as Record<string, unknown>)[key] : undefined;
    } catch {
      return undefined;
    }
  };
  const issues: Issue[] = [];
  const year = get("year");
  const order = get("order");
  const locale = get("locale");
  if (locale != null && !READ_LOCALES.includes(locale as string)) {
    issues.push(
      issue(
        "core.unknown-locale",
        { got: shownOption(locale).got, expected: "'en', 'es', 'pt', 'fr'" },
        { path: ["locale"] },
      ),
    );
  }
  if (order != null && order !== "dmy" && order !== "mdy") {
    issues.push(issue("core.unknown-date-order", shownOption(order), { path: ["order"] }));
  }
  const goodYear =
    typeof year === "number" && Number.isInteger(year) && year >= MIN_SUPPORTED_YEAR && year <= MAX_SUPPORTED_YEAR;
  if (year != null && !goodYear) {
    issues.push(
      issue(
        "core.invalid-year-option",
        { ...shownOption(year), min: MIN_SUPPORTED_YEAR, max: MAX_SUPPORTED_YEAR },
        { path: ["year"] },
      ),
    );
  }
  return {
    ...(goodYear ? { year: year as number } : {}),
    ...(order === "dmy" || order === "mdy" ? { order } : {}),
    limits: get("limits"),
    issues,
  };
}

/**
 * Reads a date as the documents write it, in English, Spanish, Portuguese or French, into a
 * {@link DateSpec}. Never throws, for any value of `text` and `options`: unreadable text gives
 * issues with a character `span` at the unreadable words and the nearest form that reads.
 *
 * Forms (any case, abbreviations with or without a dot, extra spaces, hyphens or dashes, spaced
 * or not, ordinals on any day: `15th`, `1.º`, `1er`):
 * - days and ranges: `Sep 21-22, 2023`, `Sep. 21-22` (with `year`), `13 September 2021`,
 *   `Oct 31- Nov 10, 2022`, `from September 22 to 24, 2021`, `21 y 22 de septiembre de 2023`,
 *   `del 31 de octubre al 10 de noviembre de 2022`, `du 3 au 5 mars 2024`, `3 e 4 de outubro de 2023`;
 *   separate days `September 10 & 15, 2020` (→ `all`; listed consecutive days merge into a range);
 * - a weekday before a date, checked against it: `Tuesday, 14 March 2023`, `martes 14 de marzo de 2023`;
 * - months: `Jan. 2024`, `Jul-Aug 2024`, `between April and July 2022`, `enero de 2024`, a year `2022`;
 * - alternatives: `April or May 2024`, `julio o agosto de 2024` (→ `oneOf`);
 * - parts of a year or month (→ `months`, or `tbd` with a window, with a `period`; see
 *   {@link DatePeriod} for their days): `first half of 2024`, `second semester of 2023`,
 *   `primer semestre de 2024`, `Q3 2024`, `1er trimestre de 2024`, `primer cuatrimestre`,
 *   `second half of October 2024`, `segunda quincena de julio`, `early 2024`, `mid-2024`,
 *   `late November 2024`, `a mediados de 2024`, `a finales de octubre`, `week of 14 October 2024`;
 * - ISO `2024-01-15`, `2024-01`; numeric `07/08/2023` or `7.8.2023` only with `order`;
 * - to be determined: `to be confirmed`, `TBC`, `TBD`, `Subject to consultation`, `por confirmar`,
 *   `a confirmar`, `à confirmer`, optionally with a window `to be confirmed (July 1–August 31, 2024)`;
 * - remarks in parentheses or after a comma are kept as `note` ("July or August 2024 (at least
 *   three months before the XXII IACML)", "(preliminary)"); "originally scheduled for April
 *   2020" / "originalmente prevista para abril de 2020" is read into `originally`.
 *
 * A missing year comes from the next date that has one, else from `options.year`. Years must lie
 * in {@link MIN_SUPPORTED_YEAR}-{@link MAX_SUPPORTED_YEAR}. Text longer than
 * `limits.maxTextLength` (10,000 characters by default) gives one `core.input-too-long` issue at
 * once; at most `limits.maxIssues` issues are returned. The work is linear in the text's length.
 *
 * Issue codes: `core.unknown-date-word`, `core.unknown-date-text`, `core.missing-year`,
 * `core.impossible-date`, `core.date-range-reversed`, `core.mixed-precision-range`,
 * `core.incomplete-date-text`, `core.invalid-month`, `core.year-out-of-range`,
 * `core.weekday-mismatch`, `core.ambiguous-numeric-date`, `core.invalid-period`,
 * `core.not-a-string`, `core.input-too-long`, `core.too-many-issues`; options checked at run
 * time: `core.unknown-locale` (a `locale` other than `en`, `es`, `pt`, `fr`),
 * `core.unknown-date-order` (an `order` other than `dmy`, `mdy`), `core.invalid-year-option`
 * (a `year` that is not a whole number in the supported range), each with the option as `path`.
 *
 * @example
 * ```ts
 * import { parseDateSpec } from "iacml/core";
 * parseDateSpec("Sep. 21-22", { year: 2023 });
 * // { ok: true, value: { kind: "days", start: "2023-09-21", end: "2023-09-22" } }
 * parseDateSpec("julio o agosto de 2024");
 * // oneOf of the months 2024-07 and 2024-08
 * parseDateSpec("Q3 2024");
 * // { ok: true, value: { kind: "months", start: "2024-07", end: "2024-09", period: { kind: "quarter", n: 3, of: "2024" } } }
 * parseDateSpec("July or August 2024 (at least three months before the XXII IACML)");
 * // oneOf of July and August 2024, note "at least three months before the XXII IACML"
 * ```
 */
export function parseDateSpec(text: string, options: ParseDateSpecOptions = {}): Result<DateSpec> {
  const read = readOptions(options);
  if (read.issues.length > 0) return fail(read.issues);
  const limits = resolveLimits(read.limits);
  const checked = checkTextInput(text, limits);
  if (!checked.ok) return checked;
  const sink = createIssueSink(limits.maxIssues);
  const c: Ctx = {
    text: checked.value,
    toks: tokenize(checked.value),
    sink,
    year: read.year,
    order: read.order,
    limits,
    suggest: true,
  };
  let spec: DateSpec | undefined;
  try {
    spec = parseText(c);
  } catch (error) {
    // Unreachable by design; kept so that the promise "never throws" holds even for a bug.
    sink.add(issue("core.unexpected-error", { where: "parseDateSpec", detail: excerpt(String(error)) }));
  }
  if (spec && sink.count === 0) return ok(spec);
  const issues: Issue[] = sink.issues();
  return fail(issues.length > 0 ? issues : [issue("core.unknown-date-text", { text: excerpt(c.text) })]);
}
