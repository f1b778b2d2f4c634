import type { MessageCatalog } from "./catalog.js";

/**
 * Messages of the conflict codes of `findConflicts` (a part of {@link calendarMessages}, kept apart
 * so that importing `findConflicts` does not bring every calendar message along).
 *
 * @example
 * ```ts
 * import { calendarConflictMessages } from "iacml/core";
 * console.log(calendarConflictMessages["calendar.overlap-possible"].es);
 * ```
 */
export const calendarConflictMessages = {
  "calendar.overlap-certain": {
    en: "{a} and {b} overlap on {daysOn}; shared audiences: {audiences}",
    es: "{aEs} y {bEs} coinciden {daysOnEs}; públicos comunes: {audiencesEs}",
  },
  "calendar.overlap-possible": {
    en: "{a} and {b} may overlap on {daysOn} because their dates are not yet fixed; shared audiences: {audiences}",
    es: "{aEs} y {bEs} podrían coincidir {daysOnEs} porque sus fechas aún no están fijadas; públicos comunes: {audiencesEs}",
  },
  "calendar.too-close-certain": {
    en: "{a} ({countryA}) and {b} ({countryB}) leave fewer than {buffer} {bufferUnit} of travel between them for {audiences}",
    es: "{aEs} ({countryAEs}) y {bEs} ({countryBEs}) dejan menos de {buffer} {bufferUnitEs} de viaje entre ellos para {audiencesEs}",
  },
  "calendar.too-close-possible": {
    en: "{a} ({countryA}) and {b} ({countryB}) may leave fewer than {buffer} {bufferUnit} of travel between them for {audiences}",
    es: "{aEs} ({countryAEs}) y {bEs} ({countryBEs}) podrían dejar menos de {buffer} {bufferUnitEs} de viaje entre ellos para {audiencesEs}",
  },
  "calendar.suggest-check-dates": {
    en: "Check the dates of {a} and {b} with their organizers, or move one of them (suggestDates proposes free dates); the audiences they share cannot attend both",
    es: "Verifique con los organizadores las fechas de {aEs} y {bEs}, o traslade uno de los dos (suggestDates propone fechas libres); los públicos que comparten no pueden asistir a ambos",
  },
  "calendar.not-placeable": {
    en: "{a} has no date or window yet, so it cannot be checked against other events; give it a window",
    es: "{aEs} aún no tiene fecha ni ventana, por lo que no puede compararse con otros eventos; indique una ventana",
  },
  "calendar.conflicts-omitted": {
    en: "{omittedPhrase} left out after {keptPhrase} (the maxFindings limit)",
    es: "{omittedPhraseEs} después {keptPhraseEs} (el límite maxFindings)",
  },
} as const satisfies MessageCatalog;

/**
 * Messages of the other calendar codes (rules, parsing, date suggestions): the rest of
 * {@link calendarMessages}.
 *
 * @example
 * ```ts
 * import { messages } from "iacml/core";
 * console.log(messages["calendar.blackout-certain"]?.es);
 * ```
 */
