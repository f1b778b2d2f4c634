/**
 * Checks a calendar against rules given as data.
 * @module
 */
import { gapInDays, isAtLeastDaysBefore, isAtLeastMonthsBefore, monthsBetween } from "../core/date-spec/compare.js";
import { certainDays, possibleDays } from "../core/date-spec/bounds.js";
import type { DateRange, DateSpec, Tri } from "../core/date-spec/types.js";
import { findingFactory } from "../core/issue.js";
import { fillTemplate, type Locale } from "../core/messages/catalog.js";
import { calendarMessages } from "../core/messages/calendar.js";
import type { Finding, Severity } from "../core/result.js";
import { fromDayNumber, toDayNumber, type PlainDate } from "../core/plain-date.js";
import { requireLocale } from "../core/options.js";
import { minutesOfDay } from "../entities/process/clock-time.js";
import { intersectRanges, overlapTri, possibleEnvelope, rangesText, rangesWords } from "./day-math.js";
import type { CalendarEvent, CalendarEventKind } from "./event.js";
import { holyWeek } from "./holy-week.js";
import type { CalendarRuleInput } from "./rules.js";
import { isKnownTimeZone, localMinutes, zonedInstant } from "./time-zones.js";

const finding = /* @__PURE__ */ findingFactory(calendarMessages);
type Code = keyof typeof calendarMessages;

/**
 * A finding of a calendar rule: a {@link Finding} with the id of the rule that raised it and
 * its message in the requested locale.
 *
 * @example
 * ```ts
 * import { checkCalendar, type RuleFinding } from "iacml/calendar";
 * const findings: RuleFinding[] = checkCalendar([], [{ kind: "holy-week", id: "holy-week" }]);
 * ```
 */
export interface RuleFinding extends Finding {
  /** Id of the rule that raised it. */
  readonly rule: string;
  /** The message in the requested locale. */
  readonly explanation: string;
}

/**
 * Options of {@link checkCalendar}.
 *
 * @example
 * ```ts
 * import type { CheckCalendarOptions } from "iacml/calendar";
 * const options: CheckCalendarOptions = { locale: "es", includeTentative: true };
 * ```
 */
export interface CheckCalendarOptions {
  /** Language of each finding's `explanation`. Default `en`. */
  readonly locale?: Locale;
  /** Whether tentative and to-be-confirmed events are checked. Default `true`. */
  readonly includeTentative?: boolean;
}

interface Emit {
  (code: Code, params: Record<string, string | number>, tri: Tri, subjects: string[], severity?: Severity): void;
}

const PLANNED: readonly CalendarEventKind[] = ["conference", "meeting", "workshop", "dialogue"];

function titles(prefix: "a" | "b", e: CalendarEvent): Record<string, string> {
  return { [prefix]: e.title.en, [`${prefix}Es`]: e.title.es ?? e.title.en };
}

function concerns(e: CalendarEvent, kinds: readonly CalendarEventKind[], countries?: readonly string[]): boolean {
  if (!kinds.includes(e.kind)) return false;
  if (!countries) return true;
  const where = [e.location?.country, ...(e.participants ?? [])];
  return where.some((c) => c !== undefined && countries.includes(c));
}

/** Whether a spec meets a period, with fast answers from its runs before the exact comparison. */
function meetsPeriod(
  spec: DateSpec,
  possible: readonly DateRange[] | undefined,
  certain: readonly DateRange[],
  p: DateRange,
): Tri {
  if (spec.kind === "days") return spec.start <= p.end && p.start <= spec.end ? "yes" : "no";
  if (possible && !possible.some((r) => r.start <= p.end && p.start <= r.end)) return "no";
  if (certain.some((r) => r.start <= p.end && p.start <= r.end)) return "yes";
  const window = spec.kind === "month" || spec.kind === "months" || (spec.kind === "tbd" && spec.within);
  if (window && possible)
    return possible[0]!.start >= p.start && possible[possible.length - 1]!.end <= p.end ? "yes" : "possibly";
  return overlapTri(spec, { kind: "days", start: p.start, end: p.end });
}

