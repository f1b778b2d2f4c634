import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { Validator } from "@cfworker/json-schema";
import fc from "fast-check";
import { parseBudgetPlan, parseLedger } from "iacml/budget";
import { isPlainDate, isPlainMonth } from "iacml/core";
import { dataset, rialBudget2022To2024 } from "iacml/data";
import { parseDataset } from "iacml/entities";
import { entityJsonSchemas, PLAIN_DATE_PATTERN, PLAIN_MONTH_PATTERN } from "../scripts/entity-json-schemas.js";

const dir = new URL("../../docs/schemas/", import.meta.url);
const generated = entityJsonSchemas() as Record<string, object>;

type Json = unknown;
type Path = (string | number)[];
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

type Validators = { ajv: (value: Json) => boolean; cfworker: (value: Json) => boolean };
const compiled = new Map<string, Validators>();
/** Two independent validators: ajv (compiles to code) and @cfworker/json-schema (interprets). */
function validators(name: string): Validators {
  const known = compiled.get(name);
  if (known) return known;
  const schema = generated[name]!;
  // `format` is left to the patterns here (ajv checks formats only with ajv-formats); cfworker checks it.
  const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: false }).compile(schema);
  const cf = new Validator(schema as never, "2020-12", true);
  const made: Validators = { ajv: (value) => ajv(value) === true, cfworker: (value) => cf.validate(value).valid };
  compiled.set(name, made);
  return made;
}

/** The path of the first value (depth first) that satisfies `test`. */
function find(
  value: Json,
  test: (v: Json, key: string | number | undefined) => boolean,
  path: Path = [],
  key?: string | number,
): Path | undefined {
  if (test(value, key)) return path;
  if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      const at = find(v, test, [...path, Array.isArray(value) ? Number(k) : k], Array.isArray(value) ? Number(k) : k);
      if (at) return at;
    }
  }
  return undefined;
}

/** A copy of `value` with the value at `path` changed (or removed, when `change` gives `undefined`). */
function mutate<T>(value: T, path: Path, change: (old: Json) => Json): T {
  const copy = clone(value) as Record<string | number, Json>;
  let at: Record<string | number, Json> = copy;
  for (const k of path.slice(0, -1)) at = at[k] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  const next = change(at[last]);
  if (next === undefined) delete at[last];
  else at[last] = next;
  return copy as T;
}

const isDateText = (v: Json) => typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v);
const isMonthText = (v: Json) => typeof v === "string" && /^\d{4}-\d{2}$/.test(v);
const required = (path: Path | undefined, what: string): Path => {
  if (!path) throw new Error(`the shipped data has no ${what} to mutate`);
  return path;
};

const datasetJson = clone(dataset);
const { plan: planJson, ledger: ledgerJson } = clone(rialBudget2022To2024);
const aDate = required(find(datasetJson, isDateText), "PlainDate");
const aMonth = required(find(datasetJson, isMonthText), "PlainMonth");
const aDaysSpec = required(
  find(datasetJson, (v) => !!v && typeof v === "object" && (v as { kind?: unknown }).kind === "days"),
  "days spec",
);
const aLedgerDate = required(
  find(ledgerJson, (v, k) => k === "valueDate" && isDateText(v)),
  "ledger date",
);
const aLedgerLine = required(
  find(ledgerJson, (v, k) => k === "line" && typeof v === "string"),
  "ledger entry on a line",
);

interface Case {
  readonly name: string;
  readonly schema: string;
  readonly value: Json;
  readonly parse: (value: Json) => boolean;
}
const viaDataset = (value: Json) => parseDataset(value).ok;
const viaPlan = (value: Json) => parseBudgetPlan(value).ok;
const viaLedger = (value: Json) => parseLedger(value, rialBudget2022To2024.plan).ok;

