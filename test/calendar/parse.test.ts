import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCalendarEvents, CalendarEventSchema } from "iacml/calendar";

const valid = {
  id: "xxii",
  title: { en: "XXII IACML" },
  kind: "conference",
  when: { kind: "month", month: "2024-11" },
  status: "tentative",
  format: "in-person",
  audiences: ["ministers"],
};

describe("parseCalendarEvents", () => {
  it("accepts valid events", () => {
    const r = parseCalendarEvents([valid, { ...valid, id: "d", partOf: "xxii" }]);
    expect(r.ok && r.value.map((e) => e.id)).toEqual(["xxii", "d"]);
  });

  it("reports bad fields with paths, duplicate ids and unknown parents", () => {
    const bad = parseCalendarEvents([{ ...valid, kind: "party", when: { kind: "month", month: "2024-13" } }]);
    expect(!bad.ok && bad.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["calendar.invalid-event", "0.kind"],
      ["calendar.invalid-event", "0.when.month"],
    ]);
    const dup = parseCalendarEvents([valid, valid, { ...valid, id: "z", partOf: "ghost" }]);
    expect(!dup.ok && dup.issues.map((i) => i.code)).toEqual(["calendar.duplicate-id", "calendar.unknown-parent"]);
  });

  it("never throws on arbitrary JSON", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const r = parseCalendarEvents(json);
        expect(typeof r.ok).toBe("boolean");
      }),
    );
    fc.assert(fc.property(fc.anything(), (x) => void parseCalendarEvents([x])));
  });

  it("has a JSON Schema", () => {
    expect(JSON.stringify(CalendarEventSchema.toJSONSchema?.() ?? {})).toContain("audiences");
  });
});
