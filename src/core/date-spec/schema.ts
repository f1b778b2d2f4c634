import * as z from "zod";
import { isPlainDate, isPlainMonth, type PlainDate, type PlainMonth } from "../plain-date.js";
import type { DateRange, DateSpec } from "./types.js";

/**
 * zod schema of a {@link PlainDate}: a `YYYY-MM-DD` string naming a real day.
 *
 * @example
 * ```ts
 * import { PlainDateSchema } from "iacml/core";
 * PlainDateSchema.safeParse("2023-02-29").success; // false
 * ```
 */
export const PlainDateSchema: z.ZodType<PlainDate, string> = z
  .string()
  .refine(isPlainDate, { message: "Expected YYYY-MM-DD naming a real day" }) as never;

/**
 * zod schema of a {@link PlainMonth} (`YYYY-MM`).
 *
 * @example
 * ```ts
 * import { PlainMonthSchema } from "iacml/core";
 * PlainMonthSchema.parse("2024-01");
 * ```
 */
export const PlainMonthSchema: z.ZodType<PlainMonth, string> = z
  .string()
  .refine(isPlainMonth, { message: "Expected YYYY-MM" }) as never;

/**
 * zod schema of a {@link DateRange}; the end may not come before the start.
 *
 * @example
 * ```ts
 * import { DateRangeSchema } from "iacml/core";
 * DateRangeSchema.parse({ start: "2024-03-24", end: "2024-03-30" });
 * ```
 */
export const DateRangeSchema: z.ZodType<DateRange, { start: string; end: string }> = z
  .object({ start: PlainDateSchema, end: PlainDateSchema })
  .refine((r) => r.start <= r.end, { message: "The range ends before it starts", path: ["end"] });

/**
 * The JSON input a {@link DateSpecSchema} accepts: a {@link DateSpec} with plain strings.
 *
 * @example
 * ```ts
 * import type { DateSpecInput } from "iacml/core";
 * const json: DateSpecInput = { kind: "month", month: "2024-01" };
 * ```
 */
export type DateSpecInput =
  | { kind: "days"; start: string; end: string }
  | { kind: "month"; month: string }
  | { kind: "months"; start: string; end: string }
  | { kind: "all"; parts: DateSpecInput[] }
  | { kind: "oneOf"; options: DateSpecInput[] }
  | { kind: "tbd"; within?: { start: string; end: string } | undefined };

/**
 * zod schema of a {@link DateSpec}, recursive for `all` and `oneOf`; ranges must not be
 * reversed and `all`/`oneOf` need at least two members.
 *
 * @example
 * ```ts
 * import { DateSpecSchema } from "iacml/core";
 * DateSpecSchema.parse({ kind: "months", start: "2024-07", end: "2024-08" });
 * ```
 */
export const DateSpecSchema: z.ZodType<DateSpec, DateSpecInput> = z.lazy(() =>
  z.discriminatedUnion("kind", [
    z
      .object({ kind: z.literal("days"), start: PlainDateSchema, end: PlainDateSchema })
      .refine((r) => r.start <= r.end, { message: "The range ends before it starts", path: ["end"] }),
    z.object({ kind: z.literal("month"), month: PlainMonthSchema }),
    z
      .object({ kind: z.literal("months"), start: PlainMonthSchema, end: PlainMonthSchema })
      .refine((r) => r.start <= r.end, { message: "The range ends before it starts", path: ["end"] }),
    z.object({ kind: z.literal("all"), parts: z.array(DateSpecSchema).min(2) }),
    z.object({ kind: z.literal("oneOf"), options: z.array(DateSpecSchema).min(2) }),
    z.object({ kind: z.literal("tbd"), within: DateRangeSchema.optional() }),
  ]),
) as never;
