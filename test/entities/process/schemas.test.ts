import { describe, expect, it } from "vitest";
import * as fc from "fast-check";
import * as z from "zod";
import * as processEntities from "iacml/entities";
import {
  ConferenceSchema,
  CycleAuthoritiesSchema,
  EditionSchema,
  InstrumentSchema,
  MeetingSchema,
  OrganizationSchema,
  ProvisionSchema,
  TopicSchema,
  TroikaSchema,
  WorkingGroupRecommendationSchema,
  WorkingGroupTermSchema,
  instrumentId,
  provisionId,
  recommendationId,
} from "iacml/entities";

const src = { document: "001_04952725e56fd583.txt", section: "I. Introduction" };

describe("ids", () => {
  it("builds instrument, provision and recommendation ids", () => {
    expect(instrumentId("xxi", "declaration")).toBe("XXI/Decl");
    expect(instrumentId("XX", "plan-of-action")).toBe("XX/PoA");
    expect(provisionId("XXI/PoA", 7, "B")).toBe("XXI/PoA/7b");
    expect(provisionId("XXI/Decl", 15)).toBe("XXI/Decl/15");
    expect(recommendationId("wg1", 2021, 10)).toBe("wg1-2021/r10");
  });

  it("makes provision ids every ProvisionSchema accepts", () => {
    const letter = fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz");
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.option(letter, { nil: undefined }), (n, item) => {
        const id = provisionId("XX/PoA", n, item);
        const parsed = ProvisionSchema.safeParse({ id, instrument: "XX/PoA", number: n, item, source: src });
        expect(parsed.success).toBe(true);
        expect(id.startsWith(`XX/PoA/${n}`)).toBe(true);
      }),
    );
  });
});

describe("EditionSchema and ConferenceSchema", () => {
  const conference = {
    id: "xxi",
    edition: { roman: "XXI", number: 21 },
    hostCountry: "AR",
    city: "Buenos Aires",
    dates: { kind: "days", start: "2021-09-22", end: "2021-09-24" },
    format: "virtual",
    instruments: ["XXI/Decl", "XXI/PoA"],
    source: src,
  };
  it("ties the roman numeral to its number", () => {
    expect(EditionSchema.safeParse({ roman: "XXII", number: 22 }).success).toBe(true);
    expect(EditionSchema.safeParse({ roman: "XXII", number: 21 }).success).toBe(false);
    expect(EditionSchema.safeParse({ roman: "MCMXCIV", number: 1994 }).success).toBe(true);
    expect(EditionSchema.safeParse({ roman: "IIII", number: 4 }).success).toBe(false);
  });
  it("ties the id to the edition and pairs the original plan with the postponement", () => {
    expect(ConferenceSchema.safeParse(conference).success).toBe(true);
    expect(ConferenceSchema.safeParse({ ...conference, id: "xx" }).success).toBe(false);
    const plan = { dates: { kind: "month", month: "2020-12" } };
    expect(ConferenceSchema.safeParse({ ...conference, originalPlan: plan }).success).toBe(false);
    const postponement = {
      decidedBy: { body: "iacml-authorities", date: { kind: "days", start: "2020-05-22", end: "2020-05-22" } },
      source: src,
    };
    expect(ConferenceSchema.safeParse({ ...conference, originalPlan: plan, postponement }).success).toBe(true);
  });
});

