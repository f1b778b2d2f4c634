/**
 * The words of the reports in English and Spanish, as the OAS writes them (IACML/CIMT,
 * OAS/OEA, RIAL, Working Group/Grupo de Trabajo). Facts never live here: every `{name}` is
 * filled from the data.
 * @module
 */
import type { Locale } from "../core/messages/catalog.js";

const en = {
  // Title and sections of the performance report (seed 001's structure).
  performanceTitle:
    "Performance report as of {asOf} of the Work Plan {period} of the Inter-American Conference of Ministers of Labor (IACML)",
  introduction: "I. Introduction",
  themesHeading: "II. Themes and mandates of the {conference}",
  performanceHeading: "III. Performance report of the Work Plan {period}",
  prioritiesHeading: "a) Priorities and technical activities",
  politicalHeading: "b) Political process activities",
  fundingHeading: "c) Funding",
  partnersHeading: "d) Contributions from partner organizations and intersectoral work",
  annexHeading: "Annex 1. Calendar of the {period} Work Plan (updated as of {asOf})",
  // I. Introduction.
  introPlanning:
    "The Work Plan {period} of the Inter-American Conference of Ministers of Labor (IACML) was prepared by the authorities of the Conference at its Planning Meeting, held {format}on {when}.",
  introPlanningFormat: "{format} ",
  introApproval: "It was approved by {body} on {on}.",
  introMandates:
    "The Plan establishes concrete actions to comply with the mandates and commitments set forth in the {instruments}, approved during the {conference} held in {when}.",
  introChair:
    "The Planning Meeting was chaired by {chair}{representative} and included the participation of the countries that lead the IACML process:",
  introRepresentative: ", represented by {name},",
  introParticipants: "{advisory} participated in the meeting, as well as officers from {organizations}.",
  introCompiled: "compiled in {document}",
  people: "With the participation of: {value}",
  outputsHeading: "Outputs:",
  description: "Description: {value}",
  topicsText: "Topics: {value}",
  rialNote:
    "Note on other actions of the RIAL: RIAL bilateral cooperation activities held in the period of the Work Plan:",
  decision: "Decision of {when}: {text}",
  partnersNotUpdated: "These contributions were presented at the Planning Meeting and have not been updated.",
  introQuestionnaire:
    "Before the meeting, the Technical Secretariat sent a questionnaire to all the members of the IACML; the answers received from {count} Ministries of Labor{document} served as a base for discussion.",
  introDocument: " (document: {symbols})",
  introAuthorities: "The annual Meeting of the Authorities of the IACML was held on {when}{document}.",
  introAuthoritiesDocument: "; its decisions, including the use of RIAL resources, are contained in {symbols}",
  citedDocument: "the document “{title}” (document: {symbol})",
  citedSymbol: "the document {symbol}",
  introClosing: "This document is a report on the execution of the Work Plan {period} as of {asOf}.",
  troika: "Troika: {members}",
  troikaCurrent: "{country} (Current Chair – {conference})",
  troikaPrevious: "{country} (Previous Chair – {conference})",
  troikaNext: "{country} (Proposed host of the {conference})",
  wgAuthorities: "Authorities of Working Group {number}: {chair} (Chair), {viceChairs} (Vice-Chairs)",
  // II. Themes and mandates.
  themesTheme: "The {conference} had the theme “{theme}”.",
  themesList: "It defined commitments around these central themes:",
  themesWorkingGroups:
    "The {instruments} contain specific mandates; two Working Groups were created in order to promote compliance with said mandates:",
  workingGroup: "Working Group {number}: {title}",
  themesRial:
    "The Conference also has the Inter-American Network for Labor Administration (RIAL) as a cooperation mechanism that allows the ministerial commitments to land in concrete actions.",
  // III.a Priority lines and actions.
  priorityLineCount: "The Work Plan consists of {count} priority lines, with their corresponding actions.",
  priorityLine: "{number}. {title}",
  actions: "Actions:",
  mandates: "Mandates to which these activities respond: {sentence}.",
  date: "Date: {value}",
  host: "Host: {value}",
  place: "Place: {value}",
  format: "Format: {value}",
  financing: "Financing: {value}",
  participation: "Participation: {value}",
  outputs: "Outputs: {value}",
  document: "document: {symbol}",
  partners: "In partnership with: {value}",
  sessions: "Sessions:",
  toBeConfirmed: "to be confirmed",
  preliminary: "preliminary, to be confirmed",
  countries: "{count} countries",
  ministries: "{count} Ministries of Labor",
  participants: "{count} participants",
  inKind: "in kind",
  cash: "in cash",
  tbd: "to be determined",
  covers: "{party} ({form}): {costs}",
  contribution: "{party}",
  rialFund: "RIAL fund",
  rialFundLine: "RIAL fund (line {number} of the budget)",
  rialFundCovers: "{fund}: {costs}",
  // III.b Political process.
  politicalIntro:
    "The meetings of the political process include those established in the Triennial Ministerial Cycle approved by the Inter-American Council for Integral Development (CIDI), as well as the IACML's own follow-up meetings.",
  topics: "Topics:",
  dateAndPlace: "Date and place: {value}",
  fundingSources: "Funding sources: {value}",
  leadTime: "at least {months} months before the {conference}",
  heldDuring: "During the {conference}, the meetings of {bodies} will also be held.",
  virtualMeetings: "Virtual meetings",
  meetingWorkingGroups: "Meeting of the Working Groups",
  meetingPreparatory: "Preparatory Meeting of the {conference}",
  meetingAuthorities: "Annual virtual meetings of the authorities",
  meetingPlanning: "Planning Meeting",
  meetingOther: "Meeting",
  // III.c Funding.
  fundingIntro: "The approved RIAL budget table for the different actions of the Work Plan is presented below.",
  executionHeading: "Execution as of {date}",
  noExecution: "The RIAL ledger holds no execution records (contributions, commitments or expenditures) as of {date}.",
  approved: "Approved",
  committed: "Committed",
  spent: "Spent",
  available: "Available",
  executed: "Executed",
  amendedFootnote: "This amount was approved after {after}, {how}.",
  // III.d Partners.
  partnerContributions: "Contributions of {organization}",
  partnersNote:
    "The following are the contributions made by partner organizations as presented at the Planning Meeting.",
  // Annex 1.
  annexActivities: "Activities",
  annexOtherEvents: "Other important events",
  annexEvent: "Event",
  annexDate: "Date",
  annexPlace: "Place",
  annexTimeline:
    "Timeline of the calendar: months across, one row per event; an outlined span covers every day an imprecise date may fall on; conflicts are marked in red.",
  annexTimelineAlt: "Timeline of the calendar of the Work Plan {period}",
  virtual: "Virtual",
  // The activity annex (seed 003, Annex 1).
  annexTitle: "Activities of the Inter-American Conference of Ministers of Labor from {from} to {to}",
  onSiteVisit: "On-site visit from {from} to {to} on {topic}",
  expertsVisit: "Experts' visit from {from} to {to} on {topic}",
  virtualCooperation: "Virtual cooperation between {from} and {to} on {topic}",
  providerRecipient: "provided by {provider} to {recipient}",
  sessionsHeld: "{count} sessions",
  sessionHeld: "1 session",
  sessionsOn: "sessions on {dates}",
  ongoing: "on-going",
  countsHeading: "Totals stated and listed",
  group: "Group",
  listed: "Listed",
  stated: "Stated",
  agrees: "Agrees",
  yes: "yes",
  no: "no",
  conferenceName: "{edition} IACML",
  cooperationSeries: "the RIAL bilateral cooperation activities {period}",
  provisionArticle: "Article {number} of the {instrument}",
  provisionParagraph: "paragraph {number} of the {instrument}",
  // The check sheet.
  checkTitle: "Check sheet of the Work Plan {period} as of {asOf}",
  checkIntro:
    "For the Technical Secretariat: findings on the cycle, the mandates, the calendar and the data, each true on {asOf}. This sheet is not part of the report.",
  checkCycle: "The triennial cycle",
  checkPhase: "Phase on {asOf}: {phase}.",
  checkNext: "Next milestones: {list}.",
  checkCoverage: "Coverage of the mandates",
  checkCoverageRow:
    "{instrument}: {covered} of {total} cited provisions answered by an action or meeting; {deep} of {total} by a fulfilled action or one with outputs.",
  checkUncovered: "Not answered: {list}.",
  checkCalendar: "Calendar conflicts and rules",
  checkEventsChecked: "{count} events not over by {asOf} were checked.",
  checkConflict: "{subjects} may overlap ({days}); grade {grade}.",
  checkConflictCertain: "{subjects} overlap ({days}); grade {grade}.",
  checkData: "Data and documents",
  checkTranslations: "Titles without a Spanish text in the data (printed in English)",
  certain: "certain",
  possible: "possible",
  gradeHigh: "high",
  gradeMedium: "medium",
  gradeLow: "low",
  none: "None.",
  more: "{count} more possible overlaps of low grade (with calls, repositories and other open-ended entries) are not listed.",
} as const;

