import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compareConflicts,
  conflictBetween,
  conflictToJSON,
  explainConflict,
  findConflicts,
  type CalendarEvent,
  type Conflict,
  type FindConflictsOptions,
} from "iacml/calendar";
import {
  formatIssue,
  formatSuggestion,
  inMonth,
  inMonths,
  onDays,
  oneOf,
  overlaps,
  possibleDays,
  toBeDetermined,
} from "iacml/core";
import { calendarArb, dateSpecArb, deepFreeze } from "./arbitraries.js";
// The general (slow) comparison the sweep's fast paths must agree with.
import { withinDays } from "../../src/calendar/day-math.js";

const event = (id: string, over: Partial<CalendarEvent>): CalendarEvent => ({
  id,
  title: { en: id.toUpperCase(), es: `${id.toUpperCase()} (es)` },
  kind: "meeting",
  when: onDays("2024-06-10"),
  status: "confirmed",
  format: "in-person",
  audiences: ["ministers"],
  ...over,
});

const keyOf = (c: Conflict) => `${c.code}|${c.subjects.join(",")}|${c.grade}|${c.severity}`;

/** The oracle: every pair, no sweep. */
function allPairs(events: readonly CalendarEvent[], options: FindConflictsOptions): Conflict[] {
  const live = events.filter(
    (e) => e.status !== "cancelled" && ((options.includeTentative ?? true) ? true : e.status === "confirmed"),
  );
  const out: Conflict[] = [];
  for (let i = 0; i < live.length; i++)
    for (let j = i + 1; j < live.length; j++) {
      const c = conflictBetween(live[i]!, live[j]!, options, live);
      if (c) out.push(c);
    }
  return out;
}

