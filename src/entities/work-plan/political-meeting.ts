import * as z from "zod";
import { MandateFieldsSchema } from "./mandate-fields.js";
import { DateSpecSchema } from "../../core/date-spec/schema.js";
import { EventFormatSchema, IdSchema, SourceRefSchema } from "../common.js";
import { ActionFinancingSchema } from "./action-financing.js";
import { ActionHostSchema } from "./action-host.js";
import { documentSymbolSchema } from "./ids.js";
import { AnnexEntryLocationSchema } from "./annex-entry.js";
import {
  AsWrittenSchema,
  ParticipantSchema,
  ParticipationCountSchema,
  ProvenanceFieldsSchema,
  StatedOutputSchema,
} from "../stated.js";
import { MeetingTopicSchema } from "./action.js";

/**
 * zod schema of the kind of a meeting of the political process (the triennial ministerial
 * cycle and the IACML's own follow-up meetings).
 *
 * @example
 * ```ts
 * import { PoliticalMeetingKindSchema } from "iacml/entities";
 * PoliticalMeetingKindSchema.parse("preparatory-meeting");
 * ```
 */
export const PoliticalMeetingKindSchema = z.enum([
  "conference",
  "planning-meeting",
  "authorities-meeting",
  "working-group-meeting",
  "preparatory-meeting",
  "cosate-ceatal-meeting",
  "other",
]);

/**
 * The kind of a political-process meeting.
 *
 * @example
 * ```ts
 * import type { PoliticalMeetingKind } from "iacml/entities";
 * const k: PoliticalMeetingKind = "authorities-meeting";
 * ```
 */
export type PoliticalMeetingKind = z.output<typeof PoliticalMeetingKindSchema>;

/**
 * zod schema of the status of a political-process meeting as of the report: `held`, `planned`
 * (the report gives its date without hedging), `tentative` (alternatives or a hedge),
 * `postponed` or `cancelled`.
 *
 * @example
 * ```ts
 * import { PoliticalMeetingStatusSchema } from "iacml/entities";
 * PoliticalMeetingStatusSchema.parse("tentative");
 * ```
 */
export const PoliticalMeetingStatusSchema = z.enum(["held", "planned", "tentative", "postponed", "cancelled"]);

/**
 * The status of a political-process meeting.
 *
 * @example
 * ```ts
 * import type { PoliticalMeetingStatus } from "iacml/entities";
 * const s: PoliticalMeetingStatus = "held";
 * ```
 */
export type PoliticalMeetingStatus = z.output<typeof PoliticalMeetingStatusSchema>;

/**
 * zod schema of a timing rule a document states for a meeting ("at least three months before
 * the XXII IACML"): the least number of months between this meeting and another.
 *
 * @example
 * ```ts
 * import { MeetingLeadTimeSchema } from "iacml/entities";
 * MeetingLeadTimeSchema.parse({ minMonthsBefore: 3, meeting: "wp-2022-2024/meetings/xxii-iacml" });
 * ```
 */
export const MeetingLeadTimeSchema = z.object({
  minMonthsBefore: z.number().int().positive(),
  meeting: IdSchema,
});

/**
 * A stated least lead time before another meeting.
 *
 * @example
 * ```ts
 * import type { MeetingLeadTime } from "iacml/entities";
 * const months = (t: MeetingLeadTime) => t.minMonthsBefore;
 * ```
 */
export type MeetingLeadTime = z.output<typeof MeetingLeadTimeSchema>;

/**
 * zod schema of a meeting of the political process of a work plan's cycle: planning meeting,
 * meetings of authorities, working-group meeting, preparatory meeting, the conference itself.
 * `conference` links the conference a meeting is (or prepares); `partOf` a meeting held inside
 * another; `topics` are short topic names (`topicRefs` the same as working group and topic ids,
 * with the document's words); `outcomes` are document symbols. Optional, as the documents give
 * them: `description`, `place` (city and country), `asWritten`, `participants` (who chaired and
 * who took part), `participationCounts`, `statedOutputs`, `inferred` / `outsideKnowledge`.
 *
 * @example
 * ```ts
 * import { PoliticalMeetingSchema } from "iacml/entities";
 * PoliticalMeetingSchema.parse({
 *   id: "wp-2022-2024/meetings/authorities-2023",
 *   workPlan: "wp-2022-2024",
 *   kind: "authorities-meeting",
 *   when: { kind: "days", start: "2023-01-27", end: "2023-01-27" },
 *   status: "held",
 *   format: "virtual",
 *   funding: [],
 *   topics: [],
 *   outcomes: ["CIDI/CIMT/RPA/doc.45/23"],
 *   source: { document: "001_04952725e56fd583.txt", section: "III.b Political process activities, 4" },
 * });
 * ```
 */
export const PoliticalMeetingSchema = z
  .object({
    id: IdSchema,
    workPlan: IdSchema,
    kind: PoliticalMeetingKindSchema,
    conference: IdSchema.optional(),
    when: DateSpecSchema,
    status: PoliticalMeetingStatusSchema,
    format: EventFormatSchema.optional(),
    host: ActionHostSchema.optional(),
    location: z.string().min(1).optional(),
    leadTime: MeetingLeadTimeSchema.optional(),
    partOf: IdSchema.optional(),
    funding: z.array(ActionFinancingSchema),
    topics: z.array(z.string().min(1)),
    outcomes: z.array(documentSymbolSchema),
    topicRefs: z.array(MeetingTopicSchema.extend({ text: z.string().min(1) })).optional(),
    description: z.string().min(1).optional(),
    place: AnnexEntryLocationSchema.optional(),
    asWritten: z.array(AsWrittenSchema).optional(),
    participants: z.array(ParticipantSchema).optional(),
    participationCounts: z.array(ParticipationCountSchema).optional(),
    statedOutputs: z.array(StatedOutputSchema).optional(),
    source: SourceRefSchema,
  })
  .extend(ProvenanceFieldsSchema.shape)
  // A meeting answers mandates too ("in line with the Article 5 of the Plan of Action").
  .extend(MandateFieldsSchema.shape);

/**
 * A meeting of the political process.
 *
 * @example
 * ```ts
 * import type { PoliticalMeeting } from "iacml/entities";
 * const isConference = (m: PoliticalMeeting) => m.kind === "conference";
 * ```
 */
export type PoliticalMeeting = z.output<typeof PoliticalMeetingSchema>;
