import * as z from "zod";
import { DateSpecSchema } from "../core/date-spec/schema.js";
import { SourceRefSchema } from "./common.js";

// Generic shapes for facts as the documents state them: the words, the figure with its
// qualifier, who took part, and — for what no document states — the reasoning or the outside
// source. Records carry them in optional fields, so a report can print each fact in the
// document's place and words.

/**
 * zod schema of a field (or fields) of a record that no document states but that is inferred
 * from what the documents do state: the dotted field paths, the reasoning, the document passages
 * it rests on and, optionally, the text the inference reads.
 *
 * @example
 * ```ts
 * import { InferenceSchema } from "iacml/entities";
 * InferenceSchema.parse({
 *   fields: ["when"],
 *   reasoning: "The cell sits in the 2023 column",
 *   from: [{ document: "001_04952725e56fd583.txt", section: "Annex 1" }],
 * });
 * ```
 */
export const InferenceSchema = z.object({
  fields: z.array(z.string().min(1)).min(1),
  reasoning: z.string().min(1),
  from: z.array(SourceRefSchema),
  text: z.string().min(1).optional(),
});

/**
 * A field inferred rather than stated.
 *
 * @example
 * ```ts
 * import type { Inference } from "iacml/entities";
 * const covers = (i: Inference, field: string) => i.fields.includes(field);
 * ```
 */
export type Inference = z.output<typeof InferenceSchema>;

/**
 * zod schema of a field (or fields) that comes from outside the five documents: the dotted field
 * paths and the reference (a URL or a citation) it comes from.
 *
 * @example
 * ```ts
 * import { OutsideKnowledgeSchema } from "iacml/entities";
 * OutsideKnowledgeSchema.parse({ fields: ["name"], reference: "https://www.oitcinterfor.org/" });
 * ```
 */
export const OutsideKnowledgeSchema = z.object({
  fields: z.array(z.string().min(1)).min(1),
  reference: z.string().min(1),
  note: z.string().min(1).optional(),
});

/**
 * A field taken from outside the documents.
 *
 * @example
 * ```ts
 * import type { OutsideKnowledge } from "iacml/entities";
 * const cite = (o: OutsideKnowledge) => `${o.fields.join(", ")}: ${o.reference}`;
 * ```
 */
export type OutsideKnowledge = z.output<typeof OutsideKnowledgeSchema>;

/**
 * zod schema of the provenance fields any record may carry: `inferred` (fields no document
 * states, with the reasoning) and `outsideKnowledge` (fields from a named outside source). A
 * field listed in neither is stated by the record's `source` (or the source next to it).
 *
 * @example
 * ```ts
 * import { ProvenanceFieldsSchema } from "iacml/entities";
 * ProvenanceFieldsSchema.parse({ inferred: [{ fields: ["format"], reasoning: "…", from: [] }] });
 * ```
 */
export const ProvenanceFieldsSchema = z.object({
  inferred: z.array(InferenceSchema).optional(),
  outsideKnowledge: z.array(OutsideKnowledgeSchema).optional(),
});

/**
 * The provenance fields of a record.
 *
 * @example
 * ```ts
 * import type { ProvenanceFields } from "iacml/entities";
 * const isInferred = (r: ProvenanceFields, field: string) => (r.inferred ?? []).some((i) => i.fields.includes(field));
 * ```
 */
export type ProvenanceFields = z.output<typeof ProvenanceFieldsSchema>;

/**
 * Whether a record's field is inferred (`"inferred"`), from outside knowledge
 * (`"outside-knowledge"`) or stated by a document (`"stated"`).
 *
 * @example
 * ```ts
 * import { fieldBasis } from "iacml/entities";
 * fieldBasis({ inferred: [{ fields: ["when"], reasoning: "…", from: [] }] }, "when"); // "inferred"
 * fieldBasis({}, "when"); // "stated"
 * ```
 */
export function fieldBasis(record: ProvenanceFields, field: string): "stated" | "inferred" | "outside-knowledge" {
  if ((record.inferred ?? []).some((i) => i.fields.includes(field))) return "inferred";
  if ((record.outsideKnowledge ?? []).some((o) => o.fields.includes(field))) return "outside-knowledge";
  return "stated";
}

/**
 * zod schema of a document's words for one field of a record ("Date: April or May 2024",
 * "Host: Costa Rica (preliminary, to be confirmed)", a financing line), with where they are
 * written. `field` is the record's field the words state (`when`, `host`, `financing`, `title`,
 * `place` …).
 *
 * @example
 * ```ts
 * import { AsWrittenSchema } from "iacml/entities";
 * AsWrittenSchema.parse({
 *   field: "host",
 *   text: "Costa Rica (preliminary, to be confirmed)",
 *   source: { document: "001_04952725e56fd583.txt", section: "III.a Priority line 1" },
 * });
 * ```
 */
export const AsWrittenSchema = z.object({
  field: z.string().min(1),
  text: z.string().min(1),
  source: SourceRefSchema,
});

/**
 * A document's words for a field.
 *
 * @example
 * ```ts
 * import type { AsWritten } from "iacml/entities";
 * const words = (all: readonly AsWritten[], field: string) => all.filter((w) => w.field === field).map((w) => w.text);
 * ```
 */
export type AsWritten = z.output<typeof AsWrittenSchema>;

/**
 * zod schema of the qualifier a document puts before a figure, in its own words.
 *
 * @example
 * ```ts
 * import { FigureQualifierSchema } from "iacml/entities";
 * FigureQualifierSchema.parse("more than");
 * ```
 */