describe("findConflicts", () => {
  it("reports a certain overlap with the shared days and both titles", () => {
    const [c] = findConflicts([
      event("a", { when: onDays("2024-06-10", "2024-06-12") }),
      event("b", { when: onDays("2024-06-12", "2024-06-14") }),
    ]);
    expect(c?.code).toBe("calendar.overlap-certain");
    expect(c?.certainty).toBe("certain");
    expect(c?.certainDays).toEqual([{ start: "2024-06-12", end: "2024-06-12" }]);
    expect(c?.subjects).toEqual(["a", "b"]);
    expect(c?.grade).toBe("high");
    expect(c?.severity).toBe("error");
    expect(c?.explanation).toContain("A and B overlap on June 12, 2024");
    // The ISO days stay in params for code; the words are for people.
    expect(c?.params).toMatchObject({
      days: "2024-06-12",
      daysText: "June 12, 2024",
      daysTextEs: "12 de junio de 2024",
    });
  });

  it("never shows an ISO date to a person, in either language, on random calendars (property)", () => {
    fc.assert(
      fc.property(calendarArb(15), fc.integer({ min: 0, max: 3 }), (events, buffer) => {
        for (const c of findConflicts(events, { travelBufferDays: buffer })) {
          for (const l of ["en", "es"] as const) {
            expect(formatIssue(c, l)).not.toMatch(/\d{4}-\d{2}-\d{2}/);
            expect(formatSuggestion(c, l) ?? "").not.toMatch(/\d{4}-\d{2}-\d{2}/);
          }
          if (c.grade === "high") expect(c.suggestionCode).toBe("calendar.suggest-check-dates");
        }
      }),
      { numRuns: 40 },
    );
  }, 30_000);

  it("writes the days in words in Spanish and gives high conflicts a suggestion in both languages", () => {
    const a = event("a", { when: onDays("2024-06-10", "2024-06-12") });
    const b = event("b", { when: onDays("2024-06-12", "2024-06-14") });
    const [c] = findConflicts([a, b], { locale: "es" });
    expect(c?.explanation).toMatch(/^A \(es\) y B \(es\) coinciden el 12 de junio de 2024; públicos comunes: /);
    expect(c?.grade).toBe("high");
    expect(c?.suggestionCode).toBe("calendar.suggest-check-dates");
    expect(c?.suggestion).toMatch(/^Check the dates of A and B with their organizers/);
    expect(formatSuggestion(c!, "es")).toMatch(/^Verifique con los organizadores las fechas de A \(es\) y B \(es\)/);
    expect(JSON.parse(JSON.stringify(c))).toMatchObject({ suggestionCode: "calendar.suggest-check-dates" });
    const [long] = findConflicts([a, { ...b, when: onDays("2024-06-01", "2024-06-30") }], { locale: "es" });
    expect(long?.explanation).toContain("coinciden del 10 al 12 de junio de 2024");
    const [low] = findConflicts([a, { ...b, kind: "deadline", audiences: ["ceatal"] }]);
    if (low && low.grade !== "high") expect(low.suggestion).toBeUndefined();
  });

  it("reports a possible overlap for a month against days inside it, in Spanish too", () => {
    const xxii = event("xxii", {
      kind: "conference",
      when: inMonth("2024-11"),
      audiences: ["ministers", "cosate", "ceatal"],
    });
    const gb = event("gb", { kind: "external", when: onDays("2024-10-28", "2024-11-07"), audiences: ["ministers"] });
    const [c] = findConflicts([xxii, gb], { locale: "es" });
    expect(c?.certainty).toBe("possible");
    expect(c?.possibleDays).toEqual([{ start: "2024-11-01", end: "2024-11-07" }]);
    expect(c?.explanation).toContain("podrían coincidir");
    expect(formatIssue(c!, "es")).toBe(c?.explanation);
    expect(c?.grade).toBe("high");
    expect(c?.severity).toBe("warning");
  });

  it("grades by shared audiences, links, kinds and statuses", () => {
    const a = event("a", { audiences: ["ministers", "cosate", "ceatal", "wg"] });
    expect(conflictBetween(a, event("b", { audiences: ["ministers", "x", "y"] }))?.grade).toBe("medium");
    expect(conflictBetween(a, event("b", { audiences: ["other"] }))?.grade).toBe("low");
    expect(conflictBetween(a, event("b", { audiences: ["other"] }))?.severity).toBe("info");
    expect(
      conflictBetween(a, event("b", { audiences: ["other"] }), { audienceLinks: { other: ["cosate", "ceatal"] } })
        ?.grade,
    ).toBe("high");
    expect(conflictBetween(a, event("b", { kind: "deadline" }))?.grade).toBe("low");
    expect(conflictBetween(event("x", {}), event("y", { status: "to-be-confirmed" }))?.grade).toBe("high");
    expect(
      conflictBetween(
        event("x", { audiences: ["ministers", "a"] }),
        event("y", { status: "to-be-confirmed", audiences: ["ministers", "b"] }),
      )?.grade,
    ).toBe("medium");
    expect(conflictBetween(event("x", {}), event("y", { kind: "blackout", audiences: [] }))?.sharedAudiences).toEqual([
      "ministers",
    ]);
  });

  it("never reports an event held inside another, even through a chain", () => {
    const ga = event("ga", { kind: "external", audiences: ["ministers", "cosate"] });
    const dialogue = event("dialogue", { kind: "dialogue", partOf: "ga", audiences: ["cosate"] });
    const panel = event("panel", { partOf: "dialogue", audiences: ["cosate"] });
    expect(findConflicts([ga, dialogue, panel])).toEqual([]);
    expect(conflictBetween(ga, dialogue)).toBeUndefined();
  });

  it("ignores cancelled events and, by option, tentative ones", () => {
    const a = event("a", {});
    expect(findConflicts([a, event("b", { status: "cancelled" })])).toEqual([]);
    expect(findConflicts([a, event("b", { status: "tentative" })])).toHaveLength(1);
    expect(findConflicts([a, event("b", { status: "tentative" })], { includeTentative: false })).toEqual([]);
  });

  it("requires travel days between in-person events in different countries for a shared audience", () => {
    const a = event("a", { when: onDays("2024-06-10"), location: { country: "CO" } });
    const b = event("b", { when: onDays("2024-06-11"), location: { country: "US" } });
    const [c] = findConflicts([a, b]);
    expect(c?.code).toBe("calendar.too-close-certain");
    expect(c?.kind).toBe("too-close");
    expect(findConflicts([a, b], { travelBufferDays: 0 })).toEqual([]);
    expect(findConflicts([a, { ...b, location: { country: "CO" } }])).toEqual([]);
    expect(findConflicts([a, { ...b, format: "virtual" }])).toEqual([]);
    expect(findConflicts([a, { ...b, when: onDays("2024-06-12") }])).toEqual([]);
    expect(findConflicts([a, { ...b, when: onDays("2024-06-12") }], { travelBufferDays: 2 })).toHaveLength(1);
    const possible = findConflicts([a, { ...b, when: inMonth("2024-06") }], { travelBufferDays: 2 });
    expect(possible[0]?.certainty).toBe("possible");
    const monthNear = findConflicts([
      { ...a, when: onDays("2024-05-31") },
      { ...b, when: inMonth("2024-06") },
    ]);
    expect(monthNear[0]?.code).toBe("calendar.too-close-possible");
  });

  it("keeps only conflicts at or above minGrade", () => {
    const events = [event("a", {}), event("b", { audiences: ["other"] })];
    expect(findConflicts(events, { minGrade: "medium" })).toEqual([]);
    expect(findConflicts(events, { minGrade: "low" })).toHaveLength(1);
  });

  it("reports an unbounded to-be-determined event once as not placeable, not as a clash with everything", () => {
    const events = [
      event("a", { when: toBeDetermined() }),
      event("b", { when: onDays("2030-01-01") }),
      event("c", { when: onDays("1999-01-01") }),
    ];
    const found = findConflicts(events, { locale: "es" });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      code: "calendar.not-placeable",
      kind: "not-placeable",
      subjects: ["a"],
      grade: "low",
    });
    expect(found[0]!.explanation).toContain("A (es) aún no tiene fecha ni ventana");
    expect(conflictBetween(events[0]!, events[1]!)).toBeUndefined();
  });

  it("finds a certain overlap for 'April or May' against a span covering both", () => {
    const a = event("a", { when: oneOf(inMonth("2024-04"), inMonth("2024-05")) });
    const b = event("b", { when: inMonths("2024-03", "2024-06") });
    expect(findConflicts([a, b])[0]?.certainty).toBe("possible");
    const c = event("c", { when: onDays("2024-03-15", "2024-06-15") });
    expect(findConflicts([a, c])[0]?.certainty).toBe("certain");
  });
});

