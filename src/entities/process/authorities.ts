import * as z from "zod";
import { IdSchema, LocalizedTextSchema, SourceRefSchema } from "../common.js";
import { AsWrittenSchema } from "../stated.js";

const MemberStateIdSchema = z.string().regex(/^[A-Z]{2}$/, "Expected a member state id");

/**
 * zod schema of a troika: the host of the last conference (current chair), the host of the
 * one before (previous chair) and the proposed host of the next, as member state ids.
 *
 * @example
 * ```ts
 * import { TroikaSchema } from "iacml/entities";
 * TroikaSchema.parse({ currentChair: "AR", previousChair: "BB", proposedNextHost: "CO" });
 * ```
 */
export const TroikaSchema = z
  .object({
    currentChair: MemberStateIdSchema,
    previousChair: MemberStateIdSchema,
    proposedNextHost: MemberStateIdSchema,
  })
  .refine((t) => new Set([t.currentChair, t.previousChair, t.proposedNextHost]).size === 3, {
    message: "The three members of a troika are different countries",
  });

/**
 * The troika of a cycle.
 *
 * @example
 * ```ts
 * import type { Troika } from "iacml/entities";
 * const t: Troika = { currentChair: "AR", previousChair: "BB", proposedNextHost: "CO" };
 * ```
 */
export type Troika = z.output<typeof TroikaSchema>;

/**
 * zod schema of a working group as constituted for one cycle: its id (`wg1`, `wg2`), number,
 * title for that cycle, chair and two vice-chairs (member state ids) and its topics (kebab-case
 * topic ids, see `workingGroupTopics` in `iacml/data`).
 *
 * @example
 * ```ts
 * import { WorkingGroupTermSchema } from "iacml/entities";
 * WorkingGroupTermSchema.parse({
 *   id: "wg2", number: 2, title: { en: "Institutional strengthening" },
 *   chair: "CO", viceChairs: ["PA", "US"], topics: ["social-dialogue"],
 *   source: { document: "001_04952725e56fd583.txt", section: "I. Introduction" },
 * });
 * ```
 */
export const WorkingGroupTermSchema = z
  .object({
    id: IdSchema.regex(/^wg\d+$/, "Expected wg followed by its number"),
    number: z.number().int().min(1),
    title: LocalizedTextSchema,
    chair: MemberStateIdSchema,
    viceChairs: z.tuple([MemberStateIdSchema, MemberStateIdSchema]),
    topics: z.array(IdSchema),
    asWritten: z.array(AsWrittenSchema).optional(),
    source: SourceRefSchema,
  })
  .refine((g) => g.id === `wg${g.number}`, { message: "The id must be wg + number", path: ["id"] })
  .refine((g) => new Set([g.chair, ...g.viceChairs]).size === 3, {
    message: "Chair and vice-chairs are three different countries",
    path: ["viceChairs"],
  });

/**
 * A working group in one cycle.
 *
 * @example
 * ```ts
 * import type { WorkingGroupTerm } from "iacml/entities";
 * const leaders = (g: WorkingGroupTerm) => [g.chair, ...g.viceChairs];
 * ```
 */
export type WorkingGroupTerm = z.output<typeof WorkingGroupTermSchema>;

/**
 * zod schema of the authorities of a cycle (the years between two conferences): the cycle id
 * (`2018-2021`), the conference that opened it and the next one, the troika and the working
 * groups.
 *
 * @example
 * ```ts
 * import { CycleAuthoritiesSchema } from "iacml/entities";
 * CycleAuthoritiesSchema.parse({
 *   id: "2022-2024", afterConference: "xxi", nextConference: "xxii",
 *   troika: { currentChair: "AR", previousChair: "BB", proposedNextHost: "CO" },
 *   workingGroups: [],
 *   source: { document: "001_04952725e56fd583.txt", section: "I. Introduction" },
 * });
 * ```
 */
export const CycleAuthoritiesSchema = z.object({
  id: z.string().regex(/^\d{4}-\d{4}$/, "Expected YYYY-YYYY"),
  afterConference: IdSchema,
  nextConference: IdSchema,
  troika: TroikaSchema,
  workingGroups: z.array(WorkingGroupTermSchema),
  source: SourceRefSchema,
});

/**
 * The authorities of a cycle.
 *
 * @example
 * ```ts
 * import type { CycleAuthorities } from "iacml/entities";
 * const chairOf = (c: CycleAuthorities) => c.troika.currentChair;
 * ```
 */
export type CycleAuthorities = z.output<typeof CycleAuthoritiesSchema>;

/**
 * zod schema of a working-group topic: a kebab-case id and a short label.
 *
 * @example
 * ```ts
 * import { TopicSchema } from "iacml/entities";
 * TopicSchema.parse({ id: "child-labor", label: { en: "Child labor", es: "Trabajo infantil" } });
 * ```
 */
export const TopicSchema = z.object({
  id: IdSchema.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Expected a kebab-case id"),
  label: LocalizedTextSchema,
});

/**
 * A working-group topic.
 *
 * @example
 * ```ts
 * import type { Topic } from "iacml/entities";
 * const t: Topic = { id: "child-labor", label: { en: "Child labor", es: "Trabajo infantil" } };
 * ```
 */
export type Topic = z.output<typeof TopicSchema>;
