import * as z from "zod";
import { DateSpecSchema } from "../../core/date-spec/schema.js";
import { IdSchema, SourceRefSchema } from "../common.js";
import { AsWrittenSchema, ProvenanceFieldsSchema } from "../stated.js";
import { AnnexEntryLocationSchema } from "./annex-entry.js";
import { memberStateIdSchema, partyIdSchema } from "./ids.js";

/**
 * zod schema of an event outside the IACML that a document's prose reports (an ILO meeting, a
 * Summit of the Americas, a meeting of Ministers of Education): the title as written, who
 * organizes it, when and where as stated (`asWritten` keeps the words), its theme, who chairs
 * it, whether it is `held` or `planned` as of the document, the calendar entry it is (`calendarEntry`),
 * the records that cite it (`citedBy`), and where it is written.
 *
 * @example
 * ```ts
 * import { ExternalEventSchema } from "iacml/entities";
 * ExternalEventSchema.parse({
 *   id: "ext/ilo-platform-economy-experts-2022",
 *   title: "ILO Meeting of experts on decent work in the platform economy",
 *   organizer: "ilo",
 *   when: { kind: "month", month: "2022-10" },
 *   status: "held",
 *   citedBy: ["wp-2022-2024/pl1/a2"],
 *   asWritten: [],
 *   source: { document: "001_04952725e56fd583.txt", section: "III.a Priority line 1" },
 * });
 * ```
 */
export const ExternalEventSchema = z
  .object({
    id: IdSchema,
    title: z.string().min(1),
    organizer: partyIdSchema.optional(),
    when: DateSpecSchema.optional(),
    place: AnnexEntryLocationSchema.optional(),
    theme: z.string().min(1).optional(),
    chair: memberStateIdSchema.optional(),
    status: z.enum(["held", "planned"]),
    calendarEntry: IdSchema.optional(),
    citedBy: z.array(IdSchema),
    asWritten: z.array(AsWrittenSchema),
    source: SourceRefSchema,
  })
  .extend(ProvenanceFieldsSchema.shape);

/**
 * An event outside the IACML that a document reports.
 *
 * @example
 * ```ts
 * import type { ExternalEvent } from "iacml/entities";
 * const byIlo = (e: ExternalEvent) => e.organizer === "ilo";
 * ```
 */
export type ExternalEvent = z.output<typeof ExternalEventSchema>;

/**
 * zod schema of the contribution a partner organization (or an OAS body) offered to a work plan,
 * as a report presents it (section d of the 2023 performance report): the party, the heading
 * and speaker in the document's words, the points it made (each the document's words, with the
 * records it names in `refs`), the meeting it was presented at, whether the report says it was
 * not updated since, and where it is written.
 *
 * @example
 * ```ts
 * import { PartnerContributionSchema } from "iacml/entities";
 * PartnerContributionSchema.parse({
 *   id: "wp-2022-2024/contributions/paho",
 *   workPlan: "wp-2022-2024",
 *   party: "paho",
 *   heading: "Contributions of the Pan-American Health Organization (PAHO)",
 *   speaker: "The PAHO delegate",
 *   presentedAt: "wp-2022-2024/meetings/planning",
 *   updated: false,
 *   points: [{ text: "reiterated PAHO's commitment to work and collaborate with the IACML to improve workers' health", refs: [] }],
 *   source: { document: "001_04952725e56fd583.txt", section: "III.d Contributions from partner organizations" },
 * });
 * ```
 */
export const PartnerContributionSchema = z.object({
  id: IdSchema,
  workPlan: IdSchema,
  party: partyIdSchema,
  heading: z.string().min(1),
  speaker: z.string().min(1).optional(),
  presentedAt: IdSchema.optional(),
  updated: z.boolean(),
  points: z.array(z.object({ text: z.string().min(1), refs: z.array(IdSchema) })).min(1),
  source: SourceRefSchema,
});

/**
 * A partner's contribution to a work plan.
 *
 * @example
 * ```ts
 * import type { PartnerContribution } from "iacml/entities";
 * const count = (c: PartnerContribution) => c.points.length;
 * ```
 */
export type PartnerContribution = z.output<typeof PartnerContributionSchema>;

/**
 * zod schema of what a report's prose states about bilateral cooperations, to compare with the
 * cooperations it lists: the recipient and provider member states as named, whether they pair
 * `respectively` (the first recipient with the first provider …) or any with any, the topics the
 * statement covers (matched, case-insensitively, with the listed cooperations' `topic`; empty for
 * any topic), the statement's words, and where it is written.
 *
 * @example
 * ```ts
 * import { CooperationStatementSchema } from "iacml/entities";
 * CooperationStatementSchema.parse({
 *   id: "stmt/003/osh-assistance",
 *   recipients: ["VC", "BB", "MX"],
 *   providers: ["BB", "PA", "CA"],
 *   respectively: true,
 *   topics: ["Occupational safety and health"],
 *   text: "the Ministries of Saint Vincent and the Grenadines, Barbados, and Mexico received technical assistance from Barbados, Panama, and Canada, respectively",
 *   source: { document: "003_835abb1dd6776d62.txt", section: "1. Contributing to the response to COVID-19" },
 * });
 * ```
 */
export const CooperationStatementSchema = z
  .object({
    id: IdSchema,
    recipients: z.array(memberStateIdSchema).min(1),
    providers: z.array(memberStateIdSchema).min(1),
    respectively: z.boolean(),
    topics: z.array(z.string().min(1)),
    text: z.string().min(1),
    source: SourceRefSchema,
  })
  .refine((s) => !s.respectively || s.recipients.length === s.providers.length, {
    message: "A 'respectively' statement pairs as many recipients as providers",
    path: ["providers"],
  });

/**
 * What a report states about bilateral cooperations.
 *
 * @example
 * ```ts
 * import type { CooperationStatement } from "iacml/entities";
 * const pairs = (s: CooperationStatement) => s.recipients.length * (s.respectively ? 1 : s.providers.length);
 * ```
 */
export type CooperationStatement = z.output<typeof CooperationStatementSchema>;
