import * as z from "zod";
import { DateSpecSchema, PlainDateSchema } from "../../core/date-spec/schema.js";
import { IdSchema, SourceRefSchema } from "../common.js";
import { memberStateIdSchema } from "./ids.js";
import { hasMandateOrReason, MandateFieldsSchema } from "./mandate-fields.js";
import { ProvenanceFieldsSchema } from "../stated.js";

/**
 * zod schema of what settles who provides and who receives in a cooperation: `modality` (an
 * on-site or experts' visit says it), `stated` (a passage of a report names the roles: `source`),
 * or `inferred` (no document states it: `reasoning`).
 *
 * @example
 * ```ts
 * import { CooperationRolesBasisSchema } from "iacml/entities";
 * CooperationRolesBasisSchema.parse({ basis: "stated", source: { document: "003_835abb1dd6776d62.txt", section: "4. Strengthening social dialogue" } });
 * ```
 */
export const CooperationRolesBasisSchema = z.discriminatedUnion("basis", [
  z.object({ basis: z.literal("modality") }),
  z.object({ basis: z.literal("stated"), source: SourceRefSchema }),
  z.object({ basis: z.literal("inferred"), reasoning: z.string().min(1) }),
]);

/**
 * What settles the roles of a cooperation.
 *
 * @example
 * ```ts
 * import type { CooperationRolesBasis } from "iacml/entities";
 * const certain = (b: CooperationRolesBasis) => b.basis !== "inferred";
 * ```
 */
export type CooperationRolesBasis = z.output<typeof CooperationRolesBasisSchema>;

/**
 * zod schema of how a RIAL bilateral cooperation is carried out:
 * - `on-site-visit` ("on-site visit from A to B"): A's officials travel to learn from B;
 * - `experts-visit` ("experts' visit from A to B"): A's experts travel to advise B;
 * - `virtual` ("virtual cooperation between A and B"): sessions online; the Annex does not say
 *   who provides (see `roles` on each cooperation).
 *
 * @example
 * ```ts
 * import { CooperationModalitySchema } from "iacml/entities";
 * CooperationModalitySchema.parse("experts-visit");
 * ```
 */
export const CooperationModalitySchema = z.enum(["on-site-visit", "experts-visit", "virtual"]);

/**
 * How a RIAL bilateral cooperation is carried out.
 *
 * @example
 * ```ts
 * import type { CooperationModality } from "iacml/entities";
 * const m: CooperationModality = "virtual";
 * ```
 */
export type CooperationModality = z.output<typeof CooperationModalitySchema>;

/**
 * zod schema of the status of a bilateral cooperation as of its report: `done`, `ongoing`, or
 * `pending-postponed` (pending, postponed because of the pandemic).
 *
 * @example
 * ```ts
 * import { CooperationStatusSchema } from "iacml/entities";
 * CooperationStatusSchema.parse("pending-postponed");
 * ```
 */
export const CooperationStatusSchema = z.enum(["done", "ongoing", "pending-postponed"]);

/**
 * The status of a bilateral cooperation.
 *
 * @example
 * ```ts
 * import type { CooperationStatus } from "iacml/entities";
 * const s: CooperationStatus = "done";
 * ```
 */
export type CooperationStatus = z.output<typeof CooperationStatusSchema>;

/**
 * zod schema of the sessions of a virtual cooperation: how many were held and the days the
 * report names (possibly fewer than held).
 *
 * @example
 * ```ts
 * import { CooperationSessionsSchema } from "iacml/entities";
 * CooperationSessionsSchema.parse({ held: 2, dates: ["2021-07-14", "2021-08-27"] });
 * ```
 */
export const CooperationSessionsSchema = z
  .object({
    held: z.number().int().nonnegative(),
    dates: z.array(PlainDateSchema),
  })
  .refine((s) => s.dates.length <= s.held, { message: "More dates than sessions held", path: ["dates"] });

/**
 * The sessions of a virtual cooperation.
 *
 * @example
 * ```ts
 * import type { CooperationSessions } from "iacml/entities";
 * const undated = (s: CooperationSessions) => s.held - s.dates.length;
 * ```
 */
export type CooperationSessions = z.output<typeof CooperationSessionsSchema>;

/**
 * zod schema of a RIAL bilateral cooperation as a report lists it. `from` and `to` are the
 * member states in the order the document names them ("from A to B", "between A and B"); who
 * provides and who receives is derived by {@link cooperationParties}. `call` is the number of
 * the RIAL call it came from, when the document gives it; `resumes` names an earlier record of
 * the same cooperation (a postponed visit carried out later); `roles` says what settles who
 * provides (the modality, a passage that states it, or an inference with its reasoning).
 *
 * @example
 * ```ts
 * import { BilateralCooperationSchema } from "iacml/entities";
 * BilateralCooperationSchema.parse({
 *   id: "rial-bc/2019/cr-uy-domestic-work",
 *   modality: "on-site-visit",
 *   from: ["CR"],
 *   to: ["UY"],
 *   topic: "Domestic work",
 *   when: { kind: "days", start: "2019-09-09", end: "2019-09-12" },
 *   status: "done",
 *   source: { document: "003_835abb1dd6776d62.txt", section: "Annex I, RIAL Bilateral Cooperation Activities" },
 *   mandateText: "Articles 23 and 24 of the Declaration, and 7.h of the Plan of Action of Bridgetown",
 * });
 * ```
 */
export const BilateralCooperationSchema = z
  .object({
    id: IdSchema,
    call: z.number().int().positive().optional(),
    modality: CooperationModalitySchema,
    from: z.array(memberStateIdSchema).min(1),
    to: z.array(memberStateIdSchema).min(1),
    topic: z.string().min(1),
    when: DateSpecSchema.optional(),
    sessions: CooperationSessionsSchema.optional(),
    status: CooperationStatusSchema,
    resumes: IdSchema.optional(),
    roles: CooperationRolesBasisSchema.optional(),
    source: SourceRefSchema,
  })
  .extend(MandateFieldsSchema.shape)
  .extend(ProvenanceFieldsSchema.shape)
  .refine((c) => !c.from.some((s) => c.to.includes(s)), {
    message: "A member state cannot be on both sides",
    path: ["to"],
  })
  .refine(hasMandateOrReason, { message: "Give the mandate text or why there is none", path: ["mandateText"] });

/**
 * A RIAL bilateral cooperation.
 *
 * @example
 * ```ts
 * import type { BilateralCooperation } from "iacml/entities";
 * const isVirtual = (c: BilateralCooperation) => c.modality === "virtual";
 * ```
 */
export type BilateralCooperation = z.output<typeof BilateralCooperationSchema>;
