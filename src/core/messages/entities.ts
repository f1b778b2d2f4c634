import type { MessageCatalog } from "./catalog.js";

/** Messages of the entities issue and finding codes, in English and Spanish. */
export const entitiesMessages = {
  "entities.unknown-presenter": {
    en: "Panel '{panel}' names a presenter that is not a known {kind}: '{presenter}'",
    es: "El panel '{panel}' nombra un presentador que no es un {kind} conocido: '{presenter}'",
  },
  "entities.unknown-panel": {
    en: "Guiding question {number} belongs to panel '{panel}', which is not on the agenda",
    es: "La pregunta orientadora {number} corresponde al panel '{panel}', que no está en la agenda",
  },
  "entities.deadline-not-before-meeting": {
    en: "The {deadline} deadline ({date}) is not before the meeting starts ({start})",
    es: "El plazo de {deadline} ({date}) no es anterior al inicio de la reunión ({start})",
  },
  "entities.deadlines-disagree": {
    en: "The {deadline} deadline is stated differently: last day in time {dates}",
    es: "El plazo de {deadline} se indica de formas distintas: último día hábil {dates}",
  },
  "entities.segment-ends-before-start": {
    en: "A segment of panel '{panel}' ends at {end}, not after it starts at {start}",
    es: "Un segmento del panel '{panel}' termina a las {end}, no después de empezar a las {start}",
  },
  "entities.segment-duration-mismatch": {
    en: "A segment of panel '{panel}' runs {span} minutes by its times but states {minutes}",
    es: "Un segmento del panel '{panel}' dura {span} minutos según sus horas pero indica {minutes}",
  },
  "entities.segments-overlap": {
    en: "In session '{session}', {first} and {second} overlap",
    es: "En la sesión '{session}', {first} y {second} se superponen",
  },
} as const satisfies MessageCatalog;
