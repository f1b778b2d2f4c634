/**
 * Conflicts between calendar events: every pair that overlaps (certainly or possibly) or
 * leaves too few travel days, graded by shared audiences, kinds and statuses.
 * @module
 */
import type { DateRange } from "../core/date-spec/types.js";
import { type Locale } from "../core/messages/catalog.js";
import type { Finding } from "../core/result.js";
import type { CalendarEvent } from "./event.js";
/**
 * How much a conflict matters: `high` when most of the smaller event's audiences are shared
 * (score ≥ 0.5 after weighing statuses), `medium` when some are, `low` when none are or when
 * one side is a deadline or a call (which draw nobody to a room).
 *
 * @example
 * ```ts
 * import type { ConflictGrade } from "iacml/calendar";
 * const g: ConflictGrade = "high";
 * ```
 */
export type ConflictGrade = "high" | "medium" | "low";
/**
 * Options of {@link findConflicts}.
 *
 * @example
 * ```ts
 * import type { FindConflictsOptions } from "iacml/calendar";
 * const options: FindConflictsOptions = { travelBufferDays: 2, includeTentative: false, locale: "es" };
 * ```
 */
export interface FindConflictsOptions {
    /**
     * Free days required between in-person (or hybrid) events in different countries that share
     * an audience, for travel. Default 1.
     */
    readonly travelBufferDays?: number;
    /** Whether tentative and to-be-confirmed events take part. Default `true`. */
    readonly includeTentative?: boolean;
    /** Language of each conflict's `explanation`. Default `en`. */
    readonly locale?: Locale;
    /** Leave out conflicts graded below this. Default `low` (keep all). */
    readonly minGrade?: ConflictGrade;
    /**
     * Audiences that draw on the same people, both ways: `{ "ilo-governing-body": ["cosate",
     * "ceatal", "ministries-of-labor"] }` makes a Governing Body session share audiences with an
     * event for COSATE. Default none (audiences are shared only when equal).
     */
    readonly audienceLinks?: Readonly<Record<string, readonly string[]>>;
    /**
     * At most this many pair conflicts are kept (the first ones the sweep meets, in date order);
     * then one `calendar.conflicts-omitted` finding says how many more there were. Default
     * 100,000; `Infinity` keeps all.
     */
    readonly maxFindings?: number;
}
/**
 * A conflict between two events: a {@link Finding} (code `calendar.overlap-*` or
 * `calendar.too-close-*`, `subjects` the two ids in order) with its grade, score, the shared
 * audiences, the days they share and a plain explanation. {@link findConflicts} also returns,
 * in the same shape, notices that concern no pair: `kind: "not-placeable"` (code
 * `calendar.not-placeable`, one subject: an event with no date or window yet) and
 * `kind: "omitted"` (code `calendar.conflicts-omitted`, no subject, last: how many conflicts
 * `maxFindings` left out); both have grade `low`, score 0 and no days or audiences.
 *
 * Conflicts from {@link findConflicts} compute `message`, `params`, `explanation`,
 * `sharedAudiences`, `certainDays` and `possibleDays` on first read (they are getters, cached);
 * `JSON.stringify` writes every field. To copy one as a plain object use
 * `JSON.parse(JSON.stringify(c))` or {@link conflictToJSON}, not `{ ...c }`.
 *
 * @example
 * ```ts
 * import { findConflicts, type Conflict } from "iacml/calendar";
 * const conflicts: Conflict[] = findConflicts([]);
 * ```
 */
export interface Conflict extends Finding {
    /**
     * `overlap` when they share days, `too-close` when only the travel buffer is missing;
     * `not-placeable` and `omitted` for the notices described above.
     */
    readonly kind: "overlap" | "too-close" | "not-placeable" | "omitted";
    /** How much it matters. */
    readonly grade: ConflictGrade;
    /** Shared-audience ratio weighed by kinds and statuses, 0 to 1. */
    readonly score: number;
    /** Audiences both events draw (every audience of the other event for a blackout). */
    readonly sharedAudiences: readonly string[];
    /** Days both occupy under every reading of their dates. */
    readonly certainDays: readonly DateRange[];
    /** Days both may occupy. */
    readonly possibleDays: readonly DateRange[];
    /** The message in the requested locale. */
    readonly explanation: string;
}
/**
 * The conflict between two events, or `undefined` when they do not clash (disjoint dates with
 * enough travel days, one held inside the other, or one with no date or window yet, which
 * cannot be placed). `calendar` resolves `partOf` chains. Ignores status filtering and
 * `maxFindings` (see {@link findConflicts}). Symmetric in `a` and `b`. Throws a `TypeError`
 * naming the option when an option has the wrong type.
 *
 * @example
 * ```ts
 * import { conflictBetween, type CalendarEvent } from "iacml/calendar";
 * import { onDays } from "iacml/core";
 * const base = { kind: "meeting", status: "confirmed", format: "in-person", audiences: ["ministers"] } as const;
 * const a: CalendarEvent = { ...base, id: "a", title: { en: "A" }, when: onDays("2024-06-10", "2024-06-12") };
 * const b: CalendarEvent = { ...base, id: "b", title: { en: "B" }, when: onDays("2024-06-12") };
 * conflictBetween(a, b)?.certainty; // "certain"
 * ```
 */
