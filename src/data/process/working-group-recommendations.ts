import type { WorkingGroupRecommendation } from "../../entities/process/recommendation.js";
import { deepFreeze } from "../deep-freeze.js";
import { processSources as S } from "./sources.js";

/**
 * The ten recommendations of each working group's final report of July 2021 to the XXI
 * conference, with short titles of the library's own and a topic id. Which Buenos Aires Plan
 * of Action paragraphs each fed is left to the mandates data (`fed` is not set).
 *
 * @example
 * ```ts
 * import { workingGroupRecommendations } from "iacml/data";
 * workingGroupRecommendations.filter((r) => r.workingGroup === "wg2").length; // 10
 * ```
 */
export const workingGroupRecommendations: readonly WorkingGroupRecommendation[] = /* @__PURE__ */ deepFreeze<
  WorkingGroupRecommendation[]
>([
  {
    id: "wg1-2021/r1",
    workingGroup: "wg1",
    year: 2021,
    number: 1,
    title: {
      en: "Build evidence on platform work, telework and work from home",
      es: "Generar evidencia sobre plataformas, teletrabajo y trabajo en casa",
    },
    topic: "platform-work-and-telework",
    source: { document: S.wg1Report2021, section: "IV. Recommendations, 1" },
  },
  {
    id: "wg1-2021/r2",
    workingGroup: "wg1",
    year: 2021,
    number: 2,
    title: {
      en: "Open intersectoral and social dialogue on new forms of work",
      es: "Abrir diálogo intersectorial y social sobre nuevas formas de trabajo",
    },
    topic: "platform-work-and-telework",
    source: { document: S.wg1Report2021, section: "IV. Recommendations, 2" },
  },
  {
    id: "wg1-2021/r3",
    workingGroup: "wg1",
    year: 2021,
    number: 3,
    title: {
      en: "Retrain workers to move into new sectors",
      es: "Recapacitar a los trabajadores para pasar a nuevos sectores",
    },
    topic: "training-and-employment-services",
    source: { document: S.wg1Report2021, section: "IV. Recommendations, 3" },
  },
  {
    id: "wg1-2021/r4",
    workingGroup: "wg1",
    year: 2021,
    number: 4,
    title: {
      en: "Share experience on skills for the future",
      es: "Intercambiar experiencias sobre habilidades para el futuro",
    },
    topic: "skills-for-the-future",
    source: { document: S.wg1Report2021, section: "IV. Recommendations, 4" },
  },
  {
    id: "wg1-2021/r5",
    workingGroup: "wg1",
    year: 2021,
    number: 5,
    title: {
      en: "Deepen labor-education cooperation with the CIE",
      es: "Profundizar la cooperación trabajo-educación con la CIE",
    },
    topic: "education-employment-coordination",
    source: { document: S.wg1Report2021, section: "IV. Recommendations, 5" },
  },
  {
    id: "wg1-2021/r6",
    workingGroup: "wg1",
    year: 2021,
    number: 6,
    title: {
      en: "Strengthen labor market information systems",
      es: "Fortalecer los sistemas de información del mercado laboral",
    },
    topic: "labor-market-information",
    source: { document: S.wg1Report2021, section: "IV. Recommendations, 6" },
  },
  {
    id: "wg1-2021/r7",
    workingGroup: "wg1",
    year: 2021,
    number: 7,
    title: {
      en: "Keep building a regional qualifications framework",
      es: "Seguir construyendo un marco regional de cualificaciones",
    },
    topic: "qualifications-frameworks",
    source: { document: S.wg1Report2021, section: "IV. Recommendations, 7" },
  },
  {
    id: "wg1-2021/r8",
    workingGroup: "wg1",
    year: 2021,
    number: 8,
    title: {
      en: "Deepen gender institutionalization in ministries",
      es: "Profundizar la institucionalización de género en los ministerios",
    },
    topic: "gender-equality",
    source: { document: S.wg1Report2021, section: "IV. Recommendations, 8" },
  },
  {
    id: "wg1-2021/r9",
    workingGroup: "wg1",
    year: 2021,
    number: 9,
    title: {
      en: "Remove barriers to women's labor participation",
      es: "Eliminar barreras a la participación laboral de las mujeres",
    },
    topic: "gender-equality",
    source: { document: S.wg1Report2021, section: "IV. Recommendations, 9" },
  },
  {
    id: "wg1-2021/r10",
    workingGroup: "wg1",
    year: 2021,
    number: 10,
    title: {
      en: "Secure equal labor market access for vulnerable groups",
      es: "Asegurar acceso igualitario al mercado laboral para grupos vulnerables",
    },
    topic: "equality-and-inclusion",
    source: { document: S.wg1Report2021, section: "IV. Recommendations, 10" },
  },
  {
    id: "wg2-2021/r1",
    workingGroup: "wg2",
    year: 2021,
    number: 1,
    title: {
      en: "Institutionalize cross-cutting social dialogue",
      es: "Institucionalizar un diálogo social transversal",
    },
    topic: "social-dialogue",
    source: { document: S.wg2Report2021, section: "IV. Recommendations, 1" },
  },
  {
    id: "wg2-2021/r2",
    workingGroup: "wg2",
    year: 2021,
    number: 2,
    title: {
      en: "Revitalize prevention-oriented safety and health at work",
      es: "Revitalizar la seguridad y salud en el trabajo con enfoque preventivo",
    },
    topic: "occupational-safety-health",
    source: { document: S.wg2Report2021, section: "IV. Recommendations, 2" },
  },
  {
    id: "wg2-2021/r3",
    workingGroup: "wg2",
    year: 2021,
    number: 3,
    title: { en: "Make intersectoral coordination permanent", es: "Hacer permanente la coordinación intersectorial" },
    topic: "intersectoral-coordination",
    source: { document: S.wg2Report2021, section: "IV. Recommendations, 3" },
  },
  {
    id: "wg2-2021/r4",
    workingGroup: "wg2",
    year: 2021,
    number: 4,
    title: {
      en: "Strengthen labor inspection in cities and rural areas",
      es: "Fortalecer la inspección laboral urbana y rural",
    },
    topic: "labor-inspection",
    source: { document: S.wg2Report2021, section: "IV. Recommendations, 4" },
  },
  {
    id: "wg2-2021/r5",
    workingGroup: "wg2",
    year: 2021,
    number: 5,
    title: { en: "Promote mediation and conciliation", es: "Promover la mediación y la conciliación" },
    topic: "alternative-dispute-resolution",
    source: { document: S.wg2Report2021, section: "IV. Recommendations, 5" },
  },
  {
    id: "wg2-2021/r6",
    workingGroup: "wg2",
    year: 2021,
    number: 6,
    title: { en: "Move towards universal social protection", es: "Avanzar hacia la protección social universal" },
    topic: "social-protection",
    source: { document: S.wg2Report2021, section: "IV. Recommendations, 6" },
  },
  {
    id: "wg2-2021/r7",
    workingGroup: "wg2",
    year: 2021,
    number: 7,
    title: {
      en: "Fight child labor across sectors and levels of government",
      es: "Combatir el trabajo infantil entre sectores y niveles de gobierno",
    },
    topic: "child-labor",
    source: { document: S.wg2Report2021, section: "IV. Recommendations, 7" },
  },
  {
    id: "wg2-2021/r8",
    workingGroup: "wg2",
    year: 2021,
    number: 8,
    title: {
      en: "Protect the labor rights of migrant workers",
      es: "Proteger los derechos laborales de los trabajadores migrantes",
    },
    topic: "labor-mobility",
    source: { document: S.wg2Report2021, section: "IV. Recommendations, 8" },
  },
  {
    id: "wg2-2021/r9",
    workingGroup: "wg2",
    year: 2021,
    number: 9,
    title: { en: "Digitize ministries' services", es: "Digitalizar los servicios de los ministerios" },
    topic: "ministry-modernization",
    source: { document: S.wg2Report2021, section: "IV. Recommendations, 9" },
  },
  {
    id: "wg2-2021/r10",
    workingGroup: "wg2",
    year: 2021,
    number: 10,
    title: {
      en: "Strengthen the RIAL and its contribution fund",
      es: "Fortalecer la RIAL y su fondo de contribuciones",
    },
    topic: "rial-strengthening",
    source: { document: S.wg2Report2021, section: "IV. Recommendations, 10" },
  },
]);
