import { describe, expect, it } from "vitest";
import * as fc from "fast-check";
import * as z from "zod";
import {
  ActionFinancingSchema,
  ActionHostSchema,
  ActionParticipationSchema,
  ActionSessionSchema,
  AnnexEntryLocationSchema,
  AnnexEntrySchema,
  BilateralCooperationSchema,
  CooperationSessionsSchema,
  DocumentClaimSchema,
  hasMandateOrReason,
  MandateFieldsSchema,
  PoliticalMeetingSchema,
  PriorityLineSchema,
  ReportedActivitySchema,
  WorkPlanActionSchema,
  WorkPlanBudgetLineSchema,
  WorkPlanPeriodSchema,
  WorkPlanSchema,
} from "iacml/entities";

const source = { document: "001_04952725e56fd583.txt", section: "Test" };

const action = {
  id: "wp/pl1/a2",
  priorityLine: "wp/pl1",
  number: 2,
  kind: "workshop",
  title: "Workshop",
  status: "future",
  when: {
    kind: "oneOf",
    options: [
      { kind: "month", month: "2024-04" },
      { kind: "month", month: "2024-05" },
    ],
  },
  host: { memberStates: ["CR"], organizations: [], confirmed: false },
  partners: ["cim"],
  financing: [
    { kind: "rial-fund", budgetLine: "rial/l05", covers: [] },
    { kind: "contribution", party: "CR", form: "tbd", covers: ["logistics"], confirmed: false },
  ],
  participation: { countries: 3 },
  sessions: [{ label: "One", when: { kind: "days", start: "2024-04-02", end: "2024-04-02" }, status: "future" }],
  outputs: ["CIDI/CIMT/RPA/doc.40/23"],
  mandateText: "Article 12 of the Declaration",
  source,
};

const cooperation = {
  id: "bc/1",
  modality: "on-site-visit",
  from: ["HN"],
  to: ["CO"],
  topic: "Child labor",
  when: { kind: "days", start: "2018-08-27", end: "2018-08-31" },
  status: "done",
  derived: "test",
  source,
};

const entry = {
  id: "cal/a",
  calendar: "wp",
  title: "Event",
  kind: "external",
  when: { kind: "month", month: "2024-06" },
  status: "confirmed",
  audiences: ["ministers"],
  source,
};

const schemas = [
  WorkPlanSchema,
  PriorityLineSchema,
  WorkPlanActionSchema,
  PoliticalMeetingSchema,
  AnnexEntrySchema,
  ReportedActivitySchema,
  BilateralCooperationSchema,
  WorkPlanBudgetLineSchema,
  DocumentClaimSchema,
];

