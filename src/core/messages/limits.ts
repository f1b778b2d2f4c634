import type { MessageCatalog } from "./catalog.js";

/**
 * Messages of the reliability limits (input length, issue count, nesting, unreadable values,
 * run-time checks of typed options), in English and Spanish.
 *
 * @example
 * ```ts
 * import { limitsMessages } from "iacml/core";
 * console.log(limitsMessages["core.input-too-long"].es);
 * ```
 */
export const limitsMessages = {
  "core.input-too-long": {
    en: "The text is {length} characters long; at most {max} are read",
    es: "El texto tiene {length} caracteres; se leen como máximo {max}",
  },
  "core.too-many-issues": {
    en: "{omittedPhrase} found and left out (the maxIssues limit)",
    es: "{omittedPhraseEs}, por encima del límite maxIssues",
  },
  "core.too-deep": {
    en: "The input is nested more than {max} levels deep",
    es: "La entrada tiene más de {max} niveles de anidamiento",
  },
  "core.input-too-large": {
    en: "The input has more than {max} values",
    es: "La entrada tiene más de {max} valores",
  },
  "core.cyclic-input": {
    en: "The input refers to itself (a cycle) at this point",
    es: "La entrada se refiere a sí misma (un ciclo) en este punto",
  },
  "core.not-json-value": {
    en: "A {type} is not a data value (expected text, a number, true/false, null, a list or an object)",
    es: "Un valor de tipo {type} no es un dato (se espera texto, un número, verdadero/falso, null, una lista o un objeto)",
  },
  "core.unreadable-input": {
    en: "The input could not be read here: {detail}",
    es: "La entrada no se pudo leer aquí: {detail}",
  },
  "core.unexpected-error": {
    en: "{where} failed unexpectedly: {detail}",
    es: "{where} falló de forma inesperada: {detail}",
  },
  "core.invalid-date-option": {
    en: "{name} must be a date YYYY-MM-DD naming a real day; got {got}",
    es: "{name} debe ser una fecha AAAA-MM-DD de un día real; se recibió {got}",
  },
  "core.unknown-locale": {
    en: "{got} is not a supported language (expected {expected})",
    es: "{got} no es un idioma admitido (se espera {expected})",
  },
} as const satisfies MessageCatalog;
