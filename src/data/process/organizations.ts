import type { Organization } from "../../entities/process/organization.js";
import { deepFreeze } from "../deep-freeze.js";
import { processSources as S } from "./sources.js";

/**
 * The organizations the documents name as partners, advisory bodies, OAS bodies and OAS units
 * of the process, with acronyms in English and Spanish (the Spanish forms are no document's:
 * `outsideKnowledge` names the organization's Spanish site for each), other acronyms the documents use
 * (`aliases`), names and parent units.
 *
 * @example
 * ```ts
 * import { organizations } from "iacml/data";
 * organizations.find((o) => o.id === "oas-dhdee")?.parent; // "oas-sedi"
 * ```
 */
export const organizations: readonly Organization[] = /* @__PURE__ */ deepFreeze<Organization[]>([
  {
    id: "ilo",
    kind: "international-partner",
    acronym: { en: "ILO", es: "OIT" },
    name: { en: "International Labour Organization", es: "Organización Internacional del Trabajo" },
    outsideKnowledge: [
      {
        fields: ["name.es", "acronym.es"],
        reference: "https://www.ilo.org/es",
        note: "The documents give no Spanish name",
      },
    ],
    source: { document: S.bulletin2020, section: "3. Draft agenda" },
  },
  {
    id: "ilo-cinterfor",
    kind: "international-partner",
    acronym: { en: "ILO/Cinterfor", es: "OIT/Cinterfor" },
    aliases: ["CINTERFOR", "ILO-CINTERFOR", "CINTERFOR/ILO"],
    name: {
      en: "Inter-American Centre for Knowledge Development in Vocational Training",
      es: "Centro Interamericano para el Desarrollo del Conocimiento en la Formación Profesional",
    },
    parent: "ilo",
    asWritten: [
      {
        field: "description",
        text: "ILO, through its specialized training center, CINTERFOR",
        source: {
          document: S.secretariatReport2021,
          section: "3. Improving coordination between education and employment",
        },
      },
      {
        field: "description",
        text: "ILO, through its specialized center for vocational training, CINTERFOR",
        source: {
          document: S.secretariatReport2021,
          section: "3. Improving coordination between education and employment",
        },
      },
    ],
    outsideKnowledge: [
      {
        fields: ["name.en", "name.es", "acronym"],
        reference: "https://www.oitcinterfor.org/",
        note: "The documents write only CINTERFOR, ILO-CINTERFOR, CINTERFOR/ILO or ILO/CINTERFOR; the expansion is ILO/Cinterfor's own",
      },
    ],
    source: {
      document: S.secretariatReport2021,
      section: "3. Improving coordination between education and employment",
    },
  },
  {
    id: "paho",
    kind: "international-partner",
    acronym: { en: "PAHO", es: "OPS" },
    name: { en: "Pan American Health Organization", es: "Organización Panamericana de la Salud" },
    outsideKnowledge: [
      {
        fields: ["name.es", "acronym.es"],
        reference: "https://www.paho.org/es",
        note: "The documents give no Spanish name",
      },
    ],
    source: { document: S.bulletin2020, section: "3. Draft agenda" },
  },
  {
    id: "cim",
    kind: "oas-body",
    acronym: { en: "CIM", es: "CIM" },
    name: { en: "Inter-American Commission of Women", es: "Comisión Interamericana de Mujeres" },
    outsideKnowledge: [
      {
        fields: ["name.es", "acronym.es"],
        reference: "https://www.oas.org/es/cim/",
        note: "The documents give no Spanish name",
      },
    ],
    source: { document: S.bulletin2020, section: "3. Draft agenda" },
  },
  {
    id: "idb",
    kind: "international-partner",
    acronym: { en: "IDB", es: "BID" },
    aliases: ["IADB"],
    name: { en: "Inter-American Development Bank", es: "Banco Interamericano de Desarrollo" },
    outsideKnowledge: [
      {
        fields: ["name.es", "acronym.es"],
        reference: "https://www.iadb.org/es",
        note: "The documents give no Spanish name",
      },
    ],
    source: { document: S.bulletin2020, section: "3. Draft agenda" },
  },
  {
    id: "iom",
    kind: "international-partner",
    acronym: { en: "IOM", es: "OIM" },
    name: { en: "International Organization for Migration", es: "Organización Internacional para las Migraciones" },
    outsideKnowledge: [
      {
        fields: ["name.es", "acronym.es"],
        reference: "https://www.iom.int/es",
        note: "The documents give no Spanish name",
      },
    ],
    source: { document: S.wg1Report2021, section: "I. Introduction" },
  },
  {
    id: "oiss",
    kind: "international-partner",
    acronym: { en: "OISS", es: "OISS" },
    aliases: ["ISSO"],
    name: { en: "Ibero-American Social Security Organization", es: "Organización Iberoamericana de Seguridad Social" },
    outsideKnowledge: [
      { fields: ["name.es", "acronym.es"], reference: "https://oiss.org/", note: "The documents give no Spanish name" },
    ],
    source: { document: S.bulletin2020, section: "3. Draft agenda" },
  },
  {
    id: "world-bank",
    kind: "international-partner",
    acronym: { en: "WB", es: "BM" },
    name: { en: "World Bank", es: "Banco Mundial" },
    outsideKnowledge: [
      {
        fields: ["name.es", "acronym.es"],
        reference: "https://www.bancomundial.org/es/home",
        note: "The documents give no Spanish name",
      },
    ],
    source: { document: S.secretariatReport2021, section: "Introduction" },
  },
  {
    id: "eclac",
    kind: "international-partner",
    acronym: { en: "ECLAC", es: "CEPAL" },
    name: {
      en: "Economic Commission for Latin America and the Caribbean",
      es: "Comisión Económica para América Latina y el Caribe",
    },
    outsideKnowledge: [
      {
        fields: ["name.es", "acronym.es"],
        reference: "https://www.cepal.org/es",
        note: "The documents give no Spanish name",
      },
    ],
    source: { document: S.secretariatReport2021, section: "Introduction" },
  },
  {
    id: "caf",
    kind: "international-partner",
    acronym: { en: "CAF", es: "CAF" },
    name: { en: "Latin American Development Bank", es: "CAF – Banco de Desarrollo de América Latina" },
    asWritten: [
      {
        field: "name",
        text: "Latin American Development Bank (CAF)",
        source: { document: S.wg1Report2021, section: "I. Introduction" },
      },
    ],
    outsideKnowledge: [
      { fields: ["name.es"], reference: "https://www.caf.com/es/", note: "The documents give no Spanish name" },
    ],
    source: { document: S.wg1Report2021, section: "I. Introduction" },
  },
  {
    id: "unesco",
    kind: "international-partner",
    acronym: { en: "UNESCO", es: "UNESCO" },
    name: {
      en: "United Nations Educational, Scientific and Cultural Organization",
      es: "Organización de las Naciones Unidas para la Educación, la Ciencia y la Cultura",
    },
    outsideKnowledge: [
      {
        fields: ["name.es", "acronym.es"],
        reference: "https://www.unesco.org/es",
        note: "The documents give no Spanish name",
      },
    ],
    source: { document: S.wg1Report2021, section: "III. Areas of consensus, 19" },
  },
  {
    id: "summits-secretariat",
    kind: "oas-unit",
    name: { en: "Summits of the Americas Secretariat", es: "Secretaría de Cumbres de las Américas" },
    parent: "oas-gs",
    outsideKnowledge: [
      {
        fields: ["name.es", "acronym.es"],
        reference: "https://www.summit-americas.org/",
        note: "The documents give no Spanish name",
      },
    ],
    source: { document: S.performanceReport2023, section: "I. Introduction" },
  },
  {
    id: "iace",
    kind: "oas-body",
    acronym: { en: "CIE", es: "CIE" },
    name: { en: "Inter-American Committee on Education", es: "Comisión Interamericana de Educación" },
    asWritten: [
      {
        field: "name",
        text: "Inter-American Commission on Education (CIE)",
        source: { document: S.performanceReport2023, section: "III.a Priority line 2" },
      },
      {
        field: "name",
        text: "Inter-American Committee on Education (CIE)",
        source: {
          document: S.performanceReport2023,
          section: "III.d Contributions from partner organizations and intersectoral work",
        },
      },
      {
        field: "name",
        text: "Inter-American Committee on Education (CIE)",
        source: { document: S.wg1Report2021, section: "I. Introduction" },
      },
      {
        field: "name",
        text: "Inter-American Committee on Education (CIE)",
        source: {
          document: S.secretariatReport2021,
          section: "3. Improving coordination between education and employment",
        },
      },
    ],
    outsideKnowledge: [
      {
        fields: ["name.es"],
        reference: "https://www.oas.org/es/sedi/dhdee/cie/",
        note: "The documents give no Spanish name",
      },
    ],
    source: { document: S.performanceReport2023, section: "III.d Intersectoral work Labor-Education" },
  },
  {
    id: "cidi",
    kind: "oas-body",
    acronym: { en: "CIDI", es: "CIDI" },
    name: {
      en: "Inter-American Council for Integral Development",
      es: "Consejo Interamericano para el Desarrollo Integral",
    },
    outsideKnowledge: [
      {
        fields: ["name.es", "acronym.es"],
        reference: "https://www.oas.org/es/sedi/cidi/",
        note: "The documents give no Spanish name",
      },
    ],
    source: { document: S.bulletin2020, section: "1. Background and Justification" },
  },
  {
    id: "cosate",
    kind: "advisory-body",
    acronym: { en: "COSATE", es: "COSATE" },
    name: { en: "Trade Union Technical Advisory Council", es: "Consejo Sindical de Asesoramiento Técnico" },
    outsideKnowledge: [
      {
        fields: ["name.es", "acronym.es"],
        reference: "https://www.oas.org/es/sedi/dhdee/",
        note: "The documents give no Spanish name",
      },
    ],
    source: { document: S.performanceReport2023, section: "I. Introduction" },
  },
  {
    id: "ceatal",
    kind: "advisory-body",
    acronym: { en: "CEATAL", es: "CEATAL" },
    name: {
      en: "Business Technical Advisory Committee on Labor Matters",
      es: "Comisión Empresarial de Asesoramiento Técnico en Asuntos Laborales",
    },
    outsideKnowledge: [
      {
        fields: ["name.es", "acronym.es"],
        reference: "https://www.oas.org/es/sedi/dhdee/",
        note: "The documents give no Spanish name",
      },
    ],
    source: { document: S.performanceReport2023, section: "I. Introduction" },
  },
  {
    id: "oas-gs",
    kind: "oas-unit",
    acronym: { en: "GS/OAS", es: "SG/OEA" },
    name: { en: "General Secretariat of the OAS", es: "Secretaría General de la OEA" },
    outsideKnowledge: [
      {
        fields: ["name.es", "acronym.es"],
        reference: "https://www.oas.org/es/",
        note: "The documents give no Spanish name",
      },
    ],
    source: { document: S.secretariatReport2021, section: "Title" },
  },
  {
    id: "oas-sedi",
    kind: "oas-unit",
    acronym: { en: "SEDI", es: "SEDI" },
    name: {
      en: "Executive Secretariat for Integral Development",
      es: "Secretaría Ejecutiva para el Desarrollo Integral",
    },
    parent: "oas-gs",
    outsideKnowledge: [
      {
        fields: ["name.es", "acronym.es"],
        reference: "https://www.oas.org/es/sedi/",
        note: "The documents give no Spanish name",
      },
    ],
    source: { document: S.secretariatReport2021, section: "Introduction" },
  },
  {
    id: "oas-dhdee",
    kind: "oas-unit",
    acronym: { en: "DHDEE", es: "DDHEE" },
    name: {
      en: "Department of Human Development, Education and Employment",
      es: "Departamento de Desarrollo Humano, Educación y Empleo",
    },
    parent: "oas-sedi",
    outsideKnowledge: [
      {
        fields: ["name.es", "acronym.es"],
        reference: "https://www.oas.org/es/sedi/dhdee/",
        note: "The documents give no Spanish name",
      },
    ],
    source: { document: S.secretariatReport2021, section: "Introduction" },
  },
]);
