import type { SourceRef } from "../common.js";
import type { Dataset } from "./schema.js";

// Names for people to read in findings: the records' titles and the documents' names, in
// English and Spanish, never an internal id or a file name.

/** The five source documents, by file name, as a reader names them (English, Spanish). */
const DOCUMENTS: Readonly<Record<string, readonly [string, string]>> = {
  "000_5fc6d6e009cf9f4b.txt": [
    "the Information Bulletin of the Virtual Meeting of the Working Groups (2020)",
    "el Boletín Informativo de la Reunión Virtual de los Grupos de Trabajo (2020)",
  ],
  "001_04952725e56fd583.txt": [
    "the performance report of the Work Plan 2022-2024 as of September 2023",
    "el informe de avance del Plan de Trabajo 2022-2024 a septiembre de 2023",
  ],
  "002_02cb97b6c04033b0.txt": [
    "the final report of Working Group 1 (CIDI/TRABAJO/RP/doc.4/21)",
    "el informe final del Grupo de Trabajo 1 (CIDI/TRABAJO/RP/doc.4/21)",
  ],
  "003_835abb1dd6776d62.txt": [
    "the report of the General Secretariat to the XXI IACML (CIDI/TRABAJO/doc.9/21)",
    "el informe de la Secretaría General a la XXI CIMT (CIDI/TRABAJO/doc.9/21)",
  ],
  "004_03275a9484f16615.txt": [
    "the final report of Working Group 2 (CIDI/TRABAJO/RP/doc.5/21)",
    "el informe final del Grupo de Trabajo 2 (CIDI/TRABAJO/RP/doc.5/21)",
  ],
};

/** Where a fact is written, for a reader: the document's name and the section. */
export function sourceName(source: SourceRef, lang: "en" | "es"): string {
  const names = DOCUMENTS[source.document];
  const doc = names === undefined ? source.document : names[lang === "en" ? 0 : 1];
  return `${doc}, ${lang === "en" ? "section" : "sección"} “${source.section}”`;
}

/** English and Spanish names of a source, as `{key}` and `{keyEs}` parameters. */
export function sourceParams(key: string, source: SourceRef): Record<string, string> {
  return { [key]: sourceName(source, "en"), [`${key}Es`]: sourceName(source, "es") };
}

/** A lookup from record ids to their names in English and Spanish. */
export function recordNames(dataset: Dataset): (id: string) => { en: string; es: string } {
  const names = new Map<string, { en: string; es: string }>();
  const both = (en: string, es?: string) => ({ en, es: es ?? en });
  for (const s of dataset.memberStates) names.set(s.id, both(s.name.en, s.name.es));
  for (const o of dataset.organizations) names.set(o.id, both(o.name.en, o.name.es));
  for (const c of dataset.conferences) names.set(c.id, both(`${c.edition.roman} IACML`, `${c.edition.roman} CIMT`));
  for (const i of dataset.instruments) names.set(i.id, both(i.name.en, i.name.es));
  for (const m of dataset.meetings) names.set(m.id, both(m.title.en, m.title.es));
  for (const c of dataset.cycleAuthorities)
    for (const g of c.workingGroups)
      names.set(
        `${c.id}/${g.id}`,
        both(`Working Group ${g.number} (${c.id})`, `Grupo de Trabajo ${g.number} (${c.id})`),
      );
  for (const r of [...dataset.actions, ...dataset.activities, ...dataset.externalEvents])
    names.set(r.id, both(r.title));
  for (const l of dataset.budgetLines) names.set(l.id, both(`“${l.title}”`));
  for (const l of dataset.priorityLines) names.set(l.id, both(l.title));
  for (const m of dataset.politicalMeetings) {
    const conf = m.conference === undefined ? undefined : names.get(m.conference);
    const kind: Record<string, readonly [string, string]> = {
      "working-group-meeting": ["Meeting of the Working Groups", "Reunión de los Grupos de Trabajo"],
      "planning-meeting": ["Planning Meeting", "Reunión de Planeación"],
      "authorities-meeting": ["Meeting of the Authorities", "Reunión de Autoridades"],
      "preparatory-meeting": ["Preparatory Meeting", "Reunión Preparatoria"],
      conference: ["Conference", "Conferencia"],
      "cosate-ceatal-meeting": ["meetings of COSATE and CEATAL", "reuniones del COSATE y la CEATAL"],
      other: ["meeting", "reunión"],
    };
    const [en, es] = kind[m.kind] ?? ["meeting", "reunión"];
    const year = (m.when.kind === "days" ? m.when.start : m.when.kind === "month" ? m.when.month : "").slice(0, 4);
    names.set(m.id, {
      en:
        m.kind === "conference" && conf
          ? conf.en
          : `${en}${conf ? ` of the ${conf.en}` : ""}${year ? ` (${year})` : ""}`,
      es:
        m.kind === "conference" && conf
          ? conf.es
          : `${es}${conf ? ` de la ${conf.es}` : ""}${year ? ` (${year})` : ""}`,
    });
  }
  return (id) => names.get(id) ?? { en: id, es: id };
}
