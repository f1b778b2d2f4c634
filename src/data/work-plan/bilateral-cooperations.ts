import type * as z from "zod";
import type { BilateralCooperation, BilateralCooperationSchema } from "../../entities/work-plan/index.js";
import { deepFreeze } from "../deep-freeze.js";
import { REPORT_2021, REPORT_2023 } from "./sources.js";

// Mandate references as the report writes them in the thematic section that names the
// cooperation (section 1 names its bullets' cooperations; sections 2-5 theirs).
const SOCIAL_PROTECTION = "Article 22 of the Declaration of Bridgetown";
const OSH = "Articles 9, 29, and 30 of the Declaration";
const GENDER = "Articles 23 and 24 of the Declaration, and 7.h of the Plan of Action of Bridgetown";
const SKILLS = "Articles 4, 7, and 8 of the Declaration and 7.d of the Plan of Action";
const DIALOGUE = "Article 21";
const COMPLIANCE = "Articles 25 of the Declaration and Article 9. a, b, d, f, and h of the Plan of Action";
const INCLUSION = "Article 27 of the Declaration and Article 7, f and h of the Plan of Action";

const SECTION_1 = { document: REPORT_2021, section: "1. Contributing to the response to COVID-19" };
const SECTION_2 = { document: REPORT_2021, section: "2. Moving towards recovery with gender equality" };
const SECTION_3 = { document: REPORT_2021, section: "3. Improving coordination between education and employment" };
const SECTION_4 = { document: REPORT_2021, section: "4. Strengthening social dialogue at the hemispheric level" };
const SECTION_5 = { document: REPORT_2021, section: "5. Contributing to improving compliance with labor laws" };

const DONE = { document: REPORT_2021, section: "Annex I, RIAL Bilateral Cooperation Activities" };
const PENDING = { document: REPORT_2021, section: "Annex I, Pending RIAL Bilateral Cooperation" };
const NOTE_2023 = { document: REPORT_2023, section: "III.a Note on other actions of the RIAL" };

const NOT_NAMED = "RIAL bilateral cooperation not named in a thematic section of the report";
const SELECTED_BY_PRIORITIES =
  "RIAL bilateral cooperation selected considering the priority lines of the Work Plan 2022-2024";

