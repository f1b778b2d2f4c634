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
/** What is wrong with a date spec, in English and Spanish. */
export interface SpecProblem {
  readonly detail: string;
  readonly detailEs: string;
}

const problem = (detail: string, detailEs: string): SpecProblem => ({ detail, detailEs });
const REVERSED = problem("the range ends before it starts", "el intervalo termina antes de empezar");

export function dateSpecProblem(value: unknown): SpecProblem | undefined {
  let nodes = 0;
  const check = (v: unknown, depth: number): SpecProblem | undefined => {
    if (++nodes > MAX_SPEC_NODES)
      return problem(`more than ${MAX_SPEC_NODES} parts`, `más de ${MAX_SPEC_NODES} partes`);
    if (depth > MAX_SPEC_DEPTH)
      return problem(`nested deeper than ${MAX_SPEC_DEPTH} levels`, `más de ${MAX_SPEC_DEPTH} niveles de anidamiento`);
    if (!isObject(v)) return problem("not a date spec object", "no es un objeto de especificación de fecha");
    switch (v.kind) {
      case "days": {
        const { start, end } = v;
        if (!isPlainDate(start) || !isPlainDate(end))
          return problem(
            "days need start and end as YYYY-MM-DD naming real days",
            "los días necesitan inicio y fin AAAA-MM-DD de días reales",
          );
        return start <= end ? undefined : REVERSED;
      }
      case "month":
        return isPlainMonth(v.month) ? undefined : problem("month needs YYYY-MM", "el mes necesita AAAA-MM");
      case "months": {
        const { start, end } = v;
        if (!isPlainMonth(start) || !isPlainMonth(end))
          return problem("months need start and end as YYYY-MM", "los meses necesitan inicio y fin AAAA-MM");
        return start <= end ? undefined : REVERSED;
      }
      case "all":
      case "oneOf": {
        const list = v.kind === "all" ? v.parts : v.options;
        if (!Array.isArray(list) || list.length < 2)
          return problem(`${v.kind} needs at least two entries`, `${v.kind} necesita al menos dos entradas`);
        for (const item of list) {
          const found = check(item, depth + 1);
          if (found) return found;
        }
        return undefined;
      }
      case "tbd": {
        const within = v.within;
        if (within === undefined) return undefined;
        if (!isObject(within) || !isPlainDate(within.start) || !isPlainDate(within.end)) {
          return problem(
            "tbd within needs start and end as YYYY-MM-DD naming real days",
            "la ventana de una fecha por definir necesita inicio y fin AAAA-MM-DD de días reales",
          );
        }
        return within.start <= within.end ? undefined : REVERSED;
      }
      default:
        return problem("unknown date spec kind", "tipo de especificación de fecha desconocido");
    }
  };
  return check(value, 0);
}
