import { type DayRun } from "../core/date-spec/day-sets.js";
import { internAudiences, linkIds } from "./audiences.js";
import { type ReadOptions } from "./conflict-options.js";
import { ConflictRecord, type RecordContext, type RecordSide } from "./conflict-record.js";
import type { Conflict, ConflictGrade, FindConflictsOptions } from "./conflicts.js";
import type { CalendarEvent } from "./event.js";
export declare const GRADE_RANK: Record<ConflictGrade, number>;
/** An event prepared once per call: day numbers, interned audiences, weights. */
export interface Side extends RecordSide {
    /** First and last possible day. */
    readonly lo: number;
    readonly hi: number;
    /** Possible runs, for imprecise dates only. */
    readonly runs: readonly DayRun[] | undefined;
    readonly physical: boolean;
    readonly country: string | undefined;
    readonly kindWeight: number;
    readonly statusWeight: number;
    readonly attendanceless: boolean;
    readonly ancestors: ReadonlySet<string> | undefined;
    readonly shapes: readonly Shape[] | undefined;
}
/**
 * What a spec's readings look like, for fast three-valued answers: a fixed day range, a window
 * (a reading is any day range inside it: month, months, tbd within), or one of several of these.
 * `undefined` for other shapes (`all`, nested `oneOf`), which use the general comparison.
 */
type Shape = {
    readonly fixed: true;
    readonly s: number;
    readonly e: number;
} | {
    readonly fixed: false;
    readonly s: number;
    readonly e: number;
};
export interface Context extends RecordContext {
    readonly minRank: number;
}
export declare function prepare(e: CalendarEvent, byId: ReadonlyMap<string, CalendarEvent>, table: ReturnType<typeof internAudiences>, links: ReturnType<typeof linkIds>): Side | undefined;
/** The conflict of two prepared events, or undefined; `sortDay` receives the first day they may share. */
export declare function assess(x: Side, y: Side, ctx: Context, sortDay?: {
    day: number;
}): ConflictRecord | undefined;
export declare function contextOf(read: ReadOptions, table: ReturnType<typeof internAudiences>): Context;
/**
 * Internal (for suggestDates): prepares a calendar once, then gives the conflicts of any new
 * event against it (`undefined` for an event that cannot be placed). `audiences` lists the
 * audiences the new events may draw, so they are interned with the calendar's.
 */
export declare function conflictChecker(calendar: readonly CalendarEvent[], options: FindConflictsOptions, audiences: readonly string[]): (event: CalendarEvent) => Conflict[] | undefined;
export {};
