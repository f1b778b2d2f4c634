import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffCalendars, findConflicts, suggestDates, type CalendarEvent } from "iacml/calendar";
import { dayOfWeek, inMonth, onDays, oneOf, toBeDetermined } from "iacml/core";
import { calendarArb, deepFreeze } from "./arbitraries.js";

const event = (id: string, over: Partial<CalendarEvent>): CalendarEvent => ({
  id,
  title: { en: id, es: `${id}-es` },
  kind: "meeting",
  when: onDays("2024-04-10"),
  status: "confirmed",
  format: "in-person",
  location: { country: "US" },
  audiences: ["ministers"],
  ...over,
});

const aprilOrMay = oneOf(inMonth("2024-04"), inMonth("2024-05"));

describe("suggestDates", () => {
  it("suggests weekday windows inside the window, away from Holy Week and from clashes", () => {
    const events = [event("busy", { when: onDays("2024-04-01", "2024-04-30") })];
    const s = suggestDates({ durationDays: 2, window: aprilOrMay, audiences: ["ministers"], country: "CR" }, events, [
      { kind: "holy-week", id: "hw" },
    ]);
    expect(s.length).toBe(5);
    for (const x of s) {
      expect(x.start >= "2024-05-02").toBe(true); // April is busy, plus one travel day
      expect(x.end <= "2024-05-31").toBe(true);
      expect([x.start, x.end].every((d) => dayOfWeek(d) !== 0 && dayOfWeek(d) !== 6)).toBe(true);
      expect(x.reasons.length).toBeGreaterThan(0);
    }
    const starts = s.map((x) => x.start);
    expect(new Set(starts).size).toBe(starts.length);
  });

  it("explains the nearest event for the same audiences, in Spanish too", () => {
    const events = [event("near", { when: onDays("2024-05-06") })];
    const [best] = suggestDates(
      { durationDays: 1, window: onDays("2024-05-08", "2024-05-10"), audiences: ["ministers"], count: 1 },
      events,
      [],
      { locale: "es" },
    );
    expect(best?.start).toBe("2024-05-10");
    expect(best?.reasons.map((r) => r.code)).toContain("calendar.reason-nearest-event");
    expect(best?.reasons.find((r) => r.code === "calendar.reason-nearest-event")?.message).toContain("near-es");
    // A proper plural, never "día(s)".
    expect(best?.reasons.find((r) => r.code === "calendar.reason-nearest-event")?.message).toMatch(/, a 4 días$/);
    const [next] = suggestDates(
      { durationDays: 1, window: onDays("2024-05-07"), audiences: ["ministers"], count: 1 },
      events,
      [],
      { locale: "es" },
    );
    expect(next?.reasons.find((r) => r.code === "calendar.reason-nearest-event")?.message).toMatch(/, a 1 día$/);
  });

  it("keeps soft findings (possible clashes) and ranks them after clean dates", () => {
    const vague = event("vague", { when: inMonth("2024-05"), status: "tentative" });
    const s = suggestDates(
      {
        durationDays: 1,
        window: onDays("2024-04-29", "2024-05-03"),
        audiences: ["ministers"],
        weekdaysOnly: false,
        count: 10,
      },
      [vague],
    );
    expect(s[0]?.findings).toEqual([]);
    expect(s.some((x) => x.findings.some((f) => f.certainty === "possible"))).toBe(true);
    expect(s.map((x) => x.penalty)).toEqual([...s.map((x) => x.penalty)].sort((a, b) => a - b));
  });

  it("returns nothing for an unbounded window", () => {
    expect(suggestDates({ durationDays: 1, window: toBeDetermined(), audiences: [] }, [])).toEqual([]);
  });

  it("every suggestion is free of hard conflicts by findConflicts (property)", () => {
    fc.assert(
      fc.property(
        calendarArb(20),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 12 }),
        (events, duration, m) => {
          const window = inMonth(`2024-${String(m).padStart(2, "0")}`);
          const request = {
            durationDays: duration,
            window,
            audiences: ["ministers", "cosate"],
            country: "CR",
            weekdaysOnly: false,
          };
          const suggestions = suggestDates(request, deepFreeze(events));
          for (const s of suggestions) {
            const found = findConflicts([...events, s.event]).filter((c) => c.subjects.includes("suggested"));
            expect(found.filter((c) => c.certainty === "certain" && c.grade !== "low")).toEqual([]);
            expect(found.map((c) => c.subjects.join()).sort()).toEqual(s.findings.map((c) => c.subjects.join()).sort());
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("diffCalendars", () => {
  it("tells which findings appeared, disappeared or changed when dates moved", () => {
    const a = event("a", {});
    const b = event("b", {});
    const c = event("c", { when: inMonth("2024-06") });
    const before = [a, b, c, event("d", { when: onDays("2024-06-10") })];
    const after = [a, { ...b, when: onDays("2024-04-20") }, c, event("d", { when: onDays("2024-04-20") })];
    const diff = diffCalendars(before, after, { rules: [{ kind: "holy-week", id: "hw" }] });
    expect(diff.disappeared.map((f) => f.subjects.join("+"))).toEqual(["a+b", "c+d"]);
    expect(diff.appeared.map((f) => f.subjects.join("+"))).toEqual(["b+d"]);
    expect(diff.changed).toEqual([]);
    expect(diffCalendars(before, before).unchanged).toBe(findConflicts(before).length);
  });

  it("reports a change of certainty", () => {
    const a = event("a", {});
    const diff = diffCalendars([a, event("b", { when: inMonth("2024-04") })], [a, event("b", {})]);
    expect(diff.changed).toHaveLength(1);
    expect(diff.changed[0]?.before.certainty).toBe("possible");
    expect(diff.changed[0]?.after.certainty).toBe("certain");
  });

  it("diffing a calendar with itself finds nothing new (property)", () => {
    fc.assert(
      fc.property(calendarArb(15), (events) => {
        const d = diffCalendars(events, [...events].reverse());
        expect([d.appeared, d.disappeared, d.changed]).toEqual([[], [], []]);
      }),
      { numRuns: 50 },
    );
  });
});
