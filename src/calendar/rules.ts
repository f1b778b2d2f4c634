/**
 * Calendar rules as data: blackouts, Holy Week, minimum gaps, deadlines, meeting caps and
 * reasonable local hours for virtual meetings.
 * @module
 */
import * as z from "zod";
import { DateRangeSchema } from "../core/date-spec/schema.js";
import { IdSchema, LocalizedTextSchema } from "../entities/common.js";
import { ClockTimeSchema } from "../entities/process/clock-time.js";
import { CalendarEventKindSchema } from "./event.js";

const CountrySchema = z.string().regex(/^[A-Z]{2}$/, "Expected an ISO 3166-1 alpha-2 code");
const PLANNED_KINDS = ["conference", "meeting", "workshop", "dialogue"] as const;

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
export const BlackoutRuleSchema = z.object({
  kind: z.literal("blackout"),
  id: IdSchema,
  title: LocalizedTextSchema,
  dates: z.array(DateRangeSchema).min(1),
  countries: z.array(CountrySchema).optional(),
  kinds: z.array(CalendarEventKindSchema).default([...PLANNED_KINDS]),
});

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
export const HolyWeekRuleSchema = z.object({
  kind: z.literal("holy-week"),
  id: IdSchema,
  countries: z.array(CountrySchema).optional(),
  kinds: z.array(CalendarEventKindSchema).default([...PLANNED_KINDS]),
});

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
export const MinGapRuleSchema = z
  .object({
    kind: z.literal("min-gap"),
    id: IdSchema,
    before: IdSchema,
    after: IdSchema,
    months: z.number().int().min(0).optional(),
    days: z.number().int().min(0).optional(),
  })
  .refine((r) => r.months !== undefined || r.days !== undefined, { message: "Give months or days", path: ["months"] });

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
export const DeadlinesRuleSchema = z.object({
  kind: z.literal("deadlines"),
  id: IdSchema,
  minDays: z.number().int().min(0).default(1),
});

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
export const MaxMeetingsRuleSchema = z.object({
  kind: z.literal("max-meetings"),
  id: IdSchema,
  title: LocalizedTextSchema,
  within: DateRangeSchema,
  max: z.number().int().min(0),
  kinds: z.array(CalendarEventKindSchema).default(["conference", "meeting"]),
  audiences: z.array(z.string().min(1)).optional(),
});

/**
 * zod schema of a participating capital for local-hours checks.
 *
 * @example
 * ```ts
 * import { CapitalSchema } from "iacml/calendar";
 * CapitalSchema.parse({ country: "CL", city: "Santiago", timeZone: "America/Santiago" });
 * ```
 */
export const CapitalSchema = z.object({
  country: CountrySchema,
  city: z.string().min(1),
  timeZone: z.string().min(1),
});

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
export const LocalHoursRuleSchema = z.object({
  kind: z.literal("local-hours"),
  id: IdSchema,
  earliest: ClockTimeSchema.default("07:00"),
  latest: ClockTimeSchema.default("20:00"),
  defaultMinutes: z.number().int().min(1).max(1440).default(120),
  capitals: z.array(CapitalSchema).min(1),
});

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
export const CalendarRuleSchema = z.union([
  BlackoutRuleSchema,
  HolyWeekRuleSchema,
  MinGapRuleSchema,
  DeadlinesRuleSchema,
  MaxMeetingsRuleSchema,
  LocalHoursRuleSchema,
]);

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
