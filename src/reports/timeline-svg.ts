/**
 * Lays out a timeline as shapes and draws it as an SVG string: no browser, no fonts measured,
 * the same bytes for the same input.
 * @module
 */
import { toDayNumber, type PlainDate } from "../core/plain-date.js";
import { MONTHS_EN, MONTHS_ES } from "../core/date-spec/month-names.js";
import type { Timeline } from "./timeline.js";

/**
 * Sizes of a timeline picture, in SVG user units (pixels at 100 %).
 *
 * @example
 * ```ts
 * import type { TimelineLayout } from "iacml/reports";
 * const layout: TimelineLayout = { labelWidth: 280, monthWidth: 24, rowHeight: 16 };
 * ```
 */
export interface TimelineLayout {
  /** Width of the column of event names. */
  readonly labelWidth?: number;
  /** Width of one month. */
  readonly monthWidth?: number;
  /** Height of one row. */
  readonly rowHeight?: number;
}

/**
 * One shape of a laid-out timeline: a rectangle, a line or a text, with the class it is drawn
 * with (`span exact`, `span possible`, `conflict`, `year`, `month`, `grid`, `row`, `stripe`).
 *
 * @example
 * ```ts
 * import type { TimelineShape } from "iacml/reports";
 * const s: TimelineShape = { kind: "rect", cls: "span exact", x: 0, y: 0, width: 10, height: 10, fill: "#2e75b6" };
 * ```
 */
export type TimelineShape =
  | {
      readonly kind: "rect";
      readonly cls: string;
      readonly x: number;
      readonly y: number;
      readonly width: number;
      readonly height: number;
      readonly fill?: string;
      readonly stroke?: string;
      readonly dashed?: boolean;
      readonly opacity?: number;
      readonly row?: number;
    }
  | {
      readonly kind: "line";
      readonly cls: string;
      readonly x1: number;
      readonly y1: number;
      readonly x2: number;
      readonly y2: number;
      readonly stroke: string;
    }
  | {
      readonly kind: "text";
      readonly cls: string;
      readonly x: number;
      readonly y: number;
      readonly text: string;
      readonly anchor: "start" | "middle";
      readonly fill: string;
      readonly size: number;
      readonly bold?: boolean;
    };

const HEADER = 34;
const FOOT = 8;
const BLUE = "#2e75b6";
const RED = "#c00000";

/** A label cut to fit its column (about 5.6 units a character at 10 units). */
function fit(label: string, width: number): string {
  const max = Math.max(4, Math.floor((width - 8) / 5.6));
  return label.length <= max ? label : `${label.slice(0, max - 1)}…`;
}

/**
 * The size of the picture a timeline is drawn at.
 *
 * @example
 * ```ts
 * import { timelineSize } from "iacml/reports";
 * timelineSize({ title: "", locale: "en", months: [], rows: [], conflicts: [] }); // { width: 280, height: 42 }
 * ```
 */
export function timelineSize(timeline: Timeline, layout: TimelineLayout = {}): { width: number; height: number } {
  const labelWidth = layout.labelWidth ?? 280;
  const monthWidth = layout.monthWidth ?? 24;
  const rowHeight = layout.rowHeight ?? 16;
  return {
    width: labelWidth + timeline.months.length * monthWidth,
    height: HEADER + timeline.rows.length * rowHeight + FOOT,
  };
}

/**
 * Lays a timeline out as shapes: years and months across the top, a grid line per month, a
 * row per event with its name, a filled bar over the days of an exact date, an outlined
 * (dashed) bar over every day an imprecise date may fall on (one bar per alternative: "April or
 * May" is two), and a red band over the days of each marked conflict in both rows (whose names
 * are red). The SVG writer and any raster writer draw the same shapes.
 *
 * @example
 * ```ts
 * import { timelineShapes } from "iacml/reports";
 * const { shapes } = timelineShapes({ title: "", locale: "en", months: [], rows: [], conflicts: [] });
 * console.log(shapes.length); // 1 (the background)
 * ```
 */
