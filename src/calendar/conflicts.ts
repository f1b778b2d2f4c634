/**
 * Conflicts between calendar events: every pair that overlaps (certainly or possibly) or
 * leaves too few travel days, graded by shared audiences, kinds and statuses.
 * @module
 */
import { possibleRuns, type DayRun } from "../core/date-spec/day-sets.js";
import { overlaps } from "../core/date-spec/compare.js";
import type { DateRange, DateSpec, Tri } from "../core/date-spec/types.js";
import { fillTemplate, type Locale } from "../core/messages/catalog.js";
import { calendarMessages } from "../core/messages/calendar.js";
import { requireLocale } from "../core/options.js";
import type { Finding, Severity } from "../core/result.js";
import { toDayNumber } from "../core/plain-date.js";
import { audienceIds, countShared, internAudiences, linkIds, reachOf } from "./audiences.js";
import { readConflictOptions, type ReadOptions } from "./conflict-options.js";
import { ConflictRecord, type PairCode, type RecordContext, type RecordSide } from "./conflict-record.js";
import { withinDays } from "./day-math.js";
import type { CalendarEvent, CalendarEventKind, CalendarEventStatus } from "./event.js";
import { titleParams } from "./label-text.js";


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

const GRADE_RANK: Record<ConflictGrade, number> = { low: 0, medium: 1, high: 2 };
const KIND_WEIGHT: Partial<Record<CalendarEventKind, number>> = { deadline: 0.4, call: 0.4 };
const STATUS_WEIGHT: Record<CalendarEventStatus, number> = {
  confirmed: 1,
  tentative: 0.8,
  "to-be-confirmed": 0.6,
  cancelled: 0,
};

/** An event prepared once per call: day numbers, interned audiences, weights. */
interface Side extends RecordSide {
  /** First and last possible day. */
  readonly lo: number;
  readonly hi: number;
  /** Possible runs, for imprecise dates only. */
  readonly runs: readonly DayRun[] | undefined;
  readonly physical: boolean;
  readonly country: string | undefined;
  readonly kindWeight: number;
  readonly statusWeight: number;
  readonly attendanceless: boolean;
  readonly ancestors: ReadonlySet<string> | undefined;
  readonly shapes: readonly Shape[] | undefined;
}

/**
 * What a spec's readings look like, for fast three-valued answers: a fixed day range, a window
 * (a reading is any day range inside it: month, months, tbd within), or one of several of these.
 * `undefined` for other shapes (`all`, nested `oneOf`), which use the general comparison.
 */
type Shape =
  | { readonly fixed: true; readonly s: number; readonly e: number }
  | { readonly fixed: false; readonly s: number; readonly e: number };

function leafShape(spec: DateSpec): Shape | undefined {
  switch (spec.kind) {
    case "days":
      return { fixed: true, s: toDayNumber(spec.start), e: toDayNumber(spec.end) };
    case "month":
    case "months":
    case "tbd": {
      if (spec.kind === "tbd" && !spec.within) return undefined;
      const [s, e] = possibleRuns(spec)[0]!;
      return { fixed: false, s, e };
    }
    default:
      return undefined;
  }
}

function shapesOf(spec: DateSpec): readonly Shape[] | undefined {
  if (spec.kind !== "oneOf") {
    const leaf = leafShape(spec);
    return leaf ? [leaf] : undefined;
  }
  const out: Shape[] = [];
  for (const o of spec.options) {
    const leaf = leafShape(o);
    if (!leaf) return undefined;
    out.push(leaf);
  }
  return out;
}

/**
 * `overlaps(dilate(x, widen), y)` for two leaf shapes: whether every reading of `x` widened by
 * `widen` days on each side meets every reading of `y` (yes), none does (no), or some do.
 */
function leafTri(x: Shape, y: Shape, widen: number): Tri {
  const xs = x.s - widen;
  const xe = x.e + widen;
  if (xe < y.s || y.e < xs) return "no";
  if (x.fixed && y.fixed) return "yes";
  // A window's reading may be a single day anywhere in it: it always meets a fixed range only
  // when the whole window lies inside it; two windows always meet only as the same single day.
  if (x.fixed) return xs <= y.s && y.e <= xe ? "yes" : "possibly";
  if (y.fixed) return y.s <= xs && xe <= y.e ? "yes" : "possibly";
  return xs === xe && y.s === y.e && xs === y.s ? "yes" : "possibly";
}

/** leafTri over `oneOf` alternatives: yes when every pair is yes, no when every pair is no. */
function shapesTri(a: readonly Shape[], b: readonly Shape[], widen: number): Tri {
  let yes = true;
  let no = true;
  for (const x of a) {
    for (const y of b) {
      const t = leafTri(x, y, widen);
      if (t !== "yes") yes = false;
      if (t !== "no") no = false;
      if (!yes && !no) return "possibly";
    }
  }
  return yes ? "yes" : no ? "no" : "possibly";
}

