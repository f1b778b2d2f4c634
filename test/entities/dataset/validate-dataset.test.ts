import { describe, expect, it } from "vitest";
import * as fc from "fast-check";
import { DatasetSchema, parseDataset, validateDataset, type Dataset } from "iacml/entities";
import { formatIssue } from "iacml/core";
import { dataset } from "iacml/data";

const real = DatasetSchema.parse(dataset);
const codes = (ds: Dataset) => validateDataset(ds).map((f) => `${f.code} ${f.certainty} ${f.path.join(".")}`);

describe("validateDataset on the reference dataset", () => {
  it("finds only the disagreements the documents themselves contain", () => {
    const findings = validateDataset(real);
    expect(findings.map((f) => f.code).sort()).toEqual([
      "entities.deadlines-disagree",
      "entities.stated-count-differs",
      "entities.stated-period-differs",
    ]);
    const count = findings.find((f) => f.code === "entities.stated-count-differs")!;
    expect(count.params).toMatchObject({ measure: "bilateral-cooperations.ongoing", stated: 4, listed: 5 });
    const period = findings.find((f) => f.code === "entities.stated-period-differs")!;
    expect(period.params).toMatchObject({ stated: "2028-2020", listed: "2018-2020" });
    for (const f of findings) expect(formatIssue(f, "es")).not.toBe(f.message);
  });
});

describe("validateDataset on broken data", () => {
  const action = real.actions[0]!;
  it("reports duplicate ids with the path of the second record", () => {
    expect(codes({ ...real, actions: [...real.actions, action] })).toContain(
      `entities.duplicate-id certain actions.${real.actions.length}.id`,
    );
  });

  it("reports a host that is not a member state and an unknown priority line", () => {
    const broken = { ...action, priorityLine: "wp-2022-2024/pl99", host: { memberStates: ["ZZ"], organizations: [], confirmed: true } };
    const found = codes({ ...real, actions: [broken] });
    expect(found).toContain("entities.unknown-reference certain actions.0.priorityLine");
    expect(found).toContain("entities.unknown-reference certain actions.0.host.memberStates.0");
  });

  it("reports dates outside the work plan, certain or possible", () => {
    const outside = { ...action, when: { kind: "days" as const, start: "2019-05-01", end: "2019-05-02" } } as Dataset["actions"][number];
    const straddling = { ...action, id: "x2", when: { kind: "months" as const, start: "2024-12", end: "2025-01" } } as Dataset["actions"][number];
    const found = codes({ ...real, actions: [outside, straddling] });
    expect(found).toContain("entities.outside-work-plan-period certain actions.0.when");
    expect(found).toContain("entities.outside-work-plan-period possible actions.1.when");
  });

  it("does not depend on the order of records", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([...real.actions], { minLength: real.actions.length }), (shuffled) => {
        const key = (ds: Dataset) => validateDataset(ds).map((f) => `${f.code}|${f.subjects.join(",")}`).sort();
        expect(key({ ...real, actions: shuffled })).toEqual(key(real));
      }),
      { numRuns: 20 },
    );
  });
});

describe("parseDataset", () => {
  it("returns issues with paths for bad records", () => {
    const r = parseDataset({ conferences: [{ id: "xxi" }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.path.slice(0, 2)).toEqual(["conferences", 0]);
    expect(parseDataset(JSON.parse(JSON.stringify(dataset))).ok).toBe(true);
  });

  it("never throws on arbitrary JSON", () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => typeof parseDataset(v).ok === "boolean"));
    fc.assert(fc.property(fc.record({ actions: fc.array(fc.jsonValue()) }), (v) => parseDataset(v).ok === false || true));
  });
});
