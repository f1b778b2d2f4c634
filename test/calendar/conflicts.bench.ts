import IntervalTree from "@flatten-js/interval-tree";
import { areIntervalsOverlapping } from "date-fns/areIntervalsOverlapping";
import { bench, describe } from "vitest";
import { findConflicts, type CalendarEvent } from "iacml/calendar";
import { fromDayNumber, toDayNumber, plainDate } from "iacml/core";

/** Deterministic random calendar: n one-to-three-day events spread over 2n days (about one overlap per event). */
function randomCalendar(n: number): CalendarEvent[] {
  let seed = 42;
  const next = () => {
    // mulberry32
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const base = toDayNumber(plainDate("2000-01-01"));
  const span = Math.max(1, n * 2);
  return Array.from({ length: n }, (_, i): CalendarEvent => {
    const start = base + Math.floor(next() * span);
    const end = start + Math.floor(next() * 3);
    return {
      id: `e${i}`,
      title: { en: `Event ${i}` },
      kind: "meeting",
      when: { kind: "days", start: fromDayNumber(start), end: fromDayNumber(end) },
      status: "confirmed",
      format: "virtual",
      audiences: [["ministers", "cosate", "ceatal"][i % 3]!],
    };
  });
}

function allPairsDateFns(events: readonly CalendarEvent[]): number {
  const spans = events.map((e) => {
    const w = e.when as { start: string; end: string };
    return { start: new Date(`${w.start}T00:00:00Z`), end: new Date(`${w.end}T23:59:59Z`) };
  });
  let k = 0;
  for (let i = 0; i < spans.length; i++)
    for (let j = i + 1; j < spans.length; j++) if (areIntervalsOverlapping(spans[i]!, spans[j]!, { inclusive: true })) k++;
  return k;
}

function intervalTree(events: readonly CalendarEvent[]): number {
  const tree = new IntervalTree<number>();
  const spans = events.map((e) => {
    const w = e.when as { start: string; end: string };
    return [toDayNumber(w.start as never), toDayNumber(w.end as never)] as [number, number];
  });
  spans.forEach((s, i) => tree.insert(s, i));
  let k = 0;
  spans.forEach((s, i) => {
    for (const j of tree.search(s) as number[]) if (j > i) k++;
  });
  return k;
}

const small = randomCalendar(10_000);
const large = randomCalendar(100_000);

describe("10,000 events", () => {
  bench("findConflicts (sort + sweep, full findings)", () => void findConflicts(small));
  bench("@flatten-js/interval-tree (pairs only)", () => void intervalTree(small));
  bench("all pairs with date-fns areIntervalsOverlapping (pairs only)", () => void allPairsDateFns(small), { iterations: 1, warmupIterations: 0, warmupTime: 0, time: 0 });
});

// All pairs at 100,000 events is 5·10⁹ pairs (about 100 times the 10,000 run): not run, extrapolate.
describe("100,000 events", () => {
  bench("findConflicts (sort + sweep, full findings)", () => void findConflicts(large), { iterations: 3, warmupIterations: 1, time: 0 });
  bench("@flatten-js/interval-tree (pairs only)", () => void intervalTree(large), { iterations: 3, warmupIterations: 1, time: 0 });
});
