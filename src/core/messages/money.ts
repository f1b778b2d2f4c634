import type { MessageCatalog } from "./catalog.js";

/** Messages of the money issue and finding codes, in English and Spanish. */
export const moneyMessages = {
  "core.invalid-minor-units": {
    en: "{input} is not a valid number of minor units (a whole number from 0 to {max})",
    es: "{input} no es una cantidad válida de decimales (un entero de 0 a {max})",
  },
  "core.finer-than-minor-unit": {
    en: "{input} has more than {digits} decimals, so it cannot be split in minor units",
    es: "{input} tiene más de {digits} decimales, por lo que no se puede repartir en unidades mínimas",
  },
  "core.currency-mismatch": {
    en: "The amount is in {actual} but the exchange rate converts from {expected}",
    es: "El monto está en {actual} pero el tipo de cambio convierte desde {expected}",
  },
  "core.invalid-rate": {
    en: "'{input}' is not a valid exchange rate (a positive decimal)",
    es: "'{input}' no es un tipo de cambio válido (un decimal positivo)",
  },
} as const satisfies MessageCatalog;
