import * as z from "zod";
import { IdSchema, LocalizedTextSchema, SourceRefSchema } from "../common.js";

/**
 * zod schema of the kind of an instrument a conference adopts.
 *
 * @example
 * ```ts
 * import { InstrumentKindSchema } from "iacml/entities";
 * InstrumentKindSchema.parse("plan-of-action");
 * ```
 */
export const InstrumentKindSchema = z.enum(["declaration", "plan-of-action"]);

/**
 * A declaration or a plan of action.
 *
 * @example
 * ```ts
 * import type { InstrumentKind } from "iacml/entities";
 * const k: InstrumentKind = "declaration";
 * ```
 */
export type InstrumentKind = z.output<typeof InstrumentKindSchema>;

/**
 * The id of a conference's instrument: the edition's roman numeral, then `Decl` or `PoA`.
 *
 * @example
 * ```ts
 * import { instrumentId } from "iacml/entities";
 * instrumentId("xxi", "plan-of-action"); // "XXI/PoA"
 * ```
 */
export function instrumentId(edition: string, kind: InstrumentKind): string {
  return `${edition.toUpperCase()}/${kind === "declaration" ? "Decl" : "PoA"}`;
}

/**
 * The id of a provision: instrument id, then the article or paragraph number and, for a
 * lettered item, its lowercase letter.
 *
 * @example
 * ```ts
 * import { provisionId } from "iacml/entities";
 * provisionId("XXI/PoA", 7, "b"); // "XXI/PoA/7b"
 * provisionId("XXI/Decl", 15); // "XXI/Decl/15"
 * ```
 */
export function provisionId(instrument: string, number: number, item?: string): string {
  return `${instrument}/${number}${item === undefined ? "" : item.toLowerCase()}`;
}

/**
 * zod schema of an instrument: id (`XXI/Decl`), conference id, kind, name, how it is numbered
 * (`articles` for a declaration, `paragraphs-with-items` for a plan of action), whether it was
 * `adopted` or is `expected`, and whether the dataset holds all its provisions (`complete`) or
 * only those the documents cite (`cited-only`).
 *
 * @example
 * ```ts
 * import { InstrumentSchema } from "iacml/entities";
 * InstrumentSchema.parse({
 *   id: "XXI/Decl", conference: "xxi", kind: "declaration",
 *   name: { en: "Declaration of Buenos Aires", es: "Declaración de Buenos Aires" },
 *   numbering: "articles", adoption: "adopted", completeness: "cited-only",
 *   source: { document: "001_04952725e56fd583.txt", section: "I. Introduction" },
 * });
 * ```
 */
export const InstrumentSchema = z
  .object({
    id: IdSchema.regex(/^[IVXLCDM]+\/(?:Decl|PoA)$/, "Expected e.g. XXI/Decl"),
    conference: IdSchema,
    kind: InstrumentKindSchema,
    name: LocalizedTextSchema,
    numbering: z.enum(["articles", "paragraphs-with-items"]),
    adoption: z.enum(["adopted", "expected"]),
    completeness: z.enum(["complete", "cited-only"]),
    source: SourceRefSchema,
  })
  .refine((i) => i.id === instrumentId(i.conference, i.kind), {
    message: "The id must be made from the conference and the kind",
    path: ["id"],
  })
  .refine((i) => (i.kind === "declaration") === (i.numbering === "articles"), {
    message: "A declaration has articles, a plan of action paragraphs with items",
    path: ["numbering"],
  });

/**
 * A declaration or plan of action of a conference.
 *
 * @example
 * ```ts
 * import type { Instrument } from "iacml/entities";
 * const label = (i: Instrument) => i.name.es ?? i.name.en;
 * ```
 */
export type Instrument = z.output<typeof InstrumentSchema>;

/**
 * zod schema of a provision: an article of a declaration or a paragraph (with an optional
 * lettered item) of a plan of action. `source` is where a document first cites it,
 * `alsoCitedIn` the other places; `title` and `text` stay empty for cited-only instruments.
 *
 * @example
 * ```ts
 * import { ProvisionSchema } from "iacml/entities";
 * ProvisionSchema.parse({
 *   id: "XXI/PoA/7b", instrument: "XXI/PoA", number: 7, item: "b",
 *   source: { document: "001_04952725e56fd583.txt", section: "III.a priority line 1" },
 * });
 * ```
 */
export const ProvisionSchema = z
  .object({
    id: IdSchema,
    instrument: IdSchema,
    number: z.number().int().min(1),
    item: z
      .string()
      .regex(/^[a-z]$/, "Expected one lowercase letter")
      .optional(),
    title: LocalizedTextSchema.optional(),
    text: LocalizedTextSchema.optional(),
    source: SourceRefSchema,
    alsoCitedIn: z.array(SourceRefSchema).optional(),
  })
  .refine((p) => p.id === provisionId(p.instrument, p.number, p.item), {
    message: "The id must be made from the instrument, number and item",
    path: ["id"],
  })
  .refine((p) => p.item === undefined || p.instrument.endsWith("/PoA"), {
    message: "Only plan-of-action paragraphs have lettered items",
    path: ["item"],
  });

/**
 * An article or paragraph of an instrument.
 *
 * @example
 * ```ts
 * import type { Provision } from "iacml/entities";
 * const label = (p: Provision) => `${p.number}${p.item ?? ""}`;
 * ```
 */
export type Provision = z.output<typeof ProvisionSchema>;
