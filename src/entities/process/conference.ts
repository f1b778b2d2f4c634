import * as z from "zod";
import { DateSpecSchema } from "../../core/date-spec/schema.js";
import { toRoman } from "../../core/roman.js";
import { EventFormatSchema, IdSchema, LocalizedTextSchema, SourceRefSchema } from "../common.js";
import { AsWrittenSchema, ProvenanceFieldsSchema } from "../stated.js";

/**
 * zod schema of a conference edition: its roman numeral and the number it stands for, which
 * must agree ("XXI" is 21).
 *
 * @example
 * ```ts
 * import { EditionSchema } from "iacml/entities";
 * EditionSchema.parse({ roman: "XXI", number: 21 });
 * ```
 */
export const EditionSchema = z
  .object({ roman: z.string().regex(/^[IVXLCDM]+$/), number: z.number().int().min(1).max(3999) })
  .refine((e) => Number.isInteger(e.number) && e.number >= 1 && e.number <= 3999 && toRoman(e.number) === e.roman, {
    message: "The roman numeral does not match the number",
    path: ["roman"],
  });

/**
 * A conference edition.
 *
 * @example
 * ```ts
 * import type { Edition } from "iacml/entities";
 * const e: Edition = { roman: "XXII", number: 22 };
 * ```
 */
export type Edition = z.output<typeof EditionSchema>;

/**
 * zod schema of a decision taken by a body: the body's id (an organization id such as
 * `cidi`, or `iacml-authorities` for the troika and the working-group chairs), the instrument
 * that records it when there is one (an OAS document symbol) and its date.
 *
 * @example
 * ```ts
 * import { DecisionSchema } from "iacml/entities";
 * DecisionSchema.parse({ body: "cidi", instrument: "CIDI/RES. 343 (CIII-O/20)",
 *   date: { kind: "month", month: "2020-07" } });
 * ```
 */
export const DecisionSchema = z.object({
  body: IdSchema,
  instrument: z.string().min(1).optional(),
  date: DateSpecSchema,
});

/**
 * A decision taken by a body.
 *
 * @example
 * ```ts
 * import type { Decision } from "iacml/entities";
 * import { plainMonth } from "iacml/core";
 * const d: Decision = { body: "cidi", date: { kind: "month", month: plainMonth("2020-07") } };
 * ```
 */
export type Decision = z.output<typeof DecisionSchema>;

/**
 * zod schema of a postponement: who decided it and, when another body endorsed it, that
 * endorsement.
 *
 * @example
 * ```ts
 * import { PostponementSchema } from "iacml/entities";
 * PostponementSchema.parse({
 *   decidedBy: { body: "iacml-authorities", date: { kind: "days", start: "2020-05-22", end: "2020-05-22" } },
 *   source: { document: "000_5fc6d6e009cf9f4b.txt", section: "1. Background and Justification" },
 * });
 * ```
 */
export const PostponementSchema = z.object({
  decidedBy: DecisionSchema,
  endorsedBy: DecisionSchema.optional(),
  source: SourceRefSchema,
});

/**
 * A postponement and the decisions behind it.
 *
 * @example
 * ```ts
 * import type { Postponement } from "iacml/entities";
 * const endorsed = (p: Postponement) => p.endorsedBy?.instrument;
 * ```
 */
export type Postponement = z.output<typeof PostponementSchema>;

/**
 * zod schema of an Inter-American Conference of Ministers of Labor: edition, host country
 * (member state id) and city, dates, format, theme, the ids of the instruments it adopted (or
 * is expected to adopt), when it was postponed the original plan and the postponement, and
 * `discrepancies`: places where a document states a fact of it differently.
 *
 * @example
 * ```ts
 * import { ConferenceSchema } from "iacml/entities";
 * ConferenceSchema.parse({
 *   id: "xx", edition: { roman: "XX", number: 20 }, hostCountry: "BB", city: "Bridgetown",
 *   dates: { kind: "month", month: "2017-12" }, format: "in-person",
 *   instruments: ["XX/Decl", "XX/PoA"],
 *   source: { document: "003_835abb1dd6776d62.txt", section: "Introduction" },
 * });
 * ```
 */
export const ConferenceSchema = z
  .object({
    id: IdSchema.regex(/^[ivxlcdm]+$/, "Expected the lowercase roman numeral"),
    edition: EditionSchema,
    hostCountry: z.string().regex(/^[A-Z]{2}$/),
    city: z.string().min(1).optional(),
    dates: DateSpecSchema,
    format: EventFormatSchema,
    theme: LocalizedTextSchema.optional(),
    instruments: z.array(IdSchema),
    originalPlan: z.object({ dates: DateSpecSchema, format: EventFormatSchema.optional() }).optional(),
    postponement: PostponementSchema.optional(),
    discrepancies: z.array(z.object({ note: z.string().min(1), source: SourceRefSchema })).optional(),
    themes: z
      .array(z.object({ number: z.number().int().min(1), text: z.string().min(1), source: SourceRefSchema }))
      .optional(),
    asWritten: z.array(AsWrittenSchema).optional(),
    /** Other names its instruments are cited by, when not the city ("Declaration of Mexico" for Mexico City). */
    citedAs: z.array(z.string().min(1)).optional(),
    /** The instruments it adopted, titled as the source document lists them (editions whose provisions the dataset does not hold). */
    adopted: z
      .array(z.object({ kind: z.enum(["declaration", "plan-of-action"]), title: z.string().min(1) }))
      .optional(),
    source: SourceRefSchema,
  })
  .extend(ProvenanceFieldsSchema.shape)
  .refine((c) => c.id === c.edition.roman.toLowerCase(), {
    message: "The id must be the edition's roman numeral in lowercase",
    path: ["id"],
  })
  .refine((c) => (c.originalPlan === undefined) === (c.postponement === undefined), {
    message: "An original plan and a postponement go together",
    path: ["postponement"],
  });

/**
 * An Inter-American Conference of Ministers of Labor.
 *
 * @example
 * ```ts
 * import type { Conference } from "iacml/entities";
 * const title = (c: Conference) => `${c.edition.roman} IACML`;
 * ```
 */
export type Conference = z.output<typeof ConferenceSchema>;
