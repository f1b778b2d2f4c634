// Gap messages count in words that agree with the number and say how far apart the events are.
import { describe, expect, it } from "vitest";
import { checkCalendar, type CalendarEvent, type CalendarRuleInput } from "iacml/calendar";
import { formatIssue, inMonth, onDays, type DateSpec } from "iacml/core";

const meeting = (id: string, when: DateSpec, kind: CalendarEvent["kind"] = "meeting"): CalendarEvent => ({
  id,
  title: { en: `Meeting ${id.toUpperCase()}`, es: `Reunión ${id.toUpperCase()}` },
  kind,
  when,
  status: "confirmed",
  format: "virtual",
  audiences: ["ministers"],
});
const events = [
  meeting("a", onDays("2024-03-04", "2024-03-05")),
  meeting("b", onDays("2024-04-10", "2024-04-11")),
  meeting("c", inMonth("2024-05")),
  meeting("d", onDays("2024-03-01", "2024-03-02")),
];
const texts = (rules: CalendarRuleInput[]) =>
  checkCalendar(events, rules).map((f) => [f.message, formatIssue(f, "es")] as const);

describe("min-gap messages", () => {
  it("say how far before the other event the first one is", () => {
    expect(texts([{ kind: "min-gap", id: "g", before: "a", after: "b", months: 3 }])).toEqual([
      [
        "Meeting A is not at least 3 months before Meeting B (1 month before it)",
        "Reunión A no es al menos 3 meses antes de Reunión B (1 mes antes)",
      ],
    ]);
    expect(texts([{ kind: "min-gap", id: "g", before: "a", after: "c", months: 3 }])).toEqual([
      [
        "Meeting A is not at least 3 months before Meeting C (between 1 and 2 months before it)",
        "Reunión A no es al menos 3 meses antes de Reunión C (entre 1 y 2 meses antes)",
      ],
    ]);
    expect(texts([{ kind: "min-gap", id: "g", before: "a", after: "b", days: 60 }])).toEqual([
      [
        "Meeting A is not at least 60 days before Meeting B (36 days before it)",
        "Reunión A no es al menos 60 días antes de Reunión B (36 días antes)",
      ],
    ]);
  });

  it("use the singular for one and say when the order is the other way round", () => {
    expect(texts([{ kind: "min-gap", id: "g", before: "a", after: "d", months: 1 }])).toEqual([
      [
        "Meeting A is not at least 1 month before Meeting D (it comes after it)",
        "Reunión A no es al menos 1 mes antes de Reunión D (es posterior)",
      ],
    ]);
    for (const [message, spanish] of texts([{ kind: "min-gap", id: "g", before: "a", after: "d", days: 1 }])) {
      expect(message).toContain("at least 1 day before");
      expect(spanish).toContain("al menos 1 día antes");
    }
  });

  it("never write a hedge like day(s), a question mark or a minus sign", () => {
    const rules: CalendarRuleInput[] = ["b", "c", "d"].flatMap((after) => [
      { kind: "min-gap", id: `m-${after}`, before: "a", after, months: 2 },
      { kind: "min-gap", id: `d-${after}`, before: "a", after, days: 1 },
    ]);
    const all = texts(rules).flat();
    expect(all.length).toBeGreaterThan(0);
    for (const text of all) expect(text).not.toMatch(/\(s\)|\?|-\d/);
  });
});
