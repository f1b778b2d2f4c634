import * as z from "zod";

/**
 * zod schema of an entity id: letters, digits and `. _ - : /`, starting with a letter or digit.
 *
 * @example
 * ```ts
 * import { IdSchema } from "iacml/entities";
 * IdSchema.parse("wp-2022-2024/1.3");
 * ```
 */
export const IdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:/-]*$/, "Expected an id");

/**
 * zod schema of a text in English with optional Spanish, Portuguese and French.
 *
 * @example
 * ```ts
 * import { LocalizedTextSchema } from "iacml/entities";
 * LocalizedTextSchema.parse({ en: "Labor ministries", es: "Ministerios de trabajo" });
 * ```
 */
export const LocalizedTextSchema = z.object({
  en: z.string().min(1),
  es: z.string().min(1).optional(),
  pt: z.string().min(1).optional(),
  fr: z.string().min(1).optional(),
});

/**
 * A text in English with optional other languages.
 *
 * @example
 * ```ts
 * import type { LocalizedText } from "iacml/entities";
 * const t: LocalizedText = { en: "Work plan", es: "Plan de trabajo" };
 * ```
 */
export type LocalizedText = z.output<typeof LocalizedTextSchema>;

/**
 * zod schema of where a record's facts come from: a source document's file name and section,
 * so a reader can check it.
 *
 * @example
 * ```ts
 * import { SourceRefSchema } from "iacml/entities";
 * SourceRefSchema.parse({ document: "001_04952725e56fd583.txt", section: "Priority line 1" });
 * ```
 */
export const SourceRefSchema = z.object({
  document: z.string().min(1),
  section: z.string().min(1),
});

/**
 * Where a record's facts come from.
 *
 * @example
 * ```ts
 * import type { SourceRef } from "iacml/entities";
 * const s: SourceRef = { document: "003_835abb1dd6776d62.txt", section: "Annex 1" };
 * ```
 */
export type SourceRef = z.output<typeof SourceRefSchema>;

/**
 * zod schema of the format of a meeting or event.
 *
 * @example
 * ```ts
 * import { EventFormatSchema } from "iacml/entities";
 * EventFormatSchema.parse("virtual");
 * ```
 */
export const EventFormatSchema = z.enum(["in-person", "virtual", "hybrid"]);

/**
 * In person, virtual or hybrid.
 *
 * @example
 * ```ts
 * import type { EventFormat } from "iacml/entities";
 * const f: EventFormat = "hybrid";
 * ```
 */
export type EventFormat = z.output<typeof EventFormatSchema>;