const dateCases: Case[] = [
  "2022/02/30",
  "2022-13-01",
  "2022-02-30",
  "2023-02-29",
  "2023-04-31",
  "0000-01-01",
  "2022-1-5",
  " 2022-01-05",
].map((bad) => ({
  name: `a PlainDate "${bad}"`,
  schema: "Dataset",
  value: mutate(datasetJson, aDate, () => bad),
  parse: viaDataset,
}));
/** Mutations that the parsers reject and JSON Schema can describe: both validators must reject them. */
const rejected: Case[] = [
  ...dateCases,
  {
    name: 'a PlainMonth "2022-13"',
    schema: "Dataset",
    value: mutate(datasetJson, aMonth, () => "2022-13"),
    parse: viaDataset,
  },
  {
    name: 'a PlainMonth "2022-00"',
    schema: "Dataset",
    value: mutate(datasetJson, aMonth, () => "2022-00"),
    parse: viaDataset,
  },
  {
    name: "a date spec in 1500, before the supported years",
    schema: "Dataset",
    value: mutate(datasetJson, aDaysSpec, (spec) => ({ ...(spec as object), start: "1500-01-01" })),
    parse: viaDataset,
  },
  {
    name: 'a member state id "usa"',
    schema: "Dataset",
    value: mutate(datasetJson, ["memberStates", 0, "id"], () => "usa"),
    parse: viaDataset,
  },
  {
    name: "an id with a space",
    schema: "Dataset",
    value: mutate(datasetJson, ["conferences", 0, "id"], () => "xxi conference"),
    parse: viaDataset,
  },
  {
    name: "a date spec of an unknown kind",
    schema: "Dataset",
    value: mutate(datasetJson, aDaysSpec, (spec) => ({ ...(spec as object), kind: "week" })),
    parse: viaDataset,
  },
  {
    name: 'a negative approval "-1.00"',
    schema: "BudgetPlan",
    value: mutate(planJson, ["lines", 0, "approved"], () => "-1.00"),
    parse: viaPlan,
  },
  {
    name: "a negative approval -5 (a number)",
    schema: "BudgetPlan",
    value: mutate(planJson, ["lines", 0, "approved"], () => -5),
    parse: viaPlan,
  },
  {
    name: 'an approval "1,000.00"',
    schema: "BudgetPlan",
    value: mutate(planJson, ["lines", 0, "approved"], () => "1,000.00"),
    parse: viaPlan,
  },
  {
    name: 'an approval "1e5"',
    schema: "BudgetPlan",
    value: mutate(planJson, ["lines", 0, "approved"], () => "1e5"),
    parse: viaPlan,
  },
  {
    name: 'an approval "007.00"',
    schema: "BudgetPlan",
    value: mutate(planJson, ["lines", 0, "approved"], () => "007.00"),
    parse: viaPlan,
  },
  {
    name: 'a plan period from "2022-02-30"',
    schema: "BudgetPlan",
    value: mutate(planJson, ["period", "start"], () => "2022-02-30"),
    parse: viaPlan,
  },
  {
    name: 'a currency "usd"',
    schema: "BudgetPlan",
    value: mutate(planJson, ["currency"], () => "usd"),
    parse: viaPlan,
  },
  {
    name: 'a currency "XXX" (no currency)',
    schema: "BudgetPlan",
    value: mutate(planJson, ["currency"], () => "XXX"),
    parse: viaPlan,
  },
  {
    name: "a plan without lines",
    schema: "BudgetPlan",
    value: mutate(planJson, ["lines"], () => undefined),
    parse: viaPlan,
  },
  {
    name: 'a ledger value date "2022/02/30"',
    schema: "Ledger",
    value: mutate(ledgerJson, aLedgerDate, () => "2022/02/30"),
    parse: viaLedger,
  },
  {
    name: 'a ledger entry of type "gift"',
    schema: "Ledger",
    value: mutate(ledgerJson, [0, "type"], () => "gift"),
    parse: viaLedger,
  },
];

/** Rejected by the parsers, and out of JSON Schema's reach (a comparison of two values, a sum). */
const beyondJsonSchema: Case[] = [
  {
    name: "a range that ends before it starts",
    schema: "Dataset",
    value: mutate(datasetJson, aDaysSpec, (spec) => ({ ...(spec as object), start: "2024-12-31", end: "2024-01-01" })),
    parse: viaDataset,
  },
  {
    name: "a ledger entry on a line the plan does not have",
    schema: "Ledger",
    value: mutate(ledgerJson, aLedgerLine, () => "rial-2022-2024/l99"),
    parse: viaLedger,
  },
];

