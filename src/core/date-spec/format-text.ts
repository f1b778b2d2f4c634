/**
 * Writes a {@link DateSpec} as readable English or Spanish text.
 * @module
 */
import { requireLocale } from "../options.js";
import { dateParts, type PlainDate, type PlainMonth } from "../plain-date.js";
import { MONTHS_EN, MONTHS_ES } from "./month-names.js";
import { periodMatches } from "./periods.js";
import type { DatePeriod, DateSpec } from "./types.js";

type Lang = "en" | "es";

const yearText = (y: number) => String(y).padStart(4, "0");
const monthName = (m: number, l: Lang) => (l === "en" ? MONTHS_EN : MONTHS_ES)[m - 1]!;
const monthParts = (m: PlainMonth) => ({ year: Number(m.slice(0, 4)), month: Number(m.slice(5, 7)) });

function dayText(d: PlainDate, l: Lang, withYear = true): string {
  const { year, month, day } = dateParts(d);
  if (l === "en") return `${monthName(month, l)} ${day}${withYear ? `, ${yearText(year)}` : ""}`;
  return `${day} de ${monthName(month, l)}${withYear ? ` de ${yearText(year)}` : ""}`;
}

function monthText(m: PlainMonth, l: Lang, withYear = true): string {
  const { year, month } = monthParts(m);
  const y = withYear ? `${l === "en" ? " " : " de "}${yearText(year)}` : "";
  return `${monthName(month, l)}${y}`;
}

function daysText(start: PlainDate, end: PlainDate, l: Lang, nested: boolean): string {
  if (start === end) return dayText(start, l);
  const a = dateParts(start);
  const b = dateParts(end);
  if (a.year === b.year && a.month === b.month) {
    const tail = l === "en" ? `, ${yearText(b.year)}` : ` de ${monthName(b.month, l)} de ${yearText(b.year)}`;
    if (l === "en") return `${monthName(a.month, l)} ${a.day}–${b.day}${tail}`;
    return `${a.day} ${!nested && b.day === a.day + 1 ? "y" : "al"} ${b.day}${tail}`;
  }
  const sameYear = a.year === b.year;
  if (l === "en") return `${dayText(start, l, !sameYear)}–${dayText(end, l)}`;
  return `del ${dayText(start, l, !sameYear)} al ${dayText(end, l)}`;
}

function monthsText(start: PlainMonth, end: PlainMonth, l: Lang): string {
  const sameYear = start.slice(0, 4) === end.slice(0, 4);
  const a = monthText(start, l, !sameYear);
  return l === "en" ? `${a}–${monthText(end, l)}` : `de ${a} a ${monthText(end, l)}`;
}

/** Spanish writes "u" for "or" before a word starting with an o sound. */
function orWord(next: string, l: Lang): string {
  if (l === "en") return "or";
  return /^(o|ho|8|11\b)/i.test(next) ? "u" : "o";
}

function joinList(texts: string[], word: string): string {
  return texts.length <= 2
    ? texts.join(` ${word} `)
    : `${texts.slice(0, -1).join(", ")} ${word} ${texts[texts.length - 1]}`;
}

function compactDays(parts: readonly DateSpec[], l: Lang): string | undefined {
  const days = parts.map((p) => (p.kind === "days" && p.start === p.end ? p.start : undefined));
  if (days.some((d) => d === undefined || d.slice(0, 7) !== days[0]!.slice(0, 7))) return undefined;
  const nums = days.map((d) => String(dateParts(d!).day));
  const { year, month } = dateParts(days[0]!);
  if (l === "en") return `${monthName(month, l)} ${joinList(nums, "and")}, ${yearText(year)}`;
  return `${joinList(nums, "y")} de ${monthName(month, l)} de ${yearText(year)}`;
}

function compactMonths(specs: readonly DateSpec[], l: Lang, word: "and" | "or"): string | undefined {
  const months = specs.map((p) => (p.kind === "month" ? p.month : undefined));
  if (months.some((m) => m === undefined || m.slice(0, 4) !== months[0]!.slice(0, 4))) return undefined;
  const names = months.map((m) => monthText(m!, l, false));
  const y = `${l === "en" ? " " : " de "}${months[0]!.slice(0, 4)}`;
  if (word === "and") return `${joinList(names, l === "en" ? "and" : "y")}${y}`;
  return `${names.reduce((acc, n) => `${acc} ${orWord(n, l)} ${n}`)}${y}`;
}

const ORD_EN = ["first", "second", "third", "fourth"];
const ORD_ES_M = ["primer", "segundo", "tercer", "cuarto"];
const ORD_ES_F = ["primera", "segunda", "tercera", "cuarta"];
const NOUN_EN: Readonly<Record<string, string>> = {
  half: "half",
  semester: "semester",
  quarter: "quarter",
  "four-months": "four-month period",
  fortnight: "fortnight",
};
const NOUN_ES: Readonly<Record<string, readonly [string, boolean]>> = {
  half: ["mitad", true],
  semester: ["semestre", false],
  quarter: ["trimestre", false],
  "four-months": ["cuatrimestre", false],
  fortnight: ["quincena", true],
};
const THIRD_EN: Readonly<Record<string, string>> = { early: "early ", mid: "mid-", late: "late " };
const THIRD_ES: Readonly<Record<string, string>> = {
  early: "a principios de ",
  mid: "a mediados de ",
  late: "a finales de ",
};

