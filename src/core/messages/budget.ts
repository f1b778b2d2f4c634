import type { MessageCatalog } from "./catalog.js";

/**
 * The English templates of the budget's codes (issues, findings and their suggestions), on
 * their own: the budget's issue and finding factories need only these, so a bundle of
 * `budgetSituation` does not carry the Spanish ones, which `formatIssue` and `formatSuggestion`
 * read from {@link budgetMessages}.
 */
export const budgetEnglish = {
  "budget.invalid-plan": "The budget plan is not valid: {detail}",
  "budget.invalid-entry": "The ledger entry is not valid: {detail}",
  "budget.invalid-amount": "'{input}' is not a valid amount in {currency} (a decimal with at most {digits} decimals)",
  "budget.negative-approval": "Line “{lineTitle}” has a negative approved amount ({amount})",
  "budget.non-positive-amount": "Entry {entry} needs a positive amount, not {amount}",
  "budget.zero-amendment": "Amendment {entry} changes nothing (amount 0)",
  "budget.duplicate-line": "Budget line id {line} appears more than once",
  "budget.plan-total-mismatch": "The lines add up to {sum} {currency} but the plan declares {declared} {currency}",
  "budget.duplicate-entry-id": "Entry id {entry} is used more than once",
  "budget.unknown-line": "Entry {entry} refers to line {line}, which is not in the plan",
  "budget.unknown-commitment": "Entry {entry} refers to commitment {commitment}, which is not in the ledger",
  "budget.unknown-contribution": "Entry {entry} refers to contribution {contribution}, which is not in the ledger",
  "budget.commitment-line-mismatch":
    "Entry {entry} is on line “{lineTitle}” but settles commitment {commitment} of line “{commitmentLineTitle}”",
  "budget.unbalanced-reallocation": "Reallocation {entry} does not net to zero (it nets to {net})",
  "budget.missing-exchange-rate":
    "Contribution {entry} is in {currency}, not {planCurrency}, and has no exchange rate record",
  "budget.exchange-rate-mismatch":
    "The exchange rate of contribution {entry} does not convert {currency} into {planCurrency}",
  "budget.levy-exceeds-contribution":
    "The operations levies on contribution {contribution} ({levy}) exceed the contribution ({gross})",
  "budget.release-exceeds-commitment":
    "Commitment {commitment} is released or settled for {used}, more than its {committed}",
  "budget.invalid-levy-rate": "'{input}' is not a valid operations levy rate (a decimal from 0 to 1)",
  "budget.commitments-exceed-available":
    "Line “{lineTitle}”: open commitments of {committed} exceed the {available} left after spending",
  "budget.spending-exceeds-approved": "Line “{lineTitle}”: spending of {spent} exceeds the approved {approved}",
  "budget.line-overcommitted":
    "Line “{lineTitle}”: spending and open commitments ({used}) exceed the approved {approved}",
  "budget.plan-unfunded":
    "The approved plan ({approved} {currency}) is not funded: net contributions are {received} {currency}, {shortfall} short",
  "budget.entries-after-as-of": "{count} {entryWord} dated after {asOf} {wasWord} left out",
  "budget.entries-recorded-later": "{count} {entryWord} recorded after {knownOn} {wasWord} left out",
  "budget.inexact-number":
    "The JSON number {input} cannot carry an amount exactly (a JSON number must be a whole number up to 9007199254740991, or have at most 15 significant digits); write the amount as a decimal string",
  "budget.duplicate-ledger-ids":
    "The ledger uses {count} {idWord} more than once, so no figure can be computed from it",
  "budget.entry-outside-period": "Entry {entry} is dated {date}, outside the plan period ({start} to {end})",
  "budget.approved-below-zero":
    "Entry {entry} leaves line “{lineTitle}” with a negative approved amount ({approved}) on {date}",
  "budget.reallocation-exceeds-available":
    "Reallocation {entry} moves {moved} out of line “{lineTitle}”, which has only {available} left on {date}",
  "budget.levy-of-rejected-contribution":
    "Operations levy {entry} is left out because its contribution {contribution} was rejected",
  "budget.invalid-exchange-rate": "The exchange rate of contribution {entry} ('{rate}') is not a positive decimal",
  "budget.suggest.unique-id": "Give each ledger entry its own id, then compute the situation again",
  "budget.suggest.fix-amount": 'Write the amount as a decimal string with at most {digits} decimals, such as "1500.00"',
  "budget.suggest.known-line": "Charge the entry to one of the plan's lines, or add line {line} to the plan",
  "budget.suggest.add-exchange-rate":
    "Add an exchange rate record from {currency} to {planCurrency}, with its date and source",
  "budget.suggest.reallocate-or-amend":
    "Reallocate funds to line “{lineTitle}” or amend its approved amount, with a decision of the authorities",
  "budget.suggest.release-commitments":
    "Release commitments of line “{lineTitle}” that will not be used, or reallocate funds to it",
  "budget.suggest.record-contributions":
    "Record the contributions still expected, or reduce the approved amounts by {shortfall} {currency}",
  "budget.suggest.check-cash": "Check for contributions received but not recorded, or stop spending until they arrive",
  "budget.suggest.fix-declared-total": "Correct the declared total ({declared}) or the lines, which add up to {sum}",
  "budget.suggest.date-in-period":
    "Date the entry within the plan period ({start} to {end}), or record it in the plan of its period",
  "budget.suggest.smaller-move": "Move at most {available} out of line “{lineTitle}”, or amend the line first",
  "budget.suggest.check-amendment":
    "Check the sign and amount of the amendment: a line cannot have less than nothing approved",
  "budget.suggest.fix-levy":
    "Correct the levy so it does not exceed its contribution, or record the contribution it belongs to",
  "budget.suggest.fix-commitment": "Point the entry at commitment {commitment} on its own line, or correct the amount",
  "budget.suggest.record-commitment": "Record commitment {commitment} first, or remove the reference to it",
  "budget.negative-cash": "The fund's cash is negative ({cash} {currency}): more was spent than received",
} as const;