function checkBlackout(
  events: readonly CalendarEvent[],
  periodsOf: (e: CalendarEvent) => readonly DateRange[],
  label: { en: string; es?: string | undefined },
  emit: Emit,
): void {
  for (const e of events) {
    const periods = periodsOf(e);
    if (periods.length === 0) continue;
    const days = e.when.kind === "days";
    const possible = days ? undefined : possibleDays(e.when);
    const certain = days ? [] : certainDays(e.when);
    let tri: Tri = "no";
    const hit: DateRange[] = [];
    for (const p of periods) {
      const answer = meetsPeriod(e.when, possible, certain, p);
      if (answer === "no") continue;
      hit.push(p);
      if (answer === "yes") tri = "yes";
      else if (tri === "no") tri = "possibly";
    }
    if (tri === "no") continue;
    const own = days
      ? [{ start: (e.when as { start: PlainDate }).start, end: (e.when as { end: PlainDate }).end }]
      : possible;
    const shared = hit.flatMap((p) => intersectRanges(own ?? [p], [p]));
    emit(
      tri === "yes" ? "calendar.blackout-certain" : "calendar.blackout-possible",
      {
        ...titles("a", e),
        period: label.en,
        periodEs: label.es ?? label.en,
        days: rangesText(shared),
        daysText: rangesWords(shared, "en"),
        daysTextEs: rangesWords(shared, "es"),
      },
      tri,
      [e.id],
      tri === "yes" ? "error" : "warning",
    );
  }
}

/** Holy Weeks of every year an event may fall in; `cache` keeps each year's week for one call. */
function holyWeeksFor(e: CalendarEvent, cache: Map<number, DateRange>): DateRange[] {
  let first: number;
  let last: number;
  if (e.when.kind === "days") {
    // Years straight from the strings: no day arithmetic for the common case.
    first = Number(e.when.start.slice(0, 4));
    last = Number(e.when.end.slice(0, 4));
  } else {
    const [s, t] = possibleEnvelope(e.when);
    if (!Number.isFinite(s) || !Number.isFinite(t)) return [];
    first = Number(fromDayNumber(s).slice(0, 4));
    last = Number(fromDayNumber(t).slice(0, 4));
  }
  first = Math.max(1583, first);
  const out: DateRange[] = [];
  for (let y = first; y <= last; y++) {
    let week = cache.get(y);
    if (!week) cache.set(y, (week = holyWeek(y)));
    out.push(week);
  }
  return out;
}

function checkGap(
  a: CalendarEvent,
  b: CalendarEvent,
  amount: number,
  unit: "months" | "days",
  emit: Emit,
  deadline: boolean,
): void {
  const tri =
    unit === "months" ? isAtLeastMonthsBefore(a.when, b.when, amount) : isAtLeastDaysBefore(a.when, b.when, amount);
  if (tri === "yes") return;
  const span = unit === "months" ? monthsBetween(a.when, b.when) : gapInDays(a.when, b.when);
  const certain = tri === "no";
  const code: Code = deadline
    ? certain
      ? "calendar.deadline-late-certain"
      : "calendar.deadline-late-possible"
    : certain
      ? "calendar.min-gap-certain"
      : "calendar.min-gap-possible";
  emit(
    code,
    {
      ...titles("a", a),
      ...titles("b", b),
      amount,
      unit,
      min: span?.min ?? "?",
      max: span?.max ?? "?",
      ...gapWords(amount, unit, span),
    },
    certain ? "yes" : "possibly",
    [a.id, b.id],
    certain ? "error" : "warning",
  );
}

const UNIT_WORDS = {
  days: { en: ["day", "days"], es: ["día", "días"] },
  months: { en: ["month", "months"], es: ["mes", "meses"] },
} as const;

/**
 * The words of a gap message: the unit agreeing with the amount ("1 month", "3 days") and, when
 * the gap between the two events is known, how far before the second the first is
 * (" (1 month before it)", " (between 1 and 2 months before it)", " (it comes after it)";
 * nothing when it is not known).
 */
function gapWords(
  amount: number,
  unit: "months" | "days",
  span: { readonly min: number; readonly max: number } | undefined,
): Record<string, string> {
  const words = UNIT_WORDS[unit];
  const pick = (n: number, forms: readonly [string, string]) => (n === 1 ? forms[0] : forms[1]);
  const amountWords = { amountUnit: pick(amount, words.en), amountUnitEs: pick(amount, words.es) };
  if (span === undefined) return { ...amountWords, gapPhrase: "", gapPhraseEs: "" };
  const { min, max } = span;
  const [gapPhrase, gapPhraseEs] =
    max < 0
      ? [" (it comes after it)", " (es posterior)"]
      : min < 0
        ? [` (at most ${max} ${pick(max, words.en)} before it)`, ` (como máximo ${max} ${pick(max, words.es)} antes)`]
        : min === max
          ? [` (${min} ${pick(min, words.en)} before it)`, ` (${min} ${pick(min, words.es)} antes)`]
          : [` (between ${min} and ${max} ${words.en[1]} before it)`, ` (entre ${min} y ${max} ${words.es[1]} antes)`];
  return { ...amountWords, gapPhrase, gapPhraseEs };
}

