/**
 * Conflicts between calendar events: every pair that overlaps (certainly or possibly) or
 * leaves too few travel days, graded by shared audiences, kinds and statuses.
 * @module
 */
import type { DateRange } from "../core/date-spec/types.js";
import { fillTemplate, type Locale } from "../core/messages/catalog.js";
import { calendarConflictMessages as calendarMessages } from "../core/messages/calendar.js";
import type { Finding } from "../core/result.js";
import { internAudiences, linkIds } from "./audiences.js";
import { assess, contextOf, prepare, type Side } from "./conflict-core.js";
import { checkedLocale, readConflictOptions } from "./conflict-options.js";
import type { ConflictRecord } from "./conflict-record.js";
import type { CalendarEvent } from "./event.js";
import { titleParams } from "./label-text.js";
import { groupDigits, omissionParams } from "../core/messages/counts.js";

const CONFLICT_NOUN = { en: ["conflict", "conflicts"], es: ["conflicto", "conflictos"] } as const;

/**
 * How much a conflict matters: `high` when most of the smaller event's audiences are shared
 * (score ≥ 0.5 after weighing statuses), `medium` when some are, `low` when none are or when
 * one side is a deadline or a call (which draw nobody to a room).
 *
 * @example
 * ```ts
 * import type { ConflictGrade } from "iacml/calendar";
 * const g: ConflictGrade = "high";
 * ```
 */
export type ConflictGrade = "high" | "medium" | "low";

/**
 * Options of {@link findConflicts}.
 *
 * @example
 * ```ts
 * import type { FindConflictsOptions } from "iacml/calendar";
 * const options: FindConflictsOptions = { travelBufferDays: 2, includeTentative: false, locale: "es" };
 * ```
 */
export interface FindConflictsOptions {
  /**
   * Free days required between in-person (or hybrid) events in different countries that share
   * an audience, for travel. Default 1.
   */
  readonly travelBufferDays?: number;
  /** Whether tentative and to-be-confirmed events take part. Default `true`. */
  readonly includeTentative?: boolean;
  /** Language of each conflict's `explanation`. Default `en`. */
  readonly locale?: Locale;
  /** Leave out conflicts graded below this. Default `low` (keep all). */
  readonly minGrade?: ConflictGrade;
  /**
   * Audiences that draw on the same people, both ways: `{ "ilo-governing-body": ["cosate",
   * "ceatal", "ministries-of-labor"] }` makes a Governing Body session share audiences with an
   * event for COSATE. Default none (audiences are shared only when equal).
   */
  readonly audienceLinks?: Readonly<Record<string, readonly string[]>>;
  /**
   * At most this many pair conflicts are kept (the first ones the sweep meets, in date order);
   * then one `calendar.conflicts-omitted` finding says how many more there were. Default
   * 100,000; `Infinity` keeps all.
   */
  readonly maxFindings?: number;
}

/**
 * A conflict between two events: a {@link Finding} (code `calendar.overlap-*` or
 * `calendar.too-close-*`, `subjects` the two ids in order) with its grade, score, the shared
 * audiences, the days they share and a plain explanation. {@link findConflicts} also returns,
 * in the same shape, notices that concern no pair: `kind: "not-placeable"` (code
 * `calendar.not-placeable`, one subject: an event with no date or window yet) and
 * `kind: "omitted"` (code `calendar.conflicts-omitted`, no subject, last: how many conflicts
 * `maxFindings` left out); both have grade `low`, score 0 and no days or audiences.
 *
 * Conflicts from {@link findConflicts} compute `message`, `params`, `explanation`,
 * `sharedAudiences`, `certainDays` and `possibleDays` on first read (they are getters, cached);
 * `JSON.stringify` writes every field. To copy one as a plain object use
 * `JSON.parse(JSON.stringify(c))` or {@link conflictToJSON}, not `{ ...c }`.
 *
 * @example
 * ```ts
 * import { findConflicts, type Conflict } from "iacml/calendar";
 * const conflicts: Conflict[] = findConflicts([]);
 * ```
 */
