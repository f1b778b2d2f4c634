import * as z from "zod";
import { IdSchema, LocalizedTextSchema, SourceRefSchema } from "../common.js";
import { AsWrittenSchema, ProvenanceFieldsSchema } from "../stated.js";

/**
 * zod schema of what an organization is to the process: an `international-partner` (ILO,
 * PAHO, IDB …), an `advisory-body` of the conference (COSATE, CEATAL), an `oas-body` with its
 * own members (CIM, CIDI, the Inter-American Committee on Education) or an `oas-unit` of the
 * General Secretariat (SEDI, DHDEE, the Summits Secretariat).
 *
 * @example
 * ```ts
 * import { OrganizationKindSchema } from "iacml/entities";
 * OrganizationKindSchema.parse("advisory-body");
 * ```
 */
export const OrganizationKindSchema = z.enum(["international-partner", "advisory-body", "oas-body", "oas-unit"]);

/**
 * What an organization is to the process.
 *
 * @example
 * ```ts
 * import type { OrganizationKind } from "iacml/entities";
 * const k: OrganizationKind = "oas-unit";
 * ```
 */
export type OrganizationKind = z.output<typeof OrganizationKindSchema>;

/**
 * zod schema of an organization: lowercase id, kind, acronyms in English and Spanish (when it
 * goes by one), other
 * acronyms the documents use for it (`aliases`, as "IADB" for the IDB), names and, for units,
 * the id of the organization it belongs to.
 *
 * @example
 * ```ts
 * import { OrganizationSchema } from "iacml/entities";
 * OrganizationSchema.parse({
 *   id: "ilo", kind: "international-partner", acronym: { en: "ILO", es: "OIT" },
 *   name: { en: "International Labour Organization", es: "Organización Internacional del Trabajo" },
 *   source: { document: "000_5fc6d6e009cf9f4b.txt", section: "3. Draft agenda" },
 * });
 * ```
 */
export const OrganizationSchema = z
  .object({
    id: IdSchema.regex(/^[a-z0-9-]+$/, "Expected a lowercase id"),
    kind: OrganizationKindSchema,
    acronym: z.object({ en: z.string().min(1), es: z.string().min(1) }).optional(),
    aliases: z.array(z.string().min(1)).optional(),
    name: LocalizedTextSchema.extend({ es: z.string().min(1) }),
    parent: IdSchema.optional(),
    asWritten: z.array(AsWrittenSchema).optional(),
    source: SourceRefSchema,
  })
  .extend(ProvenanceFieldsSchema.shape);

/**
 * An organization taking part in, advising or serving the process.
 *
 * @example
 * ```ts
 * import type { Organization } from "iacml/entities";
 * const label = (o: Organization) => o.acronym?.en ?? o.name.en;
 * ```
 */
export type Organization = z.output<typeof OrganizationSchema>;
