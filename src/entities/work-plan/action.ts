import * as z from "zod";
import { DateSpecSchema } from "../../core/date-spec/schema.js";
import { EventFormatSchema, IdSchema, SourceRefSchema } from "../common.js";
import { ActionFinancingSchema } from "./action-financing.js";
import { ActionHostSchema } from "./action-host.js";
import { ActionParticipationSchema } from "./action-participation.js";
import { ActionSessionSchema } from "./action-session.js";
import { ActionStatusSchema } from "./action-status.js";
import { documentSymbolSchema, partyIdSchema } from "./ids.js";
import { hasMandateOrReason, MandateFieldsSchema } from "./mandate-fields.js";
import { AnnexEntryLocationSchema } from "./annex-entry.js";
import {
  AsWrittenSchema,
  ParticipantSchema,
  ParticipationCountSchema,
  ProvenanceFieldsSchema,
  StatedOutputSchema,
} from "../stated.js";

/**
 * zod schema of the working group and topic an action gives to a meeting ("Topic of emphasis of
 * the Working Group 2 meeting" under the priority line on occupational safety and health is
 * `{ workingGroup: "wg2", topic: "occupational-safety-health" }`).
 *
 * @example
 * ```ts
 * import { MeetingTopicSchema } from "iacml/entities";
 * MeetingTopicSchema.parse({ workingGroup: "wg2", topic: "labor-law-compliance" });
 * ```
 */
export const MeetingTopicSchema = z.object({
  workingGroup: IdSchema.regex(/^wg\d+$/, "Expected wg followed by its number"),
  topic: IdSchema,
});

/**
 * The working group and topic an action gives to a meeting.
 *
 * @example
 * ```ts
 * import type { MeetingTopic } from "iacml/entities";
 * const key = (t: MeetingTopic) => `${t.workingGroup}:${t.topic}`;
 * ```
 */
export type MeetingTopic = z.output<typeof MeetingTopicSchema>;

/**
 * zod schema of the kind of a work-plan action.
 *
 * @example
 * ```ts
 * import { ActionKindSchema } from "iacml/entities";
 * ActionKindSchema.parse("repository-portfolio");
 * ```
 */
export const ActionKindSchema = z.enum([
  "workshop",
  "dialogue",
  "course",
  "repository-portfolio",
  "bilateral-cooperation",
  "meeting",
  "network",
  "publication",
  "other",
]);

/**
 * The kind of a work-plan action.
 *
 * @example
 * ```ts
 * import type { ActionKind } from "iacml/entities";
 * const k: ActionKind = "workshop";
 * ```
 */
export type ActionKind = z.output<typeof ActionKindSchema>;

/**
 * zod schema of an action of a work plan, under a priority line. `status` is absent when the
 * report states none (a topic given to a meeting); `when` is absent when the report gives no
 * date; `atMeeting` names the political-process meeting an action is a topic of, `meetingTopic`
 * the working group and topic it gives that meeting; `outputs` are document symbols;
 * `sessions` are the dated occurrences of a recurring action. Optional, as the documents give
 * them: `place` (city and country), `asWritten` (the document's words for the date, host,
 * financing … lines), `statedOutputs` (results with their figures), `participationCounts`,
 * `participants` (people and parties named), and `inferred` / `outsideKnowledge` for fields no
 * document states. The id is the
 * priority line's id, `/a` and the number.
 *
 * @example
 * ```ts
 * import { WorkPlanActionSchema } from "iacml/entities";
 * const a = WorkPlanActionSchema.parse({
 *   id: "wp-2022-2024/pl6/a1",
 *   priorityLine: "wp-2022-2024/pl6",
 *   number: 1,
 *   kind: "workshop",
 *   title: "Social Dialogue for a Sustainable, Just and Equitable Recovery",
 *   status: "fulfilled",
 *   when: { kind: "days", start: "2022-07-12", end: "2022-07-13" },
 *   host: { memberStates: ["CO"], organizations: [], city: "Bogota", confirmed: true },
 *   format: "hybrid",
 *   partners: [],
 *   financing: [{ kind: "rial-fund", budgetLine: "rial-2022-2024/l02", covers: ["accommodation"] }],
 *   participation: { countries: 29 },
 *   sessions: [],
 *   outputs: ["CIDI/CIMT/RPA/doc.40/23"],
 *   mandateText: "Articles 11, 21, 22 and 25 of the Declaration and 7b, 9a and 9b of the Plan of Action of Buenos Aires",
 *   source: { document: "001_04952725e56fd583.txt", section: "III.a Priority line 6" },
 * });
 * console.log(a.status); // "fulfilled"
 * ```
 */
export const WorkPlanActionSchema = z
  .object({
    id: IdSchema,
    priorityLine: IdSchema,
    number: z.number().int().positive(),
    kind: ActionKindSchema,
    title: z.string().min(1),
    status: ActionStatusSchema.optional(),
    when: DateSpecSchema.optional(),
    host: ActionHostSchema.optional(),
    format: EventFormatSchema.optional(),
    partners: z.array(partyIdSchema),
    financing: z.array(ActionFinancingSchema),
    participation: ActionParticipationSchema.optional(),
    sessions: z.array(ActionSessionSchema),
    outputs: z.array(documentSymbolSchema),
    atMeeting: IdSchema.optional(),
    meetingTopic: MeetingTopicSchema.optional(),
    place: AnnexEntryLocationSchema.optional(),
    asWritten: z.array(AsWrittenSchema).optional(),
    statedOutputs: z.array(StatedOutputSchema).optional(),
    participationCounts: z.array(ParticipationCountSchema).optional(),
    participants: z.array(ParticipantSchema).optional(),
    source: SourceRefSchema,
  })
  .extend(MandateFieldsSchema.shape)
  .extend(ProvenanceFieldsSchema.shape)
  .refine((a) => a.id === `${a.priorityLine}/a${a.number}`, {
    message: "The id must be the priority line id, '/a' and the number",
    path: ["id"],
  })
  .refine(hasMandateOrReason, { message: "Give the mandate text or why there is none", path: ["mandateText"] });

/**
 * An action of a work plan.
 *
 * @example
 * ```ts
 * import type { WorkPlanAction } from "iacml/entities";
 * const pending = (a: WorkPlanAction) => a.status === "future" || a.status === "future-and-ongoing";
 * ```
 */
export type WorkPlanAction = z.output<typeof WorkPlanActionSchema>;