/** Accepted by the parsers (which drop unknown properties silently) and rejected by the schemas, on purpose. */
const stricter: Case[] = [
  {
    name: "a conference with an unknown property",
    schema: "Dataset",
    value: mutate(datasetJson, ["conferences", 0], (c) => ({ ...(c as object), aproved: true })),
    parse: viaDataset,
  },
  {
    name: "a budget line with a misspelt property",
    schema: "BudgetPlan",
    value: mutate(planJson, ["lines", 0], (l) => ({ ...(l as object), aproved: "1.00" })),
    parse: viaPlan,
  },
  {
    name: "a dataset with an unknown collection",
    schema: "Dataset",
    value: { ...datasetJson, people: [] },
    parse: viaDataset,
  },
];

describe("JSON Schemas of the entities (docs/schemas)", () => {
  it("are up to date with the zod schemas (run `npm run schemas` after a change)", () => {
    const onDisk = readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .map((f) => f.slice(0, -5))
      .sort();
    expect(onDisk).toEqual(Object.keys(generated).sort());
    for (const [name, schema] of Object.entries(generated)) {
      expect(JSON.parse(readFileSync(new URL(`${name}.json`, dir), "utf8")), name).toEqual(schema);
    }
  });

  it("accept the whole reference dataset, the RIAL plan and its ledger, in both validators", () => {
    for (const [name, value] of [
      ["Dataset", datasetJson],
      ["BudgetPlan", planJson],
      ["Ledger", ledgerJson],
    ] as const) {
      const v = validators(name);
      expect(v.ajv(value), `${name} (ajv)`).toBe(true);
      expect(v.cfworker(value), `${name} (@cfworker/json-schema)`).toBe(true);
    }
    expect(parseDataset(datasetJson).ok && parseBudgetPlan(planJson).ok && viaLedger(ledgerJson)).toBe(true);
  });

  it.each(rejected.map((c) => [c.name, c] as const))("reject what the parsers reject: %s", (_, c) => {
    expect(c.parse(c.value), "the parser").toBe(false);
    const v = validators(c.schema);
    expect(v.ajv(c.value), "ajv").toBe(false);
    expect(v.cfworker(c.value), "@cfworker/json-schema").toBe(false);
  });

  it.each(beyondJsonSchema.map((c) => [c.name, c] as const))(
    "leave to the parsers what JSON Schema cannot say: %s",
    (_, c) => {
      expect(c.parse(c.value), "the parser").toBe(false);
      const v = validators(c.schema);
      expect(v.ajv(c.value)).toBe(true);
      expect(v.cfworker(c.value)).toBe(true);
    },
  );

  it.each(stricter.map((c) => [c.name, c] as const))(
    "reject unknown properties, which the parsers drop: %s",
    (_, c) => {
      expect(c.parse(c.value), "the parser drops it").toBe(true);
      const v = validators(c.schema);
      expect(v.ajv(c.value), "ajv").toBe(false);
      expect(v.cfworker(c.value), "@cfworker/json-schema").toBe(false);
    },
  );

  it("say exactly what isPlainDate and isPlainMonth say", () => {
    const date = new RegExp(PLAIN_DATE_PATTERN, "u");
    const month = new RegExp(PLAIN_MONTH_PATTERN, "u");
    const digits = (n: number) => fc.integer({ min: 0, max: 10 ** n - 1 }).map((x) => String(x).padStart(n, "0"));
    const dateText = fc.oneof(
      fc.tuple(digits(4), digits(2), digits(2)).map(([y, m, d]) => `${y}-${m}-${d}`),
      fc
        .tuple(
          fc.constantFrom("0000", "0004", "1900", "2000", "2023", "2024", "2100", "2400", "9999"),
          fc.constantFrom("02", "04", "12", "13"),
          fc.constantFrom("28", "29", "30", "31"),
        )
        .map(([y, m, d]) => `${y}-${m}-${d}`),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(dateText, (s) => date.test(s) === isPlainDate(s)),
      { numRuns: 2000 },
    );
    const monthText = fc.oneof(
      fc.tuple(digits(4), digits(2)).map(([y, m]) => `${y}-${m}`),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(monthText, (s) => month.test(s) === isPlainMonth(s)),
      { numRuns: 1000 },
    );
  });
});
