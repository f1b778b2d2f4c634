import type { MessageCatalog } from "./catalog.js";

const TYPE_WORDS: Readonly<Record<string, readonly [string, string]>> = {
  null: ["null", "un valor nulo"],
  undefined: ["nothing (undefined)", "nada (undefined)"],
  number: ["a number", "un número"],
  bigint: ["a number", "un número"],
  boolean: ["true or false", "un valor verdadero o falso"],
  array: ["a list", "una lista"],
  object: ["an object", "un objeto"],
  function: ["a function", "una función"],
  symbol: ["a symbol", "un símbolo"],
};

/**
 * Internal: the words of a `core.not-a-string` issue for a value's type (from `describeType`),
 * in English and Spanish: `{ typeName: "a number", typeNameEs: "un número" }`.
 */
export function typeWords(type: string): { readonly typeName: string; readonly typeNameEs: string } {
  const words = Object.prototype.hasOwnProperty.call(TYPE_WORDS, type) ? TYPE_WORDS[type]! : [type, type];
  return { typeName: words[0], typeNameEs: words[1] };
}

/** Messages of the `core` module's issue codes, in English and Spanish. */
export const coreMessages = {
  "core.invalid-date": {
    en: "'{input}' is not a valid date (expected YYYY-MM-DD naming a real day)",
    es: "'{input}' no es una fecha válida (se espera AAAA-MM-DD de un día real)",
  },
  "core.invalid-month": {
    en: "'{input}' is not a valid month (expected YYYY-MM)",
    es: "'{input}' no es un mes válido (se espera AAAA-MM)",
  },
  "core.not-a-string": {
    en: "Expected text but got {typeName}",
    es: "Se esperaba un texto pero se recibió {typeNameEs}",
  },
  "core.invalid-edtf": {
    en: "'{input}' is not a supported EDTF date",
    es: "'{input}' no es una fecha EDTF admitida",
  },
  "core.date-range-reversed": {
    en: "The range ends ({end}) before it starts ({start})",
    es: "El intervalo termina ({end}) antes de empezar ({start})",
  },
  "core.unknown-date-text": {
    en: "Cannot read '{text}' as a date",
    es: "No se puede leer '{text}' como fecha",
  },
  "core.missing-year": {
    en: "The date '{text}' has no year and no default year was given",
    es: "La fecha '{text}' no tiene año y no se indicó un año por defecto",
  },
  "core.invalid-amount": {
    en: "'{input}' is not a valid amount",
    es: "'{input}' no es un monto válido",
  },
  "core.too-many-decimals": {
    en: "{input} has more decimals than {currency} allows ({digits})",
    es: "{input} tiene más decimales de los que admite {currency} ({digits})",
  },
  "core.unknown-currency": {
    en: "'{input}' is not a known ISO 4217 currency code",
    es: "'{input}' no es un código de moneda ISO 4217 conocido",
  },
  "core.invalid-ratios": {
    en: "Ratios must be non-negative and not all zero",
    es: "Las proporciones deben ser no negativas y no todas cero",
  },
  "core.invalid-roman": {
    en: "'{input}' is not a valid roman numeral",
    es: "'{input}' no es un número romano válido",
  },
  "core.roman-out-of-range": {
    en: "{input} cannot be written in roman numerals (1 to 3999)",
    es: "{input} no se puede escribir en números romanos (1 a 3999)",
  },
  "core.invalid-document-symbol": {
    en: "'{input}' is not an OAS document symbol",
    es: "'{input}' no es una signatura de documento de la OEA",
  },
} as const satisfies MessageCatalog;
