/**
 * Dates as the Secretariat's documents write them.
 * @module
 */
import type { Locale } from "../core/messages/catalog.js";
import { dateParts, type PlainDate, type PlainMonth } from "../core/plain-date.js";
import { MONTHS_EN, MONTHS_ES } from "../core/date-spec/month-names.js";
import type { DateSpec } from "../core/date-spec/types.js";

const monthName = (m: number, l: Locale) => (l === "en" ? MONTHS_EN : MONTHS_ES)[m - 1]!;
const ofYear = (y: number | string, l: Locale) => (l === "en" ? ` ${y}` : ` de ${y}`);

function monthText(m: PlainMonth, l: Locale, withYear = true): string {
  const year = m.slice(0, 4);
  const name = monthName(Number(m.slice(5, 7)), l);
  return withYear ? `${name}${ofYear(year, l)}` : name;
}

function dayText(d: PlainDate, l: Locale, withYear = true): string {
  const { year, month, day } = dateParts(d);
  if (l === "en") return `${monthName(month, l)} ${day}${withYear ? `, ${year}` : ""}`;
  return `${day} de ${monthName(month, l)}${withYear ? ` de ${year}` : ""}`;
}

function daysText(start: PlainDate, end: PlainDate, l: Locale): string {
  if (start === end) return dayText(start, l);
  const a = dateParts(start);
  const b = dateParts(end);
  if (a.year === b.year && a.month === b.month) {
    const two = b.day === a.day + 1;
    if (l === "en") return `${monthName(a.month, l)} ${a.day}${two ? " and " : "–"}${b.day}, ${b.year}`;
    return `${a.day}${two ? " y " : " al "}${b.day} de ${monthName(b.month, l)} de ${b.year}`;
  }
  const sameYear = a.year === b.year;
  if (l === "en") return `${dayText(start, l, !sameYear)} – ${dayText(end, l)}`;
  return `del ${dayText(start, l, !sameYear)} al ${dayText(end, l)}`;
}

function monthsText(start: PlainMonth, end: PlainMonth, l: Locale): string {
  const sameYear = start.slice(0, 4) === end.slice(0, 4);
  if (l === "en") return `${monthText(start, l, !sameYear)}–${monthText(end, l)}`;
  return `${monthText(start, l, !sameYear)} a ${monthText(end, l)}`;
}

const wholeYear = (start: string, end: string): boolean =>
  start.slice(0, 4) === end.slice(0, 4) && start.endsWith("-01-01") && end.endsWith("-12-31");

function lastDay(month: PlainMonth): number {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][
    m - 1
  ]!;
}

/** The whole months a window covers exactly, when it does (`2024-04-01`…`2024-05-31`). */
function windowMonths(start: PlainDate, end: PlainDate): [PlainMonth, PlainMonth] | undefined {
  if (!start.endsWith("-01")) return undefined;
  const last = end.slice(0, 7) as PlainMonth;
  return Number(end.slice(8, 10)) === lastDay(last) ? [start.slice(0, 7) as PlainMonth, last] : undefined;
}

const orWord = (next: string, l: Locale) => (l === "en" ? "or" : /^(o|ho|8|11\b)/i.test(next) ? "u" : "o");
const andWord = (next: string, l: Locale) => (l === "en" ? "and" : /^(i|hi)(?!e)/i.test(next) ? "e" : "y");

type Word = (next: string, l: Locale) => string;

function join(texts: readonly string[], word: Word, l: Locale): string {
  if (texts.length <= 1) return texts[0] ?? "";
  const last = texts[texts.length - 1]!;
  return `${texts.slice(0, -1).join(", ")} ${word(last, l)} ${last}`;
}

/** Months of one year written once: "April or May 2024", "marzo y julio de 2024". */
function sameYearMonths(specs: readonly DateSpec[], l: Locale, word: Word): string | undefined {
  const months = specs.map((s) => (s.kind === "month" ? s.month : undefined));
  if (months.length < 2 || months.some((m) => m === undefined || m.slice(0, 4) !== months[0]!.slice(0, 4)))
    return undefined;
  return `${join(
    months.map((m) => monthText(m!, l, false)),
    word,
    l,
  )}${ofYear(months[0]!.slice(0, 4), l)}`;
}

