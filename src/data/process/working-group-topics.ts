import type { Topic } from "../../entities/process/authorities.js";
import { deepFreeze } from "../deep-freeze.js";

/**
 * The topic ids the working groups and their recommendations use, with short labels of the
 * library's own in English and Spanish.
 *
 * @example
 * ```ts
 * import { workingGroupTopics } from "iacml/data";
 * workingGroupTopics.find((t) => t.id === "child-labor")?.label.es; // "Trabajo infantil"
 * ```
 */
export const workingGroupTopics: readonly Topic[] = /* @__PURE__ */ deepFreeze<Topic[]>([
  { id: "future-of-work", label: { en: "Future of work", es: "Futuro del trabajo" } },
  { id: "platform-work", label: { en: "Work on digital platforms", es: "Trabajo en plataformas digitales" } },
  {
    id: "platform-work-and-telework",
    label: { en: "Work on digital platforms and telework", es: "Trabajo en plataformas digitales y teletrabajo" },
  },
  {
    id: "equality-and-inclusion",
    label: {
      en: "Equality, non-discrimination and labor inclusion",
      es: "Igualdad, no discriminación e inclusión laboral",
    },
  },
  {
    id: "decent-work-agendas",
    label: { en: "Decent work and the 2030 Agenda", es: "Trabajo decente y Agenda 2030" },
  },
  {
    id: "education-employment-coordination",
    label: { en: "Coordination of education and employment", es: "Articulación entre educación y empleo" },
  },
  { id: "youth-employment", label: { en: "Youth employment", es: "Empleo juvenil" } },
  {
    id: "training-and-employment-services",
    label: { en: "Vocational training and employment services", es: "Formación profesional y servicios de empleo" },
  },
  { id: "skills-for-the-future", label: { en: "Skills for the future", es: "Habilidades para el futuro" } },
  { id: "qualifications-frameworks", label: { en: "Qualifications frameworks", es: "Marcos de cualificaciones" } },
  {
    id: "labor-market-information",
    label: { en: "Labor market information", es: "Información del mercado laboral" },
  },
  { id: "sustainable-enterprises", label: { en: "Sustainable enterprises", es: "Empresas sostenibles" } },
  {
    id: "informal-to-formal",
    label: { en: "Transition to the formal economy", es: "Transición a la economía formal" },
  },
  { id: "gender-equality", label: { en: "Gender equality", es: "Igualdad de género" } },
  {
    id: "workers-rights-awareness",
    label: { en: "Awareness of workers' rights", es: "Conocimiento de los derechos laborales" },
  },
  {
    id: "labor-law-compliance",
    label: { en: "Compliance with labor law", es: "Cumplimiento de la legislación laboral" },
  },
  { id: "labor-inspection", label: { en: "Labor inspection", es: "Inspección del trabajo" } },
  {
    id: "alternative-dispute-resolution",
    label: { en: "Alternative dispute resolution", es: "Resolución alternativa de conflictos" },
  },
  { id: "social-dialogue", label: { en: "Social dialogue", es: "Diálogo social" } },
  {
    id: "freedom-of-association",
    label: { en: "Freedom of association and collective bargaining", es: "Libertad sindical y negociación colectiva" },
  },
  {
    id: "labor-mobility",
    label: { en: "Labor mobility and migrant workers", es: "Movilidad laboral y trabajadores migrantes" },
  },
  { id: "child-labor", label: { en: "Child labor", es: "Trabajo infantil" } },
  { id: "social-protection", label: { en: "Social protection", es: "Protección social" } },
  {
    id: "occupational-safety-health",
    label: { en: "Occupational safety and health", es: "Seguridad y salud en el trabajo" },
  },
  {
    id: "intersectoral-coordination",
    label: { en: "Intersectoral coordination", es: "Coordinación intersectorial" },
  },
  {
    id: "hemispheric-cooperation",
    label: { en: "Hemispheric cooperation on labor", es: "Cooperación hemisférica laboral" },
  },
  { id: "rial-strengthening", label: { en: "Strengthening the RIAL", es: "Fortalecimiento de la RIAL" } },
  {
    id: "ministry-modernization",
    label: { en: "Strengthening and modernizing ministries", es: "Fortalecimiento y modernización de los ministerios" },
  },
]);
