import * as z from "zod";
import {
  daysInMonth,
  isPlainDate,
  isPlainMonth,
  isSupportedYear,
  MAX_SUPPORTED_YEAR,
  MIN_SUPPORTED_YEAR,
  type PlainDate,
  type PlainMonth,
} from "../plain-date.js";
import { MAX_DATE_SPEC_DEPTH } from "./depth.js";
import { MONTHS_EN, MONTHS_ES } from "./month-names.js";
import { periodMatches } from "./periods.js";
import type { DatePeriod, DatePeriodKind, DateRange, DateSpec } from "./types.js";

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
  .refine(isPlainDate, { error: (iss) => explain(iss, plainDateProblem, "core.invalid-date") }) as never;

/**
 * The English message of a failed date or month check, with its Spanish put in the issue's
 * `params` (`{ code, detailEs }`, read by `describeSchemaProblem`). The check stays the plain
 * `isPlainDate` / `isPlainMonth` function, which the JSON Schema writer recognizes.
 */
function explain(
  iss: { input?: unknown },
  problem: (value: string) => { en: string; es: string },
  code: string,
): string {
  const { en, es } = problem(typeof iss.input === "string" ? iss.input : String(iss.input));
  (iss as { params?: unknown }).params = { code, detailEs: es };
  return en;
}

/** What is wrong with a text that is not a real `YYYY-MM-DD` day, in English and Spanish. */
function plainDateProblem(value: string): { en: string; es: string } {
  const quoted = `'${value.length > 40 ? `${value.slice(0, 39)}…` : value}'`;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) {
    return { en: `${quoted} is not a date written YYYY-MM-DD`, es: `${quoted} no es una fecha escrita AAAA-MM-DD` };
  }
  const [year, month] = [Number(m[1]), Number(m[2])];
  if (month < 1 || month > 12) {
    return {
      en: `${quoted} names month ${month}, which does not exist`,
      es: `${quoted} nombra el mes ${month}, que no existe`,
    };
  }
  if (year < 1)
    return { en: `${quoted} names the year 0, which does not exist`, es: `${quoted} nombra el año 0, que no existe` };
  const days = daysInMonth(year, month);
  return {
    en: `${quoted} names a day that does not exist: ${MONTHS_EN[month - 1]} ${year} has ${days} days`,
    es: `${quoted} nombra un día que no existe: ${MONTHS_ES[month - 1]} de ${year} tiene ${days} días`,
  };
}

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
  .refine(isPlainMonth, { error: (iss) => explain(iss, plainMonthProblem, "core.invalid-month") }) as never;

/** What is wrong with a text that is not a `YYYY-MM` month, in English and Spanish. */
function plainMonthProblem(value: string): { en: string; es: string } {
  const quoted = `'${value.length > 40 ? `${value.slice(0, 39)}…` : value}'`;
  const m = /^\d{4}-(\d{2})$/.exec(value);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) {
    return { en: `${quoted} names the year 0, which does not exist`, es: `${quoted} nombra el año 0, que no existe` };
  }
  return m
    ? {
        en: `${quoted} names month ${Number(m[1])}, which does not exist`,
        es: `${quoted} nombra el mes ${Number(m[1])}, que no existe`,
      }
    : { en: `${quoted} is not a month written YYYY-MM`, es: `${quoted} no es un mes escrito AAAA-MM` };
}

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
  .refine((r) => r.start <= r.end, {
    message: "The range ends before it starts",
    path: ["end"],
    params: { code: "core.date-range-reversed", detailEs: "el intervalo termina antes de empezar" },
  });

/**
 * The JSON input a {@link DateSpecSchema} accepts: a {@link DateSpec} with plain strings.
 *
 * @example
 * ```ts
 * import type { DateSpecInput } from "iacml/core";
 * const json: DateSpecInput = { kind: "month", month: "2024-01", note: "preliminary" };
 * ```
 */
export type DateSpecInput = {
  note?: string | undefined;
  period?: { kind: DatePeriodKind; n?: number | undefined; of: string } | undefined;
  originally?: DateSpecInput | undefined;
} & (
  | { kind: "days"; start: string; end: string }
  | { kind: "month"; month: string }
  | { kind: "months"; start: string; end: string }
  | { kind: "all"; parts: DateSpecInput[] }
  | { kind: "oneOf"; options: DateSpecInput[] }
  | { kind: "tbd"; within?: { start: string; end: string } | undefined }
);

/** Most specs (parts and options included) one DateSpecSchema value may hold. */
const MAX_DATE_SPEC_NODES = 100_000;

const DEPTH_MESSAGE = `A date spec may nest all, oneOf and originally at most ${MAX_DATE_SPEC_DEPTH} deep and hold at most ${MAX_DATE_SPEC_NODES} dates`;

