/**
 * Free dates for a new event.
 * @module
 */
import { possibleDays } from "../core/date-spec/bounds.js";
import type { DateSpec } from "../core/date-spec/types.js";
import { issueFactory } from "../core/issue.js";
import { fillTemplate, type Locale } from "../core/messages/catalog.js";
import { calendarMessages } from "../core/messages/calendar.js";
import type { Issue, IssueParams } from "../core/result.js";
import { dayOfWeek, fromDayNumber, toDayNumber, type PlainDate } from "../core/plain-date.js";
import type { EventFormat, LocalizedText } from "../entities/common.js";
import { checkCalendar, type RuleFinding } from "./check.js";
import { conflictChecker } from "./conflict-core.js";
import type { Conflict, FindConflictsOptions } from "./conflicts.js";
import { possibleEnvelope } from "./day-math.js";
import type { CalendarEvent, CalendarEventKind } from "./event.js";
import type { CalendarRuleInput } from "./rules.js";
import { readConflictOptions } from "./conflict-options.js";
import { dateSpecProblem } from "./spec-guard.js";
import { audienceText } from "./label-text.js";

const issue = /* @__PURE__ */ issueFactory(calendarMessages);

/**
 * What a new event needs: how many days, in which window ("April or May 2024" as a
 * DateSpec), for which audiences, where, and how many suggestions to return.
 *
 * @example
 * ```ts
 * import type { SuggestDatesRequest } from "iacml/calendar";
 * import { oneOf, inMonth } from "iacml/core";
 * const request: SuggestDatesRequest = {
 *   durationDays: 2, window: oneOf(inMonth("2024-04"), inMonth("2024-05")),
 *   audiences: ["labor-ministry-officials"], country: "CR",
 * };
 * ```
 */
export interface SuggestDatesRequest {
  /** Id the suggested event gets in its findings. Default `suggested`. */
  readonly id?: string;
  /** Title. Default "New event". */
  readonly title?: LocalizedText;
  /** Kind. Default `workshop`. */
  readonly kind?: CalendarEventKind;
  /** Number of consecutive days (at least 1). */
  readonly durationDays: number;
  /** Where the event may fall; each suggestion lies inside one run of its possible days. */
  readonly window: DateSpec;
  /** Audiences it draws. */
  readonly audiences: readonly string[];
  /** ISO alpha-2 host country. */
  readonly country?: string;
  /** Format. Default `in-person`. */
  readonly format?: EventFormat;
  /** Only Monday-Friday days. Default `true`. */
  readonly weekdaysOnly?: boolean;
  /** How many suggestions at most. Default 5. */
  readonly count?: number;
}

/**
 * A suggested date range, with the reasons it is good and the soft findings it still has
 * (possible conflicts, conflicts with no shared audience, possible rule findings).
 *
 * @example
 * ```ts
 * import { suggestDates, type DateSuggestion } from "iacml/calendar";
 * import { inMonth } from "iacml/core";
 * const s: DateSuggestion[] = suggestDates({ durationDays: 2, window: inMonth("2024-05"), audiences: [] }, []);
 * console.log(s[0]?.start);
 * ```
 */
export interface DateSuggestion {
  /** First day. */
  readonly start: PlainDate;
  /** Last day. */
  readonly end: PlainDate;
  /** The suggested event, as checked. */
  readonly event: CalendarEvent;
  /** Penalty of the soft findings (0 = none); lower ranks first. */
  readonly penalty: number;
  /** Why it is good (info issues with codes `calendar.reason-*`). */
  readonly reasons: readonly Issue[];
  /** Soft conflicts and rule findings it still has. */
  readonly findings: readonly (Conflict | RuleFinding)[];
}

/**
 * Options of {@link suggestDates}: those of {@link FindConflictsOptions} plus the locale of
 * reasons.
 *
 * @example
 * ```ts
 * import type { SuggestDatesOptions } from "iacml/calendar";
 * const options: SuggestDatesOptions = { travelBufferDays: 2, locale: "es" };
 * ```
 */
export type SuggestDatesOptions = FindConflictsOptions;

const NEARBY_DAYS = 14;
const NO_ATTENDANCE: readonly CalendarEventKind[] = ["deadline", "call", "blackout"];