export interface Conflict extends Finding {
  /**
   * `overlap` when they share days, `too-close` when only the travel buffer is missing;
   * `not-placeable` and `omitted` for the notices described above.
   */
  readonly kind: "overlap" | "too-close" | "not-placeable" | "omitted";
  /** How much it matters. */
  readonly grade: ConflictGrade;
  /** Shared-audience ratio weighed by kinds and statuses, 0 to 1. */
  readonly score: number;
  /** Audiences both events draw (every audience of the other event for a blackout). */
  readonly sharedAudiences: readonly string[];
  /** Days both occupy under every reading of their dates. */
  readonly certainDays: readonly DateRange[];
  /** Days both may occupy. */
  readonly possibleDays: readonly DateRange[];
  /** The message in the requested locale. */
  readonly explanation: string;
}

/**
 * The conflict between two events, or `undefined` when they do not clash (disjoint dates with
 * enough travel days, one held inside the other, or one with no date or window yet, which
 * cannot be placed). `calendar` resolves `partOf` chains. Ignores status filtering and
 * `maxFindings` (see {@link findConflicts}). Symmetric in `a` and `b`. Throws a `TypeError`
 * naming the option when an option has the wrong type.
 *
 * @example
 * ```ts
 * import { conflictBetween, type CalendarEvent } from "iacml/calendar";
 * import { onDays } from "iacml/core";
 * const base = { kind: "meeting", status: "confirmed", format: "in-person", audiences: ["ministers"] } as const;
 * const a: CalendarEvent = { ...base, id: "a", title: { en: "A" }, when: onDays("2024-06-10", "2024-06-12") };
 * const b: CalendarEvent = { ...base, id: "b", title: { en: "B" }, when: onDays("2024-06-12") };
 * conflictBetween(a, b)?.certainty; // "certain"
 * ```
 */
export function conflictBetween(
  a: CalendarEvent,
  b: CalendarEvent,
  options: FindConflictsOptions = {},
  calendar: readonly CalendarEvent[] = [a, b],
): Conflict | undefined {
  const read = readConflictOptions(options);
  const byId = new Map(calendar.map((e) => [e.id, e] as const));
  const table = internAudiences([a.audiences, b.audiences], read.links);
  const links = linkIds(read.links, table);
  const x = prepare(a, byId, table, links);
  const y = prepare(b, byId, table, links);
  if (!x || !y) return undefined;
  return assess(x, y, { ...contextOf(read, table), minRank: 0 });
}

/** Rank of a conflict's kind in the order of results: pairs, then notices, the count last. */
const KIND_RANK: Record<Conflict["kind"], number> = { overlap: 0, "too-close": 0, "not-placeable": 1, omitted: 2 };

/** Sort key: first shared (or possible) day, then the subjects. */
function sortKey(c: Conflict): string {
  return `${c.possibleDays[0]?.start ?? ""}\u0000${c.subjects.join("\u0000")}`;
}

/**
 * Orders conflicts as {@link findConflicts} returns them: pairs by first shared (or possible)
 * day, then by their subjects; then the `not-placeable` notices by event id; the `omitted`
 * count last. For `Array.prototype.sort`.
 *
 * @example
 * ```ts
 * import { compareConflicts, findConflicts } from "iacml/calendar";
 * const merged = [...findConflicts([]), ...findConflicts([])].sort(compareConflicts);
 * ```
 */
export function compareConflicts(x: Conflict, y: Conflict): number {
  const rank = (KIND_RANK[x.kind] ?? 0) - (KIND_RANK[y.kind] ?? 0);
  if (rank !== 0) return rank;
  const kx = sortKey(x);
  const ky = sortKey(y);
  return kx < ky ? -1 : kx > ky ? 1 : 0;
}

function notice(
  code: "calendar.not-placeable" | "calendar.conflicts-omitted",
  params: Record<string, string | number>,
  subjects: string[],
  locale: Locale,
): Conflict {
  const message = fillTemplate(calendarMessages[code].en, params);
  return {
    code,
    severity: "warning",
    message,
    path: [],
    params,
    certainty: "certain",
    subjects,
    kind: code === "calendar.not-placeable" ? "not-placeable" : "omitted",
    grade: "low",
    score: 0,
    sharedAudiences: [],
    certainDays: [],
    possibleDays: [],
    explanation: locale === "en" ? message : fillTemplate(calendarMessages[code][locale], params),
  };
}