const budgetSpanish: Readonly<Record<keyof typeof budgetEnglish, string>> = {
  "budget.invalid-plan": "El plan presupuestario no es válido: {detailEs}",
  "budget.invalid-entry": "El asiento del libro no es válido: {detailEs}",
  "budget.invalid-amount":
    "'{input}' no es un monto válido en {currency} (un decimal con {digits} decimales como máximo)",
  "budget.negative-approval": "La línea “{lineTitleEs}” tiene un monto aprobado negativo ({amount})",
  "budget.non-positive-amount": "El asiento {entry} necesita un monto positivo, no {amount}",
  "budget.zero-amendment": "La enmienda {entry} no cambia nada (monto 0)",
  "budget.duplicate-line": "El id de línea presupuestaria {line} aparece más de una vez",
  "budget.plan-total-mismatch": "Las líneas suman {sum} {currency} pero el plan declara {declared} {currency}",
  "budget.duplicate-entry-id": "El id de asiento {entry} se usa más de una vez",
  "budget.unknown-line": "El asiento {entry} se refiere a la línea {line}, que no está en el plan",
  "budget.unknown-commitment": "El asiento {entry} se refiere al compromiso {commitment}, que no está en el libro",
  "budget.unknown-contribution":
    "El asiento {entry} se refiere a la contribución {contribution}, que no está en el libro",
  "budget.commitment-line-mismatch":
    "El asiento {entry} es de la línea “{lineTitleEs}” pero liquida el compromiso {commitment} de la línea “{commitmentLineTitleEs}”",
  "budget.unbalanced-reallocation": "La reasignación {entry} no suma cero (suma {net})",
  "budget.missing-exchange-rate":
    "La contribución {entry} está en {currency}, no en {planCurrency}, y no tiene registro de tipo de cambio",
  "budget.exchange-rate-mismatch":
    "El tipo de cambio de la contribución {entry} no convierte {currency} a {planCurrency}",
  "budget.levy-exceeds-contribution":
    "Los cargos por operación sobre la contribución {contribution} ({levy}) superan la contribución ({gross})",
  "budget.release-exceeds-commitment":
    "El compromiso {commitment} se libera o liquida por {used}, más que sus {committed}",
  "budget.invalid-levy-rate": "'{input}' no es una tasa válida de cargo por operación (un decimal de 0 a 1)",
  "budget.commitments-exceed-available":
    "Línea “{lineTitleEs}”: los compromisos abiertos de {committed} superan los {available} que quedan tras el gasto",
  "budget.spending-exceeds-approved": "Línea “{lineTitleEs}”: el gasto de {spent} supera lo aprobado, {approved}",
  "budget.line-overcommitted":
    "Línea “{lineTitleEs}”: el gasto y los compromisos abiertos ({used}) superan lo aprobado, {approved}",
  "budget.plan-unfunded":
    "El plan aprobado ({approved} {currency}) no está financiado: las contribuciones netas son {received} {currency}, faltan {shortfall}",
  "budget.entries-after-as-of": "{wasWordEs} {count} {entryWordEs} con fecha posterior al {asOfEs}",
  "budget.entries-recorded-later": "{wasWordEs} {count} {entryWordEs} con registro posterior al {knownOnEs}",
  "budget.inexact-number":
    "El número JSON {input} no puede expresar un monto con exactitud (un número JSON debe ser un entero de hasta 9007199254740991 o tener como máximo 15 cifras significativas); escriba el monto como una cadena decimal",
  "budget.duplicate-ledger-ids":
    "El libro usa {count} {idWordEs} más de una vez, por lo que no se puede calcular ninguna cifra a partir de él",
  "budget.entry-outside-period":
    "El asiento {entry} tiene fecha del {dateEs}, fuera del período del plan (del {startEs} al {endEs})",
  "budget.approved-below-zero":
    "El asiento {entry} deja la línea “{lineTitleEs}” con un monto aprobado negativo ({approved}) el {dateEs}",
  "budget.reallocation-exceeds-available":
    "La reasignación {entry} traslada {moved} de la línea “{lineTitleEs}”, a la que solo le quedan {available} el {dateEs}",
  "budget.levy-of-rejected-contribution":
    "El cargo por operación {entry} se deja fuera porque su contribución {contribution} fue rechazada",
  "budget.invalid-exchange-rate": "El tipo de cambio de la contribución {entry} ('{rate}') no es un decimal positivo",
  "budget.suggest.unique-id": "Asigne a cada asiento del libro su propio id y vuelva a calcular la situación",
  "budget.suggest.fix-amount":
    'Escriba el monto como una cadena decimal con {digits} decimales como máximo, por ejemplo "1500.00"',
  "budget.suggest.known-line": "Impute el asiento a una de las líneas del plan, o agregue la línea {line} al plan",
  "budget.suggest.add-exchange-rate":
    "Agregue un registro de tipo de cambio de {currency} a {planCurrency}, con su fecha y fuente",
  "budget.suggest.reallocate-or-amend":
    "Reasigne fondos a la línea “{lineTitleEs}” o enmiende su monto aprobado, con una decisión de las autoridades",
  "budget.suggest.release-commitments":
    "Libere los compromisos de la línea “{lineTitleEs}” que no se usarán, o reasigne fondos a ella",
  "budget.suggest.record-contributions":
    "Registre las contribuciones que aún se esperan, o reduzca los montos aprobados en {shortfall} {currency}",
  "budget.suggest.check-cash":
    "Verifique si hay contribuciones recibidas que no se registraron, o detenga el gasto hasta que lleguen",
  "budget.suggest.fix-declared-total": "Corrija el total declarado ({declared}) o las líneas, que suman {sum}",
  "budget.suggest.date-in-period":
    "Feche el asiento dentro del período del plan (del {startEs} al {endEs}), o regístrelo en el plan de su período",
  "budget.suggest.smaller-move":
    "Traslade como máximo {available} de la línea “{lineTitleEs}”, o enmiende primero la línea",
  "budget.suggest.check-amendment":
    "Verifique el signo y el monto de la enmienda: una línea no puede tener aprobado menos que nada",
  "budget.suggest.fix-levy":
    "Corrija el cargo para que no supere su contribución, o registre la contribución a la que corresponde",
  "budget.suggest.fix-commitment":
    "Haga que el asiento remita al compromiso {commitment} en su propia línea, o corrija el monto",
  "budget.suggest.record-commitment": "Registre primero el compromiso {commitment}, o elimine la referencia a él",
  "budget.negative-cash": "El efectivo del fondo es negativo ({cash} {currency}): se gastó más de lo recibido",
};

/** A catalog of `{ en, es }` templates per code from one record per language. */
function bilingual<K extends string>(
  english: Readonly<Record<K, string>>,
  spanish: Readonly<Record<K, string>>,
): Readonly<Record<K, { readonly en: string; readonly es: string }>> {
  const catalog = {} as Record<K, { readonly en: string; readonly es: string }>;
  for (const code of Object.keys(english) as K[]) catalog[code] = { en: english[code], es: spanish[code] };
  return catalog;
}

/** Messages of the budget issue and finding codes (and of their suggestions), in English and Spanish. */
export const budgetMessages = /* @__PURE__ */ bilingual(budgetEnglish, budgetSpanish) satisfies MessageCatalog;

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
