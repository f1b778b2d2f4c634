// Hostile and careless input for the calendar: every case of the reliability issue, plus
// fuzzing of the untrusted-input entry point over any value and over mutations of valid events.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  audienceLabel,
  calendarLabel,
  checkCalendar,
  explainConflict,
  conflictBetween,
  findConflicts,
  parseCalendarEvents,
  suggestDates,
  toICalendar,
  type CalendarEvent,
} from "iacml/calendar";
import { inMonth, onDays, toBeDetermined, type DateSpec } from "iacml/core";
import { anyValue } from "../support/any-value.js";

const T = 30_000;

const event = (id: string, over: Partial<CalendarEvent> = {}): CalendarEvent => ({
  id,
  title: { en: id.toUpperCase(), es: `${id.toUpperCase()} (es)` },
  kind: "meeting",
  when: onDays("2024-06-10"),
  status: "confirmed",
  format: "in-person",
  audiences: ["ministers"],
  ...over,
});

const valid = [
  {
    id: "a",
    title: { en: "A" },
    kind: "meeting",
    when: { kind: "days", start: "2024-06-10", end: "2024-06-12" },
    status: "confirmed",
    format: "in-person",
    audiences: ["ministers"],
  },
  {
    id: "b",
    title: { en: "B", es: "B" },
    kind: "workshop",
    when: { kind: "month", month: "2024-06" },
    status: "tentative",
    format: "virtual",
    audiences: ["cosate"],
    partOf: "a",
  },
];

function nested(depth: number): unknown {
  let spec: unknown = { kind: "days", start: "2024-01-01", end: "2024-01-01" };
  for (let i = 0; i < depth; i++)
    spec = { kind: "all", parts: [spec, { kind: "days", start: "2024-02-01", end: "2024-02-01" }] };
  return spec;
}

describe("edge dates the parsers accept are handled downstream", () => {
  it("toICalendar exports an event on 9999-12-31 with a DURATION, and one on 0001-01-01", () => {
    // The parser may accept a narrower range than PlainDate; typed events may use all of it.
    const edge = [
      event("last", { when: onDays("9999-12-31") }),
      event("first", { when: onDays("0001-01-01") }),
      event("all", { when: { kind: "months", start: "0001-01", end: "9999-12" } as DateSpec }),
    ];
    const parsed = parseCalendarEvents(JSON.parse(JSON.stringify(edge)));
    if (parsed.ok) expect(() => toICalendar(parsed.value)).not.toThrow();
    else expect(parsed.issues.every((i) => i.path.includes("when"))).toBe(true);
    const ics = toICalendar(edge);
    expect(ics).toContain("DTSTART;VALUE=DATE:99991231\r\nDURATION:P1D\r\n");
    expect(ics).toContain("DTSTART;VALUE=DATE:00010101\r\nDTEND;VALUE=DATE:00010102\r\n");
    expect(ics).toContain("DTSTART;VALUE=DATE:00010101\r\nDURATION:P3652059D\r\n");
  });

  it(
    "conflicts, rules and suggestions run on events spanning the whole range",
    () => {
      const events = [
        event("x", { when: { kind: "months", start: "0001-01", end: "9999-12" } as DateSpec }),
        event("y", { when: onDays("9999-12-31") }),
        event("z", { when: onDays("0001-01-01"), location: { country: "AR" } }),
        event("w", { when: toBeDetermined({ start: "0001-01-01", end: "9999-12-31" }), location: { country: "BR" } }),
      ];
      expect(() => findConflicts(events, { travelBufferDays: 30 })).not.toThrow();
      expect(() =>
        checkCalendar(events, [
          { kind: "holy-week", id: "hw" },
          { kind: "min-gap", id: "g", before: "z", after: "y", months: 3 },
        ]),
      ).not.toThrow();
      expect(() =>
        suggestDates(
          { durationDays: 3, window: onDays("9999-12-20", "9999-12-31"), audiences: ["ministers"], country: "CO" },
          events,
          [{ kind: "holy-week", id: "hw" }],
        ),
      ).not.toThrow();
    },
    T,
  );
});

describe("non-JSON values and deep nesting are issues, not exceptions", () => {
  it("a spec nested 800 levels deep gives core.too-deep", () => {
    const r = parseCalendarEvents([{ ...valid[0], when: nested(800) }]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.code)).toContain("core.too-deep");
  });

  it("throwing getters, Proxies, cycles, null and class instances", () => {
    const getter = [
      {
        ...valid[0],
        get when(): unknown {
          throw new Error("boom");
        },
      },
    ];
    const proxy = new Proxy([], {
      get() {
        throw new Error("trap");
      },
      ownKeys() {
        throw new Error("trap");
      },
    });
    const cyclic: Record<string, unknown> = { ...valid[0] };
    cyclic.self = cyclic;
    for (const input of [
      getter,
      proxy,
      [cyclic],
      null,
      undefined,
      [null],
      [new Date()],
      [new Map()],
      () => 1,
      Symbol("x"),
      10n,
    ]) {
      const r = parseCalendarEvents(input);
      expect(r.ok).toBe(false);
    }
    expect(parseCalendarEvents(valid, null as never).ok).toBe(true);
  });

  it("caps the issues of one call", () => {
    const r = parseCalendarEvents(Array.from({ length: 5000 }, () => ({ id: 1 })));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.length).toBeLessThanOrEqual(101);
      expect(r.issues.at(-1)?.code).toBe("core.too-many-issues");
    }
  });
});

