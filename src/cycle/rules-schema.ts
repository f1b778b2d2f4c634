import * as z from "zod";
import { EventFormatSchema, IdSchema, LocalizedTextSchema } from "../entities/common.js";
import { AnnexEntryKindSchema } from "../entities/work-plan/annex-entry.js";

/**
 * zod schema of a distance in time: whole months (calendar months, clamped at month ends) or days.
 *
 * @example
 * ```ts
 * import { DurationSchema } from "iacml/cycle";
 * DurationSchema.parse({ months: 3 });
 * ```
 */
export const DurationSchema = z.union([
  z.object({ months: z.number().int().min(0).max(240) }).strict(),
  z.object({ days: z.number().int().min(0).max(7300) }).strict(),
]);

/**
 * A distance in time: `{ months }` or `{ days }`.
 *
 * @example
 * ```ts
 * import type { Duration } from "iacml/cycle";
 * const threeMonths: Duration = { months: 3 };
 * ```
 */
export type Duration = z.output<typeof DurationSchema>;

/**
 * zod schema of the calendar kinds a milestone can appear as.
 *
 * @example
 * ```ts
 * import { CycleEventKindSchema } from "iacml/cycle";
 * CycleEventKindSchema.parse("meeting");
 * ```
 */
// The calendar's event kinds (an annex entry's kinds but "other"), so a milestone's event is
// always one the calendar module can place.
export const CycleEventKindSchema = AnnexEntryKindSchema.exclude(["other"]);

/**
 * zod schema of a yearly milestone (such as the annual meeting of authorities): one occurrence in
 * month `month` of every year whose month falls at least `startAfterMonths` after the previous
 * conference and before the next one; an occurrence may fall up to `toleranceMonths` later.
 *
 * @example
 * ```ts
 * import { RecurrenceSchema } from "iacml/cycle";
 * RecurrenceSchema.parse({ month: 1, toleranceMonths: 1, startAfterMonths: 6 });
 * ```
 */
export const RecurrenceSchema = z.object({
  month: z.number().int().min(1).max(12),
  toleranceMonths: z.number().int().min(0).max(11),
  startAfterMonths: z.number().int().min(0).max(120),
});

/**
 * A yearly recurrence of a milestone.
 *
 * @example
 * ```ts
 * import type { Recurrence } from "iacml/cycle";
 * const januaryEachYear: Recurrence = { month: 1, toleranceMonths: 1, startAfterMonths: 6 };
 * ```
 */
export type Recurrence = z.output<typeof RecurrenceSchema>;

/**
 * zod schema of a kind of milestone of a cycle: its id, title, whether a cycle must have it
 * (`required`: an error when missing, `expected`: a warning, `optional`: nothing), an optional
 * yearly recurrence and how it shows in a calendar (event kind, audiences, and the format used
 * when a scheduled milestone states none; `in-person` if this is absent too).
 *
 * @example
 * ```ts
 * import { MilestoneDefinitionSchema } from "iacml/cycle";
 * MilestoneDefinitionSchema.parse({
 *   kind: "planning", title: { en: "Planning meeting" }, presence: "required",
 *   calendar: { kind: "meeting", audiences: ["authorities"] },
 * });
 * ```
 */
export const MilestoneDefinitionSchema = z.object({
  kind: IdSchema,
  title: LocalizedTextSchema,
  presence: z.enum(["required", "expected", "optional"]),
  recurrence: RecurrenceSchema.optional(),
  calendar: z.object({
    kind: CycleEventKindSchema,
    audiences: z.array(z.string().min(1)),
    format: EventFormatSchema.optional(),
  }),
});

/**
 * A kind of milestone of a cycle.
 *
 * @example
 * ```ts
 * import { iacmlCycleRules, type MilestoneDefinition } from "iacml/cycle";
 * const planning: MilestoneDefinition | undefined = iacmlCycleRules.milestones.find((m) => m.kind === "planning");
 * ```
 */
export type MilestoneDefinition = z.output<typeof MilestoneDefinitionSchema>;

/**
 * zod schema of a timing rule: milestone `milestone` falls `direction` the milestone `anchor`, at
 * least `atLeast` and at most `atMost` away. `hard` rules are errors when broken, `soft` ones
 * warnings. The anchors `conference` and `previous-conference` are the two conferences that
 * bound every cycle.
 *
 * @example
 * ```ts
 * import { TimingRuleSchema } from "iacml/cycle";
 * TimingRuleSchema.parse({
 *   id: "preparatory-three-months", milestone: "preparatory", anchor: "conference",
 *   direction: "before", atLeast: { months: 3 }, strength: "hard",
 *   description: { en: "The preparatory meeting is held at least three months before the conference" },
 * });
 * ```
 */
export const TimingRuleSchema = z.object({
  id: IdSchema,
  milestone: IdSchema,
  anchor: IdSchema,
  direction: z.enum(["before", "after"]),
  atLeast: DurationSchema.optional(),
  atMost: DurationSchema.optional(),
  strength: z.enum(["hard", "soft"]),
  description: LocalizedTextSchema,
});

/**
 * A timing rule between two milestones.
 *
 * @example
 * ```ts
 * import { iacmlCycleRules, type TimingRule } from "iacml/cycle";
 * const rule: TimingRule | undefined = iacmlCycleRules.rules.find((r) => r.id === "preparatory-three-months");
 * ```
 */
export type TimingRule = z.output<typeof TimingRuleSchema>;

/**
 * zod schema of the phases of a cycle, each starting when a milestone ends (`planning` starts
 * when the previous conference ends). `conference` and `closed` follow from the conference.
 *
 * @example
 * ```ts
 * import { PhaseStartsSchema } from "iacml/cycle";
 * PhaseStartsSchema.parse({ implementation: "work-plan-approval", preparation: "working-groups" });
 * ```
 */
export const PhaseStartsSchema = z.object({
  implementation: IdSchema,
  preparation: IdSchema,
});

/**
 * Which milestones open the implementation and preparation phases.
 *
 * @example
 * ```ts
 * import type { PhaseStarts } from "iacml/cycle";
 * const starts: PhaseStarts = { implementation: "work-plan-approval", preparation: "working-groups" };
 * ```
 */
export type PhaseStarts = z.output<typeof PhaseStartsSchema>;

/**
 * zod schema of the rules of a ministerial cycle: its process, nominal length, milestone kinds,
 * timing rules and phases. Nothing about a particular process is built into the functions: a
 * CIDI sectoral process (education, culture, social development …) supplies its own value.
 *
 * @example
 * ```ts
 * import { CycleRulesSchema, iacmlCycleRules } from "iacml/cycle";
 * console.log(CycleRulesSchema.safeParse(iacmlCycleRules).success); // true
 * ```
 */
export const CycleRulesSchema = z.object({
  process: IdSchema,
  title: LocalizedTextSchema,
  lengthInMonths: z.number().int().min(1).max(240),
  milestones: z.array(MilestoneDefinitionSchema),
  rules: z.array(TimingRuleSchema),
  phases: PhaseStartsSchema,
  conference: z.object({ audiences: z.array(z.string().min(1)), title: LocalizedTextSchema }),
});

/**
 * The rules of a ministerial cycle.
 *
 * @example
 * ```ts
 * import { iacmlCycleRules, type CycleRules } from "iacml/cycle";
 * const rules: CycleRules = { ...iacmlCycleRules, lengthInMonths: 24 };
 * ```
 */
export type CycleRules = z.output<typeof CycleRulesSchema>;