/**
 * Every label key of the reports.
 *
 * @example
 * ```ts
 * import type { ReportLabelKey } from "iacml/reports";
 * const key: ReportLabelKey = "fundingHeading";
 * ```
 */
export type ReportLabelKey = keyof typeof en;

/**
 * The labels of the reports, by language: headings, sentence templates and short words.
 * `{name}` placeholders are filled by {@link reportLabel} from the data.
 *
 * @example
 * ```ts
 * import { reportLabels } from "iacml/reports";
 * console.log(reportLabels.es.fundingHeading); // "c) Financiamiento"
 * ```
 */
export const reportLabels: Readonly<Record<Locale, Readonly<Record<ReportLabelKey, string>>>> = {
  en,
  es: {
    performanceTitle:
      "Informe de avance a {asOf} del Plan de Trabajo {period} de la Conferencia Interamericana de Ministros de Trabajo (CIMT)",
    introduction: "I. Introducción",
    themesHeading: "II. Temas y mandatos de la {conference}",
    performanceHeading: "III. Informe de avance del Plan de Trabajo {period}",
    prioritiesHeading: "a) Prioridades y actividades técnicas",
    politicalHeading: "b) Actividades del proceso político",
    fundingHeading: "c) Financiamiento",
    partnersHeading: "d) Contribuciones de organizaciones aliadas y trabajo intersectorial",
    annexHeading: "Anexo 1. Calendario del Plan de Trabajo {period} (actualizado a {asOf})",
    introPlanning:
      "El Plan de Trabajo {period} de la Conferencia Interamericana de Ministros de Trabajo (CIMT) fue elaborado por las autoridades de la Conferencia en su Reunión de Planificación, realizada {format}el {when}.",
    introPlanningFormat: "{format} ",
    introApproval: "Fue aprobado por {body} el {on}.",
    introMandates:
      "El Plan establece acciones concretas para cumplir los mandatos y compromisos de la {instruments}, aprobados en la {conference} realizada en {when}.",
    introChair:
      "La Reunión de Planificación fue presidida por {chair}{representative} y contó con la participación de los países que lideran el proceso de la CIMT:",
    introRepresentative: ", representada por {name},",
    introParticipants: "Participaron en la reunión {advisory}, así como funcionarios de {organizations}.",
    introCompiled: "compiladas en {document}",
    people: "Con la participación de: {value}",
    outputsHeading: "Productos:",
    description: "Descripción: {value}",
    topicsText: "Temas: {value}",
    rialNote:
      "Nota sobre otras acciones de la RIAL: actividades de cooperación bilateral de la RIAL realizadas en el período del Plan de Trabajo:",
    decision: "Decisión del {when}: {text}",
    partnersNotUpdated:
      "Estas contribuciones se presentaron en la Reunión de Planificación y no han sido actualizadas.",
    introQuestionnaire:
      "Antes de la reunión, la Secretaría Técnica envió un cuestionario a todos los miembros de la CIMT; las respuestas recibidas de {count} Ministerios de Trabajo{document} sirvieron de base para la discusión.",
    introDocument: " (documento: {symbols})",
    introAuthorities: "La Reunión anual de Autoridades de la CIMT se realizó el {when}{document}.",
    introAuthoritiesDocument: "; sus decisiones, incluido el uso de los recursos de la RIAL, constan en {symbols}",
    citedDocument: "el documento “{title}” (documento: {symbol})",
    citedSymbol: "el documento {symbol}",
    introClosing: "Este documento es un informe sobre la ejecución del Plan de Trabajo {period} a {asOf}.",
    troika: "Troika: {members}",
    troikaCurrent: "{country} (Presidencia – {conference})",
    troikaPrevious: "{country} (Presidencia anterior – {conference})",
    troikaNext: "{country} (Sede propuesta de la {conference})",
    wgAuthorities: "Autoridades del Grupo de Trabajo {number}: {chair} (Presidencia), {viceChairs} (Vicepresidencias)",
    themesTheme: "La {conference} tuvo como tema “{theme}”.",
    themesList: "Definió compromisos en torno a estos temas centrales:",
    themesWorkingGroups:
      "La {instruments} contienen mandatos específicos; se crearon dos Grupos de Trabajo para promover su cumplimiento:",
    workingGroup: "Grupo de Trabajo {number}: {title}",
    themesRial:
      "La Conferencia cuenta además con la Red Interamericana para la Administración Laboral (RIAL), mecanismo de cooperación que permite que los compromisos ministeriales se traduzcan en acciones concretas.",
    priorityLineCount: "El Plan de Trabajo consta de {count} líneas prioritarias, con sus acciones correspondientes.",
    priorityLine: "{number}. {title}",
    actions: "Acciones:",
    mandates: "Mandatos a los que responden estas actividades: {sentence}.",
    date: "Fecha: {value}",
    host: "Sede: {value}",
    place: "Lugar: {value}",
    format: "Formato: {value}",
    financing: "Financiamiento: {value}",
    participation: "Participación: {value}",
    outputs: "Productos: {value}",
    document: "documento: {symbol}",
    partners: "En alianza con: {value}",
    sessions: "Sesiones:",
    toBeConfirmed: "por confirmar",
    preliminary: "preliminar, por confirmar",
    countries: "{count} países",
    ministries: "{count} Ministerios de Trabajo",
    participants: "{count} participantes",
    inKind: "en especie",
    cash: "en efectivo",
    tbd: "por determinar",
    covers: "{party} ({form}): {costs}",
    contribution: "{party}",
    rialFund: "Fondo de la RIAL",
    rialFundLine: "Fondo de la RIAL (línea {number} del presupuesto)",
    rialFundCovers: "{fund}: {costs}",
    politicalIntro:
      "Las reuniones del proceso político incluyen las establecidas en el Ciclo Ministerial Trienal aprobado por el Consejo Interamericano para el Desarrollo Integral (CIDI), así como reuniones de seguimiento propias del proceso de la CIMT.",
    topics: "Temas:",
    dateAndPlace: "Fecha y lugar: {value}",
    fundingSources: "Fuentes de financiamiento: {value}",
    leadTime: "al menos {months} meses antes de la {conference}",
    heldDuring: "Durante la {conference} se realizarán también las reuniones de {bodies}.",
    virtualMeetings: "Reuniones virtuales",
    meetingWorkingGroups: "Reunión de los Grupos de Trabajo",
    meetingPreparatory: "Reunión Preparatoria de la {conference}",
    meetingAuthorities: "Reuniones virtuales anuales de autoridades",
    meetingPlanning: "Reunión de Planificación",
    meetingOther: "Reunión",
    fundingIntro:
      "A continuación se presenta el cuadro de presupuesto aprobado de la RIAL para las distintas acciones del Plan de Trabajo.",
    executionHeading: "Ejecución al {date}",
    noExecution:
      "El registro contable de la RIAL no contiene registros de ejecución (contribuciones, compromisos ni gastos) al {date}.",
    approved: "Aprobado",
    committed: "Comprometido",
    spent: "Gastado",
    available: "Disponible",
    executed: "Ejecutado",
    amendedFootnote: "Este monto fue aprobado después de {after}, {how}.",
    partnerContributions: "Contribuciones de {organization}",
    partnersNote:
      "Las siguientes son las contribuciones de las organizaciones aliadas tal como se presentaron en la Reunión de Planificación.",
    annexActivities: "Actividades",
    annexOtherEvents: "Otros eventos importantes",
    annexEvent: "Evento",
    annexDate: "Fecha",
    annexPlace: "Lugar",
    annexTimeline:
      "Cronograma del calendario: meses en columnas, una fila por evento; un tramo con contorno cubre cada día en que puede caer una fecha imprecisa; los conflictos se marcan en rojo.",
    annexTimelineAlt: "Cronograma del calendario del Plan de Trabajo {period}",
    virtual: "Virtual",
    annexTitle: "Actividades de la Conferencia Interamericana de Ministros de Trabajo del {from} al {to}",
    onSiteVisit: "Visita in situ de {from} a {to} sobre {topic}",
    expertsVisit: "Visita de expertos de {from} a {to} sobre {topic}",
    virtualCooperation: "Cooperación virtual entre {from} y {to} sobre {topic}",
    providerRecipient: "brindada por {provider} a {recipient}",
    sessionsHeld: "{count} sesiones",
    sessionHeld: "1 sesión",
    sessionsOn: "sesiones del {dates}",
    ongoing: "en curso",
    countsHeading: "Totales afirmados y listados",
    group: "Grupo",
    listed: "Listadas",
    stated: "Afirmadas",
    agrees: "Coinciden",
    yes: "sí",
    no: "no",
    conferenceName: "{edition} CIMT",
    cooperationSeries: "las actividades de cooperación bilateral de la RIAL {period}",
    provisionArticle: "artículo {number} de la {instrument}",
    provisionParagraph: "párrafo {number} del {instrument}",
    checkTitle: "Hoja de verificación del Plan de Trabajo {period} al {asOf}",
    checkIntro:
      "Para la Secretaría Técnica: hallazgos sobre el ciclo, los mandatos, el calendario y los datos, cada uno cierto al {asOf}. Esta hoja no forma parte del informe.",
    checkCycle: "El ciclo trienal",
    checkPhase: "Fase al {asOf}: {phase}.",
    checkNext: "Próximos hitos: {list}.",
    checkCoverage: "Cobertura de los mandatos",
    checkCoverageRow:
      "{instrument}: {covered} de {total} disposiciones citadas tienen respuesta en una acción o reunión; {deep} de {total} en una acción cumplida o con productos.",
    checkUncovered: "Sin respuesta: {list}.",
    checkCalendar: "Conflictos y reglas del calendario",
    checkEventsChecked: "Se revisaron {count} eventos no terminados al {asOf}.",
    checkConflict: "{subjects} pueden superponerse ({days}); grado {grade}.",
    checkConflictCertain: "{subjects} se superponen ({days}); grado {grade}.",
    checkData: "Datos y documentos",
    checkTranslations: "Títulos sin texto en español en los datos (el informe los reproduce en inglés)",
    certain: "cierto",
    possible: "posible",
    gradeHigh: "alto",
    gradeMedium: "medio",
    gradeLow: "bajo",
    none: "Ninguno.",
    more: "No se listan otras {count} posibles superposiciones de grado bajo (con convocatorias, repositorios y otras entradas sin fecha fija).",
  },
};

