// A deterministic calendar shaped like the real one, for benchmarks.
//
// Each event is a two-to-four-day in-person workshop (or meeting) in one of 20 OAS member
// states, drawing one to three of the audiences of the shipped 2022-2024 calendar. Starts are
// spread uniformly over a span of days chosen so that each event overlaps (or comes within the
// one travel day of) about two others: about 1.8 findings per event. Dates are imprecise as in
// the Annex 1 calendar: 8% "some time in a month", 3% "A or B" months, 4% to be confirmed (half
// of them within a window of a few weeks); 15% of events are tentative.
import type { CalendarEvent } from "iacml/calendar";
import { fromDayNumber, plainDate, toDayNumber, type DateSpec } from "iacml/core";

/** The audiences of the shipped calendar (annex and ILO/OAS events). */
export const SHIPPED_AUDIENCES = [
  "iacml-authorities",
  "cosate",
  "ceatal",
  "ministries-of-labor",
  "technical-secretariat",
  "gender-focal-points",
  "ilo-governing-body",
  "ministers",
  "oas-general-assembly",
  "ilc-delegates",
] as const;

const COUNTRIES = [
  "AR",
  "BB",
  "BR",
  "CA",
  "CL",
  "CO",
  "CR",
  "DO",
  "EC",
  "GT",
  "HN",
  "JM",
  "MX",
  "PA",
  "PE",
  "PY",
  "SV",
  "TT",
  "US",
  "UY",
];

/** mulberry32: a small deterministic generator. */
export function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const monthOf = (day: number) => fromDayNumber(day).slice(0, 7) as never;

/** Days of the span per event: about 1.8 findings per event with a one-day travel buffer. */
export const DAYS_PER_EVENT = 4;

/** `n` realistic events from 2000-01-01 on (see the file's comment). */
export function realisticCalendar(n: number, seed = 42): CalendarEvent[] {
  const next = random(seed);
  const base = toDayNumber(plainDate("2000-01-01"));
  const span = Math.max(30, Math.round(n * DAYS_PER_EVENT));
  return Array.from({ length: n }, (_, i): CalendarEvent => {
    const start = base + Math.floor(next() * span);
    const length = 2 + Math.floor(next() * 3);
    const r = next();
    let when: DateSpec;
    let status: CalendarEvent["status"] = next() < 0.15 ? "tentative" : "confirmed";
    if (r < 0.08) when = { kind: "month", month: monthOf(start) };
    else if (r < 0.11) {
      when = {
        kind: "oneOf",
        options: [
          { kind: "month", month: monthOf(start) },
          { kind: "month", month: monthOf(start + 31) },
        ],
      };
    } else if (r < 0.15) {
      status = "to-be-confirmed";
      when =
        r < 0.13
          ? { kind: "tbd", within: { start: fromDayNumber(start), end: fromDayNumber(start + 14 + length) } }
          : { kind: "days", start: fromDayNumber(start), end: fromDayNumber(start + length - 1) };
    } else when = { kind: "days", start: fromDayNumber(start), end: fromDayNumber(start + length - 1) };
    const k = 1 + Math.floor(next() * 3);
    const audiences = Array.from(
      { length: k },
      () => SHIPPED_AUDIENCES[Math.floor(next() * SHIPPED_AUDIENCES.length)]!,
    );
    return {
      id: `ws-${i}`,
      title: { en: `Hemispheric workshop ${i}`, es: `Taller hemisférico ${i}` },
      kind: next() < 0.8 ? "workshop" : "meeting",
      when,
      status,
      format: "in-person",
      location: { country: COUNTRIES[Math.floor(next() * COUNTRIES.length)]! },
      audiences,
    };
  });
}

/** First and last possible day of each event, plus the travel buffer, as integers. */
export function envelopes(events: readonly CalendarEvent[], buffer = 1): [number, number][] {
  return events.map((e) => {
    const w = e.when;
    const first = (s: DateSpec): [number, number] => {
      switch (s.kind) {
        case "days":
          return [toDayNumber(s.start), toDayNumber(s.end)];
        case "month": {
          const d = toDayNumber(`${s.month}-01` as never);
          return [
            d,
            toDayNumber(
              fromDayNumber(d + 31)
                .slice(0, 7)
                .concat("-01") as never,
            ) - 1,
          ];
        }
        case "oneOf": {
          const [a, b] = [first(s.options[0]!), first(s.options[s.options.length - 1]!)];
          return [a[0], b[1]];
        }
        case "tbd":
          return s.within ? [toDayNumber(s.within.start), toDayNumber(s.within.end)] : [-Infinity, Infinity];
        default:
          return [-Infinity, Infinity];
      }
    };
    const [s, t] = first(w);
    return [s, t + buffer];
  });
}
