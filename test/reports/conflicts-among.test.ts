import { describe, expect, it } from "vitest";
import * as fc from "fast-check";
import { calendarEventsOfWorkPlan, compareConflicts, findConflicts, type Conflict } from "iacml/calendar";
import type { CalendarEvent } from "iacml/calendar";
import { dateSpecBounds, onDays } from "iacml/core";
import { dataset } from "iacml/data";
import { conflictsAmong } from "../../src/reports/check-sheet.js";

/** What the check sheet reads of a conflict, in order. */
const shown = (list: readonly Conflict[]) =>
  [...list].sort(compareConflicts).map((c) => ({
    code: c.code,
    severity: c.severity,
    certainty: c.certainty,
    grade: c.grade,
    subjects: [...c.subjects],
    certainDays: [...c.certainDays],
    possibleDays: [...c.possibleDays],
  }));

const { events } = calendarEventsOfWorkPlan(dataset, "wp-2022-2024", []);

describe("conflictsAmong", () => {
  it("gives the conflicts findConflicts finds among any part of the plan's events", () => {
    const all = findConflicts(events, { locale: "en" });
    fc.assert(
      fc.property(fc.subarray([...events]), (part) => {
        const derived = conflictsAmong(all, events, part);
        const direct = findConflicts(part, { locale: "en" });
        if (derived === undefined) return;
        expect(shown(derived)).toEqual(shown(direct));
      }),
      { numRuns: 200 },
    );
  });

  it("answers for the events still ahead on every month's end (the check sheet's use)", () => {
    const all = findConflicts(events, { locale: "en" });
    for (let year = 2021; year <= 2026; year++)
      for (let month = 1; month <= 12; month++) {
        const asOf = `${year}-${String(month).padStart(2, "0")}-28`;
        // As the check sheet keeps them: no bounds, or a last possible day not before the date.
        const ahead = events.filter((e) => {
          const bounds = dateSpecBounds(e.when);
          return bounds === undefined || bounds.latest >= asOf;
        });
        const derived = conflictsAmong(all, events, ahead);
        expect(derived).toBeDefined();
        expect(shown(derived!)).toEqual(shown(findConflicts(ahead, { locale: "en" })));
      }
  });

  it("declines when an event's partOf chain passes through an event left out", () => {
    const base = { kind: "meeting", status: "confirmed", format: "in-person", audiences: ["ministers"] } as const;
    const outer: CalendarEvent = {
      ...base,
      id: "outer",
      title: { en: "Outer" },
      when: onDays("2024-06-01", "2024-06-30"),
    };
    const middle: CalendarEvent = {
      ...base,
      id: "middle",
      title: { en: "Middle" },
      when: onDays("2024-06-10", "2024-06-12"),
      partOf: "outer",
    };
    const inner: CalendarEvent = {
      ...base,
      id: "inner",
      title: { en: "Inner" },
      when: onDays("2024-06-11"),
      partOf: "middle",
    };
    const all = [outer, middle, inner];
    const found = findConflicts(all);
    expect(conflictsAmong(found, all, [outer, inner])).toBeUndefined();
    expect(conflictsAmong(found, all, [middle, inner])).toBeUndefined();
    expect(shown(conflictsAmong(found, all, [outer, middle])!)).toEqual(shown(findConflicts([outer, middle])));
  });
});
