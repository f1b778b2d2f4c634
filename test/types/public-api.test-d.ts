import { describe, expectTypeOf, it } from "vitest";
import {
  allocate,
  amount,
  parseDateSpec,
  parsePlainDate,
  plainDate,
  type Amount,
  type DateSpec,
  type Finding,
  type Issue,
  type PlainDate,
  type Result,
} from "iacml/core";
import { ConferenceSchema, type Conference, type Dataset } from "iacml/entities";
import { budgetSituation } from "iacml/budget";
import { dataset } from "iacml/data";

describe("public types guide the user", () => {
  it("Result narrows on ok", () => {
    const r = parsePlainDate("2024-02-29");
    if (r.ok) expectTypeOf(r.value).toEqualTypeOf<PlainDate>();
    else expectTypeOf(r.issues).toEqualTypeOf<readonly Issue[]>();
    expectTypeOf(parseDateSpec).returns.toEqualTypeOf<Result<DateSpec>>();
  });

  it("PlainDate is branded: a bare string is not a PlainDate", () => {
    expectTypeOf<string>().not.toMatchTypeOf<PlainDate>();
    expectTypeOf(plainDate("2024-01-01")).toMatchTypeOf<string>();
  });

  it("DateSpec is a discriminated union", () => {
    const spec = {} as DateSpec;
    if (spec.kind === "oneOf") expectTypeOf(spec.options).toEqualTypeOf<readonly DateSpec[]>();
    if (spec.kind === "days") expectTypeOf(spec.start).toEqualTypeOf<PlainDate>();
  });

  it("a Finding is an Issue with certainty and subjects", () => {
    expectTypeOf<Finding>().toMatchTypeOf<Issue>();
    expectTypeOf<Finding["certainty"]>().toEqualTypeOf<"certain" | "possible">();
  });

  it("money is Amount, never number", () => {
    expectTypeOf(amount("1.00")).toEqualTypeOf<Amount>();
    expectTypeOf(allocate).returns.toEqualTypeOf<Result<Amount[]>>();
    expectTypeOf<number>().not.toMatchTypeOf<Amount>();
  });

  it("entity types are inferred from their schemas", () => {
    expectTypeOf<Conference>().toEqualTypeOf<ReturnType<typeof ConferenceSchema.parse>>();
    expectTypeOf(dataset.conferences).toMatchTypeOf<readonly Conference[]>();
    expectTypeOf<Dataset["actions"][number]["id"]>().toEqualTypeOf<string>();
  });

  it("the budget situation needs an explicit asOf", () => {
    type Options = Parameters<typeof budgetSituation>[2];
    expectTypeOf<Options>().toHaveProperty("asOf");
  });
});
