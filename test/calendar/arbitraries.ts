import fc from "fast-check";
import { CalendarEventKindSchema, type CalendarEvent } from "iacml/calendar";
import type { DateSpec } from "iacml/core";
import { fromDayNumber, toDayNumber, plainDate } from "iacml/core";
import { deepFreeze } from "iacml/data";

export { deepFreeze };

const BASE = toDayNumber(plainDate("2024-01-01"));
const day = (n: number) => fromDayNumber(BASE + n);
const month = (n: number) => `2024-${String(n).padStart(2, "0")}` as never;

const daysSpec = fc
  .tuple(fc.integer({ min: 0, max: 360 }), fc.integer({ min: 0, max: 6 }))
  .map(([s, len]): DateSpec => ({ kind: "days", start: day(s), end: day(s + len) }));
const monthSpec = fc.integer({ min: 1, max: 12 }).map((m): DateSpec => ({ kind: "month", month: month(m) }));
const leaf: fc.Arbitrary<DateSpec> = fc.oneof(
  { weight: 6, arbitrary: daysSpec },
  { weight: 2, arbitrary: monthSpec },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 11 }), fc.integer({ min: 0, max: 1 }))
      .map(([m, k]): DateSpec => ({ kind: "months", start: month(m), end: month(m + k) })),
  },
  {
    weight: 1,
    arbitrary: fc
      .option(daysSpec, { nil: undefined })
      .map(
        (d): DateSpec =>
          d && d.kind === "days" ? { kind: "tbd", within: { start: d.start, end: d.end } } : { kind: "tbd" },
      ),
  },
);

/** A date spec of any shape, imprecise ones included. */
export const dateSpecArb: fc.Arbitrary<DateSpec> = fc.oneof(
  { weight: 8, arbitrary: leaf },
  { weight: 1, arbitrary: fc.tuple(daysSpec, daysSpec).map(([a, b]): DateSpec => ({ kind: "all", parts: [a, b] })) },
  { weight: 1, arbitrary: fc.tuple(leaf, leaf).map(([a, b]): DateSpec => ({ kind: "oneOf", options: [a, b] })) },
);

const AUDIENCES = ["ministers", "cosate", "ceatal", "wg-delegates", "gender-focal-points", "ilo-governing-body"];

/** A calendar of events with unique ids. */
export const calendarArb = (maxLength = 30): fc.Arbitrary<CalendarEvent[]> =>
  fc
    .array(
      fc.record({
        kind: fc.constantFrom(...CalendarEventKindSchema.options),
        when: dateSpecArb,
        status: fc.constantFrom("confirmed", "tentative", "to-be-confirmed", "cancelled"),
        format: fc.constantFrom("in-person", "virtual", "hybrid"),
        country: fc.option(fc.constantFrom("CO", "CH", "US", "CR"), { nil: undefined }),
        audiences: fc.subarray(AUDIENCES),
        parent: fc.option(fc.nat(40), { nil: undefined }),
      }),
      { maxLength },
    )
    .map((rows) =>
      rows.map(
        (r, i): CalendarEvent => ({
          id: `e${i}`,
          title: { en: `Event ${i}`, es: `Evento ${i}` },
          kind: r.kind,
          when: r.when,
          status: r.status,
          format: r.format,
          ...(r.country ? { location: { country: r.country } } : {}),
          audiences: r.audiences,
          ...(r.parent !== undefined && r.parent < i ? { partOf: `e${r.parent}` } : {}),
        }),
      ),
    );
