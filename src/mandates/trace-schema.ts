import * as z from "zod";
import { IdSchema } from "../entities/common.js";

/**
 * zod schema of a provision as the trace sees it: id, optional text (its fingerprint makes links
 * suspect when it changes) and whether it is retired (out of coverage denominators).
 *
 * @example
 * ```ts
 * import { TraceProvisionSchema } from "iacml/mandates";
 * TraceProvisionSchema.parse({ id: "XXI/PoA/7b", text: "Promote decent work…" });
 * ```
 */
export const TraceProvisionSchema = z.object({
  /** Canonical provision id. */
  id: IdSchema,
  /** Short title. */
  title: z.string().optional(),
  /** Text the links are reviewed against. */
  text: z.string().optional(),
  /** Retired provisions stay in the trace but out of coverage. */
  retired: z.boolean().optional(),
});

/**
 * A provision in the trace.
 *
 * @example
 * ```ts
 * import type { TraceProvision } from "iacml/mandates";
 * const p: TraceProvision = { id: "XXI/Decl/15" };
 * ```
 */
export type TraceProvision = z.output<typeof TraceProvisionSchema>;

/**
 * zod schema of an instrument and its provisions; `completeness` says whether it holds every
 * provision or only those the documents cite (coverage is then over the cited ones only).
 *
 * @example
 * ```ts
 * import { TraceInstrumentSchema } from "iacml/mandates";
 * TraceInstrumentSchema.parse({ id: "XXI/Decl", completeness: "cited-only", provisions: [{ id: "XXI/Decl/15" }] });
 * ```
 */
export const TraceInstrumentSchema = z.object({
  id: IdSchema,
  name: z.string().optional(),
  completeness: z.enum(["complete", "cited-only"]).optional(),
  provisions: z.array(TraceProvisionSchema),
});

/**
 * An instrument in the trace.
 *
 * @example
 * ```ts
 * import type { TraceInstrument } from "iacml/mandates";
 * const i: TraceInstrument = { id: "XXI/PoA", provisions: [{ id: "XXI/PoA/7b" }] };
 * ```
 */
export type TraceInstrument = z.output<typeof TraceInstrumentSchema>;

/**
 * zod schema of an action: id, optional priority line and working group (for coverage by
 * group), status (a status starting with `fulfilled` makes its links count for deep coverage),
 * output document ids, and `derived`, the reason an action has no mandate.
 *
 * @example
 * ```ts
 * import { TraceActionSchema } from "iacml/mandates";
 * TraceActionSchema.parse({ id: "wp-2022-2024/l1/a1", priorityLine: "wp-2022-2024/l1", status: "fulfilled" });
 * ```
 */
export const TraceActionSchema = z.object({
  id: IdSchema,
  title: z.string().optional(),
  priorityLine: IdSchema.optional(),
  workingGroup: IdSchema.optional(),
  status: z.string().optional(),
  outputs: z.array(z.string().min(1)).optional(),
  derived: z.string().optional(),
});

/**
 * An action in the trace.
 *
 * @example
 * ```ts
 * import type { TraceAction } from "iacml/mandates";
 * const a: TraceAction = { id: "l1/a1", status: "ongoing" };
 * ```
 */
export type TraceAction = z.output<typeof TraceActionSchema>;

/**
 * zod schema of a working-group recommendation.
 *
 * @example
 * ```ts
 * import { TraceRecommendationSchema } from "iacml/mandates";
 * TraceRecommendationSchema.parse({ id: "wg1-2021/r1", workingGroup: "wg1" });
 * ```
 */
export const TraceRecommendationSchema = z.object({
  id: IdSchema,
  workingGroup: IdSchema.optional(),
  title: z.string().optional(),
});

/**
 * A working-group recommendation in the trace.
 *
 * @example
 * ```ts
 * import type { TraceRecommendation } from "iacml/mandates";
 * const r: TraceRecommendation = { id: "wg2-2021/r6", workingGroup: "wg2" };
 * ```
 */
export type TraceRecommendation = z.output<typeof TraceRecommendationSchema>;

/**
 * zod schema of a group coverage is reported by: a priority line or a working group, with the
 * provisions it declares it answers (`mandates`) and, for a priority line, its working group.
 *
 * @example
 * ```ts
 * import { TraceGroupSchema } from "iacml/mandates";
 * TraceGroupSchema.parse({ id: "l1", kind: "priority-line", workingGroup: "wg1", mandates: ["XXI/Decl/15"] });
 * ```
 */
