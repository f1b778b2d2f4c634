import * as z from "zod";

/**
 * zod schema of how many took part in an event, where the document gives it: countries (or
 * member states), Ministries of Labor, individual participants.
 *
 * @example
 * ```ts
 * import { ActionParticipationSchema } from "iacml/entities";
 * ActionParticipationSchema.parse({ countries: 27 });
 * ```
 */
export const ActionParticipationSchema = z
  .object({
    countries: z.number().int().nonnegative().optional(),
    ministries: z.number().int().nonnegative().optional(),
    participants: z.number().int().nonnegative().optional(),
  })
  .refine((p) => p.countries !== undefined || p.ministries !== undefined || p.participants !== undefined, {
    message: "Give at least one count",
  });

/**
 * How many took part in an event.
 *
 * @example
 * ```ts
 * import type { ActionParticipation } from "iacml/entities";
 * const countries = (p: ActionParticipation) => p.countries ?? 0;
 * ```
 */
export type ActionParticipation = z.output<typeof ActionParticipationSchema>;
