// Calendar hot paths at realistic density, each beside a named peer in the same run; vitest
// prints each group's ratios ("x times faster than"). The calendar generator is documented in
// ./realistic-calendar.ts: two-to-four-day in-person workshops in 20 OAS member states with the
// shipped calendar's audiences, about 1.8 findings per event, 8% month dates, 3% "A or B"
// months, 4% to be confirmed.
//
// Peers:
// - `@flatten-js/interval-tree` enumerating the same candidate pairs (every pair whose possible
//   days, widened by the one travel day, meet), building nothing;
// - a sort-and-sweep over integer day ranges that only counts those pairs;
// - for checkCalendar, a naive loop that tests each event's days against each Holy Week and each
//   rule's pair by integer day numbers;
// - for suggestDates, a naive loop over every candidate start of the year × every event,
//   counting overlaps by integer days.
import IntervalTree from "@flatten-js/interval-tree";
import { bench, describe } from "vitest";
import {
  checkCalendar,
  findConflicts,
  holyWeek,
  suggestDates,
  type CalendarEvent,
  type CalendarRuleInput,
} from "iacml/calendar";
import { inMonths, toDayNumber } from "iacml/core";
import { envelopes, realisticCalendar } from "./realistic-calendar.js";

function treePairs(spans: readonly [number, number][]): number {
  const tree = new IntervalTree<number>();
  spans.forEach((s, i) => tree.insert(s, i));
  let k = 0;
  spans.forEach((s, i) => {
    for (const j of tree.search(s) as number[]) if (j > i) k++;
  });
  return k;
}

function sweepCount(spans: readonly [number, number][]): number {
  const order = spans.map((_, i) => i).sort((x, y) => spans[x]![0] - spans[y]![0]);
  let active: number[] = [];
  let k = 0;
  for (const i of order) {
    const start = spans[i]![0];
    active = active.filter((j) => spans[j]![1] >= start);
    k += active.length;
    active.push(i);
  }
  return k;
}

const small = realisticCalendar(10_000);
const large = realisticCalendar(100_000);
const smallSpans = envelopes(small);
const largeSpans = envelopes(large);
const all = { maxFindings: Infinity };

const sizes = [
  ["10,000", small, smallSpans],
  ["100,000", large, largeSpans],
] as const;
for (const [label, events, spans] of sizes) {
  const found = findConflicts(events, all);
  console.log(
    `${label} events: ${sweepCount(spans)} candidate pairs, ${found.length} findings (${(found.length / events.length).toFixed(2)} per event)`,
  );
}

describe("findConflicts, 10,000 realistic events", () => {
  bench("findConflicts (every finding, texts lazy)", () => void findConflicts(small, all));
  bench(
    "findConflicts, then every explanation read",
    () => void findConflicts(small, all).forEach((c) => c.explanation),
  );
  bench("@flatten-js/interval-tree enumerating the pairs", () => void treePairs(smallSpans));
  bench("sort-and-sweep counting the pairs", () => void sweepCount(smallSpans));
});

describe("findConflicts, 100,000 realistic events", () => {
  const once = { iterations: 5, warmupIterations: 1, time: 0 };
  bench("findConflicts (every finding, texts lazy)", () => void findConflicts(large, all), once);
  bench("@flatten-js/interval-tree enumerating the pairs", () => void treePairs(largeSpans), once);
  bench("sort-and-sweep counting the pairs", () => void sweepCount(largeSpans), once);
});

// checkCalendar: Holy Week, a minimum gap between every 100th pair, deadlines, over 10,000 events.
const rules: CalendarRuleInput[] = [
  { kind: "holy-week", id: "holy-week" },
  ...Array.from(
    { length: 100 },
    (_, i): CalendarRuleInput => ({
      kind: "min-gap",
      id: `gap-${i}`,
      before: `ws-${i * 100}`,
      after: `ws-${i * 100 + 50}`,
      months: 3,
    }),
  ),
];

function naiveRules(events: readonly CalendarEvent[], spans: readonly [number, number][]): number {
  const weeks = new Map<number, [number, number]>();
  let k = 0;
  for (const [s, e] of spans) {
    const first = Math.max(1583, 1970 + Math.floor(s / 365.2425) - 1);
    const last = 1970 + Math.floor(e / 365.2425) + 1;
    for (let y = first; y <= last; y++) {
      let w = weeks.get(y);
      if (!w) weeks.set(y, (w = [toDayNumber(holyWeek(y).start), toDayNumber(holyWeek(y).end)]));
      if (s <= w[1] && w[0] <= e) k++;
    }
  }
  const index = new Map(events.map((e, i) => [e.id, i] as const));
  for (const r of rules)
    if (r.kind === "min-gap") if (spans[index.get(r.after)!]![0] - spans[index.get(r.before)!]![1] < 90) k++;
  return k;
}

describe("checkCalendar, Holy Week and 100 gap rules over 10,000 realistic events", () => {
  bench("checkCalendar", () => void checkCalendar(small, rules));
  bench("naive loop over integer days (counts only)", () => void naiveRules(small, smallSpans));
});

// suggestDates: a three-day workshop anywhere in a year of the 10,000-event calendar.
const year = inMonths("2005-01", "2005-12");
const request = {
  durationDays: 3,
  window: year,
  audiences: ["cosate", "ministries-of-labor"],
  country: "CO",
  count: 5,
};
const yearStart = toDayNumber("2005-01-01" as never);

function naiveSuggest(spans: readonly [number, number][]): number {
  let best = Infinity;
  for (let s = yearStart; s + 2 < yearStart + 365; s++) {
    let clashes = 0;
    for (const [a, b] of spans) if (a <= s + 2 && s <= b) clashes++;
    best = Math.min(best, clashes);
  }
  return best;
}

describe("suggestDates over a year of the 10,000-event calendar, Holy Week rule", () => {
  bench("suggestDates", () => void suggestDates(request, small, [{ kind: "holy-week", id: "holy-week" }]));
  bench("naive loop: every start day × every event (counts only)", () => void naiveSuggest(smallSpans));
});
