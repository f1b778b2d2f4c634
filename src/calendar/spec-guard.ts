// Internal: a structural check of a DateSpec given to a typed function, without zod (so that
// functions such as planCycle stay small in a bundle). Extra fields are allowed.
import { isPlainDate, isPlainMonth } from "../core/plain-date.js";

/** Nesting of `all`/`oneOf` a typed DateSpec may have before it is refused. */
export const MAX_SPEC_DEPTH = 32;
/** Parts or options a typed DateSpec may have in total before it is refused. */
export const MAX_SPEC_NODES = 10_000;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The first thing wrong with a value meant as a DateSpec, in a few English words, or
 * `undefined` when it is one (real days and months, ranges in order, at least two parts or
 * options, bounded nesting). Reads every property once; a throwing getter propagates (callers
 * guard with catchToResult or snapshotUntrusted first).
 */
export function dateSpecProblem(value: unknown): string | undefined {
  let nodes = 0;
  const check = (v: unknown, depth: number): string | undefined => {
    if (++nodes > MAX_SPEC_NODES) return `more than ${MAX_SPEC_NODES} parts`;
    if (depth > MAX_SPEC_DEPTH) return `nested deeper than ${MAX_SPEC_DEPTH} levels`;
    if (!isObject(v)) return "not a date spec object";
    switch (v.kind) {
      case "days": {
        const { start, end } = v;
        if (!isPlainDate(start) || !isPlainDate(end)) return "days need start and end as YYYY-MM-DD naming real days";
        return start <= end ? undefined : "the range ends before it starts";
      }
      case "month":
        return isPlainMonth(v.month) ? undefined : "month needs YYYY-MM";
      case "months": {
        const { start, end } = v;
        if (!isPlainMonth(start) || !isPlainMonth(end)) return "months need start and end as YYYY-MM";
        return start <= end ? undefined : "the range ends before it starts";
      }
      case "all":
      case "oneOf": {
        const list = v.kind === "all" ? v.parts : v.options;
        if (!Array.isArray(list) || list.length < 2) return `${v.kind} needs at least two entries`;
        for (const item of list) {
          const problem = check(item, depth + 1);
          if (problem) return problem;
        }
        return undefined;
      }
      case "tbd": {
        const within = v.within;
        if (within === undefined) return undefined;
        if (!isObject(within) || !isPlainDate(within.start) || !isPlainDate(within.end)) {
          return "tbd within needs start and end as YYYY-MM-DD naming real days";
        }
        return within.start <= within.end ? undefined : "the range ends before it starts";
      }
      default:
        return "unknown date spec kind";
    }
  };
  return check(value, 0);
}
