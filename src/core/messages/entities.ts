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
    es: "El plazo de {deadlineEs} ({date}) no es anterior al inicio de la reunión ({start})",
  },
  "entities.deadlines-disagree": {
    en: "The {deadline} deadline is stated differently: last day in time {dates}",
    es: "El plazo de {deadlineEs} se indica de formas distintas: último día hábil {dates}",
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
    es: "Registro no válido: {messageEs}",
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
    en: "{subject}: the {what} is stated differently — {variants}",
    es: "{subjectEs}: {whatEs} se indica de formas distintas — {variantsEs}",
  },
  "entities.title-written-differently": {
    en: "{subject}: the {what} is written differently — {variants}",
    es: "{subjectEs}: {whatEs} se escribe de formas distintas — {variantsEs}",
  },
  "entities.date-written-differently": {
    en: "{subject}: the {what} is written differently — {variants}",
    es: "{subjectEs}: {whatEs} se escribe de formas distintas — {variantsEs}",
  },
  "entities.recorded-discrepancy": {
    en: "{subject} ({recordSource}): {note} ({source})",
    es: "{subjectEs} ({recordSourceEs}): diferencia anotada en los datos: {note} ({sourceEs})",
  },
  "entities.stated-interval-differs": {
    en: "{source} says {subject} came {qualifier} {stated} days after {since}, but its date ({date}, {recordSource}) is {days} days after",
    es: "{sourceEs} dice que {subjectEs} ocurrió {qualifierEs} {stated} días después del {since}, pero su fecha ({date}, {recordSourceEs}) es {days} días después",
  },
  "entities.stated-cooperation-not-listed": {
    en: "{source} names {recipientName} among the Ministries helped by {providerNames}, but {listSource} lists no cooperation of {recipientName} with them (it lists: {listed})",
    es: "{sourceEs} nombra a {recipientNameEs} entre los Ministerios asistidos por {providerNamesEs}, pero {listSourceEs} no registra ninguna cooperación de {recipientNameEs} con ellos (registra: {listedEs})",
  },
  "entities.stated-cooperation-topic-differs": {
    en: "{source} says {recipientName} received help from {providerName} on {topics}; {listSource} lists that cooperation on {topic}",
    es: "{sourceEs} dice que {recipientNameEs} recibió asistencia de {providerNameEs} en {topics}; {listSourceEs} registra esa cooperación sobre {topic}",
  },
  "entities.meeting-topic-not-decided": {
    en: "{id} ({source}) makes “{topic}” a topic of the {workingGroup} at the {meeting}, but the topics decided for that meeting ({meetingSource}) do not include it",
    es: "{idEs} ({sourceEs}) hace de “{topicEs}” un tema del {workingGroupEs} en la {meetingEs}, pero los temas decididos para esa reunión ({meetingSourceEs}) no lo incluyen",
  },
  "entities.co-funding-confirmation-differs": {
    en: "Budget line {line} ({lineSource}) has {party} {lineState}, while {action} ({actionSource}) records its contribution as {actionState}",
    es: "La línea de presupuesto {lineEs} ({lineSourceEs}) tiene a {partyEs} como {lineStateEs}, mientras que {actionEs} ({actionSourceEs}) registra su contribución como {actionStateEs}",
  },
  "entities.stated-figure-differs": {
    en: "{source} states the {what} of {subject} as {stated}, but the record gives {listed} ({recordSource})",
    es: "{sourceEs} indica {whatEs} de {subjectEs} como {stated}, pero el registro da {listed} ({recordSourceEs})",
  },
} as const satisfies MessageCatalog;
