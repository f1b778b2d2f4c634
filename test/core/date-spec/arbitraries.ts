// Shared fast-check generators of DateSpecs for the date-spec tests.
import * as fc from "fast-check";
import { fromDayNumber, monthOf, toDayNumber, type DateSpec, type PlainDate, type PlainMonth } from "iacml/core";
import { deepFreeze } from "iacml/data";

export { deepFreeze };

export const dateArb = (from = "1990-01-01", to = "2030-12-31"): fc.Arbitrary<PlainDate> =>
  fc.integer({ min: toDayNumber(from as PlainDate), max: toDayNumber(to as PlainDate) }).map(fromDayNumber);

export const monthArb = (from?: string, to?: string): fc.Arbitrary<PlainMonth> => dateArb(from, to).map(monthOf);

const ordered = <T extends string>(a: T, b: T): [T, T] => (a <= b ? [a, b] : [b, a]);

export const daysArb = (from?: string, to?: string, maxLength = 400): fc.Arbitrary<DateSpec> =>
  fc.tuple(dateArb(from, to), fc.integer({ min: 0, max: maxLength })).map(([start, n]) => {
    const end = fromDayNumber(Math.min(toDayNumber(start) + n, toDayNumber((to ?? "2030-12-31") as PlainDate)));
    return { kind: "days", start, end };
  });

export const singleDayArb = (from?: string, to?: string): fc.Arbitrary<DateSpec> =>
  dateArb(from, to).map((d) => ({ kind: "days", start: d, end: d }));

export const oneMonthArb = (from?: string, to?: string): fc.Arbitrary<DateSpec> =>
  monthArb(from, to).map((month) => ({ kind: "month", month }));

export const monthsArb = (from?: string, to?: string, strict = false): fc.Arbitrary<DateSpec> =>
  fc
    .tuple(monthArb(from, to), monthArb(from, to))
    .filter(([a, b]) => !strict || a !== b)
    .map(([a, b]) => {
      const [start, end] = ordered(a, b);
      return { kind: "months", start, end };
    });

export const tbdArb = (from?: string, to?: string, maxLength = 400): fc.Arbitrary<DateSpec> =>
  fc
    .option(daysArb(from, to, maxLength), { nil: undefined })
    .map((w) => (w && w.kind === "days" ? { kind: "tbd", within: { start: w.start, end: w.end } } : { kind: "tbd" }));

export interface SpecArbOptions {
  from?: string;
  to?: string;
  maxLength?: number;
  depth?: number;
  withUnboundedTbd?: boolean;
}

/** Any DateSpec, nested up to `depth`. */
export function specArb(o: SpecArbOptions = {}): fc.Arbitrary<DateSpec> {
  const tbd =
    o.withUnboundedTbd === false
      ? daysArb(o.from, o.to, o.maxLength).map((w) =>
          w.kind === "days" ? ({ kind: "tbd", within: { start: w.start, end: w.end } } as DateSpec) : w,
        )
      : tbdArb(o.from, o.to, o.maxLength);
  const leaf = fc.oneof(daysArb(o.from, o.to, o.maxLength), oneMonthArb(o.from, o.to), monthsArb(o.from, o.to), tbd);
  const { spec } = fc.letrec<{ spec: DateSpec; all: DateSpec; oneOf: DateSpec }>((tie) => ({
    spec: fc.oneof({ maxDepth: o.depth ?? 3, depthIdentifier: "spec" }, leaf, tie("all"), tie("oneOf")),
    all: fc.array(tie("spec"), { minLength: 2, maxLength: 3 }).map((parts) => ({ kind: "all", parts })),
    oneOf: fc.array(tie("spec"), { minLength: 2, maxLength: 3 }).map((options) => ({ kind: "oneOf", options })),
  }));
  return spec;
}