/**
 * Every pair of events that overlap, certainly or possibly (imprecise dates), or that leave
 * fewer than `travelBufferDays` free days between in-person events in different countries for
 * a shared audience. Cancelled events are ignored, tentative ones by option; an event held
 * inside another (`partOf`) never clashes with it. Each conflict is graded by the audiences
 * the two share (directly or through `audienceLinks`) and by their kinds and statuses, lists
 * the days they share and explains itself in English or Spanish. An event with no date or
 * window yet (a `tbd` without `within`) cannot be placed: it gives one `calendar.not-placeable`
 * notice, not a possible clash with every other event.
 *
 * Sorts the events by their first possible day and sweeps them keeping the events still open:
 * O(n log n + k) for k candidate pairs, never all pairs; audiences are interned once and
 * compared as sorted integer lists; texts and day ranges are built only when read. At most
 * `maxFindings` conflicts (default 100,000) are kept, then one `calendar.conflicts-omitted`
 * notice counts the rest. Results are sorted as {@link compareConflicts} orders them and do not
 * depend on input order. Event ids should be unique. Throws a `TypeError` naming the option
 * when an option has the wrong type (`locale: "fr"`, `travelBufferDays: "2"`).
 *
 * @example
 * ```ts
 * import { findConflicts, type CalendarEvent } from "iacml/calendar";
 * import { inMonth, onDays } from "iacml/core";
 * const events: CalendarEvent[] = [
 *   { id: "xxii", title: { en: "XXII IACML" }, kind: "conference", when: inMonth("2024-11"),
 *     status: "tentative", format: "in-person", location: { country: "CO" }, audiences: ["ministers"] },
 *   { id: "gb-352", title: { en: "ILO Governing Body" }, kind: "external",
 *     when: onDays("2024-10-31", "2024-11-10"), status: "confirmed", format: "in-person",
 *     location: { city: "Geneva", country: "CH" }, audiences: ["ministers", "ilo-governing-body"] },
 * ];
 * for (const c of findConflicts(events)) console.log(c.certainty, c.grade, c.explanation);
 * ```
 */
export function findConflicts(events: readonly CalendarEvent[], options: FindConflictsOptions = {}): Conflict[] {
  const read = readConflictOptions(options);
  const live = events.filter((e) => e.status !== "cancelled" && (read.includeTentative || e.status === "confirmed"));
  const byId = new Map(live.map((e) => [e.id, e] as const));
  const table = internAudiences(
    live.map((e) => e.audiences),
    read.links,
  );
  const links = linkIds(read.links, table);
  const ctx = contextOf(read, table);
  const sides: Side[] = [];
  const unplaceable: CalendarEvent[] = [];
  for (const e of live) {
    const side = prepare(e, byId, table, links);
    if (side) sides.push(side);
    else unplaceable.push(e);
  }
  const n = sides.length;
  const lo = new Float64Array(n);
  const hi = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const s = sides[i]!;
    lo[i] = s.lo;
    hi[i] = s.hi + (s.physical ? read.buffer : 0);
  }
  const order = sweepOrder(lo);
  const found: ConflictRecord[] = [];
  const days: number[] = [];
  const sortDay = { day: -Infinity };
  let omitted = 0;
  let active: number[] = [];
  let next: number[] = [];
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    const start = lo[i]!;
    next.length = 0;
    for (const j of active) {
      if (hi[j]! < start) continue;
      next.push(j);
      const c = assess(sides[j]!, sides[i]!, ctx, sortDay);
      if (!c) continue;
      if (found.length < read.maxFindings) {
        found.push(c);
        days.push(sortDay.day);
      } else omitted++;
    }
    next.push(i);
    [active, next] = [next, active];
  }
  const out: Conflict[] = findingOrder(found, days);
  for (const e of [...unplaceable].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))) {
    out.push(notice("calendar.not-placeable", titleParams(e, e), [e.id], read.locale));
  }
  if (omitted > 0)
    out.push(
      notice(
        "calendar.conflicts-omitted",
        {
          ...omissionParams(omitted, CONFLICT_NOUN, ["Se omitió", "Se omitieron"]),
          kept: found.length,
          keptPhrase: found.length === 1 ? "the first one" : `the first ${groupDigits(found.length, "en")}`,
          keptPhraseEs: found.length === 1 ? "del primero" : `de los primeros ${groupDigits(found.length, "es")}`,
        },
        [],
        read.locale,
      ),
    );
  return out;
}

