// RFC 5545 §3.1: content lines SHOULD NOT exceed 75 octets (CRLF excluded), a continuation line
// starts with one space (which counts), and folding must not split a UTF-8 character. Checked byte
// by byte, then read back by two independent parsers (node-ical and ical.js).
import ICAL from "ical.js";
import fc from "fast-check";
import nodeIcal from "node-ical";
import { describe, expect, it } from "vitest";
import { toICalendar, type CalendarEvent } from "iacml/calendar";
import { inMonth, onDays } from "iacml/core";

const event = (id: string, title: string, over: Partial<CalendarEvent> = {}): CalendarEvent => ({
  id,
  title: { en: title, es: `${title} (es)` },
  kind: "workshop",
  when: onDays("2024-11-10", "2024-11-12"),
  status: "confirmed",
  format: "in-person",
  location: { city: "Ciudad de Panamá", country: "PA" },
  audiences: ["ministers", "cosate", "ceatal", "gender-focal-points", "ilo-governing-body"],
  ...over,
});

/** Every physical line's length in octets, and whether a line break falls inside a character. */
function lineOctets(text: string): number[] {
  const bytes = Buffer.from(text, "utf8");
  expect(bytes.toString("utf8")).toBe(text); // no character was split into invalid UTF-8
  const lengths: number[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      lengths.push(i - start);
      start = i + 2;
      i++;
    }
  }
  expect(start).toBe(bytes.length); // the text ends with CRLF
  return lengths;
}

function unfold(text: string): string {
  return text.replace(/\r\n[ \t]/g, "");
}

const LONG = [
  "Hemispheric Workshop on Labor Inspection and Occupational Safety and Health in the Americas, second edition",
  "Taller hemisférico «Diálogo social, inspección laboral y trabajo decente» — Ciudad de Panamá, Panamá, año 2024",
  "Seminario 日本語の長いタイトルを含むイベント名で、複数バイトの文字が折り返し位置に来るように十分に長くします",
  "Encuentro 🤝🏽 de ministras y ministros 🌎 con emojis de cuatro octetos 🧑🏾‍🔧 en el límite 🎉🎉🎉🎉🎉🎉🎉🎉🎉",
];

describe("toICalendar folds lines at 75 octets", () => {
  it("never writes a physical line over 75 octets, counting the leading space, and never splits a character", () => {
    const ics = toICalendar(
      LONG.map((t, i) => event(`e${i}`, t)),
      { locale: "es" },
    );
    const lengths = lineOctets(ics);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(75);
    expect(lengths.some((n) => n >= 72)).toBe(true); // lines really are folded near the limit
    for (const line of ics.split("\r\n").slice(1))
      if (line.startsWith(" ")) expect(Buffer.byteLength(line)).toBeGreaterThan(1);
  });

  it("reads back the same titles and dates with node-ical and ical.js", () => {
    const events = LONG.map((t, i) =>
      event(`e${i}`, t, i === 1 ? { when: inMonth("2024-05"), status: "tentative" } : {}),
    );
    const ics = toICalendar(events, { locale: "es" });
    const parsed = Object.values(nodeIcal.sync.parseICS(ics)).filter((c) => c?.type === "VEVENT") as nodeIcal.VEvent[];
    expect(parsed.map((v) => v.summary).sort()).toEqual(events.map((e) => e.title.es).sort());
    const first = parsed.find((v) => v.uid === "e0@iacml")!;
    expect(String(first.description)).toContain(
      "Públicos: Ministros de Trabajo, COSATE, CEATAL, puntos focales de género, Consejo de Administración de la OIT",
    );
    expect(first.location).toBe("Ciudad de Panamá, Panamá");
    const cal = new ICAL.Component(ICAL.parse(ics));
    const summaries = cal.getAllSubcomponents("vevent").map((v) => v.getFirstPropertyValue("summary"));
    expect(summaries.sort()).toEqual(events.map((e) => e.title.es).sort());
    const may = cal.getAllSubcomponents("vevent").find((v) => v.getFirstPropertyValue("uid") === "e1@iacml")!;
    expect(String(may.getFirstPropertyValue("dtstart"))).toBe("2024-05-01");
    expect(String(may.getFirstPropertyValue("dtend"))).toBe("2024-06-01");
    expect(String(may.getFirstPropertyValue("description"))).toContain(
      "Precisión de la fecha: en algún momento de mayo de 2024",
    );
  });

  it("folds any title within 75 octets and unfolds to the same text (property)", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", minLength: 1, maxLength: 200 }),
        fc.string({ unit: "binary", minLength: 1, maxLength: 120 }),
        (a, b) => {
          const ics = toICalendar([event("p", a), event("q", b.replace(/[\u0000-\u001f\u007f]/g, "x") || "x")]);
          for (const n of lineOctets(ics)) expect(n).toBeLessThanOrEqual(75);
          const cal = new ICAL.Component(ICAL.parse(ics));
          const byUid = new Map(
            cal
              .getAllSubcomponents("vevent")
              .map((v) => [v.getFirstPropertyValue("uid"), v.getFirstPropertyValue("summary")]),
          );
          expect(byUid.get("p@iacml")).toBe(a);
          expect(
            unfold(ics)
              .split("\r\n")
              .some((l) => l.startsWith("SUMMARY:")),
          ).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  }, 30_000);
});
