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
  "budget.inexact-number": {
    en: "The JSON number {input} cannot carry an amount exactly (a JSON number must be a whole number up to 9007199254740991, or have at most 15 significant digits); write the amount as a decimal string",
    es: "El número JSON {input} no puede expresar un monto con exactitud (un número JSON debe ser un entero de hasta 9007199254740991 o tener como máximo 15 cifras significativas); escriba el monto como una cadena decimal",
  },
  "budget.duplicate-ledger-ids": {
    en: "The ledger uses {count} entry ids more than once, so no figure can be computed from it",
    es: "El libro usa {count} ids de asiento más de una vez, por lo que no se puede calcular ninguna cifra a partir de él",
  },
  "budget.entry-outside-period": {
    en: "Entry {entry} is dated {date}, outside the plan period ({start} to {end})",
    es: "El asiento {entry} tiene fecha {date}, fuera del período del plan (del {start} al {end})",
  },
  "budget.approved-below-zero": {
    en: "Entry {entry} leaves line {line} with a negative approved amount ({approved}) on {date}",
    es: "El asiento {entry} deja la línea {line} con un monto aprobado negativo ({approved}) el {date}",
  },
  "budget.reallocation-exceeds-available": {
    en: "Reallocation {entry} moves {moved} out of line {line}, which has only {available} left on {date}",
    es: "La reasignación {entry} traslada {moved} de la línea {line}, a la que solo le quedan {available} el {date}",
  },
  "budget.levy-of-rejected-contribution": {
    en: "Operations levy {entry} is left out because its contribution {contribution} was rejected",
    es: "El cargo por operación {entry} se deja fuera porque su contribución {contribution} fue rechazada",
  },
  "budget.invalid-exchange-rate": {
    en: "The exchange rate of contribution {entry} ('{rate}') is not a positive decimal",
    es: "El tipo de cambio de la contribución {entry} ('{rate}') no es un decimal positivo",
  },
  "budget.suggest.unique-id": {
    en: "Give each ledger entry its own id, then compute the situation again",
    es: "Asigne a cada asiento del libro su propio id y vuelva a calcular la situación",
  },
  "budget.suggest.fix-amount": {
    en: 'Write the amount as a decimal string with at most {digits} decimals, such as "1500.00"',
    es: 'Escriba el monto como una cadena decimal con {digits} decimales como máximo, por ejemplo "1500.00"',
  },
  "budget.suggest.known-line": {
    en: "Charge the entry to one of the plan's lines, or add line {line} to the plan",
    es: "Impute el asiento a una de las líneas del plan, o agregue la línea {line} al plan",
  },
  "budget.suggest.add-exchange-rate": {
    en: "Add an exchange rate record from {currency} to {planCurrency}, with its date and source",
    es: "Agregue un registro de tipo de cambio de {currency} a {planCurrency}, con su fecha y fuente",
  },
  "budget.suggest.reallocate-or-amend": {
    en: "Reallocate funds to line {line} or amend its approved amount, with a decision of the authorities",
    es: "Reasigne fondos a la línea {line} o enmiende su monto aprobado, con una decisión de las autoridades",
  },
  "budget.suggest.release-commitments": {
    en: "Release commitments of line {line} that will not be used, or reallocate funds to it",
    es: "Libere los compromisos de la línea {line} que no se usarán, o reasigne fondos a ella",
  },
  "budget.suggest.record-contributions": {
    en: "Record the contributions still expected, or reduce the approved amounts by {shortfall} {currency}",
    es: "Registre las contribuciones que aún se esperan, o reduzca los montos aprobados en {shortfall} {currency}",
  },
  "budget.suggest.check-cash": {
    en: "Check for contributions received but not recorded, or stop spending until they arrive",
    es: "Verifique si hay contribuciones recibidas que no se registraron, o detenga el gasto hasta que lleguen",
  },
  "budget.suggest.fix-declared-total": {
    en: "Correct the declared total ({declared}) or the lines, which add up to {sum}",
    es: "Corrija el total declarado ({declared}) o las líneas, que suman {sum}",
  },
  "budget.suggest.date-in-period": {
    en: "Date the entry within the plan period ({start} to {end}), or record it in the plan of its period",
    es: "Feche el asiento dentro del período del plan (del {start} al {end}), o regístrelo en el plan de su período",
  },
  "budget.suggest.smaller-move": {
    en: "Move at most {available} out of line {line}, or amend the line first",
    es: "Traslade como máximo {available} de la línea {line}, o enmiende primero la línea",
  },
  "budget.suggest.check-amendment": {
    en: "Check the sign and amount of the amendment: a line cannot have less than nothing approved",
    es: "Verifique el signo y el monto de la enmienda: una línea no puede tener aprobado menos que nada",
  },
  "budget.suggest.fix-levy": {
    en: "Correct the levy so it does not exceed its contribution, or record the contribution it belongs to",
    es: "Corrija el cargo para que no supere su contribución, o registre la contribución a la que corresponde",
  },
  "budget.suggest.fix-commitment": {
    en: "Point the entry at commitment {commitment} on its own line, or correct the amount",
    es: "Haga que el asiento remita al compromiso {commitment} en su propia línea, o corrija el monto",
  },
  "budget.suggest.record-commitment": {
    en: "Record commitment {commitment} first, or remove the reference to it",
    es: "Registre primero el compromiso {commitment}, o elimine la referencia a él",
  },
  "budget.negative-cash": {
    en: "The fund's cash is negative ({cash} {currency}): more was spent than received",
    es: "El efectivo del fondo es negativo ({cash} {currency}): se gastó más de lo recibido",
  },
} as const satisfies MessageCatalog;

/**
 * Words of the budget's tables and CSV in English and Spanish (as the OAS writes them): the
 * CSV headers and the line statuses.
 *
 * @example
 * ```ts
 * import { budgetLabels } from "iacml/budget";
 * budgetLabels.status["in-progress"].es; // "en ejecución"
 * ```
 */
export const budgetLabels = {
  csv: {
    line: { en: "line", es: "línea" },
    title: { en: "title", es: "título" },
    currency: { en: "currency", es: "moneda" },
    original: { en: "original", es: "aprobado originalmente" },
    amendments: { en: "amendments", es: "enmiendas" },
    reallocations: { en: "reallocations", es: "reasignaciones" },
    approved: { en: "approved", es: "aprobado" },
    committed: { en: "committed", es: "comprometido" },
    spent: { en: "spent", es: "gastado" },
    available: { en: "available", es: "disponible" },
    percent_executed: { en: "percent_executed", es: "porcentaje de ejecución" },
    status: { en: "status", es: "estado" },
    total: { en: "TOTAL", es: "TOTAL" },
  },
  status: {
    unbudgeted: { en: "unbudgeted", es: "sin presupuesto" },
    "not-started": { en: "not-started", es: "no iniciada" },
    "in-progress": { en: "in-progress", es: "en ejecución" },
    executed: { en: "executed", es: "ejecutada" },
    overcommitted: { en: "overcommitted", es: "sobrecomprometida" },
    overspent: { en: "overspent", es: "sobregirada" },
  },
} as const;
