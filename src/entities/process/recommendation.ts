import * as z from "zod";
import { IdSchema, LocalizedTextSchema, SourceRefSchema } from "../common.js";

/**
 * The id of a working group's recommendation: working group, year of its final report, `r`
 * and the recommendation's number.
 *
 * @example
 * ```ts
 * import { recommendationId } from "iacml/entities";
 * recommendationId("wg1", 2021, 7); // "wg1-2021/r7"
 * ```
 */
export function recommendationId(workingGroup: string, year: number, number: number): string {
  return `${workingGroup}-${year}/r${number}`;
}

/**
 * zod schema of a recommendation of a working group's final report to the next conference:
 * id, working group, year of the report, number, a short title of the library's own, a topic
 * id and, when known, the ids of the provisions of the next plan of action it fed.
 *
 * @example
 * ```ts
 * import { WorkingGroupRecommendationSchema } from "iacml/entities";
 * WorkingGroupRecommendationSchema.parse({
 *   id: "wg2-2021/r6", workingGroup: "wg2", year: 2021, number: 6,
 *   title: { en: "Widen social protection towards universal coverage" },
 *   topic: "social-protection",
 *   source: { document: "004_03275a9484f16615.txt", section: "IV. Recommendations, 6" },
 * });
 * ```
 */
export const WorkingGroupRecommendationSchema = z
  .object({
    id: IdSchema,
    workingGroup: IdSchema.regex(/^wg\d+$/),
    year: z.number().int().min(1900).max(9999),
    number: z.number().int().min(1),
    title: LocalizedTextSchema,
    topic: IdSchema,
    fed: z.array(IdSchema).optional(),
    source: SourceRefSchema,
  })
  .refine((r) => r.id === recommendationId(r.workingGroup, r.year, r.number), {
    message: "The id must be made from the working group, year and number",
    path: ["id"],
  });

/**
 * A recommendation of a working group.
 *
 * @example
 * ```ts
 * import type { WorkingGroupRecommendation } from "iacml/entities";
 * const label = (r: WorkingGroupRecommendation) => `${r.workingGroup} #${r.number}: ${r.title.en}`;
 * ```
 */
export type WorkingGroupRecommendation = z.output<typeof WorkingGroupRecommendationSchema>;
