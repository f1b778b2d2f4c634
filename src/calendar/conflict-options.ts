// Internal: run-time checks of the typed options of findConflicts and its neighbours. These
// functions return arrays, not Results, so a misread option is a TypeError that names it.
import type { Locale } from "../core/messages/catalog.js";

/** Conflicts kept by default before one `calendar.conflicts-omitted` finding counts the rest. */
export const DEFAULT_MAX_FINDINGS = 100_000;

export interface ReadOptions {
  readonly buffer: number;
  readonly includeTentative: boolean;
  readonly locale: Locale;
  readonly minGrade: "high" | "medium" | "low";
  readonly links: Readonly<Record<string, readonly string[]>>;
  readonly maxFindings: number;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function bad(name: string, expected: string, value: unknown): never {
  const got = typeof value === "string" ? `'${value.slice(0, 40)}'` : value === null ? "null" : typeof value;
  throw new TypeError(`${name} must be ${expected}; got ${got}`);
}

/**
 * A locale option checked at run time (a TypeError naming it otherwise). Local rather than
 * core's requireLocale so that importing findConflicts does not bring the core catalogs along.
 */
export function checkedLocale(value: unknown, name = "locale"): Locale {
  if (value === "en" || value === "es") return value;
  return bad(name, "'en' or 'es'", value);
}

/** Reads and checks the options shared by findConflicts, conflictBetween, suggestDates and diffCalendars. */
export function readConflictOptions(options: unknown): ReadOptions {
  if (options === undefined) options = {};
  if (!isRecord(options)) bad("options", "an object", options);
  const o = options as Record<string, unknown>;
  const buffer = o.travelBufferDays ?? 1;
  if (typeof buffer !== "number" || !Number.isFinite(buffer) || buffer < 0 || buffer > 3660) {
    bad("travelBufferDays", "a number of days from 0 to 3660", buffer);
  }
  const includeTentative = o.includeTentative ?? true;
  if (typeof includeTentative !== "boolean") bad("includeTentative", "a boolean", includeTentative);
  const locale = o.locale === undefined ? "en" : checkedLocale(o.locale);
  const minGrade = o.minGrade ?? "low";
  if (minGrade !== "low" && minGrade !== "medium" && minGrade !== "high")
    bad("minGrade", "'low', 'medium' or 'high'", minGrade);
  const links = o.audienceLinks ?? {};
  if (!isRecord(links)) bad("audienceLinks", "an object of audience lists", links);
  for (const key of Object.keys(links)) {
    const list = links[key];
    if (!Array.isArray(list) || !list.every((x) => typeof x === "string"))
      bad(`audienceLinks.${key}`, "a list of audience ids", list);
  }
  const maxFindings = o.maxFindings ?? DEFAULT_MAX_FINDINGS;
  if (
    typeof maxFindings !== "number" ||
    Number.isNaN(maxFindings) ||
    maxFindings < 0 ||
    (Number.isFinite(maxFindings) && !Number.isInteger(maxFindings))
  ) {
    bad("maxFindings", "a whole number (or Infinity)", maxFindings);
  }
  return {
    buffer: Math.floor(buffer as number),
    includeTentative: includeTentative as boolean,
    locale,
    minGrade: minGrade as ReadOptions["minGrade"],
    links: links as Readonly<Record<string, readonly string[]>>,
    maxFindings: maxFindings as number,
  };
}
