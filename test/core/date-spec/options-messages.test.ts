import { describe, expect, it } from "vitest";
import {
  DateRangeSchema,
  DateSpecSchema,
  describeSchemaProblem,
  formatDateSpec,
  parseDateSpecValue,
  PlainMonthSchema,
  formatIssue,
  inMonth,
  parseDateSpec,
  parsePlainDate,
  PlainDateSchema,
  type Issue,
  type SchemaProblem,
} from "iacml/core";

const issuesOf = (text: unknown, options?: unknown): readonly Issue[] => {
  const r = parseDateSpec(text as string, options as never);
  return r.ok ? [] : r.issues;
};

describe("parseDateSpec checks its options at run time", () => {
  it("an unknown locale is a core.unknown-locale issue at path locale; the languages it reads are accepted", () => {
    const [i] = issuesOf("July 2024", { locale: "de" });
    expect(i).toMatchObject({ code: "core.unknown-locale", path: ["locale"] });
    for (const locale of ["en", "es", "pt", "fr"])
      expect(parseDateSpec("July 2024", { locale: locale as never }).ok).toBe(true);
  });
  it("an unknown order is an issue naming the option, in both languages", () => {
    const [i] = issuesOf("July 2024", { order: "ymd" });
    expect(i).toMatchObject({ code: "core.unknown-date-order", path: ["order"] });
    expect(formatIssue(i!, "en")).toContain("order is 'ymd'");
    expect(formatIssue(i!, "es")).toContain("La opción order es 'ymd'");
  });
  it("a year that is not a whole number in 1583-9899 is an issue naming the option, not 'no year given'", () => {
    for (const year of ["2023", 1200, 2023.5, 9900, Number.NaN]) {
      const [i] = issuesOf("Sep 21", { year });
      expect(i?.code).toBe("core.invalid-year-option");
      expect(i?.path).toEqual(["year"]);
    }
    expect(formatIssue(issuesOf("Sep 21", { year: "2023" })[0]!, "es")).toBe(
      "La opción year es '2023'; debe ser un año entero de 1583 a 9899",
    );
    expect(formatIssue(issuesOf("Sep 21", { year: [] })[0]!, "es")).toContain("es una lista");
  });
  it("null options, or null option values, are none", () => {
    expect(parseDateSpec("July 2024", null as never).ok).toBe(true);
    expect(parseDateSpec("July 2024", { year: null, order: null, locale: null } as never).ok).toBe(true);
    expect(parseDateSpec("Sep 21", { year: 2023 }).ok).toBe(true);
  });
});

describe("formatDateSpec", () => {
  it("throws a TypeError naming an unknown locale, never a silent Spanish", () => {
    expect(() => formatDateSpec(inMonth("2024-07"), "fr" as never)).toThrow(TypeError);
    expect(() => formatDateSpec(inMonth("2024-07"), "fr" as never)).toThrow(/locale: 'fr'/);
    expect(formatDateSpec(inMonth("2024-07"), "es")).toBe("julio de 2024");
  });
});

describe("date messages say what is wrong in words, never an ISO date", () => {
  it("a day that does not exist says how many days its month has", () => {
    const [i] = issuesOf("Sept 31, 2023");
    expect(i?.code).toBe("core.impossible-date");
    expect(formatIssue(i!, "en")).toBe("'Sept 31, 2023' names a day that does not exist: September 2023 has 30 days");
    expect(formatIssue(i!, "es")).toBe("'Sept 31, 2023' nombra un día que no existe: septiembre de 2023 tiene 30 días");
    expect(i?.params).toMatchObject({ year: 2023, month: "09", day: "31", days: 30 });
    const [feb] = issuesOf("29 de febrero de 2023");
    expect(formatIssue(feb!, "es")).toContain("febrero de 2023 tiene 28 días");
  });
  it("a weekday mismatch writes the date in words in each language", () => {
    const [i] = issuesOf("lunes 14 de marzo de 2023");
    expect(formatIssue(i!, "es")).toBe("'lunes 14 de marzo de 2023' dice lunes, pero el 14 de marzo de 2023 es martes");
    expect(formatIssue(i!, "en")).toBe("'lunes 14 de marzo de 2023' says lunes, but March 14, 2023 is a Tuesday");
    expect(i?.params).toMatchObject({ isoDate: "2023-03-14" });
  });
  it("a value that is not text names its type in Spanish", () => {
    expect(formatIssue(issuesOf(null)[0]!, "es")).toBe("Se esperaba un texto pero se recibió un valor nulo");
    expect(formatIssue(issuesOf(5)[0]!, "es")).toBe("Se esperaba un texto pero se recibió un número");
    expect(formatIssue(issuesOf([])[0]!, "en")).toBe("Expected text but got a list");
    const r = parsePlainDate(42);
    expect(!r.ok && formatIssue(r.issues[0]!, "es")).toBe("Se esperaba un texto pero se recibió un número");
    expect(!r.ok && r.issues[0]!.params.type).toBe("number");
  });
  it("the PlainDate schema says why a date is not a real day, in English and Spanish", () => {
    const text = (value: string) => {
      const r = PlainDateSchema.safeParse(value);
      if (r.success) throw new Error("expected a failure");
      return describeSchemaProblem(r.error.issues[0] as unknown as SchemaProblem);
    };
    expect(text("2023-02-30")).toEqual({
      detail: "'2023-02-30' names a day that does not exist: February 2023 has 28 days",
      detailEs: "'2023-02-30' nombra un día que no existe: febrero de 2023 tiene 28 días",
    });
    expect(text("2024-13-01").detailEs).toBe("'2024-13-01' nombra el mes 13, que no existe");
    expect(text("31/12/2023").detailEs).toBe("'31/12/2023' no es una fecha escrita AAAA-MM-DD");
    expect(PlainDateSchema.safeParse("2024-02-29").success).toBe(true);
  });
  it("the PlainMonth, DateRange and DateSpec schemas say what is wrong in Spanish too", () => {
    const first = (
      schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: unknown[] } } },
      value: unknown,
    ) => describeSchemaProblem(schema.safeParse(value).error!.issues[0] as SchemaProblem).detailEs;
    expect(first(PlainMonthSchema, "2024-13")).toBe("'2024-13' nombra el mes 13, que no existe");
    expect(first(DateRangeSchema, { start: "2024-02-02", end: "2024-02-01" })).toBe(
      "el intervalo termina antes de empezar",
    );
    expect(first(DateSpecSchema, { kind: "days", start: "9999-01-01", end: "9999-01-02" })).toContain(
      "entre los años 1583 y 9899",
    );
    const r = parseDateSpecValue({ kind: "month", month: "2024-13" });
    expect(!r.ok && formatIssue(r.issues[0]!, "es")).toContain("'2024-13' nombra el mes 13, que no existe");
  });
  it("a custom refinement without its own Spanish keeps the generic text", () => {
    expect(describeSchemaProblem({ code: "custom", message: "x", path: [], params: { detailEs: 3 } }).detailEs).toBe(
      "el valor no cumple las condiciones de este campo",
    );
  });
});
