import * as z from "zod";
import { DateSpecSchema } from "../../core/date-spec/schema.js";
import { EventFormatSchema, IdSchema, SourceRefSchema } from "../common.js";
import { ProvenanceFieldsSchema } from "../stated.js";

/**
 * zod schema of the kind of an entry of a work plan's calendar: the process's own events
 * (conference, meeting, workshop, dialogue, deadline, call), events of others the same delegations
 * attend (`external`), periods to avoid (`blackout`), and `other` (continuous activities).
 *
 * @example
 * ```ts
 * import { AnnexEntryKindSchema } from "iacml/entities";
 * AnnexEntryKindSchema.parse("external");
 * ```
 */
export const AnnexEntryKindSchema = z.enum([
  "conference",
  "meeting",
  "workshop",
  "dialogue",
  "deadline",
  "call",
  "external",
  "blackout",
  "other",
]);

/**
 * The kind of a calendar entry.
 *
 * @example
 * ```ts
 * import type { AnnexEntryKind } from "iacml/entities";
 * const k: AnnexEntryKind = "blackout";
 * ```
 */
export type AnnexEntryKind = z.output<typeof AnnexEntryKindSchema>;

/**
 * zod schema of how settled a calendar entry's date is: `confirmed` (stated without hedging, at
 * whatever precision), `tentative` (in parentheses, alternatives), `to-be-confirmed` ("Subject to
 * consultation"), `cancelled`.
 *
 * @example
 * ```ts
 * import { AnnexEntryStatusSchema } from "iacml/entities";
 * AnnexEntryStatusSchema.parse("to-be-confirmed");
 * ```
 */
export const AnnexEntryStatusSchema = z.enum(["confirmed", "tentative", "to-be-confirmed", "cancelled"]);

/**
 * How settled a calendar entry's date is.
 *
 * @example
 * ```ts
 * import type { AnnexEntryStatus } from "iacml/entities";
 * const s: AnnexEntryStatus = "tentative";
 * ```
 */
export type AnnexEntryStatus = z.output<typeof AnnexEntryStatusSchema>;

/**
 * zod schema of a place as a document writes it: a city and a country code (ISO 3166-1
 * alpha-2, member state or not).
 *
 * @example
 * ```ts
 * import { AnnexEntryLocationSchema } from "iacml/entities";
 * AnnexEntryLocationSchema.parse({ city: "Geneva", country: "CH" });
 * ```
 */
export const AnnexEntryLocationSchema = z
  .object({
    city: z.string().min(1).optional(),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, "Expected an ISO 3166-1 alpha-2 code")
      .optional(),
  })
  .refine((l) => l.city !== undefined || l.country !== undefined, { message: "Give a city or a country" });

/**
 * A place as a document writes it.
 *
 * @example
 * ```ts
 * import type { AnnexEntryLocation } from "iacml/entities";
 * const where = (l: AnnexEntryLocation) => [l.city, l.country].filter(Boolean).join(", ");
 * ```
 */
export type AnnexEntryLocation = z.output<typeof AnnexEntryLocationSchema>;

/**
 * zod schema of an entry of a work plan's calendar (Annex 1 of a performance report). `when` is
 * read with the year of the column the entry sits in; `asWritten` keeps the cell's date text
 * (absent when the row has no date cell);
 * `audiences` is an open list of who attends ("ministers", "wg-delegates",
 * "gender-focal-points", "cosate", "ceatal", "ilo-governing-body" …); `partOf` names the entry it
 * is held inside; `represents` names the action or political-process meeting it is.
 *
 * @example
 * ```ts
 * import { AnnexEntrySchema } from "iacml/entities";
 * AnnexEntrySchema.parse({
 *   id: "cal-2022-2024/preparatory-meeting-xxii",
 *   calendar: "wp-2022-2024",
 *   title: "Preparatory Meeting XXII IACML",
 *   kind: "meeting",
 *   when: { kind: "months", start: "2024-07", end: "2024-08" },
 *   asWritten: "Jul-Aug",
 *   status: "tentative",
 *   location: { city: "Washington, D.C.", country: "US" },
 *   audiences: ["ministries-of-labor"],
 *   represents: "wp-2022-2024/meetings/preparatory-xxii",
 *   source: { document: "001_04952725e56fd583.txt", section: "Annex 1" },
 * });
 * ```
 */
export const AnnexEntrySchema = z
  .object({
    id: IdSchema,
    calendar: IdSchema,
    title: z.string().min(1),
    kind: AnnexEntryKindSchema,
    when: DateSpecSchema,
    asWritten: z.string().min(1).optional(),
    status: AnnexEntryStatusSchema,
    format: EventFormatSchema.optional(),
    location: AnnexEntryLocationSchema.optional(),
    audiences: z.array(z.string().regex(/^[a-z][a-z0-9-]*$/, "Expected a kebab-case audience")),
    partOf: IdSchema.optional(),
    represents: IdSchema.optional(),
    source: SourceRefSchema,
  })
  .extend(ProvenanceFieldsSchema.shape)
  .refine((e) => e.partOf !== e.id, { message: "An entry cannot be part of itself", path: ["partOf"] });

/**
 * An entry of a work plan's calendar.
 *
 * @example
 * ```ts
 * import type { AnnexEntry } from "iacml/entities";
 * const isOwnEvent = (e: AnnexEntry) => e.kind !== "external" && e.kind !== "blackout";
 * ```
 */
export type AnnexEntry = z.output<typeof AnnexEntrySchema>;