describe("authorities", () => {
  it("needs three different troika members", () => {
    expect(TroikaSchema.safeParse({ currentChair: "AR", previousChair: "BB", proposedNextHost: "CO" }).success).toBe(
      true,
    );
    expect(TroikaSchema.safeParse({ currentChair: "AR", previousChair: "AR", proposedNextHost: "CO" }).success).toBe(
      false,
    );
  });
  it("needs a chair and two other vice-chairs, and id wg + number", () => {
    const wg = {
      id: "wg1",
      number: 1,
      title: { en: "T" },
      chair: "CL",
      viceChairs: ["CR", "TT"],
      topics: [],
      source: src,
    };
    expect(WorkingGroupTermSchema.safeParse(wg).success).toBe(true);
    expect(WorkingGroupTermSchema.safeParse({ ...wg, viceChairs: ["CL", "TT"] }).success).toBe(false);
    expect(WorkingGroupTermSchema.safeParse({ ...wg, viceChairs: ["CR"] }).success).toBe(false);
    expect(WorkingGroupTermSchema.safeParse({ ...wg, id: "wg2" }).success).toBe(false);
    expect(
      CycleAuthoritiesSchema.safeParse({
        id: "2022-24",
        afterConference: "xxi",
        nextConference: "xxii",
        troika: { currentChair: "AR", previousChair: "BB", proposedNextHost: "CO" },
        workingGroups: [],
        source: src,
      }).success,
    ).toBe(false);
    expect(TopicSchema.safeParse({ id: "Child labor", label: { en: "x" } }).success).toBe(false);
  });
});

describe("instruments and provisions", () => {
  const decl = {
    id: "XXI/Decl",
    conference: "xxi",
    kind: "declaration",
    name: { en: "Declaration of Buenos Aires" },
    numbering: "articles",
    adoption: "adopted",
    completeness: "cited-only",
    source: src,
  };
  it("checks the id against conference and kind, and numbering against kind", () => {
    expect(InstrumentSchema.safeParse(decl).success).toBe(true);
    expect(InstrumentSchema.safeParse({ ...decl, id: "XXI/PoA" }).success).toBe(false);
    expect(InstrumentSchema.safeParse({ ...decl, numbering: "paragraphs-with-items" }).success).toBe(false);
  });
  it("checks the provision id and keeps lettered items to plans of action", () => {
    expect(
      ProvisionSchema.safeParse({ id: "XXI/Decl/15", instrument: "XXI/Decl", number: 15, source: src }).success,
    ).toBe(true);
    expect(
      ProvisionSchema.safeParse({ id: "XXI/Decl/16", instrument: "XXI/Decl", number: 15, source: src }).success,
    ).toBe(false);
    expect(
      ProvisionSchema.safeParse({ id: "XXI/Decl/15a", instrument: "XXI/Decl", number: 15, item: "a", source: src })
        .success,
    ).toBe(false);
    expect(
      ProvisionSchema.safeParse({ id: "XXI/PoA/7B", instrument: "XXI/PoA", number: 7, item: "B", source: src }).success,
    ).toBe(false);
  });
});

describe("recommendations and organizations", () => {
  it("checks the recommendation id", () => {
    const r = {
      id: "wg2-2021/r6",
      workingGroup: "wg2",
      year: 2021,
      number: 6,
      title: { en: "x" },
      topic: "social-protection",
      source: src,
    };
    expect(WorkingGroupRecommendationSchema.safeParse(r).success).toBe(true);
    expect(WorkingGroupRecommendationSchema.safeParse({ ...r, number: 7 }).success).toBe(false);
  });
  it("wants lowercase organization ids", () => {
    const o = { id: "ilo", kind: "international-partner", name: { en: "ILO", es: "OIT" }, source: src };
    expect(OrganizationSchema.safeParse(o).success).toBe(true);
    expect(OrganizationSchema.safeParse({ ...o, id: "ILO" }).success).toBe(false);
  });
});

describe("schemas on arbitrary input", () => {
  it("never throw", () => {
    const schemas = [
      ConferenceSchema,
      CycleAuthoritiesSchema,
      InstrumentSchema,
      ProvisionSchema,
      MeetingSchema,
      OrganizationSchema,
      WorkingGroupRecommendationSchema,
    ];
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        for (const schema of schemas) expect(typeof schema.safeParse(v).success).toBe("boolean");
      }),
    );
  });
});

describe("JSON Schema export", () => {
  it("works for every process schema", () => {
    const schemas = Object.entries(processEntities).filter(
      ([name, v]) => name.endsWith("Schema") && v instanceof z.ZodType,
    );
    expect(schemas.length).toBeGreaterThan(20);
    for (const [name, schema] of schemas) {
      const json = z.toJSONSchema(schema as z.ZodType, { io: "input", unrepresentable: "any" });
      expect(typeof json, name).toBe("object");
    }
  });
});
