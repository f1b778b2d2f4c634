import type { MessageCatalog } from "./catalog.js";

/** Messages of the mandates issue and finding codes, in English and Spanish. */
export const mandatesMessages = {
  "mandates.unknown-word": {
    en: "'{word}' is not part of a mandate reference{hint}",
    es: "'{word}' no forma parte de una referencia a mandatos{hintEs}",
  },
  "mandates.nearest-form": {
    en: "; the nearest form read is '{nearest}'",
    es: "; la forma más cercana que se lee es '{nearest}'",
  },
  "mandates.unknown-characters": {
    en: "'{text}' holds {count} characters a citation does not use (invisible, control or non-ASCII digit characters); write digits 0-9 and plain spaces",
    es: "'{text}' contiene {count} caracteres que una cita no usa (invisibles, de control o dígitos que no son 0-9); escriba los dígitos 0-9 y espacios simples",
  },
  "mandates.invalid-context": {
    en: "The mandate context is not valid: {detail}",
    es: "El contexto de mandatos no es válido: {detailEs}",
  },
  "mandates.too-many-expansions": {
    en: "The ranges of this text stand for more than {max} provisions; the rest were not read",
    es: "Los intervalos de este texto abarcan más de {max} disposiciones; el resto no se leyó",
  },
  "mandates.ambiguous-city": {
    en: "'{city}' hosted several conferences ({candidates}); add the year or the edition",
    es: "'{city}' fue sede de varias conferencias ({candidates}); indique el año o la edición",
  },
  "mandates.no-conference-that-year": {
    en: "No conference was held in '{city}' in {year} (held there: {candidates})",
    es: "Ninguna conferencia se celebró en '{city}' en {year} (celebradas allí: {candidates})",
  },
  "mandates.invalid-trace-input": {
    en: "The trace input is not valid here: {message}",
    es: "La entrada de la trazabilidad no es válida aquí: {messageEs}",
  },
  "mandates.mandate-unread": {
    en: "The mandate sentence of {action} could not be read: {detail}",
    es: "No se pudo leer la frase de mandatos de {action}: {detailEs}",
  },
  "mandates.unknown-work-plan": {
    en: "The data hold no work plan '{workPlan}'",
    es: "Los datos no contienen el plan de trabajo '{workPlan}'",
  },
  "mandates.unknown-edition": {
    en: "No {edition} IACML is in the context",
    es: "La {edition} CIMT no está en el contexto",
  },
  "mandates.unknown-city": {
    en: "No conference was held in '{city}'{hint}",
    es: "Ninguna conferencia se celebró en '{city}'{hintEs}",
  },
  "mandates.nearest-city": {
    en: "; the nearest city read is '{nearest}'",
    es: "; la ciudad más cercana que se lee es '{nearest}'",
  },
  "mandates.expected-city": {
    en: "A city is missing after 'of'",
    es: "Falta la ciudad después de 'de'",
  },
  "mandates.dangling-conjunction": {
    en: "'{word}' is not followed by another article or paragraph",
    es: "'{word}' no va seguido de otro artículo o párrafo",
  },
  "mandates.expected-number": {
    en: "An article or paragraph number is missing",
    es: "Falta el número de artículo o párrafo",
  },
  "mandates.item-without-paragraph": {
    en: "Item '{item}' does not follow a paragraph number",
    es: "El inciso '{item}' no sigue a un número de párrafo",
  },
  "mandates.invalid-number": {
    en: "'{text}' is not an article or paragraph number",
    es: "'{text}' no es un número de artículo o párrafo",
  },
  "mandates.invalid-item": {
    en: "'{item}' is not an item under {numbering} numbering",
    es: "'{item}' no es un inciso con numeración {numbering}",
  },
  "mandates.item-in-declaration": {
    en: "A declaration has no lettered items ('{item}')",
    es: "Una declaración no tiene incisos ('{item}')",
  },
  "mandates.invalid-range": {
    en: "'{from}' to '{to}' is not a range",
    es: "'{from}' a '{to}' no es un intervalo",
  },
  "mandates.range-too-large": {
    en: "The range '{from}' to '{to}' has {size} provisions",
    es: "El intervalo '{from}' a '{to}' tiene {size} disposiciones",
  },
  "mandates.no-conference": {
    en: "No city is named and the context has no default conference",
    es: "No se nombra una ciudad y el contexto no tiene conferencia predeterminada",
  },
  "mandates.unknown-default-conference": {
    en: "The default conference '{conference}' is not in the context",
    es: "La conferencia predeterminada '{conference}' no está en el contexto",
  },
  "mandates.empty-reference": {
    en: "The text cites no article or paragraph",
    es: "El texto no cita ningún artículo ni párrafo",
  },
  "mandates.uncovered-provision": {
    en: "No action answers {provisionName}",
    es: "Ninguna acción responde al {provisionNameEs}",
  },
  "mandates.action-without-mandate": {
    en: "The action {actionName} answers no mandate and gives no reason",
    es: "La acción {actionName} no responde a ningún mandato ni indica por qué",
  },
  "mandates.unknown-provision": {
    en: "A link from {fromName} refers to {provisionName}, which does not exist",
    es: "Un vínculo desde {fromNameEs} remite al {provisionNameEs}, que no existe",
  },
  "mandates.unknown-link-end": {
    en: "A link '{relationName}' names {missingName}, which does not exist",
    es: "Un vínculo «{relationNameEs}» nombra {missingNameEs}, que no existe",
  },
  "mandates.duplicate-id": {
    en: "The id '{id}' is used {count} times",
    es: "El identificador '{id}' se usa {count} veces",
  },
  "mandates.cycle": {
    en: "Links form a cycle: {cycleNames}",
    es: "Los vínculos forman un ciclo: {cycleNamesEs}",
  },
  "mandates.suspect-link": {
    en: "The text of {provisionName} changed since its link with {fromName} was reviewed",
    es: "El texto del {provisionNameEs} cambió desde que se revisó su vínculo con {fromNameEs}",
  },
  "mandates.link-to-retired": {
    en: "The action {actionName} answers {provisionName}, which is retired",
    es: "La acción {actionName} responde al {provisionNameEs}, que está derogado",
  },
  "mandates.plan-an-action": {
    en: "Plan an action that answers it, or record why none is needed",
    es: "Planifique una acción que le responda, o deje constancia de por qué no hace falta ninguna",
  },
  "mandates.link-or-derive": {
    en: "Link it to the provision it answers, or mark it derived with a reason",
    es: "Vincúlela a la disposición a la que responde, o márquela como derivada e indique el motivo",
  },
  "mandates.fix-provision-id": {
    en: "Correct the provision id or add the provision to its instrument",
    es: "Corrija el identificador de la disposición o agréguela a su instrumento",
  },
  "mandates.link-to-successor": {
    en: "Link it to {successorNames} instead",
    es: "Vincúlela en su lugar {successorNamesEs}",
  },
  "mandates.review-link": {
    en: "Review the link against the new text and record its new fingerprint",
    es: "Revise el vínculo frente al nuevo texto y registre su nueva huella",
  },
} as const satisfies MessageCatalog;