/** Single days of one month written once: "September 10 and 15, 2020". */
function sameMonthDays(specs: readonly DateSpec[], l: Locale): string | undefined {
  const days = specs.map((s) => (s.kind === "days" && s.start === s.end ? s.start : undefined));
  if (days.length < 2 || days.some((d) => d === undefined || d.slice(0, 7) !== days[0]!.slice(0, 7))) return undefined;
  const { year, month } = dateParts(days[0]!);
  const nums = days.map((d) => String(dateParts(d!).day));
  return l === "en"
    ? `${monthName(month, l)} ${join(nums, andWord, l)}, ${year}`
    : `${join(nums, andWord, l)} de ${monthName(month, l)} de ${year}`;
}

/** Single days of one year written with the year once: "July 14 and August 27, 2021". */
function sameYearDays(specs: readonly DateSpec[], l: Locale): string | undefined {
  const days = specs.map((s) => (s.kind === "days" && s.start === s.end ? s.start : undefined));
  if (days.length < 2 || days.some((d) => d === undefined || d.slice(0, 4) !== days[0]!.slice(0, 4))) return undefined;
  const year = days[0]!.slice(0, 4);
  const texts = days.map((d) => dayText(d!, l, false));
  return l === "en" ? `${join(texts, andWord, l)}, ${year}` : `${join(texts, andWord, l)} de ${year}`;
}

const TBC: Readonly<Record<Locale, string>> = { en: "to be confirmed", es: "por confirmar" };

/**
 * Writes a date as the Secretariat's documents do, in English or Spanish: "September 21 and
 * 22, 2023" / "21 y 22 de septiembre de 2023", "July 28–30, 2021", "April or May 2024" / "abril
 * o mayo de 2024", "January 27, 2023 and January 2024", a date known only to fall in a year as
 * "2021", a date to be confirmed within whole months as "April–May 2024 (to be confirmed)".
 * Never an ISO date.
 *
 * @example
 * ```ts
 * import { documentDate } from "iacml/reports";
 * import { onDays, oneOf, inMonth } from "iacml/core";
 * documentDate(onDays("2023-09-21", "2023-09-22"), "en"); // "September 21 and 22, 2023"
 * documentDate(oneOf(inMonth("2024-04"), inMonth("2024-05")), "es"); // "abril o mayo de 2024"
 * ```
 */
export function documentDate(spec: DateSpec, locale: Locale = "en"): string {
  const l = locale;
  switch (spec.kind) {
    case "days":
      return daysText(spec.start, spec.end, l);
    case "month":
      return monthText(spec.month, l);
    case "months":
      return monthsText(spec.start, spec.end, l);
    case "all":
      return (
        sameMonthDays(spec.parts, l) ??
        sameYearDays(spec.parts, l) ??
        sameYearMonths(spec.parts, l, andWord) ??
        join(
          spec.parts.map((p) => documentDate(p, l)),
          andWord,
          l,
        )
      );
    case "oneOf":
      return (
        sameYearMonths(spec.options, l, orWord) ??
        join(
          spec.options.map((o) => documentDate(o, l)),
          orWord,
          l,
        )
      );
    case "tbd": {
      const w = spec.within;
      if (w === undefined) return TBC[l];
      if (wholeYear(w.start, w.end)) return w.start.slice(0, 4);
      const months = windowMonths(w.start, w.end);
      const text = months
        ? months[0] === months[1]
          ? monthText(months[0], l)
          : monthsText(months[0], months[1], l)
        : daysText(w.start, w.end, l);
      return `${text} (${TBC[l]})`;
    }
  }
}

/**
 * A month as the documents write a report's date: "September 2023" / "septiembre de 2023".
 *
 * @example
 * ```ts
 * import { documentMonth } from "iacml/reports";
 * import { plainDate } from "iacml/core";
 * documentMonth(plainDate("2023-09-30"), "es"); // "septiembre de 2023"
 * ```
 */
export function documentMonth(day: PlainDate, locale: Locale = "en"): string {
  return monthText(day.slice(0, 7) as PlainMonth, locale);
}

/**
 * A day as the documents write it: "September 30, 2023" / "30 de septiembre de 2023".
 *
 * @example
 * ```ts
 * import { documentDay } from "iacml/reports";
 * import { plainDate } from "iacml/core";
 * documentDay(plainDate("2023-09-30"), "en"); // "September 30, 2023"
 * ```
 */
export function documentDay(day: PlainDate, locale: Locale = "en"): string {
  return dayText(day, locale);
}
