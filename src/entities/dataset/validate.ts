import type { Finding } from "../../core/result.js";
import { checkMeeting } from "../process/check-meeting.js";
import { claimFindings } from "./claims.js";
import { contradictionFindings } from "./contradictions.js";
import { outsidePeriodFindings } from "./periods.js";
import { duplicateIdFindings, unknownReferenceFindings } from "./references.js";
import type { Dataset } from "./schema.js";

/**
 * Checks a dataset across its records and returns the findings, each with the path to the
 * record: ids used twice, references to ids the dataset does not hold (hosts that are not member
 * states, actions of unknown priority lines, unknown budget lines …), actions and meetings dated
 * outside their work plan's years, meeting agendas that do not hold together, the places
 * where a document's stated count or period disagrees with its own list, and every
 * contradiction between or within the documents (`contradictionFindings`: a fact stated twice
 * with different values, a title or date written two ways, a stated interval, cooperation or
 * topic against the records, a co-funder recorded twice), each naming both sources.
 *
 * @example
 * ```ts
 * import { validateDataset, DatasetSchema } from "iacml/entities";
 * import { dataset } from "iacml/data";
 * const findings = validateDataset(DatasetSchema.parse(dataset));
 * for (const f of findings) console.log(f.code, f.path.join("."), f.message);
 * ```
 */
export function validateDataset(dataset: Dataset): Finding[] {
  const references = { memberStates: dataset.memberStates, organizations: dataset.organizations };
  return [
    ...duplicateIdFindings(dataset),
    ...unknownReferenceFindings(dataset),
    ...outsidePeriodFindings(dataset),
    ...dataset.meetings.flatMap((meeting, i) =>
      checkMeeting(meeting, references).map((f) => ({ ...f, path: ["meetings", i, ...f.path] })),
    ),
    ...claimFindings(dataset),
    ...contradictionFindings(dataset),
  ];
}
