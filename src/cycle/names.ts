// Internal: the names a person reads for milestone kinds, conferences and bodies, in English
// and Spanish, so that messages never show an internal id.
import type { LocalizedText } from "../entities/common.js";
import type { CycleRules } from "./rules-schema.js";
import { CONFERENCE, PREVIOUS_CONFERENCE } from "./validate.js";

/** A name in both languages (Spanish falls back to English when the data has none). */
export interface Name {
  readonly en: string;
  readonly es: string;
}

const both = (t: LocalizedText): Name => ({ en: t.en, es: t.es ?? t.en });

const CLOSING: Name = { en: "the conference that closes the cycle", es: "la conferencia que cierra el ciclo" };
const OPENING: Name = { en: "the conference that opens the cycle", es: "la conferencia que abre el ciclo" };

/** The name of a milestone kind (or of either conference) under the rules; `own` wins (a schedule's title). */
export function kindName(kind: string, rules: CycleRules, own?: LocalizedText): Name {
  if (own) return both(own);
  if (kind === CONFERENCE) return CLOSING;
  if (kind === PREVIOUS_CONFERENCE) return OPENING;
  const def = rules.milestones.find((m) => m.kind === kind);
  return def ? both(def.title) : { en: kind.replace(/-/g, " "), es: kind.replace(/-/g, " ") };
}

/** Bodies that decide on the cycle, as the OAS writes them. */
const BODIES: Readonly<Record<string, Name>> = {
  cidi: { en: "CIDI", es: "el CIDI" },
  "oas-general-assembly": { en: "the OAS General Assembly", es: "la Asamblea General de la OEA" },
  "oas-permanent-council": { en: "the OAS Permanent Council", es: "el Consejo Permanente de la OEA" },
  iacml: { en: "the IACML", es: "la CIMT" },
  "iacml-authorities": { en: "the IACML authorities", es: "las autoridades de la CIMT" },
  troika: { en: "the Troika", es: "la Troika" },
};

/** The name of a deciding body id. */
export function bodyName(body: string): Name {
  return Object.prototype.hasOwnProperty.call(BODIES, body) ? BODIES[body]! : { en: body, es: body };
}
