import type { PlainDate, PlainMonth } from "../../core/plain-date.js";
import type { Conference } from "../../entities/process/conference.js";
import { deepFreeze } from "../deep-freeze.js";
import { processSources as S } from "./sources.js";

/**
 * The conferences the documents concern, oldest first: XIX (Mexico, previous chair in the
 * 2018-2021 troika), XX Bridgetown 2017, XXI Buenos Aires (postponed from December 2020, held
 * virtually on 22-24 September 2021) and XXII Colombia, planned for November 2024.
 *
 * @example
 * ```ts
 * import { conferences } from "iacml/data";
 * conferences.find((c) => c.id === "xxi")?.originalPlan?.dates; // { kind: "month", month: "2020-12" }
 * ```
 */
export const conferences: readonly Conference[] = /* @__PURE__ */ deepFreeze<Conference[]>([
  {
    id: "xix",
    edition: { roman: "XIX", number: 19 },
    hostCountry: "MX",
    city: "Cancún",
    dates: { kind: "month", month: "2015-12" as PlainMonth },
    format: "in-person",
    instruments: [],
    source: {
      document: S.generalKnowledge,
      section: "XIX IACML, Cancún, December 2015; Mexico in the troika: 003 Introduction",
    },
  },
  {
    id: "xx",
    edition: { roman: "XX", number: 20 },
    hostCountry: "BB",
    city: "Bridgetown",
    dates: { kind: "month", month: "2017-12" as PlainMonth },
    format: "in-person",
    instruments: ["XX/Decl", "XX/PoA"],
    discrepancies: [
      {
        note: "Dates the adoption of the Plan of Action of Bridgetown to December 2018",
        source: { document: S.wg1Report2021, section: "I. Introduction" },
      },
    ],
    source: { document: S.secretariatReport2021, section: "Introduction" },
  },
  {
    id: "xxi",
    edition: { roman: "XXI", number: 21 },
    hostCountry: "AR",
    city: "Buenos Aires",
    dates: { kind: "days", start: "2021-09-22" as PlainDate, end: "2021-09-24" as PlainDate },
    format: "virtual",
    theme: {
      en: "Building a more resilient world of work with sustainable development, decent work, productive employment, and social inclusion",
    },
    instruments: ["XXI/Decl", "XXI/PoA"],
    originalPlan: { dates: { kind: "month", month: "2020-12" as PlainMonth }, format: "in-person" },
    postponement: {
      decidedBy: {
        body: "iacml-authorities",
        date: { kind: "days", start: "2020-05-22" as PlainDate, end: "2020-05-22" as PlainDate },
      },
      endorsedBy: {
        body: "cidi",
        instrument: "CIDI/RES. 343 (CIII-O/20)",
        date: { kind: "month", month: "2020-07" as PlainMonth },
      },
      source: { document: S.bulletin2020, section: "1. Background and Justification" },
    },
    discrepancies: [
      {
        note: "The title page places the virtual conference in Washington, D.C.",
        source: { document: S.secretariatReport2021, section: "Title page" },
      },
    ],
    source: { document: S.secretariatReport2021, section: "Title page" },
  },
  {
    id: "xxii",
    edition: { roman: "XXII", number: 22 },
    hostCountry: "CO",
    dates: { kind: "month", month: "2024-11" as PlainMonth },
    format: "in-person",
    instruments: ["XXII/Decl", "XXII/PoA"],
    source: { document: S.performanceReport2023, section: "III.b Political process activities, 3. XXII IACML" },
  },
]);
