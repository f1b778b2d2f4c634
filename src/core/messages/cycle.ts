import type { MessageCatalog } from "./catalog.js";

/**
 * Messages of the `cycle` issue and finding codes, in English and Spanish.
 *
 * @example
 * ```ts
 * import { cycleMessages } from "iacml/core";
 * console.log(cycleMessages["cycle.rule-broken"].es);
 * ```
 */
export const cycleMessages = {
  "cycle.invalid-input": {
    en: "Invalid {what}: {detail}",
    es: "{whatEs} no válido: {detailEs}",
  },
  "cycle.unknown-milestone-kind": {
    en: "'{kind}' is not a milestone kind of these rules (known: {known})",
    es: "'{kind}' no es un tipo de hito de estas reglas (conocidos: {known})",
  },
  "cycle.unknown-rule-reference": {
    en: "Rule '{rule}' refers to the unknown milestone kind '{kind}'",
    es: "La regla '{rule}' se refiere al tipo de hito desconocido '{kind}'",
  },
  "cycle.duplicate-id": {
    en: "The id '{id}' is used more than once",
    es: "El identificador '{id}' se usa más de una vez",
  },
  "cycle.conference-before-predecessor": {
    en: "{conferenceName} ({whenText}) does not come after {previousName} ({previousWhenText})",
    es: "{conferenceNameEs} ({whenTextEs}) no es posterior a {previousNameEs} ({previousWhenTextEs})",
  },
  "cycle.undated-conference": {
    en: "{conferenceName} has no date window; a cycle needs both conferences dated",
    es: "{conferenceNameEs} no tiene ventana de fechas; un ciclo necesita ambas conferencias fechadas",
  },
  "cycle.rule-broken": {
    en: "{ruleName}: '{milestoneName}' must be {requirement} '{anchorName}'; the gap is {gapMin} to {gapMax} days",
    es: "{ruleNameEs}: «{milestoneNameEs}» debe situarse {requirementEs} «{anchorNameEs}»; la distancia es de {gapMin} a {gapMax} días",
  },
  "cycle.missing-milestone": {
    en: "The cycle {cycle} has no '{kindName}'; it should fall between {windowStartDate} and {windowEndDate}",
    es: "El ciclo {cycle} no tiene «{kindNameEs}»; debería situarse entre el {windowStartDateEs} y el {windowEndDateEs}",
  },
  "cycle.missing-occurrence": {
    en: "No '{kindName}' is known to fall between {windowStartDate} and {windowEndDate} (occurrence of {year})",
    es: "No consta ninguna «{kindNameEs}» entre el {windowStartDateEs} y el {windowEndDateEs} (ocurrencia de {year})",
  },
  "cycle.empty-window": {
    en: "The rules leave no date for '{milestoneName}' in this cycle",
    es: "Las reglas no dejan fecha posible para «{milestoneNameEs}» en este ciclo",
  },
  "cycle.conference-postponed": {
    en: "'{conferenceName}' moved from {fromText} to {toText} by decision of {bodyName}{instrument} ({decidedText})",
    es: "«{conferenceNameEs}» pasó de {fromTextEs} a {toTextEs} por decisión de {bodyNameEs}{instrument} ({decidedTextEs})",
  },
  "cycle.suggest-between": {
    en: "'{milestoneName}' should {which} between {fromDate} and {toDate}",
    es: "«{milestoneNameEs}» debería {whichEs} entre el {fromDateEs} y el {toDateEs}",
  },
  "cycle.suggest-by": {
    en: "'{milestoneName}' should {which} on or before {toDate}",
    es: "«{milestoneNameEs}» debería {whichEs} a más tardar el {toDateEs}",
  },
  "cycle.suggest-from": {
    en: "'{milestoneName}' should {which} on or after {fromDate}",
    es: "«{milestoneNameEs}» debería {whichEs} a partir del {fromDateEs}",
  },
  "cycle.suggest-fix-anchor": {
    en: "No date satisfies the rule for every reading of the dates of '{anchorName}'; fix those dates first",
    es: "Ninguna fecha cumple la regla para todas las lecturas de las fechas de «{anchorNameEs}»; corrija primero esas fechas",
  },
  "cycle.suggest-hold": {
    en: "Hold '{kindName}' between {windowStartDate} and {windowEndDate}",
    es: "Celebre «{kindNameEs}» entre el {windowStartDateEs} y el {windowEndDateEs}",
  },
  "cycle.suggest-schedule": {
    en: "Schedule '{kindName}' between {windowStartDate} and {windowEndDate}",
    es: "Programe «{kindNameEs}» entre el {windowStartDateEs} y el {windowEndDateEs}",
  },
  "cycle.invalid-dataset": {
    en: "The dataset is not valid: expected an object with the lists workPlans, conferences, politicalMeetings and activities",
    es: "Los datos no son válidos: se esperaba un objeto con las listas workPlans, conferences, politicalMeetings y activities",
  },
  "cycle.unknown-work-plan": {
    en: "The dataset holds no work plan '{id}'",
    es: "Los datos no contienen el plan de trabajo '{id}'",
  },
  "cycle.unknown-conference": {
    en: "Work plan {workPlan} names conference '{id}', which the dataset does not hold",
    es: "El plan de trabajo {workPlan} nombra la conferencia '{id}', que los datos no contienen",
  },
  "cycle.unknown-edition": {
    en: "No conference of edition {edition} is known",
    es: "No se conoce ninguna conferencia de la edición {edition}",
  },
  "cycle.unknown-cycle": {
    en: "No authorities are recorded for the cycle {cycle}",
    es: "No hay autoridades registradas para el ciclo {cycle}",
  },
  "cycle.troika-not-distinct": {
    en: "The troika of edition {edition} would hold the same country twice ({countries})",
    es: "La troika de la edición {edition} tendría dos veces el mismo país ({countries})",
  },
} as const satisfies MessageCatalog;