const CLOSE_BRACE = 125;

/** A character `\w` matches (A–Z, a–z, 0–9, `_`); `CLOSE_BRACE` is the code of `}`. */
const isWordChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/**
 * A label in a language, its `{name}` placeholders filled from `params`.
 *
 * @example
 * ```ts
 * import { reportLabel } from "iacml/reports";
 * reportLabel("priorityLineCount", "es", { count: 8 }); // "El Plan de Trabajo consta de 8 líneas prioritarias, …"
 * ```
 */
export function reportLabel(
  key: ReportLabelKey,
  locale: Locale,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const template = reportLabels[locale][key];
  // Fills `{name}` (a name of word characters) as `fillTemplate` does, scanning instead of a
  // replace with a callback; an unknown name is left as written.
  let i = template.indexOf("{");
  if (i === -1) return template;
  let out = "";
  let last = 0;
  while (i !== -1) {
    let j = i + 1;
    while (j < template.length && isWordChar(template.charCodeAt(j))) j++;
    if (j > i + 1 && template.charCodeAt(j) === CLOSE_BRACE) {
      const name = template.slice(i + 1, j);
      if (Object.prototype.hasOwnProperty.call(params, name)) {
        out += template.slice(last, i) + String(params[name]);
        last = j + 1;
      }
      i = template.indexOf("{", j + 1);
    } else i = template.indexOf("{", i + 1);
  }
  return out + template.slice(last);
}