/** The words of a period ("third quarter of 2024", "segunda quincena de julio de 2024"). */
function periodText(p: DatePeriod, l: Lang): string {
  if (p.kind === "week")
    return l === "en" ? `week of ${dayText(p.of as PlainDate, l)}` : `semana del ${dayText(p.of as PlainDate, l)}`;
  const whole = p.of.length === 4 ? p.of : monthText(p.of as PlainMonth, l);
  const third = (l === "en" ? THIRD_EN : THIRD_ES)[p.kind];
  if (third !== undefined) return `${third}${whole}`;
  const n = (p.n ?? 1) - 1;
  if (l === "en") return `${ORD_EN[n]} ${NOUN_EN[p.kind]} of ${whole}`;
  const [noun, feminine] = NOUN_ES[p.kind]!;
  return `${(feminine ? ORD_ES_F : ORD_ES_M)[n]} ${noun} de ${whole}`;
}

function write(spec: DateSpec, l: Lang, nested: boolean): string {
  let text = spec.period !== undefined && periodMatches(spec) ? periodText(spec.period, l) : writeKind(spec, l, nested);
  if (spec.originally !== undefined) {
    text += ` (${l === "en" ? "originally scheduled for" : "originalmente prevista para"} ${write(spec.originally, l, false)})`;
  }
  if (spec.note !== undefined && spec.note.trim() !== "") text += ` (${spec.note.trim()})`;
  return text;
}

function writeKind(spec: DateSpec, l: Lang, nested: boolean): string {
  switch (spec.kind) {
    case "days":
      return daysText(spec.start, spec.end, l, nested);
    case "month":
      return monthText(spec.month, l);
    case "months":
      return monthsText(spec.start, spec.end, l);
    case "all":
      return (
        compactDays(spec.parts, l) ??
        compactMonths(spec.parts, l, "and") ??
        joinList(
          spec.parts.map((p) => write(p, l, true)),
          l === "en" ? "and" : "y",
        )
      );
    case "oneOf":
      return (
        compactMonths(spec.options, l, "or") ??
        spec.options.map((o) => write(o, l, true)).reduce((acc, t) => `${acc} ${orWord(t, l)} ${t}`)
      );
    default: {
      const tbd = l === "en" ? "to be confirmed" : "por confirmar";
      return spec.within ? `${tbd} (${daysText(spec.within.start, spec.within.end, l, true)})` : tbd;
    }
  }
}

/**
 * Writes a spec in English or Spanish, as a person would: `September 21–22, 2023` /
 * `21 y 22 de septiembre de 2023`, `April or May 2024` / `abril o mayo de 2024`,
 * `to be confirmed` / `por confirmar`. A `locale` other than `en` or `es` throws a `TypeError`
 * naming it (never a silent Spanish). {@link parseDateSpec} reads the text back to the same
 * spec for days, months, `oneOf` of those or of `all`, `all` of non-adjacent days or months,
 * tbd (with its window in parentheses), periods (`third quarter of 2024` / `tercer trimestre de
 * 2024`, `second half of October 2024` / `segunda mitad de octubre de 2024`, `mid-2024` /
 * `a mediados de 2024`, `week of October 14, 2024` / `semana del 14 de octubre de 2024`), a
 * top-level `note` in parentheses and `originally` as "(originally scheduled for …)" /
 * "(originalmente prevista para …)".
 *
 * @example
 * ```ts
 * import { formatDateSpec, onDays, oneOf, inMonth } from "iacml/core";
 * formatDateSpec(onDays("2023-09-21", "2023-09-22"), "es"); // "21 y 22 de septiembre de 2023"
 * formatDateSpec(oneOf(inMonth("2024-04"), inMonth("2024-05")), "en"); // "April or May 2024"
 * ```
 */
export function formatDateSpec(spec: DateSpec, locale: "en" | "es" = "en"): string {
  return write(spec, requireLocale(locale), false);
}

/**
 * A day written as people read it, in English and in Spanish at once, for the `{date}` and
 * `{dateEs}` params of a message (never the ISO form).
 *
 * @example
 * ```ts
 * import { dayInWords, plainDate } from "iacml/core";
 * dayInWords(plainDate("2024-08-01")); // { en: "August 1, 2024", es: "1 de agosto de 2024" }
 * ```
 */
export function dayInWords(day: PlainDate): { readonly en: string; readonly es: string } {
  const spec: DateSpec = { kind: "days", start: day, end: day };
  return { en: formatDateSpec(spec, "en"), es: formatDateSpec(spec, "es") };
}
