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
    es: "{what} no válido: {detail}",
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
    en: "Rule '{rule}': {milestone} must be {requirement} {anchor}; the gap is {gapMin} to {gapMax} days",
    es: "Regla '{rule}': {milestone} debe ser {requirement} {anchor}; la distancia es de {gapMin} a {gapMax} días",
  },
  "cycle.missing-milestone": {
    en: "The cycle {cycle} has no '{kind}' milestone; it should fall between {windowStart} and {windowEnd}",
    es: "El ciclo {cycle} no tiene el hito '{kind}'; debería situarse entre {windowStart} y {windowEnd}",
  },
  "cycle.missing-occurrence": {
    en: "No '{kind}' milestone is known to fall between {windowStart} and {windowEnd} (occurrence of {year})",
    es: "No consta ningún hito '{kind}' entre {windowStart} y {windowEnd} (ocurrencia de {year})",
  },
  "cycle.empty-window": {
    en: "The rules leave no date for '{milestone}' in this cycle",
    es: "Las reglas no dejan fecha posible para '{milestone}' en este ciclo",
  },
  "cycle.conference-postponed": {
    en: "Conference '{conference}' moved from {from} to {to} by decision of {body}{instrument} ({decided})",
    es: "La conferencia '{conference}' pasó de {from} a {to} por decisión de {body}{instrument} ({decided})",
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