function isHard(f: Conflict | RuleFinding): boolean {
  if (f.certainty !== "certain") return false;
  return "grade" in f ? f.grade !== "low" : f.severity === "error";
}

function penaltyOf(f: Conflict | RuleFinding): number {
  if ("grade" in f) return f.grade === "high" ? 3 : f.grade === "medium" ? 2 : 0.5;
  return f.severity === "error" ? 2 : 1;
}

function reason(code: keyof typeof calendarMessages, params: IssueParams, locale: Locale): Issue {
  const i = issue(code, params, { severity: "info" });
  return locale === "en" ? i : { ...i, message: fillTemplate(calendarMessages[code][locale], params) };
}

function checkRequest(request: SuggestDatesRequest): void {
  if (typeof request !== "object" || request === null) throw new TypeError("request must be an object");
  const { durationDays, window, audiences, count } = request;
  if (typeof durationDays !== "number" || !Number.isInteger(durationDays) || durationDays < 1 || durationDays > 366) {
    throw new TypeError(
      `request.durationDays must be a whole number of days from 1 to 366; got ${String(durationDays)}`,
    );
  }
  const problem = dateSpecProblem(window);
  if (problem) throw new TypeError(`request.window must be a DateSpec: ${problem.detail}`);
  if (!Array.isArray(audiences) || !audiences.every((a) => typeof a === "string")) {
    throw new TypeError("request.audiences must be a list of audience ids");
  }
  if (count !== undefined && (typeof count !== "number" || !Number.isInteger(count) || count < 0)) {
    throw new TypeError(`request.count must be a whole number; got ${String(count)}`);
  }
}

/**
 * Ranked free date ranges for a new event inside a window, against a calendar and rules.
 * A candidate with a certain conflict that shares an audience, or a certain rule finding of
 * severity `error` (Holy Week, a national holiday, a missed gap), is never suggested; the
 * rest are ranked by the penalty of their soft findings, then by distance to the nearest
 * event for the same audiences (farther first, up to 14 days), then by date. Suggestions do
 * not overlap one another. Events with no date or window yet (a `tbd` without `within`)
 * cannot be placed and are left out (see `calendar.not-placeable` in {@link findConflicts}).
 * Throws a `TypeError` naming the field when the request or an option has the wrong type
 * (`durationDays` not a whole number from 1 to 366, `window` not a DateSpec, `locale: "fr"`).
 *
 * @example
 * ```ts
 * import { suggestDates } from "iacml/calendar";
 * import { oneOf, inMonth } from "iacml/core";
 * const suggestions = suggestDates(
 *   { durationDays: 2, window: oneOf(inMonth("2024-04"), inMonth("2024-05")), audiences: ["ministers"], country: "CR" },
 *   [],
 *   [{ kind: "holy-week", id: "holy-week" }],
 * );
 * console.log(suggestions.map((s) => `${s.start} – ${s.end}`));
 * ```
 */