describe("to-be-determined events without a window", () => {
  it("are one not-placeable finding, not a clash with every event, and do not distort suggestions", () => {
    const others = Array.from({ length: 20 }, (_, i) =>
      event(`e${i}`, { when: onDays(`2024-0${1 + (i % 9)}-1${i % 10}`) }),
    );
    const tbd = event("tbd", { when: toBeDetermined() });
    const found = findConflicts([...others, tbd]);
    const aboutTbd = found.filter((c) => c.subjects.includes("tbd"));
    expect(aboutTbd).toHaveLength(1);
    expect(aboutTbd[0]!.code).toBe("calendar.not-placeable");
    const request = { durationDays: 2, window: inMonth("2024-10"), audiences: ["ministers"] };
    expect(JSON.stringify(suggestDates(request, [...others, tbd]).map((s) => [s.start, s.penalty]))).toBe(
      JSON.stringify(suggestDates(request, others).map((s) => [s.start, s.penalty])),
    );
  });
});

describe("audiences are compared in linear time", () => {
  it(
    "two events with 30,000 audiences each give one conflict with every shared audience",
    () => {
      const many = Array.from({ length: 30_000 }, (_, i) => `aud-${i}`);
      const a = event("a", { audiences: many });
      const b = event("b", { audiences: [...many].reverse() });
      const [c] = findConflicts([a, b]);
      expect(c?.grade).toBe("high");
      expect(c?.sharedAudiences).toHaveLength(30_000);
      expect(conflictBetween(a, b)?.score).toBe(1);
    },
    T,
  );
});

describe("typed options are checked at run time", () => {
  it("names the option in a TypeError", () => {
    const events = [event("a"), event("b")];
    expect(() => findConflicts(events, { locale: "fr" as never })).toThrow(/locale/);
    expect(() => findConflicts(events, { travelBufferDays: "2" as never })).toThrow(/travelBufferDays/);
    expect(() => findConflicts(events, { travelBufferDays: Number.NaN })).toThrow(/travelBufferDays/);
    expect(() => findConflicts(events, { minGrade: "urgent" as never })).toThrow(/minGrade/);
    expect(() => findConflicts(events, { maxFindings: -1 })).toThrow(/maxFindings/);
    expect(() => findConflicts(events, { audienceLinks: { x: "y" } as never })).toThrow(/audienceLinks/);
    expect(() => checkCalendar(events, [], { locale: "EN" as never })).toThrow(/locale/);
    expect(() => toICalendar(events, { stamp: "31/12/2023" as never })).toThrow(/stamp/);
    expect(() => toICalendar(events, { locale: "pt" as never })).toThrow(/locale/);
    expect(() => audienceLabel("unknown-audience", "fr" as never)).toThrow(/locale/);
    expect(() => calendarLabel("low", "ES" as never)).toThrow(/locale/);
    expect(() => explainConflict(findConflicts(events)[0]!, "pt" as never)).toThrow(/locale/);
    expect(() => suggestDates({ durationDays: 0, window: inMonth("2024-05"), audiences: [] }, events)).toThrow(
      /durationDays/,
    );
    expect(() =>
      suggestDates(
        { durationDays: 2, window: { kind: "days", start: "2024-13-45", end: "2024-13-45" } as never, audiences: [] },
        events,
      ),
    ).toThrow(/window/);
  });
});

describe("parseCalendarEvents never throws (fuzz)", () => {
  it(
    "over any value",
    () => {
      fc.assert(
        fc.property(anyValue(), (value) => {
          const r = parseCalendarEvents(value);
          expect(typeof r.ok).toBe("boolean");
        }),
        { numRuns: 300 },
      );
    },
    T,
  );

  it(
    "over mutations of valid events; accepted events never make the other functions throw",
    () => {
      const paths: string[][] = [
        ["id"],
        ["kind"],
        ["status"],
        ["format"],
        ["when"],
        ["when", "start"],
        ["when", "end"],
        ["audiences"],
        ["partOf"],
        ["title"],
        ["location"],
      ];
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: valid.length - 1 }),
          fc.constantFrom(...paths),
          fc.oneof(
            fc.anything(),
            fc.constantFrom(
              "9999-12-31",
              "0001-01-01",
              "2024-02-30",
              "",
              "2024-13",
              { kind: "tbd" },
              { kind: "days", start: "9999-12-31", end: "9999-12-31" },
            ),
          ),
          (index, path, value) => {
            const copy = structuredClone(valid) as Record<string, unknown>[];
            let target = copy[index]!;
            for (const key of path.slice(0, -1)) target = (target[key] ?? {}) as Record<string, unknown>;
            target[path.at(-1)!] = value;
            const r = parseCalendarEvents(copy);
            expect(typeof r.ok).toBe("boolean");
            if (r.ok) {
              findConflicts(r.value).map((c) => c.explanation);
              checkCalendar(r.value, [
                { kind: "holy-week", id: "hw" },
                { kind: "deadlines", id: "d" },
              ]);
              toICalendar(r.value);
            }
          },
        ),
        { numRuns: 300 },
      );
    },
    T,
  );
});
