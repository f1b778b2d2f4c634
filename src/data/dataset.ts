import type { Dataset } from "../entities/dataset/schema.js";
import { conferences } from "./process/conferences.js";
import { cycleAuthorities } from "./process/cycle-authorities.js";
import { instruments } from "./process/instruments.js";
import { processMeetings } from "./process/meetings.js";
import { memberStates } from "./process/member-states.js";
import { organizations } from "./process/organizations.js";
import { provisions } from "./process/provisions.js";
import { workingGroupRecommendations } from "./process/working-group-recommendations.js";
import { workingGroupTopics } from "./process/working-group-topics.js";
import { workPlanActions } from "./work-plan/actions-2022-2024.js";
import { activities2018To2021, earlierActivities } from "./work-plan/activities-2018-2021.js";
import { annexCalendar2022To2024 } from "./work-plan/annex-calendar-2022-2024.js";
import { bilateralCooperations } from "./work-plan/bilateral-cooperations.js";
import { rialBudgetLines2022To2024 } from "./work-plan/budget-lines-2022-2024.js";
import { documentClaims } from "./work-plan/document-claims.js";
import { politicalMeetings } from "./work-plan/political-meetings-2022-2024.js";
import { priorityLines } from "./work-plan/priority-lines.js";
import { workPlans } from "./work-plan/work-plans.js";
import { oasDocuments } from "./process/documents.js";
import { decisionRecords } from "./process/decisions.js";
import { externalEvents } from "./work-plan/external-events.js";
import { partnerContributions } from "./work-plan/partner-contributions.js";
import { cooperationStatements } from "./work-plan/cooperation-statements.js";

/**
 * The whole reference dataset in one {@link Dataset} value (deeply frozen), ready for
 * `validateDataset` and for every module's functions.
 *
 * @example
 * ```ts
 * import { dataset } from "iacml/data";
 * console.log(dataset.conferences.map((c) => `${c.edition.roman} ${c.city ?? ""}`));
 * ```
 */
export const dataset: Readonly<Dataset> = /* @__PURE__ */ Object.freeze({
  memberStates: memberStates as Dataset["memberStates"],
  organizations: organizations as Dataset["organizations"],
  conferences: conferences as Dataset["conferences"],
  cycleAuthorities: cycleAuthorities as Dataset["cycleAuthorities"],
  topics: workingGroupTopics as Dataset["topics"],
  instruments: instruments as Dataset["instruments"],
  provisions: provisions as Dataset["provisions"],
  workingGroupRecommendations: workingGroupRecommendations as Dataset["workingGroupRecommendations"],
  meetings: processMeetings as Dataset["meetings"],
  workPlans: workPlans as Dataset["workPlans"],
  priorityLines: priorityLines as Dataset["priorityLines"],
  actions: workPlanActions as Dataset["actions"],
  politicalMeetings: politicalMeetings as Dataset["politicalMeetings"],
  annexEntries: annexCalendar2022To2024 as Dataset["annexEntries"],
  activities: [...activities2018To2021, ...earlierActivities] as Dataset["activities"],
  bilateralCooperations: bilateralCooperations as Dataset["bilateralCooperations"],
  budgetLines: rialBudgetLines2022To2024 as Dataset["budgetLines"],
  documentClaims: documentClaims as Dataset["documentClaims"],
  documents: oasDocuments as Dataset["documents"],
  decisions: decisionRecords as Dataset["decisions"],
  externalEvents: externalEvents as Dataset["externalEvents"],
  partnerContributions: partnerContributions as Dataset["partnerContributions"],
  cooperationStatements: cooperationStatements as Dataset["cooperationStatements"],
});
