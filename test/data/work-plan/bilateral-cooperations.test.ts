import { describe, expect, it } from "vitest";
import { checkCooperationClaims, cooperationParties } from "iacml/entities";
import { bilateralCooperations, documentClaims } from "iacml/data";

const P = "rial-bc/2018-2021/";
const of2018To2021 = bilateralCooperations.filter((c) => c.id.startsWith(P));

// [id, provider, recipient], read from the report's list and its thematic sections.
const expected: readonly [string, string[], string[]][] = [
  ["hn-co-child-labor", ["CO"], ["HN"]],
  ["ec-pa-youth-employment", ["PA"], ["EC"]],
  ["bb-gd-kn-lc-jm-youth-employment", ["JM"], ["BB", "GD", "KN", "LC"]],
  ["bb-vc-occupational-safety-health", ["BB"], ["VC"]],
  ["mx-ca-occupational-safety-health", ["CA"], ["MX"]],
  ["ar-pe-professional-training", ["AR"], ["PE"]],
  ["ar-gt-alternative-dispute-resolution", ["AR"], ["GT"]],
  ["bb-pa-labor-inspection", ["PA"], ["BB"]],
  ["py-ar-trade-union-training", ["AR"], ["PY"]],
  ["cr-uy-domestic-work", ["UY"], ["CR"]],
  ["mx-pe-labor-inspection", ["MX"], ["PE"]],
  ["ar-mx-child-labor", ["AR"], ["MX"]],
  ["co-ec-labor-migration", ["CO"], ["EC"]],
  ["sv-ar-alternative-dispute-resolution", ["SV"], ["AR"]],
  ["ar-ca-pensions", ["CA"], ["AR"]],
  ["hn-pe-employment-services", ["PE"], ["HN"]],
  ["pe-cl-trade-union-schools", ["CL"], ["PE"]],
  ["gt-pa-child-labor", ["PA"], ["GT"]],
  ["pa-ar-business-network-child-labor", ["AR"], ["PA"]],
  ["cr-pe-child-labor-seal", ["PE"], ["CR"]],
  ["tt-ca-violence-harassment", ["CA"], ["TT"]],
  ["gt-ec-disability-inclusion", ["EC"], ["GT"]],
  ["pa-cl-mining-inspection", ["CL"], ["PA"]],
  ["bb-bz-occupational-safety-health", ["BB"], ["BZ"]],
  ["bo-co-internal-management", ["CO"], ["BO"]],
];

describe("RIAL bilateral cooperation 2018-2021", () => {
  it.each(expected)("%s: provider %j, recipient %j", (id, provider, recipient) => {
    const c = of2018To2021.find((x) => x.id === `${P}${id}`);
    expect(c).toBeDefined();
    expect(cooperationParties(c!)).toEqual({ provider, recipient });
  });

  it("lists exactly the cooperations above", () => {
    expect(of2018To2021.map((c) => c.id).sort()).toEqual(expected.map(([id]) => `${P}${id}`).sort());
  });

  it("lists 16 done, 5 virtual ongoing and 4 pending-postponed", () => {
    const count = (s: string) => of2018To2021.filter((c) => c.status === s).length;
    expect([count("done"), count("ongoing"), count("pending-postponed")]).toEqual([16, 5, 4]);
    expect(of2018To2021.filter((c) => c.status === "ongoing").every((c) => c.modality === "virtual")).toBe(true);
  });

  it("keeps the report's own counts, 16 done, 4 ongoing and 4 pending, as claims", () => {
    const stated = (measure: string) =>
      documentClaims.find((c) => c.measure === measure && c.subject === "rial-bc/2018-2021")?.value;
    expect(stated("bilateral-cooperations.done")).toBe(16);
    expect(stated("bilateral-cooperations.ongoing")).toBe(4);
    expect(stated("bilateral-cooperations.pending-postponed")).toBe(4);
  });

  it("shows exactly one disagreement: 4 ongoing stated, 5 listed", () => {
    const findings = checkCooperationClaims(documentClaims, bilateralCooperations);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.params).toMatchObject({ measure: "bilateral-cooperations.ongoing", stated: 4, listed: 5 });
  });

  it("records the sessions of the virtual cooperations", () => {
    const sessions = (id: string) => of2018To2021.find((c) => c.id === `${P}${id}`)?.sessions;
    expect(sessions("ar-ca-pensions")).toEqual({ held: 3, dates: [] });
    expect(sessions("pe-cl-trade-union-schools")).toEqual({ held: 2, dates: ["2021-07-14", "2021-08-27"] });
    expect(of2018To2021.filter((c) => c.modality === "virtual").every((c) => c.sessions !== undefined)).toBe(true);
  });

  it("dates every completed cooperation and none of the pending ones", () => {
    expect(of2018To2021.filter((c) => c.status === "done").every((c) => c.when?.kind === "days")).toBe(true);
    expect(of2018To2021.filter((c) => c.status === "pending-postponed").every((c) => c.when === undefined)).toBe(true);
  });

  it("records the Panama-Chile visit on mining inspection, postponed in 2021, as carried out on site in 2022", () => {
    const later = bilateralCooperations.find((c) => c.resumes === `${P}pa-cl-mining-inspection`);
    expect(later).toMatchObject({ status: "done", modality: "on-site-visit" });
    expect(cooperationParties(later!)).toEqual({ provider: ["CL"], recipient: ["PA"] });
  });
});