export const FigureQualifierSchema = z.enum(["more than", "at least", "less than", "an average of", "about"]);

/**
 * The qualifier before a figure.
 *
 * @example
 * ```ts
 * import type { FigureQualifier } from "iacml/entities";
 * const q: FigureQualifier = "at least";
 * ```
 */
export type FigureQualifier = z.output<typeof FigureQualifierSchema>;

/**
 * zod schema of a figure as a document states it: the number, its qualifier ("more than 90"),
 * and the unit in the document's words ("instruments", "measures", "countries").
 *
 * @example
 * ```ts
 * import { StatedFigureSchema } from "iacml/entities";
 * StatedFigureSchema.parse({ value: 90, qualifier: "more than", unit: "instruments" });
 * ```
 */
export const StatedFigureSchema = z.object({
  value: z.number().nonnegative(),
  qualifier: FigureQualifierSchema.optional(),
  unit: z.string().min(1),
});

/**
 * A figure as a document states it.
 *
 * @example
 * ```ts
 * import type { StatedFigure } from "iacml/entities";
 * const show = (f: StatedFigure) => [f.qualifier, f.value, f.unit].filter(Boolean).join(" ");
 * ```
 */
export type StatedFigure = z.output<typeof StatedFigureSchema>;

/**
 * zod schema of an output or result a document reports for an action, meeting or activity:
 * the text (the document's words, short), its figure when it gives one, when it was launched or
 * counted (`when`, `asOf`), the document symbol it was issued as, and where it is written.
 *
 * @example
 * ```ts
 * import { StatedOutputSchema } from "iacml/entities";
 * StatedOutputSchema.parse({
 *   text: "Portfolio of Telework Laws and Regulations",
 *   figure: { value: 90, qualifier: "more than", unit: "instruments" },
 *   when: { kind: "month", month: "2022-07" },
 *   source: { document: "001_04952725e56fd583.txt", section: "III.a Priority line 1" },
 * });
 * ```
 */
export const StatedOutputSchema = z.object({
  text: z.string().min(1),
  figure: StatedFigureSchema.optional(),
  when: DateSpecSchema.optional(),
  asOf: DateSpecSchema.optional(),
  document: z.string().min(1).optional(),
  source: SourceRefSchema,
});

/**
 * An output a document reports.
 *
 * @example
 * ```ts
 * import type { StatedOutput } from "iacml/entities";
 * const withFigures = (all: readonly StatedOutput[]) => all.filter((o) => o.figure !== undefined);
 * ```
 */
export type StatedOutput = z.output<typeof StatedOutputSchema>;

/**
 * zod schema of a participation count as a document states it: the count, its qualifier, the
 * unit in the document's words ("countries", "OAS Member States", "Ministries of Labor",
 * "governments"), the whole phrase (`text`), what it counts when not the whole record (`of`:
 * "4th Dialogue", "virtual meeting", "answers to the questionnaire"), and where it is written.
 *
 * @example
 * ```ts
 * import { ParticipationCountSchema } from "iacml/entities";
 * ParticipationCountSchema.parse({
 *   count: 29,
 *   unit: "OAS Member States",
 *   text: "representatives of Ministries of Labor, workers' and employers' organizations from 29 OAS Member States",
 *   source: { document: "001_04952725e56fd583.txt", section: "III.a Priority line 6" },
 * });
 * ```
 */
export const ParticipationCountSchema = z.object({
  count: z.number().int().nonnegative(),
  qualifier: FigureQualifierSchema.optional(),
  unit: z.string().min(1),
  text: z.string().min(1),
  of: z.string().min(1).optional(),
  source: SourceRefSchema,
});

/**
 * A participation count as a document states it.
 *
 * @example
 * ```ts
 * import type { ParticipationCount } from "iacml/entities";
 * const phrase = (p: ParticipationCount) => [p.qualifier, p.count, p.unit].filter(Boolean).join(" ");
 * ```
 */
export type ParticipationCount = z.output<typeof ParticipationCountSchema>;

/**
 * zod schema of a participant or office-holder a document names for a meeting or action: the
 * member state or organization (`party`, absent for a person the document names without one),
 * the person's name when given, the role or capacity in the document's words ("Chair",
 * "Director of International Affairs", "Current Chair – XXI IACML"), the group the document
 * lists it under ("Troika", "Authorities of Working Group 2"), and where it is written.
 *
 * @example
 * ```ts
 * import { ParticipantSchema } from "iacml/entities";
 * ParticipantSchema.parse({
 *   party: "AR",
 *   name: "Gerardo Corres",
 *   role: "Director of International Affairs",
 *   source: { document: "001_04952725e56fd583.txt", section: "I. Introduction" },
 * });
 * ```
 */
export const ParticipantSchema = z
  .object({
    party: z
      .string()
      .regex(/^(?:[A-Z]{2}|[a-z][a-z0-9-]*)$/, "Expected a member state code or an organization id")
      .optional(),
    name: z.string().min(1).optional(),
    role: z.string().min(1).optional(),
    group: z.string().min(1).optional(),
    source: SourceRefSchema,
  })
  .refine((p) => p.party !== undefined || p.name !== undefined, {
    message: "Give the party or the name",
    path: ["party"],
  });

/**
 * A participant or office-holder.
 *
 * @example
 * ```ts
 * import type { Participant } from "iacml/entities";
 * const label = (p: Participant) => [p.name, p.role, p.party].filter(Boolean).join(", ");
 * ```
 */
export type Participant = z.output<typeof ParticipantSchema>;
