// Every zod schema exported by the package (names ending in "Schema"), as JSON Schema (draft
// 2020-12) of its input — what a JSON document must look like — keyed by the name without
// "Schema". `npm run schemas` writes them to docs/schemas/; test/entities/json-schemas.test.ts
// checks them with two validators against what the parsers accept and reject.
//
// zod writes types, enums, lengths, bounds and regexes by itself; what it writes as a bare
// `{"type": "string"}` are its refinements (functions). This script says in JSON Schema what
// those refinements check, wherever JSON Schema can say it, recognizing them by the function
// they call (never by editing the schema files):
//
// - a PlainDate (`isPlainDate`): a `YYYY-MM-DD` that names a real Gregorian day, years
//   0001-9999 (leap years included), as a `pattern`, plus `format: "date"`;
// - a PlainMonth (`isPlainMonth`): `YYYY-MM`, months 01-12, years 0001-9999;
// - the years a DateSpec may name (`isSupportedYear`, 1583-9899): one more pattern;
// - a currency code (`isCurrencyCode`): the `enum` of the active ISO 4217 codes the library knows;
// - money written as text (`MoneyTextSchema`): a plain decimal string (no exponent, grouping or
//   spaces), or a JSON number; a budget line's `approved` amount is not negative.
//
// And every object has `additionalProperties: false`, unless its zod schema says otherwise
// (records, loose objects). This is one point where the JSON Schemas are stricter than the
// parsers, on purpose: the parsers drop an unknown property silently, so a misspelt property
// (`"aproved"`) loses its value; the JSON Schema says so before that happens.
//
// What JSON Schema cannot say, and the parsers check: ranges whose end comes before their start,
// a period that does not name the spec's days, sums (lines against the declared total),
// references between records (validateDataset), limits on input size and nesting.
import * as z from "zod";
import * as api from "../../src/index.js";
import { currencies } from "../../src/core/money/currencies.js";
import { isCurrencyCode } from "../../src/core/money/currency.js";
import { isPlainDate, isPlainMonth, MAX_SUPPORTED_YEAR, MIN_SUPPORTED_YEAR } from "../../src/core/plain-date.js";

const DAY_OF_MONTH =
  "(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))";
const LEAP_YEAR = "(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)";
/** `YYYY-MM-DD` naming a real day in the years 0001-9999. */
export const PLAIN_DATE_PATTERN = `^(?!0000)(?:\\d{4}-${DAY_OF_MONTH}|${LEAP_YEAR}-02-29)$`;
/** `YYYY-MM` in the years 0001-9999. */
export const PLAIN_MONTH_PATTERN = "^(?!0000)\\d{4}-(?:0[1-9]|1[0-2])$";
/** A date or month whose year lies in 1583-9899 (MIN_SUPPORTED_YEAR-MAX_SUPPORTED_YEAR). */
export const SUPPORTED_YEAR_PATTERN = "^(?:158[3-9]|159\\d|1[6-9]\\d{2}|[2-8]\\d{3}|9[0-8]\\d{2})-";
/** A plain decimal: an optional minus, no leading zeros, an optional fraction. */
export const DECIMAL_PATTERN = "^-?(?:0|[1-9]\\d*)(?:\\.\\d+)?$";
/** A plain decimal that is not negative (`-0` is zero). */
export const NON_NEGATIVE_DECIMAL_PATTERN = "^(?:-?0(?:\\.0+)?|(?:0|[1-9]\\d*)(?:\\.\\d+)?)$";

if (MIN_SUPPORTED_YEAR !== 1583 || MAX_SUPPORTED_YEAR !== 9899) {
  throw new Error(
    `SUPPORTED_YEAR_PATTERN says 1583-9899; the library now says ${MIN_SUPPORTED_YEAR}-${MAX_SUPPORTED_YEAR}`,
  );
}

type Json = Record<string, unknown>;
type Check = { _zod: { def: { check?: string; fn?: unknown } } };

/** The functions of a zod schema's refinements. */
function refinements(schema: z.core.$ZodType): ((value: unknown) => unknown)[] {
  const checks = ((schema._zod.def as { checks?: Check[] }).checks ?? []) as Check[];
  return checks.map((c) => c._zod.def.fn).filter((fn): fn is (value: unknown) => unknown => typeof fn === "function");
}

/** Whether a refinement behaves as `isSupportedYear` (it is a closure, so it is asked, not compared). */
function isSupportedYearCheck(fn: (value: unknown) => unknown): boolean {
  try {
    return (
      fn(`${MIN_SUPPORTED_YEAR}-01-01`) === true &&
      fn(`${MAX_SUPPORTED_YEAR}-12-31`) === true &&
      fn(`${MIN_SUPPORTED_YEAR - 1}-12-31`) === false &&
      fn(`${MAX_SUPPORTED_YEAR + 1}-01-01`) === false
    );
  } catch {
    return false;
  }
}

function addPattern(json: Json, pattern: string): void {
  if (json.pattern === undefined) json.pattern = pattern;
  else if (json.pattern !== pattern) json.allOf = [...((json.allOf as Json[] | undefined) ?? []), { pattern }];
}

const money = (pattern: string, minimum?: number): Json => ({
  anyOf: [
    { type: "string", pattern },
    { type: "number", ...(minimum === undefined ? {} : { minimum }) },
  ],
});

function override(ctx: { zodSchema: z.core.$ZodType; jsonSchema: Json }): void {
  const { zodSchema, jsonSchema: json } = ctx;
  const def = zodSchema._zod.def as { type: string };
  if (zodSchema === api.MoneyTextSchema) {
    for (const key of Object.keys(json)) delete json[key];
    Object.assign(json, money(DECIMAL_PATTERN));
    return;
  }
  if (def.type === "string") {
    const fns = refinements(zodSchema);
    if (fns.includes(isPlainDate)) {
      addPattern(json, PLAIN_DATE_PATTERN);
      json.format = "date";
    }
    if (fns.includes(isPlainMonth)) addPattern(json, PLAIN_MONTH_PATTERN);
    if (fns.some(isSupportedYearCheck)) addPattern(json, SUPPORTED_YEAR_PATTERN);
    if (fns.includes(isCurrencyCode)) json.enum = Object.keys(currencies).filter(isCurrencyCode).sort();
  }
  if (def.type === "object" && json.type === "object" && !("additionalProperties" in json)) {
    json.additionalProperties = false;
  }
  if (zodSchema === api.BudgetLineSchema) {
    (json.properties as Json).approved = money(NON_NEGATIVE_DECIMAL_PATTERN, 0);
  }
}

export function entityJsonSchemas(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(api).sort(([a], [b]) => a.localeCompare(b))) {
    if (!name.endsWith("Schema") || !(value instanceof z.ZodType)) continue;
    out[name.slice(0, -"Schema".length)] = z.toJSONSchema(value, {
      io: "input",
      unrepresentable: "any",
      override: override as never,
    });
  }
  return out;
}
