/**
 * The words of the reports in English and Spanish.
 * @module
 */
import type { Locale } from "../core/messages/catalog.js";

const en = {
  performanceTitle: "Performance report of the Work Plan {period}",
  asOf: "As of {date}",
  documentAsOf: "Source document as of {date}",
  approvedOn: "Approved on {date}",
  cycle: "Cycle",
  phase: "Phase",
  lastMilestone: "Last milestone",
  nextMilestones: "Next milestones",
  daysToNext: "Days to the next milestone",
  cycleFindings: "Findings on the cycle",
  priorityLines: "Priority lines and actions",
  priorityLine: "Priority line {number}",
  mandates: "Mandates to which these activities respond",
  action: "Action",
  status: "Status",
  when: "Date",
  hosts: "Host",
  financing: "Financing",
  provisions: "Mandates",
  toBeConfirmed: "to be confirmed",
  coverage: "Mandate coverage",
  instrument: "Instrument",
  covered: "Covered",
  deep: "Fulfilled",
  uncovered: "Not answered",
  gaps: "Gaps in the trace",
  budget: "Budget",
  situation: "Situation as of {date}",
  approved: "Approved",
  committed: "Committed",
  spent: "Spent",
  available: "Available",
  executed: "Executed",
  budgetFindings: "Findings on the budget",
  calendar: "Calendar",
  eventsChecked: "{count} events not over by {date} were checked.",
  conflicts: "Conflicts",
  ruleFindings: "Rule findings",
  certainty: "Certainty",
  grade: "Grade",
  explanation: "Explanation",
  claims: "What the documents state",
  measure: "Measure",
  subject: "Subject",
  stated: "Stated",
  data: "Data",
  agrees: "Agrees",
  yes: "yes",
  no: "no",
  notChecked: "not checked",
  discrepancies: "Discrepancies between the data and the documents",
  none: "None.",
  annexTitle: "Activities from {from} to {to}",
  group: "Group",
  listed: "Listed",
  rialFund: "RIAL fund",
  rialFundLine: "RIAL fund (line {number})",
  inKind: "in kind",
  cash: "cash",
  tbd: "to be determined",
  certain: "certain",
  possible: "possible",
} as const;

/**
 * Every label key of the reports.
 *
 * @example
 * ```ts
 * import type { ReportLabelKey } from "iacml/reports";
 * const key: ReportLabelKey = "priorityLines";
 * ```
 */
export type ReportLabelKey = keyof typeof en;

/**
 * The labels of the reports, by language: headings, column names and short words. `{name}`
 * placeholders are filled by {@link reportLabel}.
 *
 * @example
 * ```ts
 * import { reportLabels } from "iacml/reports";
 * console.log(reportLabels.es.budget); // "Presupuesto"
 * ```
 */
export const reportLabels: Readonly<Record<Locale, Readonly<Record<ReportLabelKey, string>>>> = {
  en,
  es: {
    performanceTitle: "Informe de desempeño del Plan de Trabajo {period}",
    asOf: "Al {date}",
    documentAsOf: "Documento fuente al {date}",
    approvedOn: "Aprobado el {date}",
    cycle: "Ciclo",
    phase: "Fase",
    lastMilestone: "Último hito",
    nextMilestones: "Próximos hitos",
    daysToNext: "Días hasta el próximo hito",
    cycleFindings: "Hallazgos sobre el ciclo",
    priorityLines: "Líneas prioritarias y acciones",
    priorityLine: "Línea prioritaria {number}",
    mandates: "Mandatos a los que responden estas actividades",
    action: "Acción",
    status: "Estado",
    when: "Fecha",
    hosts: "Sede",
    financing: "Financiamiento",
    provisions: "Mandatos",
    toBeConfirmed: "por confirmar",
    coverage: "Cobertura de los mandatos",
    instrument: "Instrumento",
    covered: "Cubiertos",
    deep: "Cumplidos",
    uncovered: "Sin respuesta",
    gaps: "Vacíos en la trazabilidad",
    budget: "Presupuesto",
    situation: "Situación al {date}",
    approved: "Aprobado",
    committed: "Comprometido",
    spent: "Gastado",
    available: "Disponible",
    executed: "Ejecutado",
    budgetFindings: "Hallazgos sobre el presupuesto",
    calendar: "Calendario",
    eventsChecked: "Se revisaron {count} eventos no terminados al {date}.",
    conflicts: "Conflictos",
    ruleFindings: "Hallazgos de las reglas",
    certainty: "Certeza",
    grade: "Grado",
    explanation: "Explicación",
    claims: "Lo que afirman los documentos",
    measure: "Medida",
    subject: "Sujeto",
    stated: "Afirmado",
    data: "Datos",
    agrees: "Coincide",
    yes: "sí",
    no: "no",
    notChecked: "no verificado",
    discrepancies: "Diferencias entre los datos y los documentos",
    none: "Ninguna.",
    annexTitle: "Actividades del {from} al {to}",
    group: "Grupo",
    listed: "Listadas",
    rialFund: "Fondo de la RIAL",
    rialFundLine: "Fondo de la RIAL (línea {number})",
    inKind: "en especie",
    cash: "en efectivo",
    tbd: "por determinar",
    certain: "cierto",
    possible: "posible",
  },
};

/**
 * A label in a language, its `{name}` placeholders filled from `params`.
 *
 * @example
 * ```ts
 * import { reportLabel } from "iacml/reports";
 * reportLabel("priorityLine", "es", { number: 3 }); // "Línea prioritaria 3"
 * ```
 */
export function reportLabel(key: ReportLabelKey, locale: Locale, params: Readonly<Record<string, string | number>> = {}): string {
  return reportLabels[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
