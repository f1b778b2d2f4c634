// Internal: can two specs be read so that they share no day? (The "yes" side of `overlaps`.)
import { certainRuns, intersectRuns, mergeRuns, windowOf, type DayRun } from "./day-sets.js";
import type { DateSpec } from "./types.js";

/** One way a spec can be read: fixed runs, plus free windows in each of which it takes a day. */
interface Alternative {
  readonly fixed: readonly DayRun[];
  readonly free: readonly DayRun[];
}

const MAX_ALTERNATIVES = 256;
const MAX_STEPS = 20_000;

function alternatives(spec: DateSpec): Alternative[] | undefined {
  switch (spec.kind) {
    case "days":
      return [{ fixed: [windowOf(spec)], free: [] }];
    case "oneOf": {
      const out: Alternative[] = [];
      for (const o of spec.options) {
        const alts = alternatives(o);
        if (!alts || out.length + alts.length > MAX_ALTERNATIVES) return undefined;
        out.push(...alts);
      }
      return out;
    }
    case "all": {
      let acc: Alternative[] = [{ fixed: [], free: [] }];
      for (const p of spec.parts) {
        const alts = alternatives(p);
        if (!alts || acc.length * alts.length > MAX_ALTERNATIVES) return undefined;
        acc = acc.flatMap((x) => alts.map((y) => ({ fixed: [...x.fixed, ...y.fixed], free: [...x.free, ...y.free] })));
      }
      return acc;
    }
    default:
      return [{ fixed: [], free: [windowOf(spec)] }];
  }
}

function subtract(run: DayRun, minus: readonly DayRun[]): DayRun[] {
  const out: DayRun[] = [];
  let start = run[0];
  for (const [s, e] of minus) {
    if (e < start || s > run[1]) continue;
    if (s > start) out.push([start, s - 1]);
    start = e + 1;
  }
  if (start <= run[1]) out.push([start, run[1]]);
  return out;
}

/**
 * Whether one day can be picked in each X set and each Y set with no day picked on both
 * sides. Days are grouped into segments of equal membership; only one-day segments can
 * force a clash, since two sides can share a longer segment on different days.
 */
function canAvoid(xRuns: readonly DayRun[][], yRuns: readonly DayRun[][]): boolean {
  const cuts = [...new Set([...xRuns, ...yRuns].flat().flatMap(([s, e]) => [s, e + 1]))].sort((a, b) => a - b);
  const segs: DayRun[] = cuts.slice(0, -1).map((c, i) => [c, cuts[i + 1]! - 1]);
  const candidates = (runs: DayRun[]) =>
    segs.flatMap((seg, i) => (runs.some(([s, e]) => s <= seg[0] && seg[1] <= e) ? [i] : []));
  let xs = xRuns.map(candidates);
  let ys = yRuns.map(candidates);
  const isLong = (i: number) => segs[i]![1] > segs[i]![0];
  for (let changed = true; changed; ) {
    const prune = (own: number[][], other: number[][]) => {
      const taken = new Set(other.flat());
      return own.filter((c) => !c.some((i) => isLong(i) || !taken.has(i)));
    };
    const nx = prune(xs, ys);
    const ny = prune(ys, nx);
    changed = nx.length !== xs.length || ny.length !== ys.length;
    xs = nx;
    ys = ny;
  }
  let steps = 0;
  const search = (k: number, picked: Set<number>): boolean => {
    if (++steps > MAX_STEPS) return true; // give up proving a clash: answer "possibly"
    if (ys.some((c) => c.every((i) => picked.has(i)))) return false;
    if (k === xs.length) return true;
    const c = xs[k]!;
    if (c.some((i) => picked.has(i))) return search(k + 1, picked);
    return c.some((i) => search(k + 1, new Set([...picked, i])));
  };
  return search(0, new Set());
}

function mustMeet(a: Alternative, b: Alternative): boolean {
  const fa = mergeRuns(a.fixed);
  const fb = mergeRuns(b.fixed);
  if (intersectRuns(fa, fb).length > 0) return true;
  const xs = a.free.map((w) => subtract(w, fb));
  const ys = b.free.map((w) => subtract(w, fa));
  if (xs.some((x) => x.length === 0) || ys.some((y) => y.length === 0)) return true;
  return !canAvoid(xs, ys);
}

/** Whether every reading of `a` shares a day with every reading of `b`. */
export function alwaysMeet(a: DateSpec, b: DateSpec): boolean {
  const altsA = alternatives(a);
  const altsB = alternatives(b);
  if (!altsA || !altsB) return intersectRuns(certainRuns(a), certainRuns(b)).length > 0;
  return altsA.every((x) => altsB.every((y) => mustMeet(x, y)));
}
