import type { CycleRules } from "./rules-schema.js";

/**
 * The rules of the IACML triennial ministerial cycle, as the documents describe them, with the
 * tolerances this library chose where the documents speak loosely:
 *
 * | rule | requirement | strength |
 * |---|---|---|
 * | `cycle-length` | conference 30 to 42 months after the previous one (nominal 36) | soft |
 * | `planning-after-conference` | planning meeting within 6 months after the previous conference | soft |
 * | `approval-after-planning` | work plan approved by CIDI's Committee on Partnership for Development Policies within 6 months after the planning meeting | soft |
 * | `working-groups-after-approval` | working-group meeting after the work plan is approved | soft |
 * | `working-groups-one-year` | "one year before" the conference, read as 9 to 15 months before | soft |
 * | `reports-after-working-groups` | final reports of the working groups after their meeting | hard |
 * | `reports-before-preparatory` | final reports before the preparatory meeting | hard |
 * | `preparatory-after-working-groups` | preparatory meeting after the working-group meeting | hard |
 * | `preparatory-three-months` | preparatory meeting at least 3 months before the conference | hard |
 * | `report-after-preparatory` | report of the General Secretariat after the preparatory meeting | soft |
 * | `report-before-conference` | report of the General Secretariat before the conference | hard |
 *
 * The virtual meeting of the authorities recurs every January (an occurrence may slip into
 * February) from the first January at least 6 months after the previous conference. Copy and
 * change the value to serve another process or other tolerances.
 *
 * @example
 * ```ts
 * import { iacmlCycleRules, type CycleRules } from "iacml/cycle";
 * const stricter: CycleRules = {
 *   ...iacmlCycleRules,
 *   rules: iacmlCycleRules.rules.map((r) =>
 *     r.id === "working-groups-one-year" ? { ...r, atLeast: { months: 11 }, atMost: { months: 13 } } : r,
 *   ),
 * };
 * console.log(stricter.rules.length);
 * ```
 */
