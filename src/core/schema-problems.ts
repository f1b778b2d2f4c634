import { excerpt } from "./limits.js";
import { ownEntry as own } from "./own-entry.js";

/**
 * One problem a schema found (the fields of a zod issue this library reads).
 *
 * @example
 * ```ts
 * import type { SchemaProblem } from "iacml/core";
 * const p: SchemaProblem = { code: "invalid_type", expected: "string", message: "Invalid input", path: ["title"] };
 * ```
 */
export interface SchemaProblem {
  readonly code: string;
  readonly message: string;
  readonly path: readonly PropertyKey[];
  readonly expected?: unknown;
  readonly minimum?: unknown;
  readonly maximum?: unknown;
  readonly inclusive?: unknown;
  readonly origin?: unknown;
  readonly format?: unknown;
  readonly divisor?: unknown;
  readonly keys?: unknown;
  readonly values?: unknown;
  readonly params?: unknown;
}

/**
 * What a schema problem says, in English and in Spanish, for the `{detail}` and `{detailEs}`
 * placeholders of a module's "invalid input" message.
 *
 * @example
 * ```ts
 * import type { SchemaProblemText } from "iacml/core";
 * const t: SchemaProblemText = { detail: "expected text", detailEs: "se esperaba texto" };
 * ```
 */
// A type literal, not an interface, so that it can be passed as an issue's params.
export type SchemaProblemText = {
  readonly detail: string;
  readonly detailEs: string;
};

const TYPE_ES: Readonly<Record<string, string>> = {
  string: "texto",
  number: "un número",
  int: "un número entero",
  boolean: "verdadero o falso",
  object: "un objeto",
  array: "una lista",
  null: "null",
  date: "una fecha",
  bigint: "un número entero",
  literal: "un valor fijo",
};

const SIZE_ES: Readonly<Record<string, string>> = {
  string: "caracteres",
  array: "elementos",
  set: "elementos",
  file: "bytes",
};

function list(value: unknown): string {
  if (!Array.isArray(value)) return "";
  return excerpt(value.map((v) => (typeof v === "string" ? `'${v}'` : String(v))).join(", "), undefined, 120);
}

function bound(problem: SchemaProblem, side: "minimum" | "maximum"): string {
  const value = problem[side];
  const n = typeof value === "number" || typeof value === "bigint" ? String(value) : "?";
  const unit = own(SIZE_ES, problem.origin);
  const inclusive = problem.inclusive !== false;
  if (unit !== undefined) return `${side === "minimum" ? "al menos" : "como máximo"} ${n} ${unit}`;
  if (side === "minimum") return inclusive ? `un valor de ${n} o más` : `un valor mayor que ${n}`;
  return inclusive ? `un valor de ${n} o menos` : `un valor menor que ${n}`;
}

/** A custom refinement's own Spanish text (`params.detailEs`), when it gives one. */
function ownDetailEs(params: unknown): string | undefined {
  if (typeof params !== "object" || params === null) return undefined;
  try {
    const text = Object.prototype.hasOwnProperty.call(params, "detailEs")
      ? (params as { detailEs?: unknown }).detailEs
      : undefined;
    return typeof text === "string" && text.trim() !== "" ? excerpt(text, undefined, 200) : undefined;
  } catch {
    return undefined;
  }
}

function spanish(problem: SchemaProblem): string {
  switch (problem.code) {
    case "invalid_type": {
      const type = own(TYPE_ES, problem.expected);
      return type === undefined ? "tipo de valor no válido" : `se esperaba ${type}`;
    }
    case "too_small":
      return `se esperaba ${bound(problem, "minimum")}`;
    case "too_big":
      return `se esperaba ${bound(problem, "maximum")}`;
    case "invalid_format":
      return "el formato no es válido";
    case "not_multiple_of":
      return `se esperaba un múltiplo de ${String(problem.divisor)}`;
    case "unrecognized_keys":
      return `campos desconocidos: ${list(problem.keys)}`;
    case "invalid_value":
      return `se esperaba uno de estos valores: ${list(problem.values)}`;
    case "invalid_union":
      return "el valor no tiene ninguna de las formas admitidas";
    case "invalid_key":
      return "una clave no es válida";
    case "invalid_element":
      return "un elemento no es válido";
    case "custom": {
      const own = ownDetailEs(problem.params);
      return own ?? "el valor no cumple las condiciones de este campo";
    }
    default:
      return "el valor no cumple las condiciones de este campo";
  }
}

/**
 * Says what a schema problem means in English (zod's own message, cut to an excerpt) and in
 * Spanish (written from the problem's code and bounds: "se esperaba texto", "se esperaba al
 * menos 1 caracteres"), so that an "invalid input" issue reads in both languages. A custom
 * refinement's Spanish is its own `params.detailEs` when it gives one (as the `PlainDateSchema`
 * does: "'2023-02-30' nombra un día que no existe: febrero de 2023 tiene 28 días"), else the
 * generic "el valor no cumple las condiciones de este campo".
 *
 * @example
 * ```ts
 * import { describeSchemaProblem } from "iacml/core";
 * describeSchemaProblem({ code: "invalid_type", expected: "array", message: "Invalid input: expected array", path: [] });
 * // { detail: "Invalid input: expected array", detailEs: "se esperaba una lista" }
 * ```
 */
export function describeSchemaProblem(problem: SchemaProblem): SchemaProblemText {
  return { detail: excerpt(problem.message, undefined, 200), detailEs: spanish(problem) };
}

/**
 * A schema problem's path as an issue path (symbols written as text).
 *
 * @example
 * ```ts
 * import { schemaProblemPath } from "iacml/core";
 * schemaProblemPath({ code: "custom", message: "x", path: ["lines", 0] }); // ["lines", 0]
 * ```
 */
export function schemaProblemPath(problem: SchemaProblem): (string | number)[] {
  return problem.path.map((k) => (typeof k === "symbol" ? String(k) : (k as string | number)));
}