describe("work-plan schemas", () => {
  it("accept well-formed records", () => {
    expect(WorkPlanActionSchema.safeParse(action).success).toBe(true);
    expect(BilateralCooperationSchema.safeParse(cooperation).success).toBe(true);
    expect(AnnexEntrySchema.safeParse(entry).success).toBe(true);
    expect(
      WorkPlanSchema.safeParse({
        id: "wp-2022-2024",
        conference: "xxi",
        period: { fromYear: 2022, toYear: 2024 },
        approval: { body: "CIDI", on: "2022-06-08" },
        revisions: [],
        asOf: { kind: "month", month: "2023-09" },
        source,
      }).success,
    ).toBe(true);
  });

  it("reject an action whose id does not follow its priority line and number", () => {
    expect(WorkPlanActionSchema.safeParse({ ...action, id: "wp/pl1/a3" }).success).toBe(false);
    expect(WorkPlanActionSchema.safeParse({ ...action, priorityLine: "wp/pl2" }).success).toBe(false);
  });

  it("reject a record with neither mandate text nor a reason", () => {
    const { mandateText: _omitted, ...bare } = action;
    expect(WorkPlanActionSchema.safeParse(bare).success).toBe(false);
    expect(WorkPlanActionSchema.safeParse({ ...bare, derived: "political process" }).success).toBe(true);
    expect(hasMandateOrReason({})).toBe(false);
    expect(hasMandateOrReason(MandateFieldsSchema.parse({ mandateText: "Article 21" }))).toBe(true);
  });

  it("reject bad dates, ids and counts inside an action", () => {
    expect(
      WorkPlanActionSchema.safeParse({ ...action, when: { kind: "days", start: "2023-02-29", end: "2023-03-01" } })
        .success,
    ).toBe(false);
    expect(WorkPlanActionSchema.safeParse({ ...action, outputs: ["doc 40"] }).success).toBe(false);
    expect(WorkPlanActionSchema.safeParse({ ...action, partners: ["Costa Rica"] }).success).toBe(false);
    expect(ActionParticipationSchema.safeParse({}).success).toBe(false);
    expect(ActionParticipationSchema.safeParse({ countries: -1 }).success).toBe(false);
    expect(ActionHostSchema.safeParse({ memberStates: [], organizations: [], confirmed: true }).success).toBe(false);
    expect(ActionFinancingSchema.safeParse({ kind: "gift", covers: [] }).success).toBe(false);
    expect(ActionSessionSchema.safeParse({ label: "x", when: { kind: "tbd" }, status: "done" }).success).toBe(false);
  });

  it("reject a reversed work-plan period and a priority line id that does not match", () => {
    expect(WorkPlanPeriodSchema.safeParse({ fromYear: 2024, toYear: 2022 }).success).toBe(false);
    expect(PriorityLineSchema.safeParse({ id: "wp/pl2", workPlan: "wp", number: 1, title: "t", source }).success).toBe(
      false,
    );
    expect(PriorityLineSchema.safeParse({ id: "wp/pl1", workPlan: "wp", number: 1, title: "t", source }).success).toBe(
      true,
    );
  });

  it("reject a cooperation with a member state on both sides, or more session days than sessions", () => {
    expect(BilateralCooperationSchema.safeParse({ ...cooperation, to: ["CO", "HN"] }).success).toBe(false);
    expect(BilateralCooperationSchema.safeParse({ ...cooperation, from: [] }).success).toBe(false);
    expect(CooperationSessionsSchema.safeParse({ held: 1, dates: ["2021-07-14", "2021-08-27"] }).success).toBe(false);
    expect(CooperationSessionsSchema.safeParse({ held: 3, dates: [] }).success).toBe(true);
  });

  it("reject a calendar entry that is part of itself, a bad audience or an empty location", () => {
    expect(AnnexEntrySchema.safeParse({ ...entry, partOf: "cal/a" }).success).toBe(false);
    expect(AnnexEntrySchema.safeParse({ ...entry, audiences: ["ILO GB"] }).success).toBe(false);
    expect(AnnexEntryLocationSchema.safeParse({}).success).toBe(false);
    expect(AnnexEntryLocationSchema.safeParse({ country: "Geneva" }).success).toBe(false);
  });

  it("reject a budget line id that does not follow the budget and number, and a float amount", () => {
    const line = { id: "b/l01", budget: "b", number: 1, title: "t", funds: [], calls: [], coFunders: [], source };
    expect(WorkPlanBudgetLineSchema.safeParse(line).success).toBe(true);
    expect(WorkPlanBudgetLineSchema.safeParse({ ...line, id: "b/l1" }).success).toBe(false);
    expect(WorkPlanBudgetLineSchema.safeParse({ ...line, rialAmount: "10000" }).success).toBe(false);
    expect(WorkPlanBudgetLineSchema.safeParse({ ...line, rialAmount: "10000.00" }).success).toBe(true);
  });

  it("reject a claim with a measure that is not dotted kebab-case", () => {
    const claim = { id: "c", measure: "bilateral-cooperations.ongoing", subject: "bc", value: 4, source };
    expect(DocumentClaimSchema.safeParse(claim).success).toBe(true);
    expect(DocumentClaimSchema.safeParse({ ...claim, measure: "Ongoing Count" }).success).toBe(false);
  });

  it("export as JSON Schema for non-TypeScript consumers", () => {
    for (const schema of schemas) expect(z.toJSONSchema(schema).type).toBe("object");
  });

  it("never throw on arbitrary input", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        for (const schema of schemas) expect(schema.safeParse(input).success).toBe(false);
      }),
    );
  });

  it("never throw on records with arbitrary fields replaced", () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(action)), fc.jsonValue(), (key, value) => {
        const result = WorkPlanActionSchema.safeParse({ ...action, [key]: value });
        expect(typeof result.success).toBe("boolean");
      }),
    );
  });
});