interface Context extends RecordContext {
  readonly minRank: number;
}

function isPhysical(e: CalendarEvent): boolean {
  return e.format !== "virtual" && e.location?.country !== undefined;
}

/** Ancestors (by `partOf`) of an event, resolved within a calendar; cycles are cut. */
function ancestorsOf(e: CalendarEvent, byId: ReadonlyMap<string, CalendarEvent>): Set<string> | undefined {
  if (e.partOf === undefined) return undefined;
  const out = new Set<string>();
  for (let id: string | undefined = e.partOf; id !== undefined && !out.has(id); id = byId.get(id)?.partOf) out.add(id);
  return out;
}

/** Possible runs of a spec, or undefined when unbounded (a tbd without window somewhere in it). */
function boundedRuns(e: CalendarEvent): readonly DayRun[] | undefined {
  const runs = possibleRuns(e.when);
  for (const [s, t] of runs) if (!Number.isFinite(s) || !Number.isFinite(t)) return undefined;
  return runs;
}

function prepare(
  e: CalendarEvent,
  byId: ReadonlyMap<string, CalendarEvent>,
  table: ReturnType<typeof internAudiences>,
  links: ReturnType<typeof linkIds>,
): Side | undefined {
  let lo: number;
  let hi: number;
  let runs: readonly DayRun[] | undefined;
  let shapes: readonly Shape[] | undefined;
  if (e.when.kind === "days") {
    lo = toDayNumber(e.when.start);
    hi = toDayNumber(e.when.end);
    runs = undefined;
    shapes = [{ fixed: true, s: lo, e: hi }];
  } else {
    runs = boundedRuns(e);
    if (!runs || runs.length === 0) return undefined;
    lo = runs[0]![0];
    hi = runs[runs.length - 1]![1];
    shapes = shapesOf(e.when);
  }
  const aud = audienceIds(e.audiences, table);
  const weight = KIND_WEIGHT[e.kind];
  // One literal with every field, so that all sides share one hidden class.
  return {
    e,
    aud,
    reach: reachOf(aud, links),
    blackout: e.kind === "blackout",
    lo,
    hi,
    runs,
    physical: isPhysical(e),
    country: e.location?.country,
    kindWeight: weight ?? 1,
    statusWeight: STATUS_WEIGHT[e.status],
    attendanceless: weight !== undefined,
    ancestors: ancestorsOf(e, byId),
    shapes,
  };
}

/** First day two prepared events may share, or -Infinity when they share none. */
function firstSharedDay(a: Side, b: Side): number {
  if (!a.runs && !b.runs) {
    const s = Math.max(a.lo, b.lo);
    return s <= Math.min(a.hi, b.hi) ? s : -Infinity;
  }
  const x = a.runs ?? [[a.lo, a.hi] as const];
  const y = b.runs ?? [[b.lo, b.hi] as const];
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const s = Math.max(x[i]![0], y[j]![0]);
    if (s <= Math.min(x[i]![1], y[j]![1])) return s;
    if (x[i]![1] < y[j]![1]) i++;
    else j++;
  }
  return -Infinity;
}

const TRI_RANK: Record<Tri, number> = { no: 0, possibly: 1, yes: 2 };
const weaker = (x: Tri, y: Tri): Tri => (TRI_RANK[x] <= TRI_RANK[y] ? x : y);

function severityOf(grade: ConflictGrade, certain: boolean): Severity {
  if (grade === "low") return "info";
  return grade === "high" && certain ? "error" : "warning";
}

const CODES: Record<"overlap" | "too-close", Record<"certain" | "possible", PairCode>> = {
  overlap: { certain: "calendar.overlap-certain", possible: "calendar.overlap-possible" },
  "too-close": { certain: "calendar.too-close-certain", possible: "calendar.too-close-possible" },
};

