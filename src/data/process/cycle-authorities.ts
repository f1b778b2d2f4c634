import type { CycleAuthorities } from "../../entities/process/authorities.js";
import { deepFreeze } from "../deep-freeze.js";
import { processSources as S } from "./sources.js";

/**
 * The authorities of the 2018-2021 cycle (after the XX conference) and of the 2022-2024 cycle
 * (after the XXI): troika, and each working group's title, chair, vice-chairs and topics.
 *
 * @example
 * ```ts
 * import { cycleAuthorities } from "iacml/data";
 * const wg1 = cycleAuthorities.find((c) => c.id === "2022-2024")?.workingGroups[0];
 * console.log(wg1?.chair, wg1?.viceChairs); // "CL" ["CR", "TT"]
 * ```
 */
export const cycleAuthorities: readonly CycleAuthorities[] = /* @__PURE__ */ deepFreeze<CycleAuthorities[]>([
  {
    id: "2018-2021",
    afterConference: "xx",
    nextConference: "xxi",
    troika: { currentChair: "BB", previousChair: "MX", proposedNextHost: "AR" },
    workingGroups: [
      {
        id: "wg1",
        number: 1,
        title: { en: "Integrated public policies for productive employment and decent work with social inclusion" },
        asWritten: [
          {
            field: "title",
            text: "INTEGRATED PUBLIC POLICIES FOR PRODUCTIVE EMPLOYMENT AND DECENT WORK WITH SOCIAL INCLUSION",
            source: { document: S.wg1Report2021, section: "Title page" },
          },
          {
            field: "title",
            text: "Integrated public policies for productive employment and decent work with social inclusion",
            source: { document: S.bulletin2020, section: "2. Overview" },
          },
          {
            field: "title",
            text: "Integrated public policies for productive employment and decent work with social inclusion",
            source: { document: S.secretariatReport2021, section: "Introduction" },
          },
        ],
        chair: "EC",
        viceChairs: ["CL", "BR"],
        topics: [
          "future-of-work",
          "equality-and-inclusion",
          "decent-work-agendas",
          "education-employment-coordination",
          "youth-employment",
          "training-and-employment-services",
          "labor-market-information",
          "sustainable-enterprises",
          "informal-to-formal",
          "gender-equality",
        ],
        source: { document: S.wg1Report2021, section: "Title page and I. Introduction" },
      },
      {
        id: "wg2",
        number: 2,
        title: {
          en: "Institutional strengthening to promote and protect workers' and employers' rights and foster cooperation",
        },
        asWritten: [
          {
            field: "title",
            text: "INSTITUTIONAL STRENGTHENING TO PROMOTE AND PROTECT WORKERS' AND EMPLOYERS' RIGHTS AND FOSTER COOPERATION",
            source: { document: S.wg2Report2021, section: "Title page" },
          },
          {
            field: "title",
            text: "Institutional strengthening to promote and protect workers' and employer's rights and foster cooperation",
            source: { document: S.wg2Report2021, section: "I. Introduction" },
          },
          {
            field: "title",
            text: "Institutional strengthening to promote and protect workers’ and employers’ rights and obligations and foster cooperation",
            source: { document: S.bulletin2020, section: "2. Overview" },
          },
          {
            field: "title",
            text: "Institutional strengthening to promote and protect workers and employers rights and obligations and foster cooperation",
            source: { document: S.bulletin2020, section: "3. Draft agenda" },
          },
          {
            field: "title",
            text: "Institutional strengthening to promote and protect the rights and obligations of workers and employers and foster cooperation",
            source: { document: S.secretariatReport2021, section: "Introduction" },
          },
        ],
        chair: "AR",
        viceChairs: ["CR", "CA"],
        topics: [
          "workers-rights-awareness",
          "labor-law-compliance",
          "social-dialogue",
          "freedom-of-association",
          "labor-mobility",
          "child-labor",
          "social-protection",
          "occupational-safety-health",
          "hemispheric-cooperation",
          "rial-strengthening",
        ],
        source: { document: S.wg2Report2021, section: "Title page and I. Introduction" },
      },
    ],
    source: { document: S.secretariatReport2021, section: "Introduction" },
  },
  {
    id: "2022-2024",
    afterConference: "xxi",
    nextConference: "xxii",
    troika: { currentChair: "AR", previousChair: "BB", proposedNextHost: "CO" },
    workingGroups: [
      {
        id: "wg1",
        number: 1,
        title: {
          en: "Integrated public policies to address the COVID-19 crisis and achieve a human-centered, inclusive, sustainable and resilient recovery for a future of work with equity, social justice, and decent work",
        },
        chair: "CL",
        viceChairs: ["CR", "TT"],
        topics: ["education-employment-coordination", "platform-work", "gender-equality"],
        source: {
          document: S.performanceReport2023,
          section: "I. Introduction; II. Themes and mandates; III.b 1. Meeting of the Working Groups",
        },
      },
      {
        id: "wg2",
        number: 2,
        title: {
          en: "Institutional strengthening of Ministries of Labor and promoting institutionalized social dialogue to recover from the COVID-19 crisis and address emerging changes in the world of work",
        },
        chair: "CO",
        viceChairs: ["PA", "US"],
        topics: ["occupational-safety-health", "social-dialogue", "freedom-of-association", "ministry-modernization"],
        source: {
          document: S.performanceReport2023,
          section: "I. Introduction; II. Themes and mandates; III.b 1. Meeting of the Working Groups",
        },
      },
    ],
    source: { document: S.performanceReport2023, section: "I. Introduction" },
  },
]);
