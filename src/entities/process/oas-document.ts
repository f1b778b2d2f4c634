import * as z from "zod";
import { DateSpecSchema } from "../../core/date-spec/schema.js";
import { IdSchema, SourceRefSchema } from "../common.js";
import { ParticipantSchema, ProvenanceFieldsSchema } from "../stated.js";

/**
 * zod schema of an OAS document symbol as printed: "CIDI/CIMT/RPA/doc.40/23",
 * "CIDI/TRABAJO/RP/doc.4/21", "OEA/Ser.K/XII.21.1", "CIDI/CIMT/RPA/doc.33/22 rev.1".
 *
 * @example
 * ```ts
 * import { OasDocumentSymbolSchema } from "iacml/entities";
 * OasDocumentSymbolSchema.parse("CIDI/CIMT/RPA/doc.33/22 rev.1");
 * ```
 */
export const OasDocumentSymbolSchema = z
  .string()
  .regex(/^[A-Z][A-Za-z0-9.]*(\/[A-Za-z0-9.]+)+( rev\.\d+)?$/, "Expected an OAS document symbol");

/**
 * An OAS document symbol.
 *
 * @example
 * ```ts
 * import type { OasDocumentSymbol } from "iacml/entities";
 * const s: OasDocumentSymbol = "CIDI/CIMT/RPA/doc.45/23";
 * ```
 */
export type OasDocumentSymbol = z.output<typeof OasDocumentSymbolSchema>;

/**
 * zod schema of a document of the process that the sources name or are: its symbol (absent when
 * the sources give none, as for "Financial Situation of the RIAL as of September 2023"), the
 * series it belongs to, its title in English as written, its Spanish title only where an OAS
 * source gives it (`titleEs`, with that source), its date, original language, the meeting or
 * action it was issued for (`of`), the seed file that is this document (`seed`), who presents
 * or prepared it (`presentedBy`, in the document's words), and where the sources name it.
 *
 * @example
 * ```ts
 * import { OasDocumentSchema } from "iacml/entities";
 * OasDocumentSchema.parse({
 *   id: "doc/cidi-cimt-rpa-doc-45-23",
 *   symbol: "CIDI/CIMT/RPA/doc.45/23",
 *   title: "Outcomes of the virtual meeting of the authorities of the IACML",
 *   of: "wp-2022-2024/meetings/authorities-2023",
 *   source: { document: "001_04952725e56fd583.txt", section: "I. Introduction" },
 * });
 * ```
 */
export const OasDocumentSchema = z
  .object({
    id: IdSchema,
    symbol: OasDocumentSymbolSchema.optional(),
    series: z.string().min(1).optional(),
    title: z.string().min(1),
    titleEs: z.object({ text: z.string().min(1), source: z.string().min(1) }).optional(),
    date: DateSpecSchema.optional(),
    originalLanguage: z.enum(["en", "es", "pt", "fr"]).optional(),
    of: IdSchema.optional(),
    seed: z.string().min(1).optional(),
    presentedBy: z.array(ParticipantSchema).optional(),
    source: SourceRefSchema,
  })
  .extend(ProvenanceFieldsSchema.shape);

/**
 * A document of the process.
 *
 * @example
 * ```ts
 * import type { OasDocument } from "iacml/entities";
 * const cite = (d: OasDocument) => (d.symbol ? `${d.title} (${d.symbol})` : d.title);
 * ```
 */
export type OasDocument = z.output<typeof OasDocumentSchema>;

/**
 * zod schema of the kind of a decision a document reports.
 *
 * @example
 * ```ts
 * import { DecisionKindSchema } from "iacml/entities";
 * DecisionKindSchema.parse("budget");
 * ```
 */
export const DecisionKindSchema = z.enum(["budget", "topics", "schedule", "work-plan", "other"]);

/**
 * The kind of a decision.
 *
 * @example
 * ```ts
 * import type { DecisionKind } from "iacml/entities";
 * const k: DecisionKind = "topics";
 * ```
 */
export type DecisionKind = z.output<typeof DecisionKindSchema>;

/**
 * zod schema of a decision a document reports: who took it in the document's words (`body`; "not
 * named" when the document does not say), the meeting it was taken at (`meeting`, a political
 * meeting or reported activity id), when, what it decided in the document's words (`text`), the
 * records it concerns (`concerns`: budget lines, meetings, conferences …), the document it is
 * recorded in, and where it is written.
 *
 * @example
 * ```ts
 * import { DecisionRecordSchema } from "iacml/entities";
 * DecisionRecordSchema.parse({
 *   id: "decision/2023-01-27/rial-travel-support",
 *   kind: "budget",
 *   body: "Meeting of IACML Authorities",
 *   meeting: "wp-2022-2024/meetings/authorities-2023",
 *   when: { kind: "days", start: "2023-01-27", end: "2023-01-27" },
 *   text: "the use of RIAL resources was authorized to support travel expenses",
 *   concerns: ["wp-2022-2024/meetings/wg-2023"],
 *   recordedIn: "CIDI/CIMT/RPA/doc.45/23",
 *   source: { document: "001_04952725e56fd583.txt", section: "III.b Political process activities, 1" },
 * });
 * ```
 */
export const DecisionRecordSchema = z
  .object({
    id: IdSchema,
    kind: DecisionKindSchema,
    body: z.string().min(1),
    meeting: IdSchema.optional(),
    when: DateSpecSchema,
    text: z.string().min(1),
    concerns: z.array(IdSchema),
    recordedIn: OasDocumentSymbolSchema.optional(),
    source: SourceRefSchema,
  })
  .extend(ProvenanceFieldsSchema.shape);

/**
 * A decision a document reports.
 *
 * @example
 * ```ts
 * import type { DecisionRecord } from "iacml/entities";
 * const aboutBudget = (d: DecisionRecord) => d.kind === "budget";
 * ```
 */
export type DecisionRecord = z.output<typeof DecisionRecordSchema>;
