/**
 * UTC offsets of IANA time zones at an explicit instant, without reading the clock.
 * @module
 */
import type { PlainDate } from "../core/plain-date.js";
import { dateParts } from "../core/plain-date.js";

const formatters = /* @__PURE__ */ new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" });
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * Whether the runtime knows an IANA time zone.
 *
 * @example
 * ```ts
 * import { isKnownTimeZone } from "iacml/calendar";
 * isKnownTimeZone("America/Santiago"); // true
 * isKnownTimeZone("Mars/Olympus"); // false
 * ```
 */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * Minutes east of UTC of a time zone at an instant given as milliseconds since the epoch
 * (from `Intl.DateTimeFormat`'s `longOffset`, so daylight saving time is the zone's own).
 * Throws a `RangeError` for a zone the runtime does not know.
 *
 * @example
 * ```ts
 * import { utcOffsetMinutes } from "iacml/calendar";
 * utcOffsetMinutes("America/St_Johns", Date.UTC(2024, 6, 1, 12)); // -150
 * ```
 */
export function utcOffsetMinutes(timeZone: string, epochMs: number): number {
  const name = formatterFor(timeZone)
    .formatToParts(epochMs)
    .find((p) => p.type === "timeZoneName")?.value;
  const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name ?? "");
  if (!m) return 0; // "GMT" alone: UTC
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === "-" ? -minutes : minutes;
}

/**
 * The instant (ms since the epoch) of a wall-clock time on a date in a time zone. A time
 * skipped by a daylight-saving jump is read with the offset before the jump.
 *
 * @example
 * ```ts
 * import { zonedInstant } from "iacml/calendar";
 * import { plainDate } from "iacml/core";
 * zonedInstant(plainDate("2024-01-15"), 9 * 60, "America/Santiago") === Date.UTC(2024, 0, 15, 12); // true
 * ```
 */
export function zonedInstant(date: PlainDate, minutesOfDay: number, timeZone: string): number {
  const { year, month, day } = dateParts(date);
  const wall = Date.UTC(year, month - 1, day) + minutesOfDay * 60_000;
  const first = wall - utcOffsetMinutes(timeZone, wall) * 60_000;
  const second = wall - utcOffsetMinutes(timeZone, first) * 60_000;
  return utcOffsetMinutes(timeZone, second) === utcOffsetMinutes(timeZone, first) ? second : first;
}

/**
 * Local wall-clock minutes of day (0-1439) of an instant in a time zone.
 *
 * @example
 * ```ts
 * import { localMinutes } from "iacml/calendar";
 * localMinutes("America/Bogota", Date.UTC(2024, 0, 15, 14)); // 540 (09:00)
 * ```
 */
export function localMinutes(timeZone: string, epochMs: number): number {
  const local = epochMs + utcOffsetMinutes(timeZone, epochMs) * 60_000;
  return (((local / 60_000) % 1440) + 1440) % 1440;
}