const byIds = (x: ConflictRecord, y: ConflictRecord): number => {
  const ax = x.firstId;
  const ay = y.firstId;
  if (ax !== ay) return ax < ay ? -1 : 1;
  const bx = x.secondId;
  const by = y.secondId;
  return bx < by ? -1 : bx > by ? 1 : 0;
};

/**
 * Conflicts by first shared day (none first), then ids. The days and positions are packed into
 * one number for a native numeric sort; only conflicts on the same day are compared by id.
 */
function findingOrder(found: readonly ConflictRecord[], days: readonly number[]): ConflictRecord[] {
  const m = found.length;
  const SHIFT = 2 ** 23;
  if (m >= SHIFT) {
    const idx = Array.from({ length: m }, (_, i) => i);
    idx.sort((x, y) => (days[x] !== days[y] ? (days[x]! < days[y]! ? -1 : 1) : byIds(found[x]!, found[y]!)));
    return idx.map((i) => found[i]!);
  }
  let min = Infinity;
  for (let k = 0; k < m; k++) if (days[k]! < min && days[k] !== -Infinity) min = days[k]!;
  const packed = new Float64Array(m);
  for (let k = 0; k < m; k++) packed[k] = (days[k] === -Infinity ? 0 : days[k]! - min + 1) * SHIFT + k;
  packed.sort();
  const out: ConflictRecord[] = [];
  for (let g = 0; g < m; ) {
    const day = Math.floor(packed[g]! / SHIFT);
    let h = g + 1;
    while (h < m && Math.floor(packed[h]! / SHIFT) === day) h++;
    if (h - g === 1) out.push(found[packed[g]! % SHIFT]!);
    else {
      const group: ConflictRecord[] = [];
      for (let k = g; k < h; k++) group.push(found[packed[k]! % SHIFT]!);
      group.sort(byIds);
      for (const c of group) out.push(c);
    }
    g = h;
  }
  return out;
}

/**
 * Indexes of the events by first possible day, then input position. Days and positions are
 * packed into one number (day offset · 2²¹ + position, below 2⁵³ for the 0001-9999 range) so
 * that a native numeric sort of a Float64Array does the work; larger calendars use a comparator.
 */
function sweepOrder(lo: Float64Array): ArrayLike<number> {
  const n = lo.length;
  if (n === 0) return [];
  let min = Infinity;
  for (let i = 0; i < n; i++) if (lo[i]! < min) min = lo[i]!;
  if (n >= 2 ** 21) return Array.from({ length: n }, (_, i) => i).sort((x, y) => lo[x]! - lo[y]! || x - y);
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) packed[i] = (lo[i]! - min) * 2 ** 21 + i;
  packed.sort();
  const out = new Int32Array(n);
  for (let k = 0; k < n; k++) out[k] = packed[k]! % 2 ** 21;
  return out;
}

/**
 * A conflict's explanation in a language, from its code and params (for a conflict built in
 * another locale, or stored). Throws a `TypeError` when `locale` is not a {@link Locale}.
 *
 * @example
 * ```ts
 * import { explainConflict, findConflicts } from "iacml/calendar";
 * for (const c of findConflicts([])) console.log(explainConflict(c, "es"));
 * ```
 */
export function explainConflict(conflict: Conflict, locale: Locale): string {
  const l = checkedLocale(locale);
  const templates = Object.prototype.hasOwnProperty.call(calendarMessages, conflict.code)
    ? calendarMessages[conflict.code as keyof typeof calendarMessages]
    : undefined;
  return templates ? fillTemplate(templates[l], conflict.params) : conflict.message;
}

/**
 * A conflict as plain data: every field, texts and days included (what `JSON.stringify`
 * writes), for storage, `postMessage` or a deep comparison.
 *
 * @example
 * ```ts
 * import { conflictToJSON, findConflicts } from "iacml/calendar";
 * const plain = findConflicts([]).map(conflictToJSON);
 * ```
 */
export function conflictToJSON(conflict: Conflict): Conflict {
  return JSON.parse(JSON.stringify(conflict)) as Conflict;
}
