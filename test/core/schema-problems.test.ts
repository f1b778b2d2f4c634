import { describe, expect, it } from "vitest";
import * as z from "zod";
import { describeSchemaProblem, formatIssue, parseWithSchema, schemaIssues, type Issue } from "iacml/core";
import { parseDataset } from "iacml/entities";
import { parseCalendarEvents } from "iacml/calendar";
import { parseCycleRules } from "iacml/cycle";
import { parseBudgetPlan } from "iacml/budget";
import { parseTraceInput } from "iacml/mandates";

const toIssue = (
  { detail, detailEs }: { detail: string; detailEs: string },
  path: readonly (string | number)[],
): Issue => ({
  code: "app.invalid",
  severity: "error",
  message: detail,
  path,
  params: { detail, detailEs },
});

describe("schema problems in English and Spanish", () => {
  it("writes the Spanish from the problem's code and bounds", () => {
    const cases: [z.ZodType, unknown, string][] = [
      [z.string(), 1, "se esperaba texto"],
      [z.array(z.number()), "x", "se esperaba una lista"],
      [z.string().min(3), "ab", "se esperaba al menos 3 caracteres"],
      [z.number().max(10), 11, "se esperaba un valor de 10 o menos"],
      [z.number().positive(), 0, "se esperaba un valor mayor que 0"],
      [z.enum(["a", "b"]), "c", "se esperaba uno de estos valores: 'a', 'b'"],
      [z.strictObject({ a: z.string() }), { a: "x", b: 1 }, "campos desconocidos: 'b'"],
      [z.string().regex(/^\d+$/), "x", "el formato no es válido"],
      [z.union([z.string(), z.number()]), true, "el valor no tiene ninguna de las formas admitidas"],
      [z.string().refine(() => false, "nope"), "x", "el valor no cumple las condiciones de este campo"],
    ];
    for (const [schema, value, spanish] of cases) {
      const parsed = schema.safeParse(value);
      expect(parsed.success).toBe(false);
      if (!parsed.success) expect(describeSchemaProblem(parsed.error.issues[0]!).detailEs).toBe(spanish);
    }
  });

  it("caps the issues and counts the rest", () => {
    const parsed = z.array(z.string()).safeParse(Array.from({ length: 50 }, (_, i) => i));
    expect(parsed.success).toBe(false);
    if (!parsed.success) {
      const issues = schemaIssues(parsed.error.issues, toIssue, { maxIssues: 5 });
      expect(issues).toHaveLength(6);
      expect(issues[5]?.params.omitted).toBe(45);
    }
    const r = parseWithSchema(z.object({ n: z.number() }), { n: "1" }, toIssue);
    expect(!r.ok && r.issues[0]?.path).toEqual(["n"]);
  });

  it("every module's invalid-input issue reads in Spanish", () => {
    const results = [
      parseDataset({ conferences: [{ id: 7 }] }),
      parseCalendarEvents([{ id: "x" }]),
      parseCycleRules({ milestones: "nope" }),
      parseBudgetPlan({ id: 7 }),
      parseTraceInput({ instruments: 1 }),
    ];
    for (const r of results) {
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      const spanish = formatIssue(r.issues[0]!, "es");
      expect(spanish, spanish).not.toMatch(/\b(expected|received|Invalid|input)\b/);
      expect(spanish).toMatch(/se esperaba|no válid|no tiene|desconocidos|no cumple/);
    }
  });
});
