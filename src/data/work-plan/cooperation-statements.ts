import type * as z from "zod";
import type { CooperationStatement, CooperationStatementSchema } from "../../entities/work-plan/index.js";
import { deepFreeze } from "../deep-freeze.js";
import { REPORT_2021 } from "./sources.js";

const S1 = { document: REPORT_2021, section: "1. Contributing to the response to COVID-19" };
const S2 = { document: REPORT_2021, section: "2. Moving towards recovery with gender equality" };
const S3 = { document: REPORT_2021, section: "3. Improving coordination between education and employment" };
const S4 = { document: REPORT_2021, section: "4. Strengthening social dialogue at the hemispheric level" };
const S5 = { document: REPORT_2021, section: "5. Contributing to improving compliance with labor laws" };

const records: readonly z.input<typeof CooperationStatementSchema>[] = [
  {
    id: "stmt/003/s1-social-protection",
    recipients: ["AR"],
    providers: ["CA"],
    respectively: true,
    topics: ["Pensions system"],
    text: "through the first virtual cooperation, the Ministry of Labor of Argentina now has new policy alternatives to improve its social security system, after receiving technical assistance from Canada",
    source: S1,
  },
  {
    id: "stmt/003/s1-occupational-safety-health",
    recipients: ["VC", "BB", "MX"],
    providers: ["BB", "PA", "CA"],
    respectively: true,
    topics: ["Occupational safety and health"],
    text: "the Ministries of Saint Vincent and the Grenadines, Barbados, and Mexico received technical assistance from Barbados, Panama, and Canada, respectively, to improve their occupational health and safety regulations and procedures",
    source: S1,
  },
  {
    id: "stmt/003/s2-domestic-work",
    recipients: ["CR"],
    providers: ["UY"],
    respectively: true,
    topics: ["Domestic work"],
    text: "Costa Rica's national policy on domestic work (mostly female) has been developed using elements of the experience gained in Uruguay",
    source: S2,
  },
  {
    id: "stmt/003/s3-youth-employment",
    recipients: ["EC", "PE", "HN", "BB", "KN", "GD", "LC"],
    providers: ["PA", "AR", "JM"],
    respectively: false,
    topics: ["Youth employment", "Professional training and skills certification", "Employment services"],
    text: "The Ministries of Labor of Ecuador, Peru, Honduras, Barbados, Saint Kitts and Nevis, Grenada, and Saint Lucia received direct and specially tailored technical assistance from Panama, Argentina, and Jamaica through RIAL to improve their youth employment strategies, including vocational training initiatives, skills certification, and employment services",
    source: S3,
  },
  {
    id: "stmt/003/s4-trade-union-training",
    recipients: ["PY", "PE"],
    providers: ["AR", "CL"],
    respectively: true,
    topics: ["Trade union training", "Trade union training schools"],
    text: "advice for Paraguay from Argentina on the structuring and implementation of training centers administered by trade union confederations ... while the Ministry of Labor of Peru ... was able to strengthen its project for leadership training schools for social dialogue based on the experience of trade union training schools in Chile",
    source: S4,
  },
  {
    id: "stmt/003/s5-child-labor",
    recipients: ["HN", "MX", "PA", "CR", "GT"],
    providers: ["CO", "AR", "AR", "PE", "PA"],
    respectively: true,
    topics: ["Child labor", "Business network against child labor", "Good practices on a child labor seal"],
    text: "the Colombian Ministry of Labor shared its intervention model for preventing and eradicating child labor in the coffee sector with Honduras. Also, in 2019, inspectors from Mexico's Ministry of Labor received training from Argentina's Ministry of Labor ... Panama is expected to establish a Network of Businesses against child labor following technical assistance from Argentina, Costa Rica is expected to develop a business seal with the cooperation of Peru, and Guatemala is expected to improve the capacity of labor inspection ... following the direct assistance it is receiving from Panama",
    source: S5,
  },
];

/**
 * What the thematic sections of the report to the XXI IACML state about RIAL bilateral
 * cooperations — who received help from whom, on what — kept apart from the Annex's list so
 * `validateDataset` can compare them: section 1 (social protection; occupational safety and
 * health, "respectively"), 2 (domestic work), 3 (youth employment: seven recipients, three
 * providers), 4 (trade union training) and 5 (child labor). Deeply frozen.
 *
 * @example
 * ```ts
 * import { cooperationStatements } from "iacml/data";
 * console.log(cooperationStatements.find((s) => s.id === "stmt/003/s3-youth-employment")?.recipients);
 * ```
 */
export const cooperationStatements: readonly CooperationStatement[] = /* @__PURE__ */ deepFreeze(
  records as readonly CooperationStatement[],
);
