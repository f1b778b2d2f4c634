/**
 * The calendar's input: events at the precision the documents give their dates.
 * @module
 */
import * as z from "zod";
import { AnnexEntryKindSchema, AnnexEntryStatusSchema } from "../entities/work-plan/annex-entry.js";
import { DateSpecSchema } from "../core/date-spec/schema.js";
import { EventFormatSchema, IdSchema, LocalizedTextSchema, SourceRefSchema } from "../entities/common.js";
import { ClockTimeSchema } from "../entities/process/clock-time.js";

/**
 * zod schema of what kind of event it is. `deadline` and `call` draw nobody to a room (they
 * weigh less in conflicts); `external` is another body's event (ILO Governing Body, OAS
 * General Assembly …); `blackout` is a period to avoid for everyone (Holy Week).
 *
 * @example
 * ```ts
 * import { CalendarEventKindSchema } from "iacml/calendar";
 * CalendarEventKindSchema.parse("workshop");
 * ```
 */
export const CalendarEventKindSchema = AnnexEntryKindSchema.exclude(["other"]);

/**
 * Kind of a calendar event.
 *
 * @example
 * ```ts
 * import type { CalendarEventKind } from "iacml/calendar";
 * const kind: CalendarEventKind = "external";
 * ```
 */
export type CalendarEventKind = z.output<typeof CalendarEventKindSchema>;

/**
 * zod schema of how settled an event is.
 *
 * @example
 * ```ts
 * import { CalendarEventStatusSchema } from "iacml/calendar";
 * CalendarEventStatusSchema.parse("to-be-confirmed");
 * ```
 */
export const CalendarEventStatusSchema = AnnexEntryStatusSchema;

/**
 * How settled an event is.
 *
 * @example
 * ```ts
 * import type { CalendarEventStatus } from "iacml/calendar";
 * const status: CalendarEventStatus = "tentative";
 * ```
 */
export type CalendarEventStatus = z.output<typeof CalendarEventStatusSchema>;

/**
 * zod schema of where an event is held: a city and an ISO 3166-1 alpha-2 country, both
 * optional (a virtual event has neither).
 *
 * @example
 * ```ts
 * import { EventLocationSchema } from "iacml/calendar";
 * EventLocationSchema.parse({ city: "Geneva", country: "CH" });
 * ```
 */
export const EventLocationSchema = z.object({
  city: z.string().min(1).optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, "Expected an ISO 3166-1 alpha-2 code")
    .optional(),
});

/**
 * Where an event is held.
 *
 * @example
 * ```ts
 * import type { EventLocation } from "iacml/calendar";
 * const where: EventLocation = { city: "Washington, DC", country: "US" };
 * ```
 */
export type EventLocation = z.output<typeof EventLocationSchema>;

/**
 * zod schema of the clock time of a virtual or hybrid event: start and (optional) end as
 * `HH:MM` in the IANA time zone `timeZone`, on each day of the event.
 *
 * @example
 * ```ts
 * import { EventTimeSchema } from "iacml/calendar";
 * EventTimeSchema.parse({ start: "11:00", end: "13:00", timeZone: "America/New_York" });
 * ```
 */
export const EventTimeSchema = z.object({
  start: ClockTimeSchema,
  end: ClockTimeSchema.optional(),
  timeZone: z.string().min(1),
});

/**
 * Clock time of a virtual or hybrid event.
 *
 * @example
 * ```ts
 * import type { EventTime } from "iacml/calendar";
 * const t: EventTime = { start: "10:00", end: "12:30", timeZone: "America/Bogota" };
 * ```
 */
export type EventTime = z.output<typeof EventTimeSchema>;

/**
 * zod schema of a calendar event: id, title, kind, dates at any precision (`when`), status,
 * format, location, the audiences it draws (an open list of ids such as `ministers`,
 * `working-group-delegates`, `gender-focal-points`, `cosate`, `ceatal`,
 * `ilo-governing-body`), and optionally: `partOf` (an event held inside another one, never a
 * clash with it), `serves` (for a deadline, the event it prepares), `time` (virtual events),
 * `participants` (countries whose capitals must be within reasonable hours) and `source`.
 *
 * @example
 * ```ts
 * import { CalendarEventSchema } from "iacml/calendar";
 * const xxii = CalendarEventSchema.parse({
 *   id: "xxii-iacml", title: { en: "XXII IACML", es: "XXII CIMT" }, kind: "conference",
 *   when: { kind: "month", month: "2024-11" }, status: "tentative", format: "in-person",
 *   location: { country: "CO" }, audiences: ["ministers", "cosate", "ceatal"],
 * });
 * ```
 */
export const CalendarEventSchema = z.object({
  id: IdSchema,
  title: LocalizedTextSchema,
  kind: CalendarEventKindSchema,
  when: DateSpecSchema,
  status: CalendarEventStatusSchema,
  format: EventFormatSchema,
  location: EventLocationSchema.optional(),
  audiences: z.array(z.string().min(1)).readonly(),
  partOf: IdSchema.optional(),
  serves: IdSchema.optional(),
  time: EventTimeSchema.optional(),
  participants: z
    .array(z.string().regex(/^[A-Z]{2}$/, "Expected an ISO 3166-1 alpha-2 code"))
    .readonly()
    .optional(),
  source: SourceRefSchema.optional(),
});

/**
 * A calendar event.
 *
 * @example
 * ```ts
 * import type { CalendarEvent } from "iacml/calendar";
 * import { inMonth } from "iacml/core";
 * const e: CalendarEvent = {
 *   id: "gb-350", title: { en: "ILO Governing Body, 350th session" }, kind: "external",
 *   when: inMonth("2024-03"), status: "confirmed", format: "in-person",
 *   location: { city: "Geneva", country: "CH" }, audiences: ["ilo-governing-body", "ministers"],
 * };
 * ```
 */
export type CalendarEvent = z.output<typeof CalendarEventSchema>;
