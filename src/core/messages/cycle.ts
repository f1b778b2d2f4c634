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
    en: "The conference '{conference}' ({when}) does not come after its predecessor '{previous}' ({previousWhen})",
    es: "La conferencia '{conference}' ({when}) no es posterior a su predecesora '{previous}' ({previousWhen})",
  },
  "cycle.undated-conference": {
    en: "The conference '{conference}' has no date window; a cycle needs both conferences dated",
    es: "La conferencia '{conference}' no tiene ventana de fechas; un ciclo necesita ambas conferencias fechadas",
  },
  "cycle.rule-broken": {
    en: "{ruleName}: '{milestoneName}' must be {requirement} '{anchorName}'; the gap is {gapMin} to {gapMax} days",
    es: "{ruleNameEs}: «{milestoneNameEs}» debe situarse {requirementEs} «{anchorNameEs}»; la distancia es de {gapMin} a {gapMax} días",
  },
  "cycle.missing-milestone": {
    en: "The cycle {cycle} has no '{kindName}'; it should fall between {windowStart} and {windowEnd}",
    es: "El ciclo {cycle} no tiene «{kindNameEs}»; debería situarse entre el {windowStart} y el {windowEnd}",
  },
  "cycle.missing-occurrence": {
    en: "No '{kindName}' is known to fall between {windowStart} and {windowEnd} (occurrence of {year})",
    es: "No consta ninguna «{kindNameEs}» entre el {windowStart} y el {windowEnd} (ocurrencia de {year})",
  },
  "cycle.empty-window": {
    en: "The rules leave no date for '{milestoneName}' in this cycle",
    es: "Las reglas no dejan fecha posible para «{milestoneNameEs}» en este ciclo",
  },
  "cycle.conference-postponed": {
    en: "'{conferenceName}' moved from {from} to {to} by decision of {bodyName}{instrument} ({decided})",
    es: "«{conferenceNameEs}» pasó de {from} a {to} por decisión de {bodyNameEs}{instrument} ({decided})",
  },
  "cycle.suggest-between": {
    en: "'{milestoneName}' should {which} between {from} and {to}",
    es: "«{milestoneNameEs}» debería {whichEs} entre el {from} y el {to}",
  },
  "cycle.suggest-by": {
    en: "'{milestoneName}' should {which} on or before {to}",
    es: "«{milestoneNameEs}» debería {whichEs} a más tardar el {to}",
  },
  "cycle.suggest-from": {
    en: "'{milestoneName}' should {which} on or after {from}",
    es: "«{milestoneNameEs}» debería {whichEs} a partir del {from}",
  },
  "cycle.suggest-fix-anchor": {
    en: "No date satisfies the rule for every reading of the dates of '{anchorName}'; fix those dates first",
    es: "Ninguna fecha cumple la regla para todas las lecturas de las fechas de «{anchorNameEs}»; corrija primero esas fechas",
  },
  "cycle.suggest-hold": {
    en: "Hold '{kindName}' between {windowStart} and {windowEnd}",
    es: "Celebre «{kindNameEs}» entre el {windowStart} y el {windowEnd}",
  },
  "cycle.suggest-schedule": {
    en: "Schedule '{kindName}' between {windowStart} and {windowEnd}",
    es: "Programe «{kindNameEs}» entre el {windowStart} y el {windowEnd}",
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