function insideRange(spec: DateSpec, r: DateRange): Tri {
  const [s, t] = possibleEnvelope(spec);
  if (s >= toDayNumber(r.start) && t <= toDayNumber(r.end)) return "yes";
  return overlapTri(spec, { kind: "days", start: r.start, end: r.end }) === "no" ? "no" : "possibly";
}

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

function checkLocalHours(
  events: readonly CalendarEvent[],
  rule: Extract<CalendarRuleInput, { kind: "local-hours" }>,
  emit: Emit,
): void {
  const earliest = minutesOfDay(rule.earliest ?? "07:00");
  const latest = minutesOfDay(rule.latest ?? "20:00");
  for (const e of events) {
    if (!e.time || e.format === "in-person") continue;
    if (!isKnownTimeZone(e.time.timeZone)) {
      emit("calendar.unknown-time-zone", { timeZone: e.time.timeZone }, "yes", [e.id], "warning");
      continue;
    }
    const possible = possibleDays(e.when);
    if (!possible) continue;
    const certain = new Set(certainDays(e.when).flatMap(expandRange));
    const days = possible.flatMap(expandRange).slice(0, 400);
    const start = minutesOfDay(e.time.start);
    const duration = e.time.end
      ? (minutesOfDay(e.time.end) - start + 1440) % 1440 || 1440
      : (rule.defaultMinutes ?? 120);
    const capitals = rule.capitals.filter((c) => !e.participants || e.participants.includes(c.country));
    for (const capital of capitals) {
      if (!isKnownTimeZone(capital.timeZone)) {
        emit("calendar.unknown-time-zone", { timeZone: capital.timeZone }, "yes", [e.id, capital.country], "warning");
        continue;
      }
      const bad = days.flatMap((day) => {
        const instant = zonedInstant(day, start, e.time!.timeZone);
        const localStart = localMinutes(capital.timeZone, instant);
        const outside = localStart < earliest || localStart + duration > latest;
        return outside ? [{ day, localStart }] : [];
      });
      if (bad.length === 0) continue;
      const sure = bad.length === days.length || bad.some((b) => certain.has(b.day));
      const first = bad.find((b) => certain.has(b.day)) ?? bad[0]!;
      emit(
        sure ? "calendar.local-hours-certain" : "calendar.local-hours-possible",
        {
          ...titles("a", e),
          time: e.time.start,
          timeZone: e.time.timeZone,
          localTime: `${hhmm(first.localStart)}-${hhmm((first.localStart + duration) % 1440)}`,
          city: capital.city,
          country: capital.country,
          earliest: hhmm(earliest),
          latest: hhmm(latest),
          day: first.day,
        },
        sure ? "yes" : "possibly",
        [e.id, capital.country],
        "warning",
      );
    }
  }
}

function expandRange(r: DateRange): PlainDate[] {
  const out: PlainDate[] = [];
  const end = Math.min(toDayNumber(r.end), toDayNumber(r.start) + 400);
  for (let d = toDayNumber(r.start); d <= end; d++) out.push(fromDayNumber(d));
  return out;
}

/**
 * Checks events against rules given as data ({@link CalendarRuleInput}): blackout periods
 * and national holidays, Holy Week (from {@link holyWeek}), minimum gaps in months or days,
 * deadlines before the events they serve, caps on formal meetings in a period, and reasonable
 * local hours of virtual meetings in every participating capital (daylight saving in both
 * hemispheres, from the runtime's time-zone data at the meeting's own instant). Every answer
 * is three-valued: a finding is `certain` when it holds for every reading of imprecise dates,
 * `possible` when for some. Cancelled events are ignored; rules that name a missing event
 * raise `calendar.unknown-event`. Throws a `TypeError` naming the option when `locale` is not a
 * {@link Locale} or `includeTentative` not a boolean.
 *
 * @example
 * ```ts
 * import { checkCalendar, type CalendarEvent } from "iacml/calendar";
 * import { onDays, inMonths, inMonth } from "iacml/core";
 * const base = { status: "tentative", format: "in-person", audiences: ["ministers"] } as const;
 * const events: CalendarEvent[] = [
 *   { ...base, id: "prep", title: { en: "Preparatory meeting" }, kind: "meeting", when: inMonths("2024-07", "2024-08") },
 *   { ...base, id: "xxii", title: { en: "XXII IACML" }, kind: "conference", when: inMonth("2024-11") },
 *   { ...base, id: "ws", title: { en: "Workshop" }, kind: "workshop", when: onDays("2024-03-25", "2024-03-26") },
 * ];
 * const findings = checkCalendar(events, [
 *   { kind: "holy-week", id: "holy-week" },
 *   { kind: "min-gap", id: "prep-3m", before: "prep", after: "xxii", months: 3 },
 * ]);
 * // Holy Week 2024 (certain) and the three-month gap (possible)
 * ```
 */