/**
 * Status words as the documents print them before an action: "(Fulfilled activity)".
 *
 * @example
 * ```ts
 * import { ACTION_STATUS } from "iacml/reports";
 * ACTION_STATUS.es["fulfilled-and-ongoing"]; // "Actividad cumplida y en curso"
 * ```
 */
export const ACTION_STATUS: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  en: {
    fulfilled: "Fulfilled activity",
    ongoing: "On-going activity",
    future: "Future activity",
    "fulfilled-and-ongoing": "Fulfilled and on-going activity",
    "fulfilled-and-future": "Fulfilled and future activities",
    "future-and-ongoing": "Future and on-going activity",
    postponed: "Postponed activity",
    cancelled: "Cancelled activity",
  },
  es: {
    fulfilled: "Actividad cumplida",
    ongoing: "Actividad en curso",
    future: "Actividad futura",
    "fulfilled-and-ongoing": "Actividad cumplida y en curso",
    "fulfilled-and-future": "Actividades cumplidas y futuras",
    "future-and-ongoing": "Actividad futura y en curso",
    postponed: "Actividad postergada",
    cancelled: "Actividad cancelada",
  },
};

/**
 * What a contribution pays for, in words.
 *
 * @example
 * ```ts
 * import { FINANCED_COST } from "iacml/reports";
 * FINANCED_COST.en.interpretation; // "simultaneous interpretation"
 * ```
 */
