// Internal: the conflict engine shared by findConflicts, conflictBetween and suggestDates:
// events prepared once per call (day numbers, interned audiences, weights, date shapes) and the
// assessment of one pair.
import { possibleRuns, type DayRun } from "../core/date-spec/day-sets.js";
import { overlaps } from "../core/date-spec/compare.js";
import type { DateSpec, Tri } from "../core/date-spec/types.js";
import type { Severity } from "../core/result.js";
import { toDayNumber } from "../core/plain-date.js";
import { audienceIds, countShared, internAudiences, linkIds, reachOf } from "./audiences.js";
import { readConflictOptions, type ReadOptions } from "./conflict-options.js";
import { ConflictRecord, type PairCode, type RecordContext, type RecordSide } from "./conflict-record.js";
import type { Conflict, ConflictGrade, FindConflictsOptions } from "./conflicts.js";
import { withinDays } from "./day-math.js";
import type { CalendarEvent, CalendarEventKind, CalendarEventStatus } from "./event.js";

export const GRADE_RANK: Record<ConflictGrade, number> = { low: 0, medium: 1, high: 2 };
const KIND_WEIGHT: Partial<Record<CalendarEventKind, number>> = { deadline: 0.4, call: 0.4 };
const STATUS_WEIGHT: Record<CalendarEventStatus, number> = {
  confirmed: 1,
  tentative: 0.8,
  "to-be-confirmed": 0.6,
  cancelled: 0,
};

/** An event prepared once per call: day numbers, interned audiences, weights. */
export interface Side extends RecordSide {
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

export interface Context extends RecordContext {
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

export function prepare(
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
export function assess(x: Side, y: Side, ctx: Context, sortDay?: { day: number }): ConflictRecord | undefined {
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
    close =
      !a.runs && !b.runs
        ? b.lo - a.hi <= ctx.buffer && a.lo - b.hi <= ctx.buffer
          ? "yes"
          : "no"
        : a.shapes && b.shapes
          ? weaker(shapesTri(a.shapes, b.shapes, ctx.buffer), shapesTri(b.shapes, a.shapes, ctx.buffer))
          : withinDays(a.e.when, b.e.when, ctx.buffer);
  }
  if (overlap === "no" && close === "no") return undefined;
  const kind = overlap === "yes" || (overlap === "possibly" && close !== "yes") ? "overlap" : "too-close";
  const tri = kind === "overlap" ? overlap : close;
  const score = ratio * a.kindWeight * b.kindWeight * Math.min(a.statusWeight, b.statusWeight);
  const grade: ConflictGrade =
    !sharing || a.attendanceless || b.attendanceless ? "low" : score >= 0.5 ? "high" : "medium";
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

export function contextOf(read: ReadOptions, table: ReturnType<typeof internAudiences>): Context {
  return { locale: read.locale, buffer: read.buffer, names: table.names, minRank: GRADE_RANK[read.minGrade] };
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
