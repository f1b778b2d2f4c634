import * as z from "zod";
import { PlainDateSchema } from "../../core/date-spec/schema.js";
import { LocalizedTextSchema, SourceRefSchema } from "../common.js";

/**
 * zod schema of the subregion a member state belongs to, as the library groups them:
 * `north-america` (Canada, Mexico, United States), `central-america` (Belize to Panama),
 * `caribbean` (the CARICOM members, Guyana and Suriname included, plus Cuba and the Dominican
 * Republic), `andean` (Bolivia, Colombia, Ecuador, Peru, Venezuela) and `southern-cone`
 * (Argentina, Brazil, Chile, Paraguay, Uruguay).
 *
 * @example
 * ```ts
 * import { SubregionSchema } from "iacml/entities";
 * SubregionSchema.parse("caribbean");
 * ```
 */
export const SubregionSchema = z.enum(["north-america", "central-america", "caribbean", "andean", "southern-cone"]);

/**
 * One of the five subregions of {@link SubregionSchema}.
 *
 * @example
 * ```ts
 * import type { Subregion } from "iacml/entities";
 * const s: Subregion = "andean";
 * ```
 */
export type Subregion = z.output<typeof SubregionSchema>;

/**
 * zod schema of a member state's standing in the process during a period: `participating`
 * (its ministry takes part), `non-participating` (a member state that does not take part, as
 * Cuba) or `withdrawn` (no longer a member of the OAS).
 *
 * @example
 * ```ts
 * import { MembershipStatusSchema } from "iacml/entities";
 * MembershipStatusSchema.parse("withdrawn");
 * ```
 */
export const MembershipStatusSchema = z.enum(["participating", "non-participating", "withdrawn"]);

/**
 * Standing of a member state during a period.
 *
 * @example
 * ```ts
 * import type { MembershipStatus } from "iacml/entities";
 * const s: MembershipStatus = "participating";
 * ```
 */
export type MembershipStatus = z.output<typeof MembershipStatusSchema>;

/**
 * zod schema of one period of a member state's membership history; `from` and `to` are both
 * included, a missing `from` means "since before the dataset's concerns", a missing `to`
 * "until further notice".
 *
 * @example
 * ```ts
 * import { MembershipPeriodSchema } from "iacml/entities";
 * MembershipPeriodSchema.parse({ from: "2023-11-19", status: "withdrawn" });
 * ```
 */
export const MembershipPeriodSchema = z
  .object({
    from: PlainDateSchema.optional(),
    to: PlainDateSchema.optional(),
    status: MembershipStatusSchema,
    note: z.string().min(1).optional(),
    source: SourceRefSchema.optional(),
  })
  .refine((p) => p.from === undefined || p.to === undefined || p.from <= p.to, {
    message: "The period ends before it starts",
    path: ["to"],
  });

/**
 * One period of a membership history.
 *
 * @example
 * ```ts
 * import type { MembershipPeriod } from "iacml/entities";
 * import { plainDate } from "iacml/core";
 * const p: MembershipPeriod = { status: "withdrawn", from: plainDate("2023-11-19") };
 * ```
 */
export type MembershipPeriod = z.output<typeof MembershipPeriodSchema>;

/** Periods must follow each other without overlap; only the first may be open at the start. */
function isOrderedHistory(periods: readonly MembershipPeriod[]): boolean {
  return periods.every((period, i) => {
    const previous = periods[i - 1];
    if (previous === undefined) return true;
    return previous.to !== undefined && period.from !== undefined && previous.to < period.from;
  });
}

/**
 * zod schema of an OAS member state: ISO 3166-1 alpha-2 id (uppercase) and alpha-3 code, names
 * (English and Spanish required), subregion, capital with its IANA time zone, and the history
 * of its membership in ordered, non-overlapping periods.
 *
 * @example
 * ```ts
 * import { MemberStateSchema } from "iacml/entities";
 * MemberStateSchema.parse({
 *   id: "BB", alpha3: "BRB", name: { en: "Barbados", es: "Barbados" }, subregion: "caribbean",
 *   capital: { name: "Bridgetown", timeZone: "America/Barbados" },
 *   membership: [{ status: "participating" }],
 *   source: { document: "general-knowledge", section: "ISO 3166-1" },
 * });
 * ```
 */
export const MemberStateSchema = z.object({
  id: z.string().regex(/^[A-Z]{2}$/, "Expected an ISO 3166-1 alpha-2 code"),
  alpha3: z.string().regex(/^[A-Z]{3}$/, "Expected an ISO 3166-1 alpha-3 code"),
  name: LocalizedTextSchema.extend({ es: z.string().min(1) }),
  subregion: SubregionSchema,
  capital: z.object({
    name: z.string().min(1),
    timeZone: z.string().regex(/^[A-Za-z_]+(?:\/[A-Za-z_+-]+)+$/, "Expected an IANA time zone"),
  }),
  membership: z
    .array(MembershipPeriodSchema)
    .min(1)
    .refine(isOrderedHistory, { message: "Membership periods must be ordered and not overlap" }),
  source: SourceRefSchema,
});

/**
 * An OAS member state.
 *
 * @example
 * ```ts
 * import type { MemberState } from "iacml/entities";
 * const label = (s: MemberState) => `${s.name.en} (${s.id})`;
 * ```
 */
export type MemberState = z.output<typeof MemberStateSchema>;