/** Iterative walk: the nesting and size of a spec-like value, without recursion; false if too deep or too large or unreadable. */
function withinDepth(value: unknown): boolean {
  try {
    const stack: [unknown, number][] = [[value, 0]];
    let nodes = 0;
    while (stack.length > 0) {
      const [v, depth] = stack.pop()!;
      if (typeof v !== "object" || v === null) continue;
      if (++nodes > MAX_DATE_SPEC_NODES || depth > MAX_DATE_SPEC_DEPTH) return false;
      const o = v as Record<string, unknown>;
      for (const key of ["parts", "options"]) {
        const list = Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
        if (!Array.isArray(list)) continue;
        if (list.length > MAX_DATE_SPEC_NODES) return false;
        for (const item of list) stack.push([item, depth + 1]);
      }
      if (Object.prototype.hasOwnProperty.call(o, "originally")) stack.push([o.originally, depth + 1]);
    }
    return true;
  } catch {
    return false;
  }
}

const inRange = (s: string) => isSupportedYear(s);
const RANGE_MESSAGE = `Dates in a date spec must lie in the years ${MIN_SUPPORTED_YEAR}-${MAX_SUPPORTED_YEAR}`;
const RANGE_PARAMS = {
  code: "core.year-out-of-range",
  detailEs: `las fechas de una especificación de fecha deben estar entre los años ${MIN_SUPPORTED_YEAR} y ${MAX_SUPPORTED_YEAR}`,
};
const SpecDateSchema = PlainDateSchema.refine(inRange, { message: RANGE_MESSAGE, params: RANGE_PARAMS });
const SpecMonthSchema = PlainMonthSchema.refine(inRange, { message: RANGE_MESSAGE, params: RANGE_PARAMS });
const REVERSED_PARAMS = { code: "core.date-range-reversed", detailEs: "el intervalo termina antes de empezar" };
const SpecRangeSchema = z.object({ start: SpecDateSchema, end: SpecDateSchema }).refine((r) => r.start <= r.end, {
  message: "The range ends before it starts",
  path: ["end"],
  params: REVERSED_PARAMS,
});

/**
 * zod schema of a {@link DatePeriod}.
 *
 * @example
 * ```ts
 * import { DatePeriodSchema } from "iacml/core";
 * DatePeriodSchema.parse({ kind: "quarter", n: 3, of: "2024" });
 * ```
 */
export const DatePeriodSchema: z.ZodType<DatePeriod, { kind: DatePeriodKind; n?: number | undefined; of: string }> =
  z.object({
    kind: z.enum(["half", "semester", "quarter", "four-months", "fortnight", "early", "mid", "late", "week"]),
    n: z.number().int().min(1).max(4).optional(),
    of: z.string().max(10),
  }) as never;

const extras = {
  note: z.string().max(10_000).optional(),
  period: DatePeriodSchema.optional(),
  originally: z.lazy((): z.ZodType<DateSpec> => SpecNode).optional(),
};

const ordered = <T extends { start: string; end: string }>(r: T) => r.start <= r.end;
const REVERSED = { message: "The range ends before it starts", path: ["end"], params: REVERSED_PARAMS };

const SpecNode: z.ZodType<DateSpec> = z.lazy(() =>
  z
    .discriminatedUnion("kind", [
      z
        .object({ kind: z.literal("days"), start: SpecDateSchema, end: SpecDateSchema, ...extras })
        .refine(ordered, REVERSED),
      z.object({ kind: z.literal("month"), month: SpecMonthSchema, ...extras }),
      z
        .object({ kind: z.literal("months"), start: SpecMonthSchema, end: SpecMonthSchema, ...extras })
        .refine(ordered, REVERSED),
      z.object({ kind: z.literal("all"), parts: z.array(SpecNode).min(2), ...extras }),
      z.object({ kind: z.literal("oneOf"), options: z.array(SpecNode).min(2), ...extras }),
      z.object({ kind: z.literal("tbd"), within: SpecRangeSchema.optional(), ...extras }),
    ])
    .refine((spec) => periodMatches(spec as DateSpec), {
      message: "The period does not name the spec's days (see DatePeriod)",
      path: ["period"],
      params: {
        code: "core.invalid-period",
        detailEs: "el período no nombra los días de la especificación (véase DatePeriod)",
      },
    }),
) as never;

/**
 * zod schema of a {@link DateSpec}, recursive for `all`, `oneOf` and `originally`: real days and
 * months in the years {@link MIN_SUPPORTED_YEAR}-{@link MAX_SUPPORTED_YEAR}, ranges not
 * reversed, `all`/`oneOf` with at least two members, a `period` that names the spec's days.
 * Nesting deeper than {@link MAX_DATE_SPEC_DEPTH} (or more than 100,000 dates) is one issue,
 * checked before anything is read recursively, so no input overflows the stack.
 *
 * The schema reads the value's properties as zod does; for a value that may hold throwing
 * getters or Proxies, use {@link parseDateSpecValue} (or copy it with `snapshotUntrusted` first),
 * which never throws.
 *
 * @example
 * ```ts
 * import { DateSpecSchema } from "iacml/core";
 * DateSpecSchema.parse({ kind: "months", start: "2024-07", end: "2024-08" });
 * ```
 */
export const DateSpecSchema: z.ZodType<DateSpec, DateSpecInput> = z.preprocess((value, ctx) => {
  if (!withinDepth(value))
    ctx.issues.push({
      code: "custom",
      message: DEPTH_MESSAGE,
      input: value,
      params: { code: "core.date-spec-too-deep" },
    });
  return value;
}, SpecNode) as never;
