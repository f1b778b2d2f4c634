/**
 * Calendar rules as data: blackouts, Holy Week, minimum gaps, deadlines, meeting caps and
 * reasonable local hours for virtual meetings.
 * @module
 */
import * as z from "zod";
/**
 * zod schema of a blackout rule: fixed periods to avoid (national holidays, a recess), for
 * events of the given kinds (default: conferences, meetings, workshops, dialogues) and, with
 * `countries`, only for events held in or joined by those countries.
 *
 * @example
 * ```ts
 * import { BlackoutRuleSchema } from "iacml/calendar";
 * BlackoutRuleSchema.parse({ kind: "blackout", id: "co-independence",
 *   title: { en: "Independence Day (Colombia)", es: "Día de la Independencia (Colombia)" },
 *   dates: [{ start: "2024-07-20", end: "2024-07-20" }], countries: ["CO"] });
 * ```
 */
export declare const BlackoutRuleSchema: z.ZodObject<{
    kind: z.ZodLiteral<"blackout">;
    id: z.ZodString;
    title: z.ZodObject<{
        en: z.ZodString;
        es: z.ZodOptional<z.ZodString>;
        pt: z.ZodOptional<z.ZodString>;
        fr: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>;
    dates: z.ZodArray<z.ZodType<import("../index.js").DateRange, {
        start: string;
        end: string;
    }, z.core.$ZodTypeInternals<import("../index.js").DateRange, {
        start: string;
        end: string;
    }>>>;
    countries: z.ZodOptional<z.ZodArray<z.ZodString>>;
    kinds: z.ZodDefault<z.ZodArray<z.ZodEnum<{
        external: "external";
        conference: "conference";
        meeting: "meeting";
        workshop: "workshop";
        dialogue: "dialogue";
        deadline: "deadline";
        call: "call";
        blackout: "blackout";
    }>>>;
}, z.core.$strip>;
/**
 * zod schema of the Holy Week rule: avoid Palm Sunday to Holy Saturday of every year an
 * event may fall in (computed with {@link holyWeek}).
 *
 * @example
 * ```ts
 * import { HolyWeekRuleSchema } from "iacml/calendar";
 * HolyWeekRuleSchema.parse({ kind: "holy-week", id: "holy-week" });
 * ```
 */
export declare const HolyWeekRuleSchema: z.ZodObject<{
    kind: z.ZodLiteral<"holy-week">;
    id: z.ZodString;
    countries: z.ZodOptional<z.ZodArray<z.ZodString>>;
    kinds: z.ZodDefault<z.ZodArray<z.ZodEnum<{
        external: "external";
        conference: "conference";
        meeting: "meeting";
        workshop: "workshop";
        dialogue: "dialogue";
        deadline: "deadline";
        call: "call";
        blackout: "blackout";
    }>>>;
}, z.core.$strip>;
/**
 * zod schema of a minimum gap: event `before` must end at least `months` whole months
 * and/or `days` days before event `after` starts.
 *
 * @example
 * ```ts
 * import { MinGapRuleSchema } from "iacml/calendar";
 * MinGapRuleSchema.parse({ kind: "min-gap", id: "prep-3-months", before: "prep-xxii", after: "xxii", months: 3 });
 * ```
 */
export declare const MinGapRuleSchema: z.ZodObject<{
    kind: z.ZodLiteral<"min-gap">;
    id: z.ZodString;
    before: z.ZodString;
    after: z.ZodString;
    months: z.ZodOptional<z.ZodNumber>;
    days: z.ZodOptional<z.ZodNumber>;
}, z.core.$strip>;
/**
 * zod schema of the deadline rule: every event that `serves` another (registration,
 * answers to guiding questions) must end at least `minDays` days (default 1) before it starts.
 *
 * @example
 * ```ts
 * import { DeadlinesRuleSchema } from "iacml/calendar";
 * DeadlinesRuleSchema.parse({ kind: "deadlines", id: "deadlines", minDays: 7 });
 * ```
 */
export declare const DeadlinesRuleSchema: z.ZodObject<{
    kind: z.ZodLiteral<"deadlines">;
    id: z.ZodString;
    minDays: z.ZodDefault<z.ZodNumber>;
}, z.core.$strip>;
/**
 * zod schema of a cap on formal meetings: at most `max` events of `kinds` (default
 * conferences and meetings), drawing any of `audiences` if given, in the period `within`.
 *
 * @example
 * ```ts
 * import { MaxMeetingsRuleSchema } from "iacml/calendar";
 * MaxMeetingsRuleSchema.parse({ kind: "max-meetings", id: "one-per-quarter",
 *   title: { en: "Q4 2024" }, within: { start: "2024-10-01", end: "2024-12-31" }, max: 1 });
 * ```
 */
export declare const MaxMeetingsRuleSchema: z.ZodObject<{
    kind: z.ZodLiteral<"max-meetings">;
    id: z.ZodString;
    title: z.ZodObject<{
        en: z.ZodString;
        es: z.ZodOptional<z.ZodString>;
        pt: z.ZodOptional<z.ZodString>;
        fr: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>;
    within: z.ZodType<import("../index.js").DateRange, {
        start: string;
        end: string;
    }, z.core.$ZodTypeInternals<import("../index.js").DateRange, {
        start: string;
        end: string;
    }>>;
    max: z.ZodNumber;
    kinds: z.ZodDefault<z.ZodArray<z.ZodEnum<{
        external: "external";
        conference: "conference";
        meeting: "meeting";
        workshop: "workshop";
        dialogue: "dialogue";
        deadline: "deadline";
        call: "call";
        blackout: "blackout";
    }>>>;
    audiences: z.ZodOptional<z.ZodArray<z.ZodString>>;
}, z.core.$strip>;
/**
 * zod schema of a participating capital for local-hours checks.
 *
 * @example
 * ```ts
 * import { CapitalSchema } from "iacml/calendar";
 * CapitalSchema.parse({ country: "CL", city: "Santiago", timeZone: "America/Santiago" });
 * ```
 */
export declare const CapitalSchema: z.ZodObject<{
    country: z.ZodString;
    city: z.ZodString;
    timeZone: z.ZodString;
}, z.core.$strip>;
/**
 * A capital with its IANA time zone.
 *
 * @example
 * ```ts
 * import type { Capital } from "iacml/calendar";
 * const c: Capital = { country: "CA", city: "Ottawa", timeZone: "America/Toronto" };
 * ```
 */
export type Capital = z.output<typeof CapitalSchema>;
/**
 * zod schema of the local-hours rule: a virtual or hybrid event with a `time` must run
 * between `earliest` and `latest` (defaults 07:00-20:00) in every participating capital (the
 * event's `participants`, or every capital listed); events without an end last
 * `defaultMinutes` (default 120).
 *
 * @example
 * ```ts
 * import { LocalHoursRuleSchema } from "iacml/calendar";
 * LocalHoursRuleSchema.parse({ kind: "local-hours", id: "hours",
 *   capitals: [{ country: "CL", city: "Santiago", timeZone: "America/Santiago" }] });
 * ```
 */
export declare const LocalHoursRuleSchema: z.ZodObject<{
    kind: z.ZodLiteral<"local-hours">;
    id: z.ZodString;
    earliest: z.ZodDefault<z.ZodString>;
    latest: z.ZodDefault<z.ZodString>;
    defaultMinutes: z.ZodDefault<z.ZodNumber>;
    capitals: z.ZodArray<z.ZodObject<{
        country: z.ZodString;
        city: z.ZodString;
        timeZone: z.ZodString;
    }, z.core.$strip>>;
}, z.core.$strip>;
/**
 * zod schema of any calendar rule.
 *
 * @example
 * ```ts
 * import { CalendarRuleSchema } from "iacml/calendar";
 * const rules = CalendarRuleSchema.array().parse([
 *   { kind: "holy-week", id: "holy-week" },
 *   { kind: "min-gap", id: "prep", before: "prep-xxii", after: "xxii", months: 3 },
 * ]);
 * ```
 */
export declare const CalendarRuleSchema: z.ZodUnion<readonly [z.ZodObject<{
    kind: z.ZodLiteral<"blackout">;
    id: z.ZodString;
    title: z.ZodObject<{
        en: z.ZodString;
        es: z.ZodOptional<z.ZodString>;
        pt: z.ZodOptional<z.ZodString>;
        fr: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>;
    dates: z.ZodArray<z.ZodType<import("../index.js").DateRange, {
        start: string;
        end: string;
    }, z.core.$ZodTypeInternals<import("../index.js").DateRange, {
        start: string;
        end: string;
    }>>>;
    countries: z.ZodOptional<z.ZodArray<z.ZodString>>;
    kinds: z.ZodDefault<z.ZodArray<z.ZodEnum<{
        external: "external";
        conference: "conference";
        meeting: "meeting";
        workshop: "workshop";
        dialogue: "dialogue";
        deadline: "deadline";
        call: "call";
        blackout: "blackout";
    }>>>;
}, z.core.$strip>, z.ZodObject<{
    kind: z.ZodLiteral<"holy-week">;
    id: z.ZodString;
    countries: z.ZodOptional<z.ZodArray<z.ZodString>>;
    kinds: z.ZodDefault<z.ZodArray<z.ZodEnum<{
        external: "external";
        conference: "conference";
        meeting: "meeting";
        workshop: "workshop";
        dialogue: "dialogue";
        deadline: "deadline";
        call: "call";
        blackout: "blackout";
    }>>>;
}, z.core.$strip>, z.ZodObject<{
    kind: z.ZodLiteral<"min-gap">;
    id: z.ZodString;
    before: z.ZodString;
    after: z.ZodString;
    months: z.ZodOptional<z.ZodNumber>;
    days: z.ZodOptional<z.ZodNumber>;
}, z.core.$strip>, z.ZodObject<{
    kind: z.ZodLiteral<"deadlines">;
    id: z.ZodString;
    minDays: z.ZodDefault<z.ZodNumber>;
}, z.core.$strip>, z.ZodObject<{
    kind: z.ZodLiteral<"max-meetings">;
    id: z.ZodString;
    title: z.ZodObject<{
        en: z.ZodString;
        es: z.ZodOptional<z.ZodString>;
        pt: z.ZodOptional<z.ZodString>;
        fr: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>;
    within: z.ZodType<import("../index.js").DateRange, {
        start: string;
        end: string;
    }, z.core.$ZodTypeInternals<import("../index.js").DateRange, {
        start: string;
        end: string;
    }>>;
    max: z.ZodNumber;
    kinds: z.ZodDefault<z.ZodArray<z.ZodEnum<{
        external: "external";
        conference: "conference";
        meeting: "meeting";
        workshop: "workshop";
        dialogue: "dialogue";
        deadline: "deadline";
        call: "call";
        blackout: "blackout";
    }>>>;
    audiences: z.ZodOptional<z.ZodArray<z.ZodString>>;
}, z.core.$strip>, z.ZodObject<{
    kind: z.ZodLiteral<"local-hours">;
    id: z.ZodString;
    earliest: z.ZodDefault<z.ZodString>;
    latest: z.ZodDefault<z.ZodString>;
    defaultMinutes: z.ZodDefault<z.ZodNumber>;
    capitals: z.ZodArray<z.ZodObject<{
        country: z.ZodString;
        city: z.ZodString;
        timeZone: z.ZodString;
    }, z.core.$strip>>;
}, z.core.$strip>]>;
/**
 * A calendar rule (output of {@link CalendarRuleSchema}: defaults filled in).
 *
 * @example
 * ```ts
 * import type { CalendarRule } from "iacml/calendar";
 * const rule: CalendarRule = { kind: "deadlines", id: "deadlines", minDays: 1 };
 * ```
 */
export type CalendarRule = z.output<typeof CalendarRuleSchema>;
/**
 * A calendar rule as written, before defaults (`kinds`, `minDays`, `earliest` … optional).
 *
 * @example
 * ```ts
 * import type { CalendarRuleInput } from "iacml/calendar";
 * const rule: CalendarRuleInput = { kind: "holy-week", id: "holy-week" };
 * ```
 */
export type CalendarRuleInput = z.input<typeof CalendarRuleSchema>;
