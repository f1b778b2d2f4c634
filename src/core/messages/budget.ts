import type { MessageCatalog } from "./catalog.js";

/** Messages of the budget issue and finding codes, in English and Spanish. */
export const budgetMessages = {
  "budget.invalid-plan": {
    en: "The budget plan is not valid: {detail}",
    es: "El plan presupuestario no es válido: {detail}",
  },
  "budget.invalid-entry": {
    en: "The ledger entry is not valid: {detail}",
    es: "El asiento del libro no es válido: {detail}",
  },
  "budget.invalid-amount": {
    en: "'{input}' is not a valid amount in {currency} (a decimal with at most {digits} decimals)",
    es: "'{input}' no es un monto válido en {currency} (un decimal con {digits} decimales como máximo)",
  },
  "budget.negative-approval": {
    en: "Line {line} has a negative approved amount ({amount})",
    es: "La línea {line} tiene un monto aprobado negativo ({amount})",
  },
  "budget.non-positive-amount": {
    en: "Entry {entry} needs a positive amount, not {amount}",
    es: "El asiento {entry} necesita un monto positivo, no {amount}",
  },
  "budget.zero-amendment": {
    en: "Amendment {entry} changes nothing (amount 0)",
    es: "La enmienda {entry} no cambia nada (monto 0)",
  },
  "budget.duplicate-line": {
    en: "Budget line id {line} appears more than once",
    es: "El id de línea presupuestaria {line} aparece más de una vez",
  },
  "budget.plan-total-mismatch": {
    en: "The lines add up to {sum} {currency} but the plan declares {declared} {currency}",
    es: "Las líneas suman {sum} {currency} pero el plan declara {declared} {currency}",
  },
  "budget.duplicate-entry-id": {
    en: "Entry id {entry} is used more than once",
    es: "El id de asiento {entry} se usa más de una vez",
  },
  "budget.unknown-line": {
    en: "Entry {entry} refers to line {line}, which is not in the plan",
    es: "El asiento {entry} se refiere a la línea {line}, que no está en el plan",
  },
  "budget.unknown-commitment": {
    en: "Entry {entry} refers to commitment {commitment}, which is not in the ledger",
    es: "El asiento {entry} se refiere al compromiso {commitment}, que no está en el libro",
  },
  "budget.unknown-contribution": {
    en: "Entry {entry} refers to contribution {contribution}, which is not in the ledger",
    es: "El asiento {entry} se refiere a la contribución {contribution}, que no está en el libro",
  },
  "budget.commitment-line-mismatch": {
    en: "Entry {entry} is on line {line} but settles commitment {commitment} of line {commitmentLine}",
    es: "El asiento {entry} es de la línea {line} pero liquida el compromiso {commitment} de la línea {commitmentLine}",
  },
  "budget.unbalanced-reallocation": {
    en: "Reallocation {entry} does not net to zero (it nets to {net})",
    es: "La reasignación {entry} no suma cero (suma {net})",
  },
  "budget.missing-exchange-rate": {
    en: "Contribution {entry} is in {currency}, not {planCurrency}, and has no exchange rate record",
    es: "La contribución {entry} está en {currency}, no en {planCurrency}, y no tiene registro de tipo de cambio",
  },
  "budget.exchange-rate-mismatch": {
    en: "The exchange rate of contribution {entry} does not convert {currency} into {planCurrency}",
    es: "El tipo de cambio de la contribución {entry} no convierte {currency} a {planCurrency}",
  },
  "budget.levy-exceeds-contribution": {
    en: "The operations levies on contribution {contribution} ({levy}) exceed the contribution ({gross})",
    es: "Los cargos por operación sobre la contribución {contribution} ({levy}) superan la contribución ({gross})",
  },
  "budget.release-exceeds-commitment": {
    en: "Commitment {commitment} is released or settled for {used}, more than its {committed}",
    es: "El compromiso {commitment} se libera o liquida por {used}, más que sus {committed}",
  },
  "budget.invalid-levy-rate": {
    en: "'{input}' is not a valid operations levy rate (a decimal from 0 to 1)",
    es: "'{input}' no es una tasa válida de cargo por operación (un decimal de 0 a 1)",
  },
  "budget.commitments-exceed-available": {
    en: "Line {line}: open commitments of {committed} exceed the {available} left after spending",
    es: "Línea {line}: los compromisos abiertos de {committed} superan los {available} que quedan tras el gasto",
  },
  "budget.spending-exceeds-approved": {
    en: "Line {line}: spending of {spent} exceeds the approved {approved}",
    es: "Línea {line}: el gasto de {spent} supera lo aprobado, {approved}",
  },
  "budget.line-overcommitted": {
    en: "Line {line}: spending and open commitments ({used}) exceed the approved {approved}",
    es: "Línea {line}: el gasto y los compromisos abiertos ({used}) superan lo aprobado, {approved}",
  },
  "budget.plan-unfunded": {
    en: "The approved plan ({approved} {currency}) is not funded: net contributions are {received} {currency}, {shortfall} short",
    es: "El plan aprobado ({approved} {currency}) no está financiado: las contribuciones netas son {received} {currency}, faltan {shortfall}",
  },
  "budget.entries-after-as-of": {
    en: "{count} entries dated after {asOf} were left out",
    es: "Se dejaron fuera {count} asientos con fecha posterior al {asOf}",
  },
  "budget.entries-recorded-later": {
    en: "{count} entries recorded after {knownOn} were left out",
    es: "Se dejaron fuera {count} asientos registrados después del {knownOn}",
  },
  "budget.negative-cash": {
    en: "The fund's cash is negative ({cash} {currency}): more was spent than received",
    es: "El efectivo del fondo es negativo ({cash} {currency}): se gastó más de lo recibido",
  },
} as const satisfies MessageCatalog;
