// Shared id shapes of the work-plan schemas. Internal: not re-exported from the barrel, so the
// names cannot clash with the process schemas' own id schemas.
import * as z from "zod";

/** A member state's ISO 3166-1 alpha-2 code in upper case ("AR"). */
export const memberStateIdSchema = z.string().regex(/^[A-Z]{2}$/, "Expected an ISO 3166-1 alpha-2 code");

/** An organization's lowercase acronym ("ilo", "oas-gs", "ilo-cinterfor"). */
export const organizationIdSchema = z.string().regex(/^[a-z][a-z0-9-]*$/, "Expected an organization id");

/** A member state or an organization. */
export const partyIdSchema = z.union([memberStateIdSchema, organizationIdSchema]);

/** An OAS document symbol as printed ("CIDI/CIMT/RPA/doc.40/23"). */
export const documentSymbolSchema = z
  .string()
  .regex(/^[A-Z][A-Za-z0-9.]*(\/[A-Za-z0-9.]+)+( rev\.\d+)?$/, "Expected an OAS document symbol");