export const iacmlCycleRules: CycleRules = {
  process: "iacml",
  title: {
    en: "Inter-American Conference of Ministers of Labor",
    es: "Conferencia Interamericana de Ministros de Trabajo",
  },
  lengthInMonths: 36,
  conference: {
    title: {
      en: "Inter-American Conference of Ministers of Labor (IACML)",
      es: "Conferencia Interamericana de Ministros de Trabajo (CIMT)",
    },
    audiences: ["ministers", "cosate", "ceatal", "technical-secretariat"],
  },
  phases: { implementation: "work-plan-approval", preparation: "working-groups" },
  milestones: [
    {
      kind: "planning",
      title: { en: "Planning meeting of the authorities", es: "Reunión de planificación de las autoridades" },
      presence: "required",
      calendar: { kind: "meeting", audiences: ["authorities", "technical-secretariat"] },
    },
    {
      kind: "work-plan-approval",
      title: {
        en: "Approval of the work plan by CIDI's Committee on Partnership for Development Policies",
        es: "Aprobación del plan de trabajo por la Comisión de Políticas de Cooperación Solidaria para el Desarrollo del CIDI",
      },
      presence: "required",
      calendar: { kind: "deadline", audiences: ["cidi", "technical-secretariat"], format: "virtual" },
    },
    {
      kind: "authorities",
      title: { en: "Virtual meeting of the authorities", es: "Reunión virtual de las autoridades" },
      presence: "expected",
      recurrence: { month: 1, toleranceMonths: 1, startAfterMonths: 6 },
      calendar: { kind: "meeting", audiences: ["authorities", "technical-secretariat"], format: "virtual" },
    },
    {
      kind: "working-groups",
      title: { en: "Meeting of the working groups", es: "Reunión de los Grupos de Trabajo" },
      presence: "required",
      calendar: { kind: "meeting", audiences: ["ministries", "cosate", "ceatal", "technical-secretariat"] },
    },
    {
      kind: "working-group-reports",
      title: { en: "Final reports of the working groups", es: "Informes finales de los Grupos de Trabajo" },
      presence: "expected",
      calendar: { kind: "deadline", audiences: ["authorities", "technical-secretariat"], format: "virtual" },
    },
    {
      kind: "preparatory",
      title: { en: "Preparatory meeting", es: "Reunión preparatoria" },
      presence: "required",
      calendar: { kind: "meeting", audiences: ["ministries", "permanent-missions", "technical-secretariat"] },
    },
    {
      kind: "general-secretariat-report",
      title: { en: "Report of the General Secretariat", es: "Informe de la Secretaría General" },
      presence: "expected",
      calendar: { kind: "deadline", audiences: ["technical-secretariat"], format: "virtual" },
    },
  ],
  rules: [
    {
      id: "cycle-length",
      milestone: "conference",
      anchor: "previous-conference",
      direction: "after",
      atLeast: { months: 30 },
      atMost: { months: 42 },
      strength: "soft",
      description: { en: "A cycle lasts about three years", es: "Un ciclo dura unos tres años" },
    },
    {
      id: "planning-after-conference",
      milestone: "planning",
      anchor: "previous-conference",
      direction: "after",
      atLeast: { days: 1 },
      atMost: { months: 6 },
      strength: "soft",
      description: {
        en: "The planning meeting follows the conference",
        es: "La reunión de planificación sigue a la conferencia",
      },
    },
    {
      id: "approval-after-planning",
      milestone: "work-plan-approval",
      anchor: "planning",
      direction: "after",
      atLeast: { days: 1 },
      atMost: { months: 6 },
      strength: "soft",
      description: {
        en: "CIDI approves the work plan the planning meeting prepared",
        es: "El CIDI aprueba el plan de trabajo preparado en la reunión de planificación",
      },
    },
    {
      id: "working-groups-after-approval",
      milestone: "working-groups",
      anchor: "work-plan-approval",
      direction: "after",
      atLeast: { days: 1 },
      strength: "soft",
      description: {
        en: "The working groups meet under the approved work plan",
        es: "Los Grupos de Trabajo se reúnen bajo el plan aprobado",
      },
    },
    {
      id: "working-groups-one-year",
      milestone: "working-groups",
      anchor: "conference",
      direction: "before",
      atLeast: { months: 9 },
      atMost: { months: 15 },
      strength: "soft",
      description: {
        en: "The working groups meet one year before the conference",
        es: "Los Grupos de Trabajo se reúnen un año antes de la conferencia",
      },
    },
    {
      id: "reports-after-working-groups",
      milestone: "working-group-reports",
      anchor: "working-groups",
      direction: "after",
      atLeast: { days: 1 },
      strength: "hard",
      description: {
        en: "The final reports follow the working groups' meeting",
        es: "Los informes finales siguen a la reunión de los Grupos de Trabajo",
      },
    },
    {
      id: "reports-before-preparatory",
      milestone: "working-group-reports",
      anchor: "preparatory",
      direction: "before",
      atLeast: { days: 1 },
      strength: "hard",
      description: {
        en: "The final reports go to the preparatory meeting",
        es: "Los informes finales se presentan a la reunión preparatoria",
      },
    },
    {
      id: "preparatory-after-working-groups",
      milestone: "preparatory",
      anchor: "working-groups",
      direction: "after",
      atLeast: { days: 1 },
      strength: "hard",
      description: {
        en: "The preparatory meeting follows the working groups' meeting",
        es: "La reunión preparatoria sigue a la de los Grupos de Trabajo",
      },
    },
    {
      id: "preparatory-three-months",
      milestone: "preparatory",
      anchor: "conference",
      direction: "before",
      atLeast: { months: 3 },
      strength: "hard",
      description: {
        en: "The preparatory meeting is held at least three months before the conference",
        es: "La reunión preparatoria se celebra al menos tres meses antes de la conferencia",
      },
    },
    {
      id: "report-after-preparatory",
      milestone: "general-secretariat-report",
      anchor: "preparatory",
      direction: "after",
      atLeast: { days: 1 },
      strength: "soft",
      description: {
        en: "The General Secretariat reports after the preparatory meeting",
        es: "La Secretaría General informa después de la reunión preparatoria",
      },
    },
    {
      id: "report-before-conference",
      milestone: "general-secretariat-report",
      anchor: "conference",
      direction: "before",
      atLeast: { days: 1 },
      strength: "hard",
      description: {
        en: "The General Secretariat reports to the conference",
        es: "La Secretaría General informa a la conferencia",
      },
    },
  ],
};