export function checkCalendar(
  events: readonly CalendarEvent[],
  rules: readonly CalendarRuleInput[],
  options: CheckCalendarOptions = {},
): RuleFinding[] {
  const locale = options.locale === undefined ? "en" : requireLocale(options.locale, "locale");
  const includeTentative = options.includeTentative ?? true;
  if (typeof includeTentative !== "boolean") throw new TypeError("includeTentative must be a boolean");
  const live = events.filter((e) => e.status !== "cancelled" && (includeTentative || e.status === "confirmed"));
  const byId = new Map(live.map((e) => [e.id, e] as const));
  const known = new Set(events.map((e) => e.id));
  const out: RuleFinding[] = [];
  rules.forEach((rule, index) => {
    const emit: Emit = (code, params, tri, subjects, severity) => {
      const all = { ...params, rule: rule.id };
      const f = finding(code, all, {
        certainty: tri === "yes" ? "certain" : "possible",
        subjects,
        path: ["rules", index],
        severity: severity ?? "warning",
      });
      out.push({ ...f, rule: rule.id, explanation: fillTemplate(calendarMessages[code][locale], all) });
    };
    const lookup = (id: string): CalendarEvent | undefined => {
      const e = byId.get(id);
      if (!e && !known.has(id)) emit("calendar.unknown-event", { id }, "yes", [id], "error");
      return e;
    };
    switch (rule.kind) {
      case "blackout": {
        const targets = live.filter((e) => concerns(e, rule.kinds ?? PLANNED, rule.countries));
        const dates = rule.dates as unknown as readonly DateRange[];
        checkBlackout(targets, () => dates, rule.title, emit);
        break;
      }
      case "holy-week": {
        const targets = live.filter((e) => concerns(e, rule.kinds ?? PLANNED, rule.countries));
        const weeks = new Map<number, DateRange>();
        checkBlackout(targets, (e) => holyWeeksFor(e, weeks), { en: "Holy Week", es: "Semana Santa" }, emit);
        break;
      }
      case "min-gap": {
        const a = lookup(rule.before);
        const b = lookup(rule.after);
        if (!a || !b) break;
        if (rule.months !== undefined) checkGap(a, b, rule.months, "months", emit, false);
        if (rule.days !== undefined) checkGap(a, b, rule.days, "days", emit, false);
        break;
      }
      case "deadlines":
        for (const e of live) {
          if (e.serves === undefined) continue;
          const target = lookup(e.serves);
          if (target) checkGap(e, target, rule.minDays ?? 1, "days", emit, true);
        }
        break;
      case "max-meetings": {
        const kinds = rule.kinds ?? ["conference", "meeting"];
        const within = rule.within as unknown as DateRange;
        const counted = live
          .filter((e) => kinds.includes(e.kind))
          .filter((e) => !rule.audiences || e.audiences.some((a) => rule.audiences!.includes(a)))
          .map((e) => ({ e, tri: insideRange(e.when, within) }))
          .filter((x) => x.tri !== "no");
        const sure = counted.filter((x) => x.tri === "yes").length;
        if (counted.length <= rule.max) break;
        const certain = sure > rule.max;
        emit(
          certain ? "calendar.too-many-meetings-certain" : "calendar.too-many-meetings-possible",
          {
            count: certain ? sure : counted.length,
            max: rule.max,
            period: rule.title.en,
            periodEs: rule.title.es ?? rule.title.en,
            start: within.start,
            end: within.end,
            dates: rangesWords([within], "en"),
            datesEs: rangesWords([within], "es"),
          },
          certain ? "yes" : "possibly",
          counted.map((x) => x.e.id).sort(),
          certain ? "error" : "warning",
        );
        break;
      }
      case "local-hours":
        checkLocalHours(live, rule, emit);
        break;
    }
  });
  return out;
}
