import { describe, expect, it } from "vitest";
import {
  CooperationStatementSchema,
  DecisionRecordSchema,
  fieldBasis,
  OasDocumentSymbolSchema,
  ParticipantSchema,
  ParticipationCountSchema,
  StatedOutputSchema,
} from "iacml/entities";
import { dataset } from "iacml/data";

const source = { document: "001_04952725e56fd583.txt", section: "I. Introduction" };

describe("the shapes of stated facts", () => {
  it("tells stated, inferred and outside-knowledge fields apart", () => {
    const record = {
      inferred: [{ fields: ["when"], reasoning: "r", from: [] }],
      outsideKnowledge: [{ fields: ["name.es"], reference: "https://www.oas.org/es/" }],
    };
    expect(fieldBasis(record, "when")).toBe("inferred");
    expect(fieldBasis(record, "name.es")).toBe("outside-knowledge");
    expect(fieldBasis(record, "title")).toBe("stated");
  });

  it("reads OAS symbols with a revision", () => {
    expect(OasDocumentSymbolSchema.safeParse("CIDI/CIMT/RPA/doc.33/22 rev.1").success).toBe(true);
    expect(OasDocumentSymbolSchema.safeParse("doc.33").success).toBe(false);
  });

  it("requires a party or a name for a participant, and a count's words", () => {
    expect(ParticipantSchema.safeParse({ role: "Chair", source }).success).toBe(false);
    expect(ParticipantSchema.safeParse({ name: "Gerardo Corres", source }).success).toBe(true);
    expect(ParticipationCountSchema.safeParse({ count: 27, unit: "countries", source }).success).toBe(false);
    expect(
      StatedOutputSchema.safeParse({
        text: "x",
        figure: { value: 90, qualifier: "more than", unit: "instruments" },
        source,
      }).success,
    ).toBe(true);
  });

  it("pairs a 'respectively' statement one to one", () => {
    const base = { id: "s", respectively: true, topics: [], text: "t", source };
    expect(CooperationStatementSchema.safeParse({ ...base, recipients: ["VC", "BB"], providers: ["BB"] }).success).toBe(
      false,
    );
    expect(CooperationStatementSchema.safeParse({ ...base, recipients: ["VC"], providers: ["BB"] }).success).toBe(true);
  });

  it("keeps the January 2023 decision on RIAL resources with its document", () => {
    const d = dataset.decisions.find((x) => x.id === "decision/2023-01-27/rial-travel-support")!;
    expect(DecisionRecordSchema.parse(d)).toEqual(d);
    expect(d.recordedIn).toBe("CIDI/CIMT/RPA/doc.45/23");
    expect(fieldBasis(d, "recordedIn")).toBe("inferred");
  });

  it("marks what no document states in the reference dataset", () => {
    const xxii = dataset.conferences.find((c) => c.id === "xxii")!;
    expect(fieldBasis(xxii, "format")).toBe("inferred");
    const roles = dataset.bilateralCooperations.filter((c) => c.roles?.basis === "inferred").map((c) => c.id);
    expect(roles.sort()).toEqual([
      "rial-bc/2018-2021/hn-pe-employment-services",
      "rial-bc/2018-2021/tt-ca-violence-harassment",
    ]);
    const feb9 = dataset.annexEntries.find((e) => e.id === "cal-2022-2024/cie-2023-02")!;
    expect(fieldBasis(feb9, "when")).toBe("inferred");
    const newForms = dataset.annexEntries.find((e) => e.id === "cal-2022-2024/workshop-new-forms-of-employment")!;
    expect(newForms.asWritten).toBe("(Subject to consultation)");
    expect(fieldBasis(newForms, "when")).toBe("inferred");
  });
});
