import * as z from "zod";
import { DateSpecSchema } from "../../core/date-spec/schema.js";
import { EventFormatSchema, IdSchema, SourceRefSchema } from "../common.js";
import { ActionHostSchema } from "./action-host.js";
import { ActionParticipationSchema } from "./action-participation.js";
import { AnnexEntryLocationSchema } from "./annex-entry.js";
import { partyIdSchema } from "./ids.js";
import { hasMandateOrReason, MandateFieldsSchema } from "./mandate-fields.js";
import { AsWrittenSchema, ParticipationCountSchema, ProvenanceFieldsSchema, StatedOutputSchema } from "../stated.js";

/**
 * zod schema of the kind of an activity listed in a report of the General Secretariat.
 * `social-actors-dialogue` is a dialogue of workers and employers (COSATE, CEATAL) held inside
 * an OAS General Assembly or a Summit.
 *
 * @example
 * ```ts
 * import { ReportedActivityKindSchema } from "iacml/entities";
 * ReportedActivityKindSchema.parse("webinar");
 * ```
 */
export const ReportedActivityKindSchema = z.enum([
  "planning-meeting",
  "authorities-meeting",
  "working-group-meeting",
  "preparatory-meeting",
  "workshop",
  "dialogue",
  "social-actors-dialogue",
  "webinar",
  "course",
  "repository-portfolio",
  "newsletter",
  "other",
]);

/**
 * The kind of a reported activity.
 *
 * @example
 * ```ts
 * import type { ReportedActivityKind } from "iacml/entities";
 * const k: ReportedActivityKind = "workshop";
 * ```
 */
export type ReportedActivityKind = z.output<typeof ReportedActivityKindSchema>;

/**
 * zod schema of an activity of a past cycle as a report lists it (the annex of activities
 * 2018-2021 of the report to the XXI IACML). `conference` is the conference whose mandates the
 * activity followed up; `within` names, in short, the event it was held inside; `purpose` is a
 * short reason the report gives for an extra meeting; `when` is `tbd` with a window when the
 * report gives only a year or a span.
 *
 * @example
 * ```ts
 * import { ReportedActivitySchema } from "iacml/entities";
 * ReportedActivitySchema.parse({
 *   id: "act-2018-2021/dialogue-gender-2020",
 *   conference: "xx",
 *   kind: "dialogue",
 *   title: "Hemispheric Dialogue on the institutionalization of a gender approach",
 *   when: { kind: "days", start: "2020-11-28", end: "2020-11-28" },
 *   format: "virtual",
 *   partners: ["cim"],
 *   mandateText: "Articles 23 and 24 of the Declaration, and 7.h of the Plan of Action of Bridgetown",
 *   source: { document: "003_835abb1dd6776d62.txt", section: "Annex I, Workshops and seminars of the RIAL" },
 * });
 * ```
 */
export const ReportedActivitySchema = z
  .object({
    id: IdSchema,
    conference: IdSchema,
    kind: ReportedActivityKindSchema,
    title: z.string().min(1),
    when: DateSpecSchema,
    format: EventFormatSchema.optional(),
    host: ActionHostSchema.optional(),
    location: AnnexEntryLocationSchema.optional(),
    partners: z.array(partyIdSchema),
    participation: ActionParticipationSchema.optional(),
    within: z.string().min(1).optional(),
    purpose: z.string().min(1).optional(),
    asWritten: z.array(AsWrittenSchema).optional(),
    participationCounts: z.array(ParticipationCountSchema).optional(),
    statedOutputs: z.array(StatedOutputSchema).optional(),
    source: SourceRefSchema,
  })
  .extend(MandateFieldsSchema.shape)
  .extend(ProvenanceFieldsSchema.shape)
  .refine(hasMandateOrReason, { message: "Give the mandate text or why there is none", path: ["mandateText"] });

/**
 * An activity of a past cycle as a report lists it.
 *
 * @example
 * ```ts
 * import type { ReportedActivity } from "iacml/entities";
 * const virtual = (a: ReportedActivity) => a.format === "virtual";
 * ```
 */
export type ReportedActivity = z.output<typeof ReportedActivitySchema>;
