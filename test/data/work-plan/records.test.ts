import { describe, expect, it } from "vitest";
import type * as z from "zod";
import {
  AnnexEntrySchema,
  BilateralCooperationSchema,
  DocumentClaimSchema,
  PoliticalMeetingSchema,
  PriorityLineSchema,
  ReportedActivitySchema,
  WorkPlanActionSchema,
  WorkPlanBudgetLineSchema,
  WorkPlanSchema,
} from "iacml/entities";
import {
  activities2018To2021,
  annexCalendar2022To2024,
  bilateralCooperations,
  documentClaims,
  politicalMeetings,
  priorityLines,
  rialBudgetLines2022To2024,
  workPlanActions,
  workPlans,
} from "iacml/data";

const SEEDS = [
  "000_5fc6d6e009cf9f4b.txt",
  "001_04952725e56fd583.txt",
  "002_02cb97b6c04033b0.txt",
  "003_835abb1dd6776d62.txt",
  "004_03275a9484f16615.txt",
];

const collections: readonly [string, readonly { id: string; source: { document: string } }[], z.ZodType][] = [
  ["workPlans", workPlans, WorkPlanSchema],
  ["priorityLines", priorityLines, PriorityLineSchema],
  ["workPlanActions", workPlanActions, WorkPlanActionSchema],
  ["politicalMeetings", politicalMeetings, PoliticalMeetingSchema],
  ["annexCalendar2022To2024", annexCalendar2022To2024, AnnexEntrySchema],
  ["activities2018To2021", activities2018To2021, ReportedActivitySchema],
  ["bilateralCooperations", bilateralCooperations, BilateralCooperationSchema],
  ["rialBudgetLines2022To2024", rialBudgetLines2022To2024, WorkPlanBudgetLineSchema],
  ["documentClaims", documentClaims, DocumentClaimSchema],
];

const isDeepFrozen = (value: unknown): boolean =>
  typeof value !== "object" || value === null || (Object.isFrozen(value) && Object.values(value).every(isDeepFrozen));

describe.each(collections)("%s", (_name, records, schema) => {
  it("parses record by record with its schema, unchanged", () => {
    for (const record of records) {
      const parsed = schema.safeParse(record);
      expect(parsed.error?.issues, record.id).toBeUndefined();
      expect(parsed.data).toEqual(record);
    }
  });

  it("has unique ids and names a source document for each record", () => {
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    for (const r of records) expect(SEEDS).toContain(r.source.document);
  });

  it("is deeply frozen", () => {
    expect(isDeepFrozen(records)).toBe(true);
    expect(() => (records as unknown as unknown[]).push({})).toThrow(TypeError);
  });
});

describe("cross references", () => {
  const actionIds = new Set(workPlanActions.map((a) => a.id));
  const meetingIds = new Set(politicalMeetings.map((m) => m.id));
  const lineIds = new Set(rialBudgetLines2022To2024.map((l) => l.id));
  const entryIds = new Set(annexCalendar2022To2024.map((e) => e.id));
  const workPlanIds = new Set(workPlans.map((w) => w.id));
  const priorityLineIds = new Set(priorityLines.map((l) => l.id));

  it("actions point to existing priority lines, meetings and budget lines", () => {
    for (const a of workPlanActions) {
      expect(priorityLineIds).toContain(a.priorityLine);
      if (a.atMeeting !== undefined) expect(meetingIds).toContain(a.atMeeting);
      for (const f of a.financing) if (f.kind === "rial-fund" && f.budgetLine) expect(lineIds).toContain(f.budgetLine);
    }
  });

  it("priority lines and meetings point to an existing work plan", () => {
    for (const l of priorityLines) expect(workPlanIds).toContain(l.workPlan);
    for (const m of politicalMeetings) expect(workPlanIds).toContain(m.workPlan);
  });

  it("meetings point to existing meetings and budget lines", () => {
    for (const m of politicalMeetings) {
      if (m.partOf !== undefined) expect(meetingIds).toContain(m.partOf);
      if (m.leadTime !== undefined) expect(meetingIds).toContain(m.leadTime.meeting);
      for (const f of m.funding) if (f.kind === "rial-fund" && f.budgetLine) expect(lineIds).toContain(f.budgetLine);
    }
  });

  it("budget lines fund existing actions or meetings", () => {
    for (const l of rialBudgetLines2022To2024)
      for (const id of l.funds) expect([...actionIds, ...meetingIds]).toContain(id);
  });

  it("calendar entries represent existing actions or meetings and sit inside existing entries", () => {
    for (const e of annexCalendar2022To2024) {
      if (e.represents !== undefined) expect([...actionIds, ...meetingIds]).toContain(e.represents);
      if (e.partOf !== undefined) expect(entryIds).toContain(e.partOf);
    }
  });

  it("a resumed cooperation points to an earlier record of the same parties", () => {
    for (const c of bilateralCooperations.filter((x) => x.resumes !== undefined)) {
      const earlier = bilateralCooperations.find((x) => x.id === c.resumes);
      expect(earlier?.from).toEqual(c.from);
      expect(earlier?.to).toEqual(c.to);
    }
  });
});
