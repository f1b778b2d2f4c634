import type { PlainDate, PlainMonth } from "../../core/plain-date.js";
import type { Conference } from "../../entities/process/conference.js";
import { deepFreeze } from "../deep-freeze.js";
import { processSources as S } from "./sources.js";
import { earlierConferences, editionSources } from "./conference-editions.js";

/**
 * The conferences the documents concern, oldest first: XIX (Cancún, Mexico, previous chair in
 * the 2018-2021 troika; held on 3-4 December 2015, the days from its final report, since the
 * seed documents say December 2015 only), XX Bridgetown 2017, XXI Buenos Aires (postponed from December 2020, held
 * virtually on 22-24 September 2021) and XXII Colombia, planned for November 2024.
 *
 * @example
 * ```ts
 * import { conferences } from "iacml/data";
 * conferences.find((c) => c.id === "xxi")?.originalPlan?.dates; // { kind: "month", month: "2020-12" }
 * ```
 */
export const conferences: readonly Conference[] = /* @__PURE__ */ deepFreeze<Conference[]>([
  ...earlierConferences,
  {
    id: "xix",
    edition: { roman: "XIX", number: 19 },
    hostCountry: "MX",
    city: "Cancún",
    dates: { kind: "days", start: "2015-12-03" as PlainDate, end: "2015-12-04" as PlainDate },
    format: "in-person",
    instruments: [],
    // The seed documents give December 2015 only; the days come from the conference's final report.
    outsideKnowledge: [
      {
        fields: ["dates"],
        reference: editionSources.xixReport.url,
        note: `${editionSources.xixReport.title}, cover: 'December 3-4, 2015, Cancun, Mexico'`,
      },
      {
        fields: ["dates"],
        reference: editionSources.xixReportCopy.url,
        note: `${editionSources.xixReportCopy.title}, cover: 'December 3-4, 2015 … Cancun, Mexico'`,
      },
    ],
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
        instrument: "Resolution No. 343 (CIII-O/20)",
        date: { kind: "month", month: "2020-07" as PlainMonth },
      },
      source: { document: S.bulletin2020, section: "1. Background and Justification" },
    },
    discrepancies: [
      {
        note: "The title page places the conference in Washington, D.C., VIRTUAL; the bulletin of 2020 has it convened in Buenos Aires and kept face-to-face",
        source: { document: S.secretariatReport2021, section: "Title page" },
      },
    ],
    themes: [
      {
        number: 1,
        text: "The importance of the world of work to COVID-19 recovery and to the development of more resilient, sustainable, just and inclusive societies",
        source: { document: S.performanceReport2023, section: "II. Themes and mandates of the XXI IACML" },
      },
      {
        number: 2,
        text: "Better coordination of economic, education, health and labor policies to address and overcome the effects of the crisis and achieve the future of work we want.",
        source: { document: S.performanceReport2023, section: "II. Themes and mandates of the XXI IACML" },
      },
      {
        number: 3,
        text: "Institutionalized social dialogue to recover from the crisis and secure a future of work with social justice and sustainable development.",
        source: { document: S.performanceReport2023, section: "II. Themes and mandates of the XXI IACML" },
      },
      {
        number: 4,
        text: "Strengthening Ministries of Labor to address emerging changes in the world of work and the effects of the pandemic.",
        source: { document: S.performanceReport2023, section: "II. Themes and mandates of the XXI IACML" },
      },
    ],
    asWritten: [
      {
        field: "city",
        text: "convened the XXI IACML in Buenos Aires, Argentina, from September 22 to 24, 2021",
        source: { document: S.bulletin2020, section: "1. Background and Justification" },
      },
      {
        field: "format",
        text: "to maintain it as a face-to-face meeting",
        source: { document: S.bulletin2020, section: "1. Background and Justification" },
      },
      {
        field: "place",
        text: "September 22-24, 2021 Washington, D.C., United States of America VIRTUAL",
        source: { document: S.secretariatReport2021, section: "Title page" },
      },
      {
        field: "theme",
        text: "Building a more resilient world of work with sustainable development, decent work, productive employment, and social inclusion",
        source: { document: S.performanceReport2023, section: "II. Themes and mandates of the XXI IACML" },
      },
      {
        field: "hostCountry",
        text: "Argentina (Current Chair – XXI IACML)",
        source: { document: S.performanceReport2023, section: "I. Introduction" },
      },
    ],
    source: {
      document: S.bulletin2020,
      section: "1. Background and Justification (Buenos Aires, September 22 to 24, 2021)",
    },
  },
  {
    id: "xxii",
    edition: { roman: "XXII", number: 22 },
    hostCountry: "CO",
    dates: { kind: "month", month: "2024-11" as PlainMonth },
    format: "in-person",
    instruments: ["XXII/Decl", "XXII/PoA"],
    asWritten: [
      {
        field: "dates",
        text: "Place and date: Colombia in November 2024",
        source: { document: S.performanceReport2023, section: "III.b Political process activities, 3. XXII IACML" },
      },
    ],
    inferred: [
      {
        fields: ["format"],
        reasoning:
          "The report says only 'Colombia in November 2024' and that the Conference 'will bring together Ministers of Labor and Workers' and Employers' representatives'; no document states the format. In person is assumed because a host country is named and funds it.",
        from: [{ document: S.performanceReport2023, section: "III.b Political process activities, 3. XXII IACML" }],
      },
    ],
    source: { document: S.performanceReport2023, section: "III.b Political process activities, 3. XXII IACML" },
  },
]);
