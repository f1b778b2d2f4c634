import type { MessageCatalog } from "./catalog.js";

/** Messages of the reports issue and finding codes, in English and Spanish. */
export const reportsMessages = {
  "reports.invalid-locale": {
    en: "'{input}' is not a report language (expected 'en' or 'es')",
    es: "'{input}' no es un idioma de informe (se espera 'en' o 'es')",
  },
  "reports.unknown-work-plan": {
    en: "The dataset holds no work plan '{id}'",
    es: "Los datos no contienen el plan de trabajo '{id}'",
  },
  "reports.no-work-plan": {
    en: "The dataset holds no work plan to report on",
    es: "Los datos no contienen ningún plan de trabajo sobre el cual informar",
  },
  "reports.unknown-conference": {
    en: "Work plan {workPlan} names conference '{id}', which the dataset does not hold",
    es: "El plan de trabajo {workPlan} nombra la conferencia '{id}', que los datos no contienen",
  },
  "reports.no-previous-conference": {
    en: "The dataset holds no conference before '{id}' to open the cycle",
    es: "Los datos no contienen ninguna conferencia anterior a '{id}' que abra el ciclo",
  },
  "reports.period-reversed": {
    en: "The period ends ({to}) before it starts ({from})",
    es: "El período termina ({to}) antes de empezar ({from})",
  },
  "reports.status-behind-date": {
    en: "{id} is still '{status}' although its date ({when}) ended before {asOf}",
    es: "{id} sigue en estado '{status}' aunque su fecha ({when}) terminó antes del {asOf}",
  },
  "reports.annex-date-differs": {
    en: "The calendar annex dates {entry} {annexWhen}, while {id} is dated {when}",
    es: "El anexo de calendario fecha {entry} en {annexWhen}, mientras que {id} tiene fecha {when}",
  },
  "reports.claim-differs": {
    en: "{source} states {stated} for {measure} of {subject}; the data gives {computed}",
    es: "{source} indica {stated} para {measure} de {subject}; los datos dan {computed}",
  },
  "reports.milestone-window-open": {
    en: "No date is recorded yet for {kind}; the rules place it between {windowStart} and {windowEnd}, a window still open on {asOf}",
    es: "Aún no consta fecha para {kind}; las reglas la sitúan entre el {windowStart} y el {windowEnd}, un plazo todavía abierto al {asOf}",
  },
  "reports.cycle-rule": {
    en: "{milestone} and {anchor}: {rule}; the gap between them is {gapMin} to {gapMax} days",
    es: "{milestone} y {anchor}: {rule}; la distancia entre ambas es de {gapMin} a {gapMax} días",
  },
  "reports.recorded-discrepancy": {
    en: "{subject}: {note} ({source})",
    es: "{subject}: {note} ({source})",
  },
} as const satisfies MessageCatalog;
