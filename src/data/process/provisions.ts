import type { Provision } from "../../entities/process/instrument.js";
import { deepFreeze } from "../deep-freeze.js";
import { processSources as S } from "./sources.js";

/**
 * Every provision of the Bridgetown (XX) and Buenos Aires (XXI) instruments that a source
 * document cites, by instrument, number and item; `source` is the first citation and
 * `alsoCitedIn` the others. The instruments are `cited-only`: no titles or texts.
 *
 * @example
 * ```ts
 * import { provisions } from "iacml/data";
 * provisions.filter((p) => p.instrument === "XXI/Decl").map((p) => p.number);
 * // [7, 8, 11, 12, 15, 16, 18, 19, 20, 21, 22, 23, 24, 25]
 * ```
 */
export const provisions: readonly Provision[] = /* @__PURE__ */ deepFreeze<Provision[]>([
  {
    id: "XX/Decl/4",
    instrument: "XX/Decl",
    number: 4,
    source: {
      document: S.secretariatReport2021,
      section: "3. Improving coordination between education and employment",
    },
  },
  {
    id: "XX/Decl/7",
    instrument: "XX/Decl",
    number: 7,
    source: {
      document: S.secretariatReport2021,
      section: "3. Improving coordination between education and employment",
    },
  },
  {
    id: "XX/Decl/8",
    instrument: "XX/Decl",
    number: 8,
    source: {
      document: S.secretariatReport2021,
      section: "3. Improving coordination between education and employment",
    },
  },
  {
    id: "XX/Decl/9",
    instrument: "XX/Decl",
    number: 9,
    source: { document: S.secretariatReport2021, section: "1. Contributing to the response to COVID-19" },
  },
  {
    id: "XX/Decl/21",
    instrument: "XX/Decl",
    number: 21,
    source: { document: S.secretariatReport2021, section: "4. Strengthening social dialogue at the hemispheric level" },
  },
  {
    id: "XX/Decl/22",
    instrument: "XX/Decl",
    number: 22,
    source: { document: S.secretariatReport2021, section: "1. Contributing to the response to COVID-19" },
  },
  {
    id: "XX/Decl/23",
    instrument: "XX/Decl",
    number: 23,
    source: { document: S.secretariatReport2021, section: "2. Moving towards recovery with gender equality" },
  },
  {
    id: "XX/Decl/24",
    instrument: "XX/Decl",
    number: 24,
    source: { document: S.secretariatReport2021, section: "2. Moving towards recovery with gender equality" },
  },
  {
    id: "XX/Decl/25",
    instrument: "XX/Decl",
    number: 25,
    source: { document: S.secretariatReport2021, section: "5. Contributing to improving compliance with labor laws" },
  },
  {
    id: "XX/Decl/27",
    instrument: "XX/Decl",
    number: 27,
    source: { document: S.secretariatReport2021, section: "5. Contributing to improving compliance with labor laws" },
  },
  {
    id: "XX/Decl/29",
    instrument: "XX/Decl",
    number: 29,
    source: { document: S.secretariatReport2021, section: "1. Contributing to the response to COVID-19" },
  },
  {
    id: "XX/Decl/30",
    instrument: "XX/Decl",
    number: 30,
    source: { document: S.secretariatReport2021, section: "1. Contributing to the response to COVID-19" },
  },
  {
    id: "XX/PoA/7d",
    instrument: "XX/PoA",
    number: 7,
    item: "d",
    source: {
      document: S.secretariatReport2021,
      section: "3. Improving coordination between education and employment",
    },
  },
  {
    id: "XX/PoA/7f",
    instrument: "XX/PoA",
    number: 7,
    item: "f",
    source: { document: S.secretariatReport2021, section: "5. Contributing to improving compliance with labor laws" },
  },
  {
    id: "XX/PoA/7h",
    instrument: "XX/PoA",
    number: 7,
    item: "h",
    source: { document: S.secretariatReport2021, section: "2. Moving towards recovery with gender equality" },
    alsoCitedIn: [
      { document: S.secretariatReport2021, section: "5. Contributing to improving compliance with labor laws" },
    ],
  },
  {
    id: "XX/PoA/9a",
    instrument: "XX/PoA",
    number: 9,
    item: "a",
    source: { document: S.secretariatReport2021, section: "5. Contributing to improving compliance with labor laws" },
  },
  {
    id: "XX/PoA/9b",
    instrument: "XX/PoA",
    number: 9,
    item: "b",
    source: { document: S.secretariatReport2021, section: "5. Contributing to improving compliance with labor laws" },
  },
  {
    id: "XX/PoA/9d",
    instrument: "XX/PoA",
    number: 9,
    item: "d",
    source: { document: S.secretariatReport2021, section: "5. Contributing to improving compliance with labor laws" },
  },
  {
    id: "XX/PoA/9f",
    instrument: "XX/PoA",
    number: 9,
    item: "f",
    source: { document: S.secretariatReport2021, section: "5. Contributing to improving compliance with labor laws" },
  },
  {
    id: "XX/PoA/9h",
    instrument: "XX/PoA",
    number: 9,
    item: "h",
    source: { document: S.secretariatReport2021, section: "5. Contributing to improving compliance with labor laws" },
  },
  {
    id: "XXI/Decl/7",
    instrument: "XXI/Decl",
    number: 7,
    source: { document: S.performanceReport2023, section: "III.a priority line 7, mandates" },
    alsoCitedIn: [{ document: S.performanceReport2023, section: "III.a priority line 8, mandates" }],
  },
  {
    id: "XXI/Decl/8",
    instrument: "XXI/Decl",
    number: 8,
    source: { document: S.performanceReport2023, section: "III.a priority line 8, mandates" },
  },
  {
    id: "XXI/Decl/11",
    instrument: "XXI/Decl",
    number: 11,
    source: { document: S.performanceReport2023, section: "III.a priority line 6, mandates" },
  },
  {
    id: "XXI/Decl/12",
    instrument: "XXI/Decl",
    number: 12,
    source: { document: S.performanceReport2023, section: "III.a priority line 3, mandates" },
  },
  {
    id: "XXI/Decl/15",
    instrument: "XXI/Decl",
    number: 15,
    source: { document: S.performanceReport2023, section: "III.a priority line 1, mandates" },
  },
  {
    id: "XXI/Decl/16",
    instrument: "XXI/Decl",
    number: 16,
    source: { document: S.performanceReport2023, section: "III.a priority line 2, mandates" },
  },
  {
    id: "XXI/Decl/18",
    instrument: "XXI/Decl",
    number: 18,
    source: { document: S.performanceReport2023, section: "III.a priority line 2, mandates" },
  },
  {
    id: "XXI/Decl/19",
    instrument: "XXI/Decl",
    number: 19,
    source: { document: S.performanceReport2023, section: "III.a priority line 2, mandates" },
  },
  {
    id: "XXI/Decl/20",
    instrument: "XXI/Decl",
    number: 20,
    source: { document: S.performanceReport2023, section: "III.a priority line 2, mandates" },
  },
  {
    id: "XXI/Decl/21",
    instrument: "XXI/Decl",
    number: 21,
    source: { document: S.performanceReport2023, section: "III.a priority line 6, mandates" },
  },
  {
    id: "XXI/Decl/22",
    instrument: "XXI/Decl",
    number: 22,
    source: { document: S.performanceReport2023, section: "III.a priority line 6, mandates" },
  },
  {
    id: "XXI/Decl/23",
    instrument: "XXI/Decl",
    number: 23,
    source: { document: S.performanceReport2023, section: "III.a priority line 1, mandates" },
    alsoCitedIn: [{ document: S.performanceReport2023, section: "III.a priority line 5, mandates" }],
  },
  {
    id: "XXI/Decl/24",
    instrument: "XXI/Decl",
    number: 24,
    source: { document: S.performanceReport2023, section: "III.a priority line 4, mandates" },
    alsoCitedIn: [{ document: S.performanceReport2023, section: "III.a priority line 5, mandates" }],
  },
  {
    id: "XXI/Decl/25",
    instrument: "XXI/Decl",
    number: 25,
    source: { document: S.performanceReport2023, section: "III.a priority line 1, mandates" },
    alsoCitedIn: [{ document: S.performanceReport2023, section: "III.a priority line 6, mandates" }],
  },
  {
    id: "XXI/PoA/5",
    instrument: "XXI/PoA",
    number: 5,
    source: { document: S.performanceReport2023, section: "III.b 1. Meeting of the Working Groups" },
  },
  {
    id: "XXI/PoA/7a",
    instrument: "XXI/PoA",
    number: 7,
    item: "a",
    source: { document: S.performanceReport2023, section: "III.a priority line 2, mandates" },
    alsoCitedIn: [{ document: S.performanceReport2023, section: "III.a priority line 8, mandates" }],
  },
  {
    id: "XXI/PoA/7b",
    instrument: "XXI/PoA",
    number: 7,
    item: "b",
    source: { document: S.performanceReport2023, section: "III.a priority line 1, mandates" },
    alsoCitedIn: [{ document: S.performanceReport2023, section: "III.a priority line 6, mandates" }],
  },
  {
    id: "XXI/PoA/7c",
    instrument: "XXI/PoA",
    number: 7,
    item: "c",
    source: { document: S.performanceReport2023, section: "III.a priority line 1, mandates" },
    alsoCitedIn: [{ document: S.performanceReport2023, section: "III.a priority line 2, mandates" }],
  },
  {
    id: "XXI/PoA/7d",
    instrument: "XXI/PoA",
    number: 7,
    item: "d",
    source: { document: S.performanceReport2023, section: "III.a priority line 2, mandates" },
  },
  {
    id: "XXI/PoA/7i",
    instrument: "XXI/PoA",
    number: 7,
    item: "i",
    source: { document: S.performanceReport2023, section: "III.a priority line 3, mandates" },
  },
  {
    id: "XXI/PoA/7j",
    instrument: "XXI/PoA",
    number: 7,
    item: "j",
    source: { document: S.performanceReport2023, section: "III.a priority line 3, mandates" },
  },
  {
    id: "XXI/PoA/9a",
    instrument: "XXI/PoA",
    number: 9,
    item: "a",
    source: { document: S.performanceReport2023, section: "III.a priority line 6, mandates" },
  },
  {
    id: "XXI/PoA/9b",
    instrument: "XXI/PoA",
    number: 9,
    item: "b",
    source: { document: S.performanceReport2023, section: "III.a priority line 6, mandates" },
    alsoCitedIn: [{ document: S.performanceReport2023, section: "III.a priority line 7, mandates" }],
  },
  {
    id: "XXI/PoA/9c",
    instrument: "XXI/PoA",
    number: 9,
    item: "c",
    source: { document: S.performanceReport2023, section: "III.a priority line 4, mandates" },
    alsoCitedIn: [{ document: S.performanceReport2023, section: "III.a priority line 7, mandates" }],
  },
  {
    id: "XXI/PoA/9d",
    instrument: "XXI/PoA",
    number: 9,
    item: "d",
    source: { document: S.performanceReport2023, section: "III.a priority line 4, mandates" },
  },
  {
    id: "XXI/PoA/9e",
    instrument: "XXI/PoA",
    number: 9,
    item: "e",
    source: { document: S.performanceReport2023, section: "III.a priority line 4, mandates" },
  },
  {
    id: "XXI/PoA/9i",
    instrument: "XXI/PoA",
    number: 9,
    item: "i",
    source: { document: S.performanceReport2023, section: "III.a priority line 5, mandates" },
  },
]);