export const TraceGroupSchema = z.object({
  id: IdSchema,
  kind: z.enum(["priority-line", "working-group"]),
  title: z.string().optional(),
  workingGroup: IdSchema.optional(),
  mandates: z.array(IdSchema).optional(),
});

/**
 * A priority line or working group.
 *
 * @example
 * ```ts
 * import type { TraceGroup } from "iacml/mandates";
 * const g: TraceGroup = { id: "wg1", kind: "working-group" };
 * ```
 */
export type TraceGroup = z.output<typeof TraceGroupSchema>;

/**
 * zod schema of how an action answers a provision.
 *
 * @example
 * ```ts
 * import { AnswerKindSchema } from "iacml/mandates";
 * AnswerKindSchema.parse("contributes");
 * ```
 */
export const AnswerKindSchema = z.enum(["implements", "contributes", "reports-on"]);

/**
 * Implements, contributes or reports on.
 *
 * @example
 * ```ts
 * import type { AnswerKind } from "iacml/mandates";
 * const how: AnswerKind = "implements";
 * ```
 */
export type AnswerKind = z.output<typeof AnswerKindSchema>;

/**
 * zod schema of how a provision of one cycle became one of the next (or was retired).
 *
 * @example
 * ```ts
 * import { EvolutionKindSchema } from "iacml/mandates";
 * EvolutionKindSchema.parse("renumbered");
 * ```
 */
export const EvolutionKindSchema = z.enum(["renumbered", "merged", "split", "superseded", "retired"]);

/**
 * Renumbered, merged, split, superseded or retired.
 *
 * @example
 * ```ts
 * import type { EvolutionKind } from "iacml/mandates";
 * const e: EvolutionKind = "superseded";
 * ```
 */
export type EvolutionKind = z.output<typeof EvolutionKindSchema>;

/**
 * zod schema of a typed link: an action `answers` a provision (how, and the fingerprint of the
 * text it was reviewed against); a recommendation `feeds` a plan-of-action provision; an action
 * `produces` an output document; a provision `evolves` into one of a later cycle (no `to` when
 * retired).
 *
 * @example
 * ```ts
 * import { TraceLinkSchema } from "iacml/mandates";
 * TraceLinkSchema.parse({ kind: "answers", from: "l1/a1", to: "XXI/PoA/7b", how: "implements" });
 * TraceLinkSchema.parse({ kind: "evolves", from: "XX/PoA/7h", to: "XXI/PoA/7c", relation: "renumbered" });
 * ```
 */
export const TraceLinkSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("answers"),
    from: IdSchema,
    to: IdSchema,
    how: AnswerKindSchema,
    reviewed: z.string().optional(),
  }),
  z.object({
    kind: z.literal("feeds"),
    from: IdSchema,
    to: IdSchema,
    reviewed: z.string().optional(),
  }),
  z.object({
    kind: z.literal("produces"),
    from: IdSchema,
    to: z.string().min(1),
  }),
  z.object({
    kind: z.literal("evolves"),
    from: IdSchema,
    to: IdSchema.optional(),
    relation: EvolutionKindSchema,
  }),
]);

/**
 * A typed link of the trace.
 *
 * @example
 * ```ts
 * import type { TraceLink } from "iacml/mandates";
 * const l: TraceLink = { kind: "feeds", from: "wg1-2021/r1", to: "XXI/PoA/7a" };
 * ```
 */
export type TraceLink = z.output<typeof TraceLinkSchema>;

/**
 * zod schema of everything a trace is built from.
 *
 * @example
 * ```ts
 * import { TraceInputSchema } from "iacml/mandates";
 * const r = TraceInputSchema.safeParse({ instruments: [], actions: [], links: [] });
 * console.log(r.success);
 * ```
 */
export const TraceInputSchema = z.object({
  instruments: z.array(TraceInstrumentSchema),
  actions: z.array(TraceActionSchema),
  recommendations: z.array(TraceRecommendationSchema).optional(),
  groups: z.array(TraceGroupSchema).optional(),
  links: z.array(TraceLinkSchema),
});

/**
 * What a trace is built from.
 *
 * @example
 * ```ts
 * import type { TraceInput } from "iacml/mandates";
 * const input: TraceInput = { instruments: [], actions: [], links: [] };
 * ```
 */
export type TraceInput = z.output<typeof TraceInputSchema>;
