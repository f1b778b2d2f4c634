import type { Instrument } from "../../entities/process/instrument.js";
import { deepFreeze } from "../deep-freeze.js";
import { processSources as S } from "./sources.js";

/**
 * The declarations and plans of action of the XX (Bridgetown) and XXI (Buenos Aires)
 * conferences, and the two the XXII is expected to adopt. All are `cited-only`: the dataset
 * holds only the provisions the documents cite (see `provisions`).
 *
 * @example
 * ```ts
 * import { instruments } from "iacml/data";
 * instruments.find((i) => i.id === "XXI/PoA")?.name.en; // "Plan of Action of Buenos Aires"
 * ```
 */
export const instruments: readonly Instrument[] = /* @__PURE__ */ deepFreeze<Instrument[]>([
  {
    id: "XX/Decl",
    conference: "xx",
    kind: "declaration",
    name: { en: "Declaration of Bridgetown", es: "Declaración de Bridgetown" },
    numbering: "articles",
    adoption: "adopted",
    completeness: "cited-only",
    source: { document: S.secretariatReport2021, section: "Introduction" },
  },
  {
    id: "XX/PoA",
    conference: "xx",
    kind: "plan-of-action",
    name: { en: "Plan of Action of Bridgetown", es: "Plan de Acción de Bridgetown" },
    numbering: "paragraphs-with-items",
    adoption: "adopted",
    completeness: "cited-only",
    source: { document: S.secretariatReport2021, section: "Introduction" },
  },
  {
    id: "XXI/Decl",
    conference: "xxi",
    kind: "declaration",
    name: { en: "Declaration of Buenos Aires", es: "Declaración de Buenos Aires" },
    numbering: "articles",
    adoption: "adopted",
    completeness: "cited-only",
    source: { document: S.performanceReport2023, section: "I. Introduction" },
  },
  {
    id: "XXI/PoA",
    conference: "xxi",
    kind: "plan-of-action",
    name: { en: "Plan of Action of Buenos Aires", es: "Plan de Acción de Buenos Aires" },
    numbering: "paragraphs-with-items",
    adoption: "adopted",
    completeness: "cited-only",
    source: { document: S.performanceReport2023, section: "I. Introduction" },
  },
  {
    id: "XXII/Decl",
    conference: "xxii",
    kind: "declaration",
    name: { en: "Declaration of the XXII IACML", es: "Declaración de la XXII CIMT" },
    numbering: "articles",
    adoption: "expected",
    completeness: "cited-only",
    source: { document: S.performanceReport2023, section: "III.b Political process activities, 3. XXII IACML" },
  },
  {
    id: "XXII/PoA",
    conference: "xxii",
    kind: "plan-of-action",
    name: { en: "Plan of Action of the XXII IACML", es: "Plan de Acción de la XXII CIMT" },
    numbering: "paragraphs-with-items",
    adoption: "expected",
    completeness: "cited-only",
    source: { document: S.performanceReport2023, section: "III.b Political process activities, 3. XXII IACML" },
  },
]);
