import { describe, expect, it } from "vitest";
import * as fc from "fast-check";
import { allOf, inMonth, inMonths, onDays, oneOf, toBeDetermined, plainDate } from "iacml/core";
import {
  buildPerformanceReport,
  processData,
  timelineShapes,
  timelineSpans,
  timelineSvg,
  type Timeline,
} from "iacml/reports";
import { dataset, rialBudget2022To2024 } from "iacml/data";

const built = buildPerformanceReport(processData(dataset, rialBudget2022To2024), { asOf: plainDate("2023-09-30") });
if (!built.ok) throw new Error("report");
const timeline = built.value.calendar.timeline;
const svg = timelineSvg(timeline);

/** The elements of an SVG string, each with its attributes, checked to nest properly. */
function parseSvg(text: string): { name: string; attrs: Record<string, string>; text: string }[] {
  const out: { name: string; attrs: Record<string, string>; text: string }[] = [];
  const stack: string[] = [];
  const re = /<(\/?)([a-z]+)([^>]*?)(\/?)>([^<]*)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const [, close, name, attrText, selfClose, after] = m;
    if (close) {
      expect(stack.pop()).toBe(name);
      continue;
    }
    const attrs = Object.fromEntries([...attrText!.matchAll(/([a-z-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!]));
    out.push({ name: name!, attrs, text: after!.trim() });
    if (!selfClose) stack.push(name!);
  }
  expect(stack).toEqual([]);
  return out;
}

describe("timelineSpans", () => {
  it("draws each alternative and each part apart, imprecise dates outlined", () => {
    expect(timelineSpans(oneOf(inMonth("2024-04"), inMonth("2024-05")))).toEqual([
      { start: "2024-04-01", end: "2024-04-30", exact: false },
      { start: "2024-05-01", end: "2024-05-31", exact: false },
    ]);
    expect(timelineSpans(allOf(onDays("2020-09-10"), onDays("2020-09-15"))).map((s) => s.exact)).toEqual([true, true]);
    expect(timelineSpans(inMonths("2024-07", "2024-08"))).toEqual([
      { start: "2024-07-01", end: "2024-08-31", exact: false },
    ]);
    expect(timelineSpans(toBeDetermined())).toEqual([]);
  });
});

describe("the calendar's timeline as SVG", () => {
  const elements = parseSvg(svg);
  const rects = elements.filter((e) => e.name === "rect");
  const spans = rects.filter((r) => r.attrs["class"]?.startsWith("span"));

  it("is a well-formed SVG with a month per column and a row per event", () => {
    expect(elements[0]).toMatchObject({ name: "svg" });
    expect(elements.filter((e) => e.name === "text" && e.attrs["class"] === "month")).toHaveLength(
      timeline.months.length,
    );
    expect(timeline.months[0]).toBe("2022-01");
    expect(timeline.months.at(-1)).toBe("2024-12");
    expect(elements.filter((e) => e.name === "text" && e.attrs["class"]?.startsWith("row"))).toHaveLength(
      timeline.rows.length,
    );
  });

  it("draws every span of every row, exact ones filled and imprecise ones outlined", () => {
    expect(spans).toHaveLength(timeline.rows.reduce((n, r) => n + r.spans.length, 0));
    timeline.rows.forEach((row, i) => {
      const mine = spans.filter((s) => s.attrs["data-row"] === String(i));
      expect(mine.map((s) => s.attrs["class"] === "span exact")).toEqual(row.spans.map((s) => s.exact));
    });
    const workshop = timeline.rows.findIndex((r) => r.label === "RIAL Workshop on new forms of employment");
    expect(timeline.rows[workshop]!.when).toBe("April–May 2024 (to be confirmed)");
    for (const s of spans.filter((x) => x.attrs["class"] === "span possible")) expect(s.attrs["fill"]).toBe("none");
  });

  it('draws "April or May" as two outlined spans', () => {
    const t: Timeline = {
      title: "t",
      locale: "en",
      months: ["2024-03", "2024-04", "2024-05", "2024-06"] as never[],
      conflicts: [],
      rows: [
        {
          id: "w",
          label: "Workshop",
          when: "April or May 2024",
          spans: timelineSpans(oneOf(inMonth("2024-04"), inMonth("2024-05"))),
          conflict: false,
        },
      ],
    };
    const two = parseSvg(timelineSvg(t)).filter((e) => e.attrs["class"] === "span possible");
    expect(two).toHaveLength(2);
    expect(Number(two[1]!.attrs["x"])).toBeGreaterThanOrEqual(
      Number(two[0]!.attrs["x"]) + Number(two[0]!.attrs["width"]) - 0.01,
    );
  });

  it("marks the conflicts worth marking in red, on both rows", () => {
    const marks = rects.filter((r) => r.attrs["class"]?.startsWith("conflict"));
    expect(marks).toHaveLength(timeline.conflicts.length * 2);
    const holyWeek = timeline.rows.findIndex((r) => r.label === "Holy Week 2024");
    const dialogue = timeline.rows.findIndex((r) => r.label === "RIAL/GENDER Virtual Dialogue, March 2024");
    expect(timeline.conflicts.some((c) => c.rows.includes(holyWeek) && c.rows.includes(dialogue))).toBe(true);
    expect(timeline.rows[dialogue]!.conflict).toBe(true);
  });

  it("is the same string for the same timeline, and escapes names", () => {
    expect(timelineSvg(timeline)).toBe(svg);
    const odd: Timeline = { ...timeline, rows: [{ ...timeline.rows[0]!, label: `A & B <"c">` }] };
    expect(timelineSvg(odd)).toContain("A &amp; B &lt;&quot;c&quot;&gt;");
  });

  it("keeps every shape inside the picture", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 3 }),
        (offset, day, length) => {
          const month = 1 + (offset % 12);
          const start = `2023-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
          const t: Timeline = {
            ...timeline,
            conflicts: [],
            rows: [
              { id: "x", label: "x", when: "", spans: timelineSpans(onDays(start, start)), conflict: false },
              ...timeline.rows.slice(0, length),
            ],
          };
          const { width, height, shapes } = timelineShapes(t);
          for (const s of shapes)
            if (s.kind === "rect")
              expect(s.x + s.width <= width + 0.01 && s.y + s.height <= height + 0.01 && s.x >= 0).toBe(true);
        },
      ),
      { numRuns: 30 },
    );
  }, 30_000);
});
