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
  "entities.invalid-record": {
    en: "{message}",
    es: "Registro no válido: {message}",
  },
  "entities.duplicate-id": {
    en: "The id '{id}' is used by more than one record of {collection}",
    es: "El id '{id}' lo usa más de un registro de {collection}",
  },
  "entities.unknown-reference": {
    en: "{collection} '{id}' refers to {field} '{target}', which is not in the dataset",
    es: "{collection} '{id}' remite a {field} '{target}', que no está en el conjunto de datos",
  },
  "entities.outside-work-plan-period": {
    en: "'{id}' ({when}) falls outside its work plan's period {from}-{to}",
    es: "'{id}' ({when}) queda fuera del período de su plan de trabajo {from}-{to}",
  },
  "entities.stated-period-differs": {
    en: "{source} names the work plan '{subject}' with the period {stated}, but its period is {listed}",
    es: "{source} nombra el plan de trabajo '{subject}' con el período {stated}, pero su período es {listed}",
  },
  "entities.statements-differ": {
    en: "'{subject}': the {what} is stated differently — {variants}",
    es: "'{subject}': {whatEs} se indica de formas distintas — {variants}",
  },
  "entities.title-written-differently": {
    en: "'{subject}': the {what} is written differently — {variants}",
    es: "'{subject}': {whatEs} se escribe de formas distintas — {variants}",
  },
  "entities.date-written-differently": {
    en: "'{subject}': the date is written differently — {variants}",
    es: "'{subject}': la fecha se escribe de formas distintas — {variants}",
  },
  "entities.recorded-discrepancy": {
    en: "'{subject}' ({recordSource}): {note} ({source})",
    es: "'{subject}' ({recordSource}): diferencia anotada en los datos: {note} ({source})",
  },
  "entities.stated-interval-differs": {
    en: "{source} says '{subject}' came {qualifier} {stated} days after {since}, but its date ({date}, {recordSource}) is {days} days after",
    es: "{source} dice que '{subject}' ocurrió {qualifier} {stated} días después del {since}, pero su fecha ({date}, {recordSource}) es {days} días después",
  },
  "entities.stated-cooperation-not-listed": {
    en: "{source} names {recipient} among the Ministries helped by {providers}, but {listSource} lists no cooperation of {recipient} with them ({listed})",
    es: "{source} nombra a {recipient} entre los Ministerios asistidos por {providers}, pero {listSource} no registra ninguna cooperación de {recipient} con ellos ({listed})",
  },
  "entities.stated-cooperation-topic-differs": {
    en: "{source} says {recipient} received help from {provider} on {topics}; {listSource} lists that cooperation ('{id}') on {topic}",
    es: "{source} dice que {recipient} recibió asistencia de {provider} en {topics}; {listSource} registra esa cooperación ('{id}') sobre {topic}",
  },
  "entities.meeting-topic-not-decided": {
    en: "'{id}' ({source}) makes '{topic}' a topic of the {workingGroup} meeting '{meeting}', but the topics decided for it ({meetingSource}) do not include it",
    es: "'{id}' ({source}) hace de '{topic}' un tema de la reunión del {workingGroup} '{meeting}', pero los temas decididos para ella ({meetingSource}) no lo incluyen",
  },
  "entities.co-funding-confirmation-differs": {
    en: "Budget line '{line}' ({lineSource}) has {party} {lineState}, while '{action}' ({actionSource}) records its contribution as {actionState}",
    es: "La línea de presupuesto '{line}' ({lineSource}) tiene a {party} como {lineState}, mientras que '{action}' ({actionSource}) registra su contribución como {actionState}",
  },
  "entities.stated-figure-differs": {
    en: "{source} states the {what} of '{subject}' as {stated}, but the record gives {listed} ({recordSource})",
    es: "{source} indica {whatEs} de '{subject}' como {stated}, pero el registro da {listed} ({recordSource})",
  },
} as const satisfies MessageCatalog;