export declare function conflictBetween(a: CalendarEvent, b: CalendarEvent, options?: FindConflictsOptions, calendar?: readonly CalendarEvent[]): Conflict | undefined;
/**
 * Orders conflicts as {@link findConflicts} returns them: pairs by first shared (or possible)
 * day, then by their subjects; then the `not-placeable` notices by event id; the `omitted`
 * count last. For `Array.prototype.sort`.
 *
 * @example
 * ```ts
 * import { compareConflicts, findConflicts } from "iacml/calendar";
 * const merged = [...findConflicts([]), ...findConflicts([])].sort(compareConflicts);
 * ```
 */
export declare function compareConflicts(x: Conflict, y: Conflict): number;
/**
 * Every pair of events that overlap, certainly or possibly (imprecise dates), or that leave
 * fewer than `travelBufferDays` free days between in-person events in different countries for
 * a shared audience. Cancelled events are ignored, tentative ones by option; an event held
 * inside another (`partOf`) never clashes with it. Each conflict is graded by the audiences
 * the two share (directly or through `audienceLinks`) and by their kinds and statuses, lists
 * the days they share and explains itself in English or Spanish. An event with no date or
 * window yet (a `tbd` without `within`) cannot be placed: it gives one `calendar.not-placeable`
 * notice, not a possible clash with every other event.
 *
 * Sorts the events by their first possible day and sweeps them keeping the events still open:
 * O(n log n + k) for k candidate pairs, never all pairs; audiences are interned once and
 * compared as sorted integer lists; texts and day ranges are built only when read. At most
 * `maxFindings` conflicts (default 100,000) are kept, then one `calendar.conflicts-omitted`
 * notice counts the rest. Results are sorted as {@link compareConflicts} orders them and do not
 * depend on input order. Event ids should be unique. Throws a `TypeError` naming the option
 * when an option has the wrong type (`locale: "fr"`, `travelBufferDays: "2"`).
 *
 * @example
 * ```ts
 * import { findConflicts, type CalendarEvent } from "iacml/calendar";
 * import { inMonth, onDays } from "iacml/core";
 * const events: CalendarEvent[] = [
 *   { id: "xxii", title: { en: "XXII IACML" }, kind: "conference", when: inMonth("2024-11"),
 *     status: "tentative", format: "in-person", location: { country: "CO" }, audiences: ["ministers"] },
 *   { id: "gb-352", title: { en: "ILO Governing Body" }, kind: "external",
 *     when: onDays("2024-10-31", "2024-11-10"), status: "confirmed", format: "in-person",
 *     location: { city: "Geneva", country: "CH" }, audiences: ["ministers", "ilo-governing-body"] },
 * ];
 * for (const c of findConflicts(events)) console.log(c.certainty, c.grade, c.explanation);
 * ```
 */
export declare function findConflicts(events: readonly CalendarEvent[], options?: FindConflictsOptions): Conflict[];
/**
 * A conflict's explanation in a language, from its code and params (for a conflict built in
 * another locale, or stored). Throws a `TypeError` when `locale` is not a {@link Locale}.
 *
 * @example
 * ```ts
 * import { explainConflict, findConflicts } from "iacml/calendar";
 * for (const c of findConflicts([])) console.log(explainConflict(c, "es"));
 * ```
 */
export declare function explainConflict(conflict: Conflict, locale: Locale): string;
/**
 * A conflict as plain data: every field, texts and days included (what `JSON.stringify`
 * writes), for storage, `postMessage` or a deep comparison.
 *
 * @example
 * ```ts
 * import { conflictToJSON, findConflicts } from "iacml/calendar";
 * const plain = findConflicts([]).map(conflictToJSON);
 * ```
 */
export declare function conflictToJSON(conflict: Conflict): Conflict;