/** The conflict of two prepared events, or undefined; `sortDay` receives the first day they may share. */
function assess(x: Side, y: Side, ctx: Context, sortDay?: { day: number }): ConflictRecord | undefined {
  const swap = x.e.id > y.e.id;
  const a = swap ? y : x;
  const b = swap ? x : y;
  if ((a.ancestors && a.ancestors.has(b.e.id)) || (b.ancestors && b.ancestors.has(a.e.id))) return undefined;
  const shareDay = firstSharedDay(a, b);
  const overlap: Tri =
    shareDay === -Infinity
      ? "no"
      : !a.runs && !b.runs
        ? "yes"
        : a.shapes && b.shapes
          ? shapesTri(a.shapes, b.shapes, 0)
          : overlaps(a.e.when, b.e.when);
  const mayTravel = ctx.buffer > 0 && a.physical && b.physical && a.country !== b.country;
  if (overlap === "no" && !mayTravel) return undefined;
  let fromA: number;
  let fromB: number;
  let ratio: number;
  if (a.blackout || b.blackout) {
    fromA = fromB = (a.blackout ? b : a).aud.length;
    ratio = 1;
  } else {
    fromA = countShared(a.aud, b.reach);
    fromB = countShared(b.aud, a.reach);
    ratio = Math.max(fromA / Math.max(1, a.aud.length), fromB / Math.max(1, b.aud.length));
  }
  const sharing = fromA > 0 || fromB > 0;
  const travel = mayTravel && sharing;
  let close: Tri = "no";
  if (travel && overlap !== "yes") {
    close = !a.runs && !b.runs
      ? b.lo - a.hi <= ctx.buffer && a.lo - b.hi <= ctx.buffer ? "yes" : "no"
      : a.shapes && b.shapes
        ? weaker(shapesTri(a.shapes, b.shapes, ctx.buffer), shapesTri(b.shapes, a.shapes, ctx.buffer))
        : withinDays(a.e.when, b.e.when, ctx.buffer);
  }
  if (overlap === "no" && close === "no") return undefined;
  const kind = overlap === "yes" || (overlap === "possibly" && close !== "yes") ? "overlap" : "too-close";
  const tri = kind === "overlap" ? overlap : close;
  const score = ratio * a.kindWeight * b.kindWeight * Math.min(a.statusWeight, b.statusWeight);
  const grade: ConflictGrade = !sharing || a.attendanceless || b.attendanceless ? "low" : score >= 0.5 ? "high" : "medium";
  if (GRADE_RANK[grade] < ctx.minRank) return undefined;
  const certainty = tri === "yes" ? "certain" : "possible";
  if (sortDay) sortDay.day = shareDay;
  return new ConflictRecord(
    a,
    b,
    ctx,
    CODES[kind][certainty],
    severityOf(grade, certainty === "certain"),
    certainty,
    kind,
    grade,
    Math.round(score * 1000) / 1000,
  );
}

function contextOf(read: ReadOptions, table: ReturnType<typeof internAudiences>): Context {
  return { locale: read.locale, buffer: read.buffer, names: table.names, minRank: GRADE_RANK[read.minGrade] };
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

/**
 * Internal (for suggestDates): prepares a calendar once, then gives the conflicts of any new
 * event against it (`undefined` for an event that cannot be placed). `audiences` lists the
 * audiences the new events may draw, so they are interned with the calendar's.
 */
export function conflictChecker(
  calendar: readonly CalendarEvent[],
  options: FindConflictsOptions,
  audiences: readonly string[],
): (event: CalendarEvent) => Conflict[] | undefined {
  const read = readConflictOptions(options);
  const byId = new Map(calendar.map((e) => [e.id, e] as const));
  const table = internAudiences([...calendar.map((e) => e.audiences), audiences], read.links);
  const links = linkIds(read.links, table);
  const ctx = { ...contextOf(read, table), minRank: 0 };
  const sides = calendar.flatMap((e) => prepare(e, byId, table, links) ?? []);
  return (event) => {
    const side = prepare(event, byId, table, links);
    if (!side) return undefined;
    const out: Conflict[] = [];
    for (const other of sides) {
      if (other.e.id === event.id) continue;
      const c = assess(side, other, ctx);
      if (c) out.push(c);
    }
    return out;
  };
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

function notice(code: "calendar.not-placeable" | "calendar.conflicts-omitted", params: Record<string, string | number>, subjects: string[], locale: Locale): Conflict {
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
  const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => lo[x]! - lo[y]! || x - y);
  const found: ConflictRecord[] = [];
  const days: number[] = [];
  const sortDay = { day: -Infinity };
  let omitted = 0;
  let active: number[] = [];
  let next: number[] = [];
  for (const i of order) {
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
  const idx = Array.from({ length: found.length }, (_, i) => i).sort((x, y) => {
    const dx = days[x]!;
    const dy = days[y]!;
    if (dx !== dy) return dx < dy ? -1 : 1;
    const cx = found[x]!;
    const cy = found[y]!;
    const ax = cx.firstId;
    const ay = cy.firstId;
    if (ax !== ay) return ax < ay ? -1 : 1;
    const bx = cx.secondId;
    const by = cy.secondId;
    return bx < by ? -1 : bx > by ? 1 : 0;
  });
  const out: Conflict[] = idx.map((i) => found[i]!);
  for (const e of [...unplaceable].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))) {
    out.push(notice("calendar.not-placeable", titleParams(e, e), [e.id], read.locale));
  }
  if (omitted > 0) out.push(notice("calendar.conflicts-omitted", { omitted, kept: found.length }, [], read.locale));
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
  const l = requireLocale(locale, "locale");
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