export function timelineShapes(
  timeline: Timeline,
  layout: TimelineLayout = {},
): { width: number; height: number; shapes: TimelineShape[] } {
  const labelWidth = layout.labelWidth ?? 280;
  const monthWidth = layout.monthWidth ?? 24;
  const rowHeight = layout.rowHeight ?? 16;
  const { width, height } = timelineSize(timeline, layout);
  const months = timeline.months;
  const names = timeline.locale === "en" ? MONTHS_EN : MONTHS_ES;
  const first = months[0] ?? "";
  const monthIndex = new Map<string, number>(months.map((m, i) => [m, i] as const));
  // Each month has the same width; its days spread evenly inside it.
  const x = (day: PlainDate, endOfDay: boolean): number => {
    const month = day.slice(0, 7);
    const i = monthIndex.get(month);
    if (i === undefined) return month < first ? labelWidth : width;
    const monthStart = toDayNumber(`${month}-01` as PlainDate);
    const next = months[i + 1];
    const length = next === undefined ? 31 : toDayNumber(`${next}-01` as PlainDate) - monthStart;
    return labelWidth + (i + (toDayNumber(day) - monthStart + (endOfDay ? 1 : 0)) / length) * monthWidth;
  };
  const rowY = (i: number) => HEADER + i * rowHeight;
  const shapes: TimelineShape[] = [{ kind: "rect", cls: "background", x: 0, y: 0, width, height, fill: "#ffffff" }];
  const years = new Map<string, number[]>();
  months.forEach((m, i) => years.set(m.slice(0, 4), [...(years.get(m.slice(0, 4)) ?? []), i]));
  for (const [year, indexes] of years) {
    const x0 = labelWidth + indexes[0]! * monthWidth;
    const w = indexes.length * monthWidth;
    shapes.push({ kind: "rect", cls: "year", x: x0, y: 0, width: w, height: 16, fill: "#1f3864", stroke: "#ffffff" });
    shapes.push({
      kind: "text",
      cls: "year",
      x: x0 + w / 2,
      y: 12,
      text: year,
      anchor: "middle",
      fill: "#ffffff",
      size: 10,
      bold: true,
    });
  }
  timeline.rows.forEach((_row, i) => {
    if (i % 2 === 1)
      shapes.push({ kind: "rect", cls: "stripe", x: 0, y: rowY(i), width, height: rowHeight, fill: "#f4f6fa" });
  });
  months.forEach((m, i) => {
    const x0 = labelWidth + i * monthWidth;
    shapes.push({
      kind: "text",
      cls: "month",
      x: x0 + monthWidth / 2,
      y: 28,
      text: names[Number(m.slice(5, 7)) - 1]!.slice(0, 3),
      anchor: "middle",
      fill: "#333333",
      size: 8,
    });
    shapes.push({
      kind: "line",
      cls: "grid",
      x1: x0,
      y1: HEADER,
      x2: x0,
      y2: height - FOOT,
      stroke: m.endsWith("-01") ? "#999999" : "#e0e0e0",
    });
  });
  timeline.rows.forEach((row, i) => {
    const y = rowY(i);
    shapes.push({
      kind: "text",
      cls: row.conflict ? "row conflict" : "row",
      x: 4,
      y: y + rowHeight - 4,
      text: fit(row.label, labelWidth),
      anchor: "start",
      fill: row.conflict ? RED : "#000000",
      size: 10,
    });
    for (const s of row.spans) {
      const x0 = x(s.start, false);
      const w = Math.max(2, x(s.end, true) - x0);
      shapes.push(
        s.exact
          ? { kind: "rect", cls: "span exact", x: x0, y: y + 3, width: w, height: rowHeight - 6, fill: BLUE, row: i }
          : {
              kind: "rect",
              cls: "span possible",
              x: x0,
              y: y + 3,
              width: w,
              height: rowHeight - 6,
              stroke: BLUE,
              dashed: true,
              row: i,
            },
      );
    }
  });
  for (const c of timeline.conflicts) {
    const x0 = x(c.start, false);
    const w = Math.max(2, x(c.end, true) - x0);
    for (const r of c.rows) {
      shapes.push({
        kind: "rect",
        cls: c.certain ? "conflict certain" : "conflict",
        x: x0,
        y: rowY(r) + 1,
        width: w,
        height: rowHeight - 2,
        fill: RED,
        opacity: c.certain ? 0.45 : 0.25,
        row: r,
      });
    }
  }
  return { width, height, shapes };
}

/** Escapes text for SVG content and attributes. */
const esc = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const num = (n: number): string => String(Math.round(n * 100) / 100);

function shapeSvg(s: TimelineShape): string {
  switch (s.kind) {
    case "rect": {
      const row = s.row === undefined ? "" : ` data-row="${s.row}"`;
      const paint = s.fill === undefined ? ` fill="none"` : ` fill="${s.fill}"`;
      const stroke =
        s.stroke === undefined
          ? ""
          : ` stroke="${s.stroke}" stroke-width="1.2"${s.dashed ? ` stroke-dasharray="3 2"` : ""}`;
      const opacity = s.opacity === undefined ? "" : ` fill-opacity="${s.opacity}"`;
      const rx = s.cls.startsWith("span") ? ` rx="2"` : "";
      return `<rect class="${s.cls}"${row} x="${num(s.x)}" y="${num(s.y)}" width="${num(s.width)}" height="${num(s.height)}"${rx}${paint}${stroke}${opacity}/>`;
    }
    case "line":
      return `<line class="${s.cls}" x1="${num(s.x1)}" y1="${num(s.y1)}" x2="${num(s.x2)}" y2="${num(s.y2)}" stroke="${s.stroke}" stroke-width="1"/>`;
    case "text":
      return `<text class="${s.cls}" x="${num(s.x)}" y="${num(s.y)}"${s.anchor === "middle" ? ` text-anchor="middle"` : ""} font-size="${s.size}" fill="${s.fill}"${s.bold ? ` font-weight="bold"` : ""}>${esc(s.text)}</text>`;
  }
}

/**
 * Draws a timeline as SVG (see {@link timelineShapes} for what is drawn). Elements carry
 * classes (`span exact`, `span possible`, `conflict`, `month`, `row`) and rows a `data-row`
 * index, so a test or a stylesheet can find them. Pure: the same timeline gives the same
 * string.
 *
 * @example
 * ```ts
 * import { timelineSvg, timelineSpans } from "iacml/reports";
 * import { oneOf, inMonth, plainMonth } from "iacml/core";
 * const svg = timelineSvg({
 *   title: "Calendar", locale: "en", months: [plainMonth("2024-04"), plainMonth("2024-05")], conflicts: [],
 *   rows: [{ id: "w", label: "Workshop", when: "April or May 2024", spans: timelineSpans(oneOf(inMonth("2024-04"), inMonth("2024-05"))), conflict: false }],
 * });
 * console.log(svg.startsWith("<svg")); // true
 * ```
 */
export function timelineSvg(timeline: Timeline, layout: TimelineLayout = {}): string {
  const { width, height, shapes } = timelineShapes(timeline, layout);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Arial, Helvetica, sans-serif">`,
    `<title>${esc(timeline.title)}</title>`,
    ...shapes.map(shapeSvg),
    "</svg>",
    "",
  ].join("\n");
}
