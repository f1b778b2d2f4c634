import type { DateRange } from "../core/date-spec/types.js";
import { type Locale } from "../core/messages/catalog.js";
import type { IssueParams, Severity } from "../core/result.js";
import type { CalendarEvent } from "./event.js";
/** What a record needs from its call: the locale of `explanation`, the buffer and audience names. */
export interface RecordContext {
    readonly locale: Locale;
    readonly buffer: number;
    readonly names: readonly string[];
}
/** One side of a pair, as prepared by findConflicts. */
export interface RecordSide {
    readonly e: CalendarEvent;
    readonly aud: Int32Array;
    readonly reach: Int32Array;
    readonly blackout: boolean;
}
export type PairCode = "calendar.overlap-certain" | "calendar.overlap-possible" | "calendar.too-close-certain" | "calendar.too-close-possible";
/** A pair conflict with lazily built texts; `toJSON` gives every field as plain data. */
export declare class ConflictRecord {
    #private;
    readonly code: PairCode;
    readonly severity: Severity;
    readonly certainty: "certain" | "possible";
    readonly kind: "overlap" | "too-close";
    readonly grade: "high" | "medium" | "low";
    readonly score: number;
    constructor(a: RecordSide, b: RecordSide, ctx: RecordContext, code: PairCode, severity: Severity, certainty: "certain" | "possible", kind: "overlap" | "too-close", grade: "high" | "medium" | "low", score: number);
    /** Path into the input: none (a conflict concerns two events, see `subjects`). */
    get path(): readonly (string | number)[];
    /** The two event ids, in order. */
    get subjects(): readonly [string, string];
    /** Id of the first event (no allocation; for sorting). */
    get firstId(): string;
    /** Id of the second event. */
    get secondId(): string;
    /** Audiences both events draw (every audience of the other event for a blackout), sorted. */
    get sharedAudiences(): readonly string[];
    /** Days both occupy under every reading of their dates. */
    get certainDays(): readonly DateRange[];
    /** Days both may occupy. */
    get possibleDays(): readonly DateRange[];
    /** Values the messages are made from (titles in both languages, days, audiences, countries). */
    get params(): IssueParams;
    /** The English message. */
    get message(): string;
    /** The message in the locale findConflicts was asked for. */
    get explanation(): string;
    /** Every field as plain data (what `JSON.stringify` writes). */
    toJSON(): Record<string, unknown>;
}
