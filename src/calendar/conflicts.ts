/**
 * Conflicts between calendar events: every pair that overlaps (certainly or possibly) or
 * leaves too few travel days, graded by shared audiences, kinds and statuses.
 * @module
 */
import { fillTemplate, type Locale } from "../core/messages/catalog.js";
import { calendarMessages } from "../core/messages/calendar.js";
import type { Finding, Severity } from "../core/result.js";
import type { DateRange, Tri } from "../core/date-spec/types.js";
import { overlapTri, possibleEnvelope, rangesText, sharedDays, withinDays } from "./day-math.js";
import type { CalendarEvent, CalendarEventKind, CalendarEventStatus } from "./event.js";


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
}

/**
 * A conflict between two events: a {@link Finding} (code `calendar.overlap-*` or
 * `calendar.too-close-*`, `subjects` the two ids in order) with its grade, score, the shared
 * audiences, the days they share and a plain explanation.
 *
 * @example
 * ```ts
 * import { findConflicts, type Conflict } from "iacml/calendar";
 * const conflicts: Conflict[] = findConflicts([]);
 * ```
 */
export interface Conflict extends Finding {
  /** `overlap` when they share days, `too-close` when only the travel buffer is missing. */
  readonly kind: "overlap" | "too-close";
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

function isPhysical(e: CalendarEvent): boolean {
  return e.format !== "virtual" && e.location?.country !== undefined;
}

type Links = ReadonlyMap<string, ReadonlySet<string>>;

function linkMap(links: Readonly<Record<string, readonly string[]>> = {}): Links {
  const out = new Map<string, Set<string>>();
  const add = (x: string, y: string) => out.set(x, (out.get(x) ?? new Set()).add(y));
  for (const [x, ys] of Object.entries(links)) for (const y of ys) (add(x, y), add(y, x));
  return out;
}

/** Audiences of one event that the other draws, directly or through a link. */
function drawnBy(mine: readonly string[], other: readonly string[], links: Links): string[] {
  const theirs = new Set(other);
  return mine.filter((x) => theirs.has(x) || [...(links.get(x) ?? [])].some((y) => theirs.has(y)));
}

function sharedAudiencesOf(a: CalendarEvent, b: CalendarEvent, links: Links): { shared: string[]; ratio: number } {
  if (a.kind === "blackout" || b.kind === "blackout") {
    const other = a.kind === "blackout" ? b : a;
    return { shared: [...new Set(other.audiences)].sort(), ratio: 1 };
  }
  if (links.size === 0) {
    const shared = a.audiences.filter((x, i) => b.audiences.includes(x) && a.audiences.indexOf(x) === i);
    const sizeA = new Set(a.audiences).size;
    const sizeB = new Set(b.audiences).size;
    return { shared: shared.sort(), ratio: shared.length / Math.max(1, Math.min(sizeA, sizeB)) };
  }
  const fromA = new Set(drawnBy(a.audiences, b.audiences, links));
  const fromB = new Set(drawnBy(b.audiences, a.audiences, links));
  const ratioA = fromA.size / Math.max(1, new Set(a.audiences).size);
  const ratioB = fromB.size / Math.max(1, new Set(b.audiences).size);
  return { shared: [...new Set([...fromA, ...fromB])].sort(), ratio: Math.max(ratioA, ratioB) };
}

/** Ancestors (by `partOf`) of each event, resolved within a calendar; cycles are cut. */
function ancestorsOf(e: CalendarEvent, byId: ReadonlyMap<string, CalendarEvent>): Set<string> {
  const out = new Set<string>();
  for (let id = e.partOf; id !== undefined && !out.has(id); id = byId.get(id)?.partOf) out.add(id);
  return out;
}

function isNested(a: CalendarEvent, b: CalendarEvent, byId: ReadonlyMap<string, CalendarEvent>): boolean {
  if (a.partOf === undefined && b.partOf === undefined) return false;
  return ancestorsOf(a, byId).has(b.id) || ancestorsOf(b, byId).has(a.id);
}

const certaintyOf = (t: Tri): "certain" | "possible" => (t === "yes" ? "certain" : "possible");

function severityOf(grade: ConflictGrade, certain: boolean): Severity {
  if (grade === "low") return "info";
  return grade === "high" && certain ? "error" : "warning";
}

function titleParams(a: CalendarEvent, b: CalendarEvent) {
  return { a: a.title.en, b: b.title.en, aEs: a.title.es ?? a.title.en, bEs: b.title.es ?? b.title.en };
}

interface Context {
  readonly buffer: number;
  readonly locale: Locale;
  readonly byId: ReadonlyMap<string, CalendarEvent>;
  readonly links: Links;
}

function assess(x: CalendarEvent, y: CalendarEvent, ctx: Context): Conflict | undefined {
  const [a, b] = x.id <= y.id ? [x, y] : [y, x];
  if (isNested(a, b, ctx.byId)) return undefined;
  const overlap = overlapTri(a.when, b.when);
  const mayTravel = ctx.buffer > 0 && isPhysical(a) && isPhysical(b) && a.location!.country !== b.location!.country;
  if (overlap === "no" && !mayTravel) return undefined;
  const { shared, ratio } = sharedAudiencesOf(a, b, ctx.links);
  const travel = mayTravel && shared.length > 0;
  const close: Tri = travel && overlap !== "yes" ? withinDays(a.when, b.when, ctx.buffer) : "no";
  if (overlap === "no" && close === "no") return undefined;
  const kind = overlap === "yes" || (overlap === "possibly" && close !== "yes") ? "overlap" : "too-close";
  const tri = kind === "overlap" ? overlap : close;
  const score =
    ratio *
    (KIND_WEIGHT[a.kind] ?? 1) *
    (KIND_WEIGHT[b.kind] ?? 1) *
    Math.min(STATUS_WEIGHT[a.status], STATUS_WEIGHT[b.status]);
  const attendanceless = KIND_WEIGHT[a.kind] !== undefined || KIND_WEIGHT[b.kind] !== undefined;
  const grade: ConflictGrade = shared.length === 0 || attendanceless ? "low" : score >= 0.5 ? "high" : "medium";
  const days = sharedDays(a.when, b.when);
  const certainty = certaintyOf(tri);
  const code = `calendar.${kind}-${certainty}` as const;
  const params = {
    ...titleParams(a, b),
    aId: a.id,
    bId: b.id,
    days: rangesText(certainty === "certain" && days.certain.length > 0 ? days.certain : days.possible),
    audiences: shared.length > 0 ? shared.join(", ") : "—",
    buffer: ctx.buffer,
    countryA: a.location?.country ?? "—",
    countryB: b.location?.country ?? "—",
  };
  const message = fillTemplate(calendarMessages[code].en, params);
  // Built directly (not through findingFactory): this runs once per conflict, k times.
  return {
    code,
    severity: severityOf(grade, certainty === "certain"),
    message,
    path: [],
    params,
    certainty,
    subjects: [a.id, b.id],
    kind,
    grade,
    score: Math.round(score * 1000) / 1000,
    sharedAudiences: shared,
    certainDays: days.certain,
    possibleDays: days.possible,
    explanation: ctx.locale === "en" ? message : fillTemplate(calendarMessages[code][ctx.locale], params),
  };
}

function isIncluded(e: CalendarEvent, includeTentative: boolean): boolean {
  if (e.status === "cancelled") return false;
  return includeTentative || e.status === "confirmed";
}

/**
 * The conflict between two events, or `undefined` when they do not clash (disjoint dates with
 * enough travel days, or one held inside the other). `calendar` resolves `partOf` chains.
 * Ignores status filtering (see {@link findConflicts}). Symmetric in `a` and `b`.
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
  const byId = new Map(calendar.map((e) => [e.id, e] as const));
  return assess(a, b, {
    buffer: Math.max(0, Math.floor(options.travelBufferDays ?? 1)),
    locale: options.locale ?? "en",
    byId,
    links: linkMap(options.audienceLinks),
  });
}

/** Sort key: first shared (or possible) day, then the subjects. */
function sortKey(c: Conflict): string {
  return `${c.possibleDays[0]?.start ?? ""}\u0000${c.subjects.join("\u0000")}`;
}

/**
 * Orders conflicts as {@link findConflicts} returns them: by first shared (or possible) day,
 * then by their subjects. For `Array.prototype.sort`.
 *
 * @example
 * ```ts
 * import { compareConflicts, findConflicts } from "iacml/calendar";
 * const merged = [...findConflicts([]), ...findConflicts([])].sort(compareConflicts);
 * ```
 */
export function compareConflicts(x: Conflict, y: Conflict): number {
  const kx = sortKey(x);
  const ky = sortKey(y);
  return kx < ky ? -1 : kx > ky ? 1 : 0;
}

function sortConflicts(conflicts: Conflict[]): Conflict[] {
  const keyed = conflicts.map((c) => ({ c, k: sortKey(c) }));
  keyed.sort((x, y) => (x.k < y.k ? -1 : x.k > y.k ? 1 : 0));
  return keyed.map((x) => x.c);
}

/**
 * Every pair of events that overlap, certainly or possibly (imprecise dates), or that leave
 * fewer than `travelBufferDays` free days between in-person events in different countries for
 * a shared audience. Cancelled events are ignored, tentative ones by option; an event held
 * inside another (`partOf`) never clashes with it. Each conflict is graded by the audiences
 * the two share and by their kinds and statuses, lists the days they share and explains
 * itself in English or Spanish.
 *
 * Sorts the events by their first possible day and sweeps them keeping the events still
 * open: O(n log n + k) for k candidate pairs, never all pairs. Results are sorted by first
 * shared day, then ids, and do not depend on input order. Event ids should be unique.
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
  const buffer = Math.max(0, Math.floor(options.travelBufferDays ?? 1));
  const includeTentative = options.includeTentative ?? true;
  const minRank = GRADE_RANK[options.minGrade ?? "low"];
  const live = events.filter((e) => isIncluded(e, includeTentative));
  const ctx: Context = {
    buffer,
    locale: options.locale ?? "en",
    byId: new Map(live.map((e) => [e.id, e] as const)),
    links: linkMap(options.audienceLinks),
  };
  const n = live.length;
  const lo = new Float64Array(n);
  const hi = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const e = live[i]!;
    const [s, t] = possibleEnvelope(e.when);
    lo[i] = s;
    hi[i] = t + (isPhysical(e) ? buffer : 0);
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => lo[x]! - lo[y]! || x - y);
  const out: Conflict[] = [];
  let active: number[] = [];
  for (const i of order) {
    const start = lo[i]!;
    const still: number[] = [];
    for (const j of active) {
      if (hi[j]! < start) continue;
      still.push(j);
      const c = assess(live[j]!, live[i]!, ctx);
      if (c && GRADE_RANK[c.grade] >= minRank) out.push(c);
    }
    still.push(i);
    active = still;
  }
  return sortConflicts(out);
}