export function suggestDates(
  request: SuggestDatesRequest,
  events: readonly CalendarEvent[],
  rules: readonly CalendarRuleInput[] = [],
  options: SuggestDatesOptions = {},
): DateSuggestion[] {
  const { locale, includeTentative } = readConflictOptions(options);
  checkRequest(request);
  const duration = Math.max(1, Math.floor(request.durationDays));
  const runs = possibleDays(request.window);
  if (!runs) return [];
  const live = events.filter((e) => e.status !== "cancelled" && (includeTentative || e.status === "confirmed"));
  const id = request.id ?? "suggested";
  const audiences = [...request.audiences];
  const horizon = Math.max(NEARBY_DAYS, options.travelBufferDays ?? 1) + 1;
  const first = toDayNumber(runs[0]!.start) - horizon;
  const last = toDayNumber(runs[runs.length - 1]!.end) + horizon;
  const near = live
    .map((e) => ({ e, span: possibleEnvelope(e.when) }))
    // An event with no date or window yet cannot be placed: it neither blocks nor ranks a date.
    .filter(({ span }) => Number.isFinite(span[0]) && Number.isFinite(span[1]) && span[0] <= last && span[1] >= first);
  const conflictsOf = conflictChecker(
    near.map(({ e }) => e),
    options,
    audiences,
  );
  // Rules about the candidate alone (periods, local hours) need no other event; the others
  // (gaps, deadlines, caps) are checked against the whole calendar.
  const isSelf = (r: CalendarRuleInput) => r.kind === "blackout" || r.kind === "holy-week" || r.kind === "local-hours";
  const selfRules = rules.filter(isSelf);
  const calendarRules = rules.filter((r) => !isSelf(r));
  const candidates: DateSuggestion[] = [];
  for (const run of runs) {
    for (let s = toDayNumber(run.start); s + duration - 1 <= toDayNumber(run.end); s++) {
      const start = fromDayNumber(s);
      const end = fromDayNumber(s + duration - 1);
      const days = Array.from({ length: duration }, (_, k) => dayOfWeek(fromDayNumber(s + k)));
      if ((request.weekdaysOnly ?? true) && days.some((d) => d === 0 || d === 6)) continue;
      const event: CalendarEvent = {
        id,
        title: request.title ?? { en: "New event", es: "Nuevo evento" },
        kind: request.kind ?? "workshop",
        when: { kind: "days", start, end },
        status: "tentative",
        format: request.format ?? "in-person",
        ...(request.country ? { location: { country: request.country } } : {}),
        audiences,
      };
      const conflicts = conflictsOf(event) ?? [];
      const ruleFindings = [
        ...(selfRules.length === 0 ? [] : checkCalendar([event], selfRules, { locale, includeTentative })),
        ...(calendarRules.length === 0
          ? []
          : checkCalendar([...live, event], calendarRules, { locale, includeTentative }).filter((f) =>
              f.subjects.includes(id),
            )),
      ];
      const findings = [...conflicts, ...ruleFindings];
      if (findings.some(isHard)) continue;
      const sharing = near.filter(
        ({ e }) => !NO_ATTENDANCE.includes(e.kind) && e.audiences.some((a) => audiences.includes(a)),
      );
      const distances = sharing.map(({ span }) => Math.max(span[0] - (s + duration - 1), s - span[1], 0));
      const nearest = distances.length === 0 ? Infinity : Math.min(...distances);
      const nearestEvent = sharing[distances.indexOf(nearest)]?.e;
      const reasons: Issue[] = [];
      if (findings.length === 0) reasons.push(reason("calendar.reason-no-findings", {}, locale));
      if (nearest > NEARBY_DAYS) {
        reasons.push(
          reason(
            "calendar.reason-no-shared-audience-nearby",
            { audiences: audienceText(audiences, "en"), audiencesEs: audienceText(audiences, "es"), days: NEARBY_DAYS },
            locale,
          ),
        );
      } else if (nearestEvent) {
        reasons.push(
          reason(
            "calendar.reason-nearest-event",
            {
              event: nearestEvent.title.en,
              eventEs: nearestEvent.title.es ?? nearestEvent.title.en,
              days: nearest,
              ...distanceWords(nearest),
            },
            locale,
          ),
        );
      }
      if (days.every((d) => d !== 0 && d !== 6)) reasons.push(reason("calendar.reason-weekdays", {}, locale));
      const penalty = findings.reduce((sum, f) => sum + penaltyOf(f), 0) + Math.max(0, NEARBY_DAYS - nearest) / 100;
      candidates.push({ start, end, event, penalty: Math.round(penalty * 1000) / 1000, reasons, findings });
    }
  }
  candidates.sort((x, y) => x.penalty - y.penalty || (x.start < y.start ? -1 : 1));
  const chosen: DateSuggestion[] = [];
  for (const c of candidates) {
    if (chosen.length >= (request.count ?? 5)) break;
    if (chosen.some((o) => c.start <= o.end && o.start <= c.end)) continue;
    chosen.push(c);
  }
  return chosen;
}

/** A distance in days as words: "on the same days" / "en los mismos días", "1 day away" / "a 1 día", "3 days away" / "a 3 días". */
function distanceWords(days: number): { distance: string; distanceEs: string } {
  if (days === 0) return { distance: "on the same days", distanceEs: "en los mismos días" };
  return days === 1
    ? { distance: "1 day away", distanceEs: "a 1 día" }
    : { distance: `${days} days away`, distanceEs: `a ${days} días` };
}