export const FINANCED_COST: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  en: {
    logistics: "logistics",
    equipment: "equipment",
    interpretation: "simultaneous interpretation",
    travel: "travel",
    accommodation: "accommodation",
    platform: "platform",
    coordination: "coordination",
  },
  es: {
    logistics: "logística",
    equipment: "equipos",
    interpretation: "interpretación simultánea",
    travel: "viajes",
    accommodation: "alojamiento",
    platform: "plataforma",
    coordination: "coordinación",
  },
};

/**
 * Formats of an event, in words.
 *
 * @example
 * ```ts
 * import { EVENT_FORMAT } from "iacml/reports";
 * EVENT_FORMAT.es.hybrid; // "híbrido"
 * ```
 */
export const EVENT_FORMAT: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  en: { virtual: "virtual", hybrid: "hybrid", "in-person": "in person", virtually: "virtually" },
  es: { virtual: "virtual", hybrid: "híbrido", "in-person": "presencial", virtually: "de manera virtual" },
};

/**
 * Phases of the cycle, in words.
 *
 * @example
 * ```ts
 * import { CYCLE_PHASE } from "iacml/reports";
 * CYCLE_PHASE.en.preparation; // "preparation of the next conference"
 * ```
 */
export const CYCLE_PHASE: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  en: {
    "not-started": "not started",
    planning: "planning",
    implementation: "implementation",
    preparation: "preparation of the next conference",
    conference: "conference",
    closed: "closed",
  },
  es: {
    "not-started": "no iniciado",
    planning: "planificación",
    implementation: "ejecución",
    preparation: "preparación de la próxima conferencia",
    conference: "conferencia",
    closed: "cerrado",
  },
};

