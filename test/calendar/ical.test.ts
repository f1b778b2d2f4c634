import ICAL from "ical.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toICalendar, type CalendarEvent } from "iacml/calendar";
import { allOf, inMonth, onDays, oneOf, plainDate, toBeDetermined } from "iacml/core";
import { calendarArb } from "./arbitraries.js";

const event = (id: string, over: Partial<CalendarEvent>): CalendarEvent => ({
  id,
  title: { en: `Title ${id}`, es: `Título ${id}` },
  kind: "meeting",
  when: onDays("2024-11-10", "2024-11-12"),
  status: "confirmed",
  format: "in-person",
  location: { city: "Bogotá", country: "CO" },
  audiences: ["ministers", "cosate"],
  ...over,
});

function vevents(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents("vevent").map((v) => {
    const e = new ICAL.Event(v);
    const local = (t: ICAL.Time) => {
      const d = t.toJSDate(); // local midnight in the runner's TZ: a client's reading
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
    };
    return {
      uid: e.uid,
      summary: e.summary,
      isDate: e.startDate.isDate && e.endDate.isDate,
      start: local(e.startDate),
      end: local(e.endDate),
      status: v.getFirstPropertyValue("status"),
      precision: v.getFirstPropertyValue("x-iacml-precision"),
      description: e.description,
    };
  });
}

describe("toICalendar", () => {
  it("writes all-day events with exclusive end dates that a client reads back without day shifts", () => {
    const text = toICalendar([event("a", {})], { stamp: plainDate("2024-01-15") });
    expect(text).toContain("DTSTART;VALUE=DATE:20241110");
    expect(text).toContain("DTEND;VALUE=DATE:20241113");
    expect(text).toContain("DTSTAMP:20240115T000000Z");
    expect(text.split("\r\n").every((line) => line.length <= 75)).toBe(true);
    expect(vevents(text)).toEqual([
      expect.objectContaining({
        uid: "a@iacml",
        start: "2024-11-10",
        end: "2024-11-13",
        isDate: true,
        status: "CONFIRMED",
        precision: "exact",
      }),
    ]);
  });

  it("exports imprecise dates as tentative spans and states the precision", () => {
    const text = toICalendar(
      [
        event("xxii", { when: inMonth("2024-11") }),
        event("ws", { when: oneOf(inMonth("2024-04"), inMonth("2024-05")), status: "to-be-confirmed" }),
        event("t", {
          when: toBeDetermined({ start: "2024-01-01", end: "2024-12-31" }),
          time: { start: "10:00", end: "12:00", timeZone: "America/Bogota" },
        }),
        event("tbd", { when: toBeDetermined() }),
        event("x", { status: "cancelled" }),
        event("m", { when: inMonth("2024-03") }),
      ],
      { locale: "es" },
    );
    const read = vevents(text);
    expect(read.map((e) => [e.uid, e.start, e.end, e.status, e.precision])).toEqual([
      ["xxii@iacml", "2024-11-01", "2024-12-01", "TENTATIVE", "month"],
      ["ws@iacml", "2024-04-01", "2024-06-01", "TENTATIVE", "oneOf"],
      ["t@iacml", "2024-01-01", "2025-01-01", "TENTATIVE", "tbd"],
      ["x@iacml", "2024-11-10", "2024-11-13", "CANCELLED", "exact"],
      ["m@iacml", "2024-03-01", "2024-04-01", "TENTATIVE", "month"],
    ]);
    expect(read[0]?.summary).toBe("Título xxii");
    expect(read[0]?.description).toContain("Precisión de la fecha: en algún momento de noviembre de 2024");
    expect(read[0]?.description).toContain("Estado: confirmado (días exactos aún por fijar)");
    expect(read[1]?.description).toContain(
      "una de estas: en algún momento de abril de 2024 o en algún momento de mayo de 2024",
    );
    expect(read[2]?.description).toContain("por determinar, entre el 1 de enero de 2024 y el 31 de diciembre de 2024");
    for (const e of read) expect(e.description).not.toMatch(/\d{4}-\d{2}/);
    expect(read[1]?.description).toContain("Estado: por confirmar; formato: presencial");
    expect(read[2]?.description).toContain("Hora: 10:00-12:00 (America/Bogota)");
    const en = vevents(toICalendar([event("ws", { when: oneOf(inMonth("2024-04"), inMonth("2024-05")) })]));
    expect(en[0]?.description).toContain("one of: some time in April 2024 or some time in May 2024");
    expect(en[0]?.description).toContain("Audiences: Ministers of Labor, COSATE");
  });

  it("marks attended events with exact days busy (OPAQUE) and deadlines, calls, blackouts, cancelled and imprecise ones free", () => {
    const transp = (e: CalendarEvent) => /TRANSP:(\w+)/.exec(toICalendar([e]))?.[1];
    expect(transp(event("m", {}))).toBe("OPAQUE");
    expect(transp(event("v", { format: "virtual", location: {} as never }))).toBe("OPAQUE");
    expect(transp(event("d", { kind: "deadline" }))).toBe("TRANSPARENT");
    expect(transp(event("c", { kind: "call" }))).toBe("TRANSPARENT");
    expect(transp(event("b", { kind: "blackout" }))).toBe("TRANSPARENT");
    expect(transp(event("x", { status: "cancelled" }))).toBe("TRANSPARENT");
    expect(transp(event("n", { when: inMonth("2024-11") }))).toBe("TRANSPARENT");
  });

  it("writes the country's name in LOCATION and leaves the format out for calls and deadlines", () => {
    const us = event("us", { location: { city: "Washington, D.C.", country: "US" } });
    const en = new ICAL.Component(ICAL.parse(toICalendar([us]))).getFirstSubcomponent("vevent")!;
    expect(en.getFirstPropertyValue("location")).toBe("Washington, D.C., United States");
    const es = new ICAL.Component(ICAL.parse(toICalendar([us], { locale: "es" }))).getFirstSubcomponent("vevent")!;
    expect(es.getFirstPropertyValue("location")).toBe("Washington, D.C., Estados Unidos");
    expect(vevents(toICalendar([event("c", { kind: "call" })], { locale: "es" }))[0]?.description).not.toContain(
      "formato",
    );
    expect(vevents(toICalendar([event("m", {})], { locale: "es" }))[0]?.description).toContain(
      "Precisión de la fecha: del 10 al 12 de noviembre de 2024",
    );
  });

  it("writes one VEVENT per run of days for separate dates", () => {
    const read = vevents(
      toICalendar([
        event("wg", {
          when: allOf(onDays("2020-09-10"), onDays("2020-09-15")),
          format: "virtual",
          location: {} as never,
        }),
      ]),
    );
    expect(read.map((e) => [e.uid, e.start, e.end])).toEqual([
      ["wg-1@iacml", "2020-09-10", "2020-09-11"],
      ["wg-2@iacml", "2020-09-15", "2020-09-16"],
    ]);
  });

  it("round-trips the days of every event through ical.js (property, any TZ)", () => {
    fc.assert(
      fc.property(calendarArb(10), (events) => {
        const read = vevents(toICalendar(events));
        for (const e of read) {
          expect(e.isDate).toBe(true);
          expect(e.start < e.end).toBe(true);
        }
        const precise = events.filter((e) => e.when.kind === "days");
        for (const e of precise) {
          const r = read.find((x) => x.uid === `${e.id}@iacml`);
          expect(r?.start).toBe(e.when.kind === "days" ? e.when.start : "");
        }
      }),
      { numRuns: 60 },
    );
  });
});
