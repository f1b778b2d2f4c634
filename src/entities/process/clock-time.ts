import * as z from "zod";

/**
 * zod schema of a wall-clock time `HH:MM` (00:00 to 23:59).
 *
 * @example
 * ```ts
 * import { ClockTimeSchema } from "iacml/entities";
 * ClockTimeSchema.parse("09:30");
 * ```
 */
export const ClockTimeSchema = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, "Expected HH:MM");

/**
 * A wall-clock time `HH:MM`.
 *
 * @example
 * ```ts
 * import type { ClockTime } from "iacml/entities";
 * const t: ClockTime = "14:30";
 * ```
 */
export type ClockTime = z.output<typeof ClockTimeSchema>;

/**
 * Minutes since midnight of a `HH:MM` time.
 *
 * @example
 * ```ts
 * import { minutesOfDay } from "iacml/entities";
 * minutesOfDay("09:30"); // 570
 * ```
 */
export function minutesOfDay(time: ClockTime): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}