/**
 * Milestone kinds of the cycle rules, in words.
 *
 * @example
 * ```ts
 * import { MILESTONE_KIND } from "iacml/reports";
 * MILESTONE_KIND.es.preparatory; // "la Reunión Preparatoria"
 * ```
 */
export const MILESTONE_KIND: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  en: {
    conference: "the conference",
    planning: "the Planning Meeting",
    "work-plan-approval": "the approval of the Work Plan",
    authorities: "a meeting of the authorities",
    "working-groups": "the meeting of the Working Groups",
    "working-group-reports": "the reports of the Working Groups",
    "general-secretariat-report": "the report of the General Secretariat",
    preparatory: "the Preparatory Meeting",
  },
  es: {
    conference: "la conferencia",
    planning: "la Reunión de Planificación",
    "work-plan-approval": "la aprobación del Plan de Trabajo",
    authorities: "una reunión de autoridades",
    "working-groups": "la reunión de los Grupos de Trabajo",
    "working-group-reports": "los informes de los Grupos de Trabajo",
    "general-secretariat-report": "el informe de la Secretaría General",
    preparatory: "la Reunión Preparatoria",
  },
};

/**
 * Decision instruments and role labels the data writes in English, in Spanish.
 *
 * @example
 * ```ts
 * import { TERMS_ES } from "iacml/reports";
 * TERMS_ES["Host Country"]; // "País sede"
 * ```
 */
export const TERMS_ES: Readonly<Record<string, string>> = {
  email: "correo electrónico",
  "Host Country": "País sede",
  "planning meeting": "reunión de planificación",
};
