import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { dataset, rialBudget2022To2024 } from "iacml/data";
import { entityJsonSchemas } from "../scripts/entity-json-schemas.js";

const dir = new URL("../../docs/schemas/", import.meta.url);
const generated = entityJsonSchemas();

describe("JSON Schemas of the entities (docs/schemas)", () => {
  it("are up to date with the zod schemas (run `npm run schemas` after a change)", () => {
    const onDisk = readdirSync(dir).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -5)).sort();
    expect(onDisk).toEqual(Object.keys(generated).sort());
    for (const [name, schema] of Object.entries(generated)) {
      expect(JSON.parse(readFileSync(new URL(`${name}.json`, dir), "utf8")), name).toEqual(schema);
    }
  });

  it("accept the whole reference dataset with an independent validator (ajv)", () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const validate = ajv.compile(generated["Dataset"] as object);
    const json = JSON.parse(JSON.stringify(dataset));
    const valid = validate(json);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it("accept the RIAL budget plan and its ledger", () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const json = JSON.parse(JSON.stringify(rialBudget2022To2024));
    const plan = ajv.compile(generated["BudgetPlan"] as object);
    expect(plan(json.plan), JSON.stringify(plan.errors)).toBe(true);
    const ledger = ajv.compile(generated["Ledger"] as object);
    expect(ledger(json.ledger), JSON.stringify(ledger.errors)).toBe(true);
  });

  it("reject what the zod schemas reject", () => {
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(generated["Conference"] as object);
    expect(validate({ id: "xxi" })).toBe(false);
    expect(validate(JSON.parse(JSON.stringify(dataset.conferences[0])))).toBe(true);
  });
});