describe("findConflicts properties", () => {
  it("finds exactly what the all-pairs oracle finds, on random calendars with imprecise dates", () => {
    fc.assert(
      fc.property(calendarArb(25), fc.integer({ min: 0, max: 3 }), fc.boolean(), (events, buffer, tentative) => {
        const options = { travelBufferDays: buffer, includeTentative: tentative };
        const sweep = findConflicts(events, options)
          .filter((c) => c.subjects.length === 2)
          .map(keyOf)
          .sort();
        const oracle = allPairs(events, options).map(keyOf).sort();
        expect(sweep).toEqual(oracle);
      }),
      { numRuns: 300 },
    );
  });

  it("is symmetric and does not depend on input order", () => {
    fc.assert(
      fc.property(calendarArb(20), fc.integer(), (events, seed) => {
        const shuffled = [...events].sort(
          (x, y) => ((x.id.length * 31 + seed) % 7) - ((y.id.length * 17 + seed) % 5) || (seed % 2 ? 1 : -1),
        );
        const plain = (cs: Conflict[]) => cs.map(conflictToJSON);
        const found = findConflicts(events, { travelBufferDays: Math.abs(seed % 3) });
        expect(plain([...found].sort(compareConflicts))).toEqual(plain(found));
        expect(plain(findConflicts(shuffled))).toEqual(plain(findConflicts(events)));
        expect(plain(findConflicts([...events].reverse()))).toEqual(plain(findConflicts(events)));
        for (let i = 0; i + 1 < events.length; i++) {
          const x = conflictBetween(events[i]!, events[i + 1]!, {}, events);
          const y = conflictBetween(events[i + 1]!, events[i]!, {}, events);
          expect(x && conflictToJSON(x)).toEqual(y && conflictToJSON(y));
        }
      }),
      { numRuns: 150 },
    );
  });

  it("never mutates its input", () => {
    fc.assert(
      fc.property(calendarArb(15), (events) => {
        const frozen = deepFreeze(structuredClone(events));
        expect(findConflicts(frozen).map(conflictToJSON)).toEqual(findConflicts(events).map(conflictToJSON));
      }),
      { numRuns: 50 },
    );
  });

  it("reports every conflict with its two subjects, certain only when certain days or buffer prove it", () => {
    fc.assert(
      fc.property(calendarArb(20), (events) => {
        for (const c of findConflicts(events, { travelBufferDays: 0 }).filter((x) => x.kind !== "not-placeable")) {
          expect(c.subjects).toHaveLength(2);
          expect(c.subjects[0]! < c.subjects[1]!).toBe(true);
          expect(c.possibleDays.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe("findConflicts at scale: bounds, lazy texts, fast paths", () => {
  it("keeps at most maxFindings conflicts and says how many were left out", () => {
    const crowd = Array.from({ length: 60 }, (_, i) =>
      event(`e${String(i).padStart(2, "0")}`, { when: onDays("2024-06-10", "2024-06-12") }),
    );
    const all = findConflicts(crowd, { maxFindings: Infinity });
    expect(all).toHaveLength((60 * 59) / 2);
    const some = findConflicts(crowd, { maxFindings: 100, locale: "es" });
    expect(some).toHaveLength(101);
    const last = some.at(-1)!;
    expect(last).toMatchObject({
      code: "calendar.conflicts-omitted",
      kind: "omitted",
      subjects: [],
      params: { omitted: 1670, kept: 100 },
    });
    expect(last.explanation).toBe(
      "Se omitieron otros 1.670 conflictos después de los primeros 100 (el límite maxFindings)",
    );
    expect(explainConflict(last, "en")).toBe(
      "1,670 more conflicts were left out after the first 100 (the maxFindings limit)",
    );
    const one = findConflicts(crowd.slice(0, 3), { maxFindings: 2 }).at(-1)!;
    expect(one.explanation).toBe("1 more conflict was left out after the first 2 (the maxFindings limit)");
    expect(explainConflict(one, "es")).toBe(
      "Se omitió 1 conflicto más después de los primeros 2 (el límite maxFindings)",
    );
    expect(findConflicts(crowd).length).toBe(1770);
  });

  it("builds texts on first read, the same as explainConflict and JSON", () => {
    const found = findConflicts(
      [
        event("a", { when: inMonth("2024-06") }),
        event("b", { when: onDays("2024-06-12"), audiences: ["ministers", "cosate"] }),
      ],
      { locale: "es" },
    );
    const c = found[0]!;
    expect(c.explanation).toBe(explainConflict(c, "es"));
    expect(c.message).toBe(explainConflict(c, "en"));
    expect(formatIssue(c, "es")).toBe(c.explanation);
    const plain = JSON.parse(JSON.stringify(c));
    expect(plain).toMatchObject({
      code: c.code,
      explanation: c.explanation,
      message: c.message,
      sharedAudiences: ["ministers"],
      possibleDays: [{ start: "2024-06-12", end: "2024-06-12" }],
    });
    expect(conflictToJSON(c)).toEqual(plain);
  });

  it("answers as the general comparisons do (overlaps, and the travel buffer) on random imprecise dates", () => {
    fc.assert(
      fc.property(dateSpecArb, dateSpecArb, fc.integer({ min: 0, max: 3 }), (x, y, buffer) => {
        const a = event("a", { when: x, location: { country: "AR" } });
        const b = event("b", { when: y, location: { country: "CL" } });
        const c = conflictBetween(a, b, { travelBufferDays: buffer });
        const bounded = possibleDays(x) !== undefined && possibleDays(y) !== undefined;
        if (!bounded) {
          expect(c).toBeUndefined();
          return;
        }
        const over = overlaps(x, y);
        const near = buffer > 0 && over !== "yes" ? withinDays(x, y, buffer) : "no";
        if (over === "no" && near === "no") {
          expect(c).toBeUndefined();
          return;
        }
        const kind = over === "yes" || (over === "possibly" && near !== "yes") ? "overlap" : "too-close";
        const tri = kind === "overlap" ? over : near;
        expect(c?.kind).toBe(kind);
        expect(c?.certainty).toBe(tri === "yes" ? "certain" : "possible");
      }),
      { numRuns: 500 },
    );
  }, 30_000);
});