const records: readonly z.input<typeof BilateralCooperationSchema>[] = [
  {
    id: "rial-bc/2018-2021/hn-co-child-labor",
    modality: "on-site-visit",
    from: ["HN"],
    to: ["CO"],
    topic: "Child labor",
    when: { kind: "days", start: "2018-08-27", end: "2018-08-31" },
    status: "done",
    mandateText: COMPLIANCE,
    mandateSource: SECTION_5,
    source: DONE,
  },
  {
    id: "rial-bc/2018-2021/ec-pa-youth-employment",
    modality: "on-site-visit",
    from: ["EC"],
    to: ["PA"],
    topic: "Youth employment",
    when: { kind: "days", start: "2018-08-27", end: "2018-08-31" },
    status: "done",
    mandateText: SKILLS,
    mandateSource: SECTION_3,
    source: DONE,
  },
  {
    id: "rial-bc/2018-2021/bb-gd-kn-lc-jm-youth-employment",
    modality: "on-site-visit",
    from: ["BB", "GD", "KN", "LC"],
    to: ["JM"],
    topic: "Youth employment",
    when: { kind: "days", start: "2018-09-10", end: "2018-09-14" },
    status: "done",
    mandateText: SKILLS,
    mandateSource: SECTION_3,
    source: DONE,
  },
  {
    id: "rial-bc/2018-2021/bb-vc-occupational-safety-health",
    modality: "experts-visit",
    from: ["BB"],
    to: ["VC"],
    topic: "Occupational safety and health",
    when: { kind: "days", start: "2018-09-10", end: "2018-09-14" },
    status: "done",
    mandateText: OSH,
    mandateSource: SECTION_1,
    source: DONE,
  },
  {
    id: "rial-bc/2018-2021/mx-ca-occupational-safety-health",
    modality: "on-site-visit",
    from: ["MX"],
    to: ["CA"],
    topic: "Occupational safety and health",
    when: { kind: "days", start: "2018-11-07", end: "2018-11-09" },
    status: "done",
    mandateText: OSH,
    mandateSource: SECTION_1,
    source: DONE,
  },
  {
    id: "rial-bc/2018-2021/ar-pe-professional-training",
    modality: "experts-visit",
    from: ["AR"],
    to: ["PE"],
    topic: "Professional training and skills certification",
    when: { kind: "days", start: "2018-11-13", end: "2018-11-17" },
    status: "done",
    mandateText: SKILLS,
    mandateSource: SECTION_3,
    source: DONE,
  },
  {
    id: "rial-bc/2018-2021/ar-gt-alternative-dispute-resolution",
    modality: "experts-visit",
    from: ["AR"],
    to: ["GT"],
    topic: "Alternative dispute resolution",
    when: { kind: "days", start: "2018-11-16", end: "2018-11-30" },
    status: "done",
    derived: NOT_NAMED,
    source: DONE,
  },
  {
    id: "rial-bc/2018-2021/bb-pa-labor-inspection",
    modality: "on-site-visit",
    from: ["BB"],
    to: ["PA"],
    topic: "Labor inspection",
    when: { kind: "days", start: "2019-06-25", end: "2019-06-27" },
    status: "done",
    mandateText: OSH,
    mandateSource: SECTION_1,
    source: DONE,
  },
  {
    id: "rial-bc/2018-2021/py-ar-trade-union-training",
    modality: "on-site-visit",
    from: ["PY"],
    to: ["AR"],
    topic: "Trade union training",
    when: { kind: "days", start: "2019-08-27", end: "2019-08-30" },
    status: "done",
    mandateText: DIALOGUE,
    mandateSource: SECTION_4,
    source: DONE,
  },
  {
    id: "rial-bc/2018-2021/cr-uy-domestic-work",
    modality: "on-site-visit",
    from: ["CR"],
    to: ["UY"],
    topic: "Domestic work",
    when: { kind: "days", start: "2019-09-09", end: "2019-09-12" },
    status: "done",
    mandateText: GENDER,
    mandateSource: SECTION_2,
    source: DONE,
  },
  {
    id: "rial-bc/2018-2021/mx-pe-labor-inspection",
    modality: "experts-visit",
    from: ["MX"],
    to: ["PE"],
    topic: "Labor inspection",
    when: { kind: "days", start: "2019-09-10", end: "2019-09-11" },
    status: "done",
    derived: NOT_NAMED,
    source: DONE,
  },
  {
    id: "rial-bc/2018-2021/ar-mx-child-labor",
    modality: "experts-visit",
    from: ["AR"],
    to: ["MX"],
    topic: "Child labor",
    when: { kind: "days", start: "2019-09-23", end: "2019-09-26" },
    status: "done",
    mandateText: COMPLIANCE,
    mandateSource: SECTION_5,
    source: DONE,
  },
  {
    id: "rial-bc/2018-2021/co-ec-labor-migration",
    modality: "experts-visit",
    from: ["CO"],
    to: ["EC"],
    topic: "Labor migration",
    when: { kind: "days", start: "2019-10-16", end: "2019-10-17" },
    status: "done",
    mandateText: INCLUSION,
    mandateSource: SECTION_5,
    source: DONE,
  },
  {
    id: "rial-bc/2018-2021/sv-ar-alternative-dispute-resolution",
    modality: "experts-visit",
    from: ["SV"],
    to: ["AR"],
    topic: "Alternative dispute resolution",
    when: { kind: "days", start: "2019-10-11", end: "2019-10-15" },
    status: "done",
    derived: NOT_NAMED,
    source: DONE,
  },
  {
    id: "rial-bc/2018-2021/ar-ca-pensions",
    modality: "virtual",
    from: ["AR"],
    to: ["CA"],
    topic: "Pensions system",
    when: { kind: "days", start: "2020-09-29", end: "2020-11-24" },
    sessions: { held: 3, dates: [] },
    status: "done",
    mandateText: SOCIAL_PROTECTION,
    mandateSource: SECTION_1,
    roles: { basis: "stated", source: SECTION_1 },
    source: DONE,
  },
  {
    id: "rial-bc/2018-2021/hn-pe-employment-services",
    modality: "virtual",
    from: ["HN"],
    to: ["PE"],
    topic: "Employment services",
    when: { kind: "days", start: "2020-11-02", end: "2020-12-17" },
    sessions: { held: 2, dates: [] },
    status: "done",
    mandateText: SKILLS,
    mandateSource: SECTION_3,
    inferred: [
      {
        fields: ["mandateText", "mandateSource"],
        reasoning:
          "Section 3 names Honduras among the Ministries that received help on youth employment strategies, 'including ... employment services', but from Panama, Argentina and Jamaica, not Peru; the mandate of section 3 is taken for this cooperation on employment services by its topic.",
        from: [SECTION_3],
      },
    ],
    roles: {
      basis: "inferred",
      reasoning:
        "Annex I writes 'virtual cooperation between A and B' without saying who provides. In the five virtual cooperations whose roles a thematic section of the report states, the receiving ministry is named first; this record assumes the same order. No document states it for this cooperation.",
    },
    source: DONE,
  },
  {
    id: "rial-bc/2018-2021/pe-cl-trade-union-schools",
    modality: "virtual",
    from: ["PE"],
    to: ["CL"],
    topic: "Trade union training schools",
    sessions: { held: 2, dates: ["2021-07-14", "2021-08-27"] },
    status: "ongoing",
    mandateText: DIALOGUE,
    mandateSource: SECTION_4,
    roles: { basis: "stated", source: SECTION_4 },
    source: DONE,
  },
  {
    id: "rial-bc/2018-2021/gt-pa-child-labor",
    modality: "virtual",
    from: ["GT"],
    to: ["PA"],
    topic: "Child labor",
    sessions: { held: 2, dates: ["2021-07-16", "2021-08-23"] },
    status: "ongoing",
    mandateText: COMPLIANCE,
    mandateSource: SECTION_5,
    roles: { basis: "stated", source: SECTION_5 },
    source: DONE,
  },
  {
    id: "rial-bc/2018-2021/pa-ar-business-network-child-labor",
    modality: "virtual",
    from: ["PA"],
    to: ["AR"],
    topic: "Business network against child labor",
    sessions: { held: 1, dates: ["2021-08-19"] },
    status: "ongoing",
    mandateText: COMPLIANCE,
    mandateSource: SECTION_5,
    roles: { basis: "stated", source: SECTION_5 },
    source: DONE,
  },
  {
    id: "rial-bc/2018-2021/cr-pe-child-labor-seal",
    modality: "virtual",
    from: ["CR"],
    to: ["PE"],
    topic: "Good practices on a child labor seal",
    sessions: { held: 1, dates: ["2021-08-30"] },
    status: "ongoing",
    mandateText: COMPLIANCE,
    mandateSource: SECTION_5,
    roles: { basis: "stated", source: SECTION_5 },
    source: DONE,
  },
  {
    id: "rial-bc/2018-2021/tt-ca-violence-harassment",
    modality: "virtual",
    from: ["TT"],
    to: ["CA"],
    topic: "Violence and harassment in the workplace",
    sessions: { held: 1, dates: ["2021-09-13"] },
    status: "ongoing",
    derived: NOT_NAMED,
    roles: {
      basis: "inferred",
      reasoning:
        "Annex I writes 'virtual cooperation between A and B' without saying who provides. In the five virtual cooperations whose roles a thematic section of the report states, the receiving ministry is named first; this record assumes the same order. No document states it for this cooperation.",
    },
    source: DONE,
  },
  {
    id: "rial-bc/2018-2021/gt-ec-disability-inclusion",
    modality: "on-site-visit",
    from: ["GT"],
    to: ["EC"],
    topic: "Labor inclusion of people with disabilities",
    status: "pending-postponed",
    derived: NOT_NAMED,
    source: PENDING,
  },
  {
    id: "rial-bc/2018-2021/pa-cl-mining-inspection",
    modality: "on-site-visit",
    from: ["PA"],
    to: ["CL"],
    topic: "Labor inspection in the mining sector",
    status: "pending-postponed",
    derived: NOT_NAMED,
    source: PENDING,
  },
  {
    id: "rial-bc/2018-2021/bb-bz-occupational-safety-health",
    modality: "experts-visit",
    from: ["BB"],
    to: ["BZ"],
    topic: "Occupational safety and health",
    status: "pending-postponed",
    derived: NOT_NAMED,
    source: PENDING,
  },
  {
    id: "rial-bc/2018-2021/bo-co-internal-management",
    modality: "on-site-visit",
    from: ["BO"],
    to: ["CO"],
    topic: "Internal management",
    status: "pending-postponed",
    derived: NOT_NAMED,
    source: PENDING,
  },
  {
    id: "rial-bc/2022-2024/pa-cl-mining-inspection",
    modality: "on-site-visit",
    from: ["PA"],
    to: ["CL"],
    topic: "Labor inspection in the mining sector",
    when: { kind: "tbd", within: { start: "2022-01-01", end: "2022-12-31" } },
    status: "done",
    resumes: "rial-bc/2018-2021/pa-cl-mining-inspection",
    derived: SELECTED_BY_PRIORITIES,
    source: NOTE_2023,
  },
];

/**
 * Every RIAL bilateral cooperation the documents list: for 2018-2021 (ids
 * `rial-bc/2018-2021/…`) 16 done, 5 virtual ongoing and 4 pending (postponed because of the
 * pandemic), as listed — the report's own note states 4 ongoing (see `documentClaims`) — and the
 * Panama-Chile visit on labor inspection in mining carried out in 2022 (`rial-bc/2022-2024/…`).
 * Provider and recipient come from `cooperationParties` (`iacml/entities`); for the virtual
 * cooperations, `roles` says whether a thematic section states them (five do) or they are
 * inferred (Honduras-Peru and Trinidad and Tobago-Canada). Deeply frozen.
 *
 * @example
 * ```ts
 * import { bilateralCooperations } from "iacml/data";
 * import { cooperationParties } from "iacml/entities";
 * for (const c of bilateralCooperations) console.log(c.topic, cooperationParties(c).provider);
 * ```
 */
export const bilateralCooperations: readonly BilateralCooperation[] = /* @__PURE__ */ deepFreeze(
  records as readonly BilateralCooperation[],
);