export const calendarRuleMessages = {
  "calendar.blackout-certain": {
    en: "{a} falls in {period} ({daysText})",
    es: "{aEs} cae en {periodEs} ({daysTextEs})",
  },
  "calendar.blackout-possible": {
    en: "{a} may fall in {period} ({daysText}) because its dates are not yet fixed",
    es: "{aEs} podría caer en {periodEs} ({daysTextEs}) porque sus fechas aún no están fijadas",
  },
  "calendar.min-gap-certain": {
    en: "{a} is not at least {amount} {amountUnit} before {b}{gapPhrase}",
    es: "{aEs} no es al menos {amount} {amountUnitEs} antes de {bEs}{gapPhraseEs}",
  },
  "calendar.min-gap-possible": {
    en: "{a} may not be at least {amount} {amountUnit} before {b}{gapPhrase}",
    es: "{aEs} podría no ser al menos {amount} {amountUnitEs} antes de {bEs}{gapPhraseEs}",
  },
  "calendar.deadline-late-certain": {
    en: "The deadline {a} is not at least {amount} {amountUnit} before {b}, the event it serves{gapPhrase}",
    es: "El plazo {aEs} no es al menos {amount} {amountUnitEs} antes de {bEs}, el evento al que sirve{gapPhraseEs}",
  },
  "calendar.deadline-late-possible": {
    en: "The deadline {a} may not be at least {amount} {amountUnit} before {b}, the event it serves{gapPhrase}",
    es: "El plazo {aEs} podría no ser al menos {amount} {amountUnitEs} antes de {bEs}, el evento al que sirve{gapPhraseEs}",
  },
  "calendar.too-many-meetings-certain": {
    en: "{count} formal meetings fall in {period} ({dates}); at most {max} are allowed",
    es: "{count} reuniones formales caen en {periodEs} ({datesEs}); se permiten como máximo {max}",
  },
  "calendar.too-many-meetings-possible": {
    en: "Up to {count} formal meetings may fall in {period} ({dates}); at most {max} are allowed",
    es: "Hasta {count} reuniones formales podrían caer en {periodEs} ({datesEs}); se permiten como máximo {max}",
  },
  "calendar.local-hours-certain": {
    en: "{a} at {time} ({timeZone}) is at {localTime} in {city} ({country}), outside {earliest}-{latest}",
    es: "{aEs} a las {time} ({timeZone}) es a las {localTime} en {city} ({country}), fuera de {earliest}-{latest}",
  },
  "calendar.local-hours-possible": {
    en: "{a} at {time} ({timeZone}) may be at {localTime} in {city} ({country}), outside {earliest}-{latest}, on some of its possible days",
    es: "{aEs} a las {time} ({timeZone}) podría ser a las {localTime} en {city} ({country}), fuera de {earliest}-{latest}, en algunos de sus días posibles",
  },
  "calendar.unknown-event": {
    en: "Rule {rule} names the event '{id}', which is not in the calendar",
    es: "La regla {rule} nombra el evento '{id}', que no está en el calendario",
  },
  "calendar.unknown-work-plan": {
    en: "The dataset holds no work plan '{id}', so it has no calendar entries",
    es: "Los datos no contienen el plan de trabajo '{id}', por lo que no tiene entradas de calendario",
  },
  "calendar.invalid-dataset": {
    en: "The dataset is not valid: expected an object with the lists workPlans, priorityLines, actions, politicalMeetings and annexEntries",
    es: "Los datos no son válidos: se esperaba un objeto con las listas workPlans, priorityLines, actions, politicalMeetings y annexEntries",
  },
  "calendar.unknown-time-zone": {
    en: "'{timeZone}' is not a time zone this runtime knows",
    es: "'{timeZone}' no es una zona horaria que este entorno conozca",
  },
  "calendar.duplicate-id": {
    en: "The event id '{id}' is used more than once",
    es: "El id de evento '{id}' se usa más de una vez",
  },
  "calendar.unknown-parent": {
    en: "'{id}' is part of '{parent}', which is not in the calendar",
    es: "'{id}' forma parte de '{parent}', que no está en el calendario",
  },
  "calendar.invalid-event": {
    en: "Invalid calendar event: {detail}",
    es: "Evento de calendario no válido: {detailEs}",
  },
  "calendar.reason-no-shared-audience-nearby": {
    en: "No other event for {audiences} within {days} days",
    es: "Ningún otro evento para {audiencesEs} en {days} días",
  },
  "calendar.reason-weekdays": {
    en: "Runs on weekdays only",
    es: "Solo en días laborables",
  },
  "calendar.reason-no-findings": {
    en: "No conflict or rule finding at all",
    es: "Ningún conflicto ni hallazgo de reglas",
  },
  "calendar.reason-nearest-event": {
    en: "Nearest event for the same audiences: {event}, {distance}",
    es: "Evento más cercano para los mismos públicos: {eventEs}, {distanceEs}",
  },
} as const satisfies MessageCatalog;

/**
 * Messages of the calendar issue and finding codes, in English and Spanish. Titles come as
 * `{a}`/`{b}` (English) and `{aEs}`/`{bEs}` (Spanish, or English when the event has none).
 *
 * @example
 * ```ts
 * import { calendarMessages } from "iacml/core";
 * console.log(calendarMessages["calendar.overlap-certain"].es);
 * ```
 */
export const calendarMessages: typeof calendarConflictMessages & typeof calendarRuleMessages =
  /* @__PURE__ */ Object.assign({}, calendarConflictMessages, calendarRuleMessages);
