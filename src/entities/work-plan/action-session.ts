import * as z from "zod";
import { DateSpecSchema } from "../../core/date-spec/schema.js";
import { EventFormatSchema, SourceRefSchema } from "../common.js";
import { AsWrittenSchema, ParticipationCountSchema, ProvenanceFieldsSchema } from "../stated.js";
import { ActionParticipationSchema } from "./action-participation.js";
import { ActionStatusSchema } from "./action-status.js";

/**
 * zod schema of one occurrence inside an action that recurs (the numbered gender dialogues) or
 * that the report illustrates with a dated event. Optional: `participationCounts` and
 * `asWritten` in the document's words, `source` when not the action's.
 *
 * @example
 * ```ts
 * import { ActionSessionSchema } from "iacml/entities";
 * ActionSessionSchema.parse({
 *   label: "6th Dialogue",
 *   topic: "Paid domestic work",
 *   when: { kind: "days", start: "2023-03-15", end: "2023-03-15" },
 *   status: "fulfilled",
 *   format: "virtual",
 *   participation: { countries: 27 },
 * });
 * ```
 */
export const ActionSessionSchema = z
  .object({
    label: z.string().min(1),
    topic: z.string().min(1).optional(),
    when: DateSpecSchema,
    status: ActionStatusSchema,
    format: EventFormatSchema.optional(),
    participation: ActionParticipationSchema.optional(),
    participationCounts: z.array(ParticipationCountSchema).optional(),
    asWritten: z.array(AsWrittenSchema).optional(),
    source: SourceRefSchema.optional(),
  })
  .extend(ProvenanceFieldsSchema.shape);

/**
 * One occurrence inside an action.
 *
 * @example
 * ```ts
 * import type { ActionSession } from "iacml/entities";
 * const held = (s: ActionSession) => s.status === "fulfilled";
 * ```
 */
export type ActionSession = z.output<typeof ActionSessionSchema>;
