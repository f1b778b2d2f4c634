/**
 * The calendar's input: events at the precision the documents give their dates.
 * @module
 */
import * as z from "zod";
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
export declare const CalendarEventKindSchema: z.ZodEnum<{
    external: "external";
    conference: "conference";
    meeting: "meeting";
    workshop: "workshop";
    dialogue: "dialogue";
    deadline: "deadline";
    call: "call";
    blackout: "blackout";
}>;
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
export declare const CalendarEventStatusSchema: z.ZodEnum<{
    confirmed: "confirmed";
    tentative: "tentative";
    "to-be-confirmed": "to-be-confirmed";
    cancelled: "cancelled";
}>;
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
export declare const EventLocationSchema: z.ZodObject<{
    city: z.ZodOptional<z.ZodString>;
    country: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
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
export declare const EventTimeSchema: z.ZodObject<{
    start: z.ZodString;
    end: z.ZodOptional<z.ZodString>;
    timeZone: z.ZodString;
}, z.core.$strip>;
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
export declare const CalendarEventSchema: z.ZodObject<{
    id: z.ZodString;
    title: z.ZodObject<{
        en: z.ZodString;
        es: z.ZodOptional<z.ZodString>;
        pt: z.ZodOptional<z.ZodString>;
        fr: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>;
    kind: z.ZodEnum<{
        external: "external";
        conference: "conference";
        meeting: "meeting";
        workshop: "workshop";
        dialogue: "dialogue";
        deadline: "deadline";
        call: "call";
        blackout: "blackout";
    }>;
    when: z.ZodType<import("../index.js").DateSpec, import("../index.js").DateSpecInput, z.core.$ZodTypeInternals<import("../index.js").DateSpec, import("../index.js").DateSpecInput>>;
    status: z.ZodEnum<{
        confirmed: "confirmed";
        tentative: "tentative";
        "to-be-confirmed": "to-be-confirmed";
        cancelled: "cancelled";
    }>;
    format: z.ZodEnum<{
        "in-person": "in-person";
        virtual: "virtual";
        hybrid: "hybrid";
    }>;
    location: z.ZodOptional<z.ZodObject<{
        city: z.ZodOptional<z.ZodString>;
        country: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>>;
    audiences: z.ZodReadonly<z.ZodArray<z.ZodString>>;
    partOf: z.ZodOptional<z.ZodString>;
    serves: z.ZodOptional<z.ZodString>;
    time: z.ZodOptional<z.ZodObject<{
        start: z.ZodString;
        end: z.ZodOptional<z.ZodString>;
        timeZone: z.ZodString;
    }, z.core.$strip>>;
    participants: z.ZodOptional<z.ZodReadonly<z.ZodArray<z.ZodString>>>;
    source: z.ZodOptional<z.ZodObject<{
        document: z.ZodString;
        section: z.ZodString;
    }, z.core.$strip>>;
}, z.core.$strip>;
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
