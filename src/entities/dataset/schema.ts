import * as z from "zod";
import { issueFactory } from "../../core/issue.js";
import { entitiesMessages } from "../../core/messages/entities.js";
import type { Result } from "../../core/result.js";
import type { Limits } from "../../core/limits.js";
import { parseWithSchema } from "../../core/schema-input.js";
import { MemberStateSchema } from "../process/member-state.js";
import { OrganizationSchema } from "../process/organization.js";
import { ConferenceSchema } from "../process/conference.js";
import { CycleAuthoritiesSchema, TopicSchema } from "../process/authorities.js";
import { InstrumentSchema, ProvisionSchema } from "../process/instrument.js";
import { WorkingGroupRecommendationSchema } from "../process/recommendation.js";
import { MeetingSchema } from "../process/meeting.js";
import { WorkPlanSchema } from "../work-plan/work-plan.js";
import { PriorityLineSchema } from "../work-plan/priority-line.js";
import { WorkPlanActionSchema } from "../work-plan/action.js";
import { PoliticalMeetingSchema } from "../work-plan/political-meeting.js";
import { AnnexEntrySchema } from "../work-plan/annex-entry.js";
import { ReportedActivitySchema } from "../work-plan/reported-activity.js";
import { BilateralCooperationSchema } from "../work-plan/bilateral-cooperation.js";
import { WorkPlanBudgetLineSchema } from "../work-plan/budget-line.js";
import { DocumentClaimSchema } from "../work-plan/document-claim.js";
import { DecisionRecordSchema, OasDocumentSchema } from "../process/oas-document.js";
import {
  CooperationStatementSchema,
  ExternalEventSchema,
  PartnerContributionSchema,
} from "../work-plan/context-records.js";

/**
 * zod schema of a whole dataset of the process: one array per kind of record, each optional
 * (default empty), so an app can validate just the part it holds.
 *
 * @example
 * ```ts
 * import { DatasetSchema } from "iacml/entities";
 * const empty = DatasetSchema.parse({});
 * console.log(empty.actions.length); // 0
 * ```
 */
export const DatasetSchema = z.object({
  memberStates: z.array(MemberStateSchema).default([]),
  organizations: z.array(OrganizationSchema).default([]),
  conferences: z.array(ConferenceSchema).default([]),
  cycleAuthorities: z.array(CycleAuthoritiesSchema).default([]),
  topics: z.array(TopicSchema).default([]),
  instruments: z.array(InstrumentSchema).default([]),
  provisions: z.array(ProvisionSchema).default([]),
  workingGroupRecommendations: z.array(WorkingGroupRecommendationSchema).default([]),
  meetings: z.array(MeetingSchema).default([]),
  workPlans: z.array(WorkPlanSchema).default([]),
  priorityLines: z.array(PriorityLineSchema).default([]),
  actions: z.array(WorkPlanActionSchema).default([]),
  politicalMeetings: z.array(PoliticalMeetingSchema).default([]),
  annexEntries: z.array(AnnexEntrySchema).default([]),
  activities: z.array(ReportedActivitySchema).default([]),
  bilateralCooperations: z.array(BilateralCooperationSchema).default([]),
  budgetLines: z.array(WorkPlanBudgetLineSchema).default([]),
  documentClaims: z.array(DocumentClaimSchema).default([]),
  documents: z.array(OasDocumentSchema).default([]),
  decisions: z.array(DecisionRecordSchema).default([]),
  externalEvents: z.array(ExternalEventSchema).default([]),
  partnerContributions: z.array(PartnerContributionSchema).default([]),
  cooperationStatements: z.array(CooperationStatementSchema).default([]),
});

/**
 * A dataset of the process, as {@link DatasetSchema} outputs it.
 *
 * @example
 * ```ts
 * import { DatasetSchema, type Dataset } from "iacml/entities";
 * const dataset: Dataset = DatasetSchema.parse({ conferences: [] });
 * ```
 */
export type Dataset = z.output<typeof DatasetSchema>;

const issue = /* @__PURE__ */ issueFactory(entitiesMessages);

/**
 * Reads untrusted JSON as a {@link Dataset}: every record is checked by its entity's schema,
 * and each problem becomes an Issue (`entities.invalid-record`) with the path to it. Cross-record
 * checks are {@link validateDataset}'s job.
 *
 * @example
 * ```ts
 * import { parseDataset } from "iacml/entities";
 * const r = parseDataset({ conferences: [{ id: "xxi" }] });
 * if (!r.ok) console.log(r.issues[0]?.path); // ["conferences", 0, ...]
 * ```
 */
export function parseDataset(input: unknown, options: { readonly limits?: Partial<Limits> } = {}): Result<Dataset> {
  let limits: Partial<Limits> | undefined;
  try {
    limits = options?.limits;
  } catch {
    limits = undefined;
  }
  return parseWithSchema(
    DatasetSchema,
    input,
    ({ detail, detailEs }, path) =>
      issue("entities.invalid-record", { message: detail, messageEs: detailEs }, { path }),
    limits,
  );
}
