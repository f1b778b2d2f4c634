import type { Locale } from "../core/messages/catalog.js";
/** Conflicts kept by default before one `calendar.conflicts-omitted` finding counts the rest. */
export declare const DEFAULT_MAX_FINDINGS = 100000;
export interface ReadOptions {
    readonly buffer: number;
    readonly includeTentative: boolean;
    readonly locale: Locale;
    readonly minGrade: "high" | "medium" | "low";
    readonly links: Readonly<Record<string, readonly string[]>>;
    readonly maxFindings: number;
}
/**
 * A locale option checked at run time (a TypeError naming it otherwise). Local rather than
 * core's requireLocale so that importing findConflicts does not bring the core catalogs along.
 */
export declare function checkedLocale(value: unknown, name?: string): Locale;
/** Reads and checks the options shared by findConflicts, conflictBetween, suggestDates and diffCalendars. */
export declare function readConflictOptions(options: unknown): ReadOptions;
