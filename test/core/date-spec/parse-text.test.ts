import { describe, expect, it } from "vitest";
import * as fc from "fast-check";
import {
  allOf,
  formatDateSpec,
  formatIssue,
  inMonth,
  inMonths,
  oneOf,
  onDays,
  parseDateSpec,
  toBeDetermined,
  toDayNumber,
  type DateSpec,
} from "iacml/core";
import { daysArb, deepFreeze, monthsArb, oneMonthArb, tbdArb } from "./arbitraries.js";

const read = (text: string, year?: number) => {
  const r = parseDateSpec(text, year === undefined ? {} : { year });
  if (!r.ok) throw new Error(`${text}: ${r.issues.map((i) => i.message).join("; ")}`);
  return r.value;
};

describe("parseDateSpec reads the documents' forms", () => {
  const cases: [string, DateSpec, number?][] = [
    ["Sep 21-22, 2023", onDays("2023-09-21", "2023-09-22")],
    ["Sep. 21-22", onDays("2023-09-21", "2023-09-22"), 2023],
    ["Sep.21-\n22", onDays("2023-09-21", "2023-09-22"), 2023],
    ["September 10 & 15, 2020", allOf(onDays("2020-09-10"), onDays("2020-09-15"))],
    ["September 10 and 15th, 2020", allOf(onDays("2020-09-10"), onDays("2020-09-15"))],
    ["Oct 31- Nov 10, 2022", onDays("2022-10-31", "2022-11-10")],
    ["May 27 - Jun 11", onDays("2023-05-27", "2023-06-11"), 2023],
    ["Jan. 2024", inMonth("2024-01")],
    ["Jan.", inMonth("2023-01"), 2023],
    ["JAN", inMonth("2023-01"), 2023],
    ["Jul-Aug 2024", inMonths("2024-07", "2024-08")],
    ["Jul – Aug   2024", inMonths("2024-07", "2024-08")],
    ["April or May 2024", oneOf(inMonth("2024-04"), inMonth("2024-05"))],
    ["July or August 2024", oneOf(inMonth("2024-07"), inMonth("2024-08"))],
    ["Nov", inMonth("2024-11"), 2024],
    ["Sept 5, 2024", onDays("2024-09-05")],
    ["to be confirmed", toBeDetermined()],
    ["TBC", toBeDetermined()],
    ["(Subject to consultation)", toBeDetermined()],
    ["por confirmar", toBeDetermined()],
    ["a confirmar", toBeDetermined()],
    ["to be confirmed (July 1–August 31, 2024)", toBeDetermined({ start: "2024-07-01", end: "2024-08-31" })],
    ["TBD, July 2024", toBeDetermined({ start: "2024-07-01", end: "2024-07-31" })],
    ["2024-01-15", onDays("2024-01-15")],
    [" 2024-01 ", inMonth("2024-01")],
    ["21 y 22 de septiembre de 2023", onDays("2023-09-21", "2023-09-22")],
    ["julio o agosto de 2024", oneOf(inMonth("2024-07"), inMonth("2024-08"))],
    ["septiembre u octubre de 2024", oneOf(inMonth("2024-09"), inMonth("2024-10"))],
    ["del 31 de octubre al 10 de noviembre de 2022", onDays("2022-10-31", "2022-11-10")],
    ["September 22-24, 2021", onDays("2021-09-22", "2021-09-24")],
    ["from September 22 to 24, 2021", onDays("2021-09-22", "2021-09-24")],
    ["22 al 24 de septiembre de 2021", onDays("2021-09-22", "2021-09-24")],
    ["10 y 15 de septiembre de 2020", allOf(onDays("2020-09-10"), onDays("2020-09-15"))],
    ["enero de 2024", inMonth("2024-01")],
    ["setiembre", inMonth("2021-09"), 2021],
    ["13 September 2021", onDays("2021-09-13")],
    ["April 26th and 27th, 2018", onDays("2018-04-26", "2018-04-27")],
    ["between April and July 2022", inMonths("2022-04", "2022-07")],
    ["entre abril y julio de 2022", inMonths("2022-04", "2022-07")],
    ["March and July 2024", allOf(inMonth("2024-03"), inMonth("2024-07"))],
    ["January 27, 2023 and January 2024", allOf(onDays("2023-01-27"), inMonth("2024-01"))],
    ["July 14 and August 27, 2021", allOf(onDays("2021-07-14"), onDays("2021-08-27"))],
    ["September 29 – November 24, 2020", onDays("2020-09-29", "2020-11-24")],
    ["15, 16 and 17 March 2022", onDays("2022-03-15", "2022-03-17")],
    ["2022", inMonths("2022-01", "2022-12")],
  ];
  it.each(cases)("%s", (text, expected, year) => {
    expect(read(text, year)).toEqual(expected);
  });
});

describe("parseDateSpec reports what it cannot read", () => {
  const issueOf = (text: string, year?: number) => {
    const r = parseDateSpec(text, year === undefined ? {} : { year });
    expect(r.ok).toBe(false);
    return r.ok ? undefined : r.issues[0];
  };
  it("points at the unreadable part", () => {
    const i = issueOf("Sep 21 foo, 2023");
    expect(i?.code).toBe("core.unknown-date-word");
    expect(i?.span).toEqual({ start: 7, end: 10 });
    expect(issueOf("Sep 21 @ 2023")?.span).toEqual({ start: 7, end: 8 });
    expect(issueOf("- Sep 21, 2023")?.span).toEqual({ start: 0, end: 1 });
    expect(issueOf("Jan. 27 Jan. 2024")?.span).toEqual({ start: 8, end: 11 });
    expect(issueOf("Sep 123, 2023")?.code).toBe("core.unknown-date-word");
    expect(issueOf("21-22", 2023)?.code).toBe("core.unknown-date-text");
    expect(issueOf("")?.code).toBe("core.unknown-date-text");
    expect(issueOf("Sep 1-3-5, 2023")?.code).toBe("core.unknown-date-text");
    expect(read("to be confirmed (TBC)")).toEqual({ kind: "tbd", note: "TBC" });
    expect(read("to be confirmed (April or May 2024)")).toEqual(
      toBeDetermined({ start: "2024-04-01", end: "2024-05-31" }),
    );
  });
  it("missing year, impossible day, reversed and mixed ranges, incomplete text", () => {
    const missing = issueOf("Sep. 21-22");
    expect(missing?.code).toBe("core.missing-year");
    expect(formatIssue(missing!, "es")).toContain("no tiene año");
    expect(issueOf("Nov", 0)?.code).toBe("core.invalid-year-option"); // a year option out of range names the option
    const feb = issueOf("Feb 30, 2024");
    expect(feb?.code).toBe("core.impossible-date");
    expect(feb?.span).toEqual({ start: 0, end: 12 });
    expect(issueOf("2023-02-29")?.code).toBe("core.impossible-date");
    expect(issueOf("2023-13")?.code).toBe("core.invalid-month");
    expect(issueOf("Sep 22-21, 2023")?.code).toBe("core.date-range-reversed");
    expect(issueOf("Aug-Jul 2024")?.code).toBe("core.date-range-reversed");
    expect(issueOf("Oct 31 - Nov 2022")?.code).toBe("core.mixed-precision-range");
    expect(issueOf("Sep 21 -")?.code).toBe("core.incomplete-date-text");
    expect(issueOf("TBC (Feb 30, 2024)")?.span).toEqual({ start: 5, end: 17 });
    expect(issueOf(undefined as never)?.code).toBe("core.not-a-string");
    expect(issueOf(null as never)?.code).toBe("core.not-a-string");
  });

  it("never throws, and spans stay inside the text (fuzz)", () => {
    const words = fc.constantFrom(
      "Sep",
      "21",
      "-",
      "–",
      "&",
      ",",
      "and",
      "or",
      "y",
      "o",
      "de",
      "2023",
      "Feb",
      "30",
      "to",
      "tbc",
      "(",
      ".",
      "enero",
    );
    const texty = fc.array(words, { maxLength: 8 }).map((w) => w.join(" "));
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: "binary" }), texty),
        fc.option(fc.integer({ min: -5, max: 10_000 }), { nil: undefined }),
        (text, year) => {
          const r = parseDateSpec(text, year === undefined ? {} : { year });
          if (!r.ok) {
            expect(r.issues.length).toBeGreaterThan(0);
            for (const i of r.issues) {
              if (i.span)
                expect(0 <= i.span.start && i.span.start <= i.span.end && i.span.end <= text.length).toBe(true);
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

// Specs the text form can express: leaves, `all` of non-adjacent sorted days or of other
// leaves (in order), `oneOf` of those.
const from = "1990-01-01";
const to = "2030-12-31";
type Days = Extract<DateSpec, { kind: "days" }>;
const leaf = fc.oneof(daysArb(from, to, 70), oneMonthArb(from, to), monthsArb(from, to));
const sortedDays = fc
  .array(daysArb("2020-01-01", "2020-03-31", 3) as fc.Arbitrary<Days>, { minLength: 2, maxLength: 4 })
  .map((ds) => [...ds].sort((a, b) => (a.start < b.start ? -1 : 1)))
  .filter((ds) => ds.every((d, i) => i === 0 || toDayNumber(d.start) - toDayNumber(ds[i - 1]!.end) > 1));
const mixed = fc.array(leaf, { minLength: 2, maxLength: 3 }).filter((ps) => !ps.every((p) => p.kind === "days"));
const allArb = fc.oneof(sortedDays, mixed).map((parts): DateSpec => ({ kind: "all", parts }));
const expressible: fc.Arbitrary<DateSpec> = fc.oneof(
  leaf,
  tbdArb(from, to, 90),
  allArb,
  fc
    .array(fc.oneof(leaf, allArb), { minLength: 2, maxLength: 3 })
    .map((options): DateSpec => ({ kind: "oneOf", options })),
  fc
    .array(oneMonthArb("2024-01-01", "2024-12-31"), { minLength: 2, maxLength: 3 })
    .map((options): DateSpec => ({ kind: "oneOf", options })),
);

describe("formatDateSpec", () => {
  it("writes the documents' style", () => {
    expect(formatDateSpec(onDays("2023-09-21", "2023-09-22"), "en")).toBe("September 21–22, 2023");
    expect(formatDateSpec(onDays("2023-09-21", "2023-09-22"), "es")).toBe("21 y 22 de septiembre de 2023");
    expect(formatDateSpec(oneOf(inMonth("2024-04"), inMonth("2024-05")), "en")).toBe("April or May 2024");
    expect(formatDateSpec(oneOf(inMonth("2024-04"), inMonth("2024-05")), "es")).toBe("abril o mayo de 2024");
    expect(formatDateSpec(oneOf(inMonth("2024-09"), inMonth("2024-10")), "es")).toBe("septiembre u octubre de 2024");
    expect(formatDateSpec(toBeDetermined())).toBe("to be confirmed");
    expect(formatDateSpec(toBeDetermined(), "es")).toBe("por confirmar");
    expect(formatDateSpec(onDays("2022-10-31", "2022-11-10"), "es")).toBe(
      "del 31 de octubre al 10 de noviembre de 2022",
    );
    expect(formatDateSpec(allOf(onDays("2020-09-10"), onDays("2020-09-15"), onDays("2020-09-20")), "en")).toBe(
      "September 10, 15 and 20, 2020",
    );
    expect(formatDateSpec(inMonths("2023-11", "2024-02"), "es")).toBe("de noviembre de 2023 a febrero de 2024");
  });

  for (const locale of ["en", "es"] as const) {
    it(`reads back what it writes (${locale})`, () => {
      fc.assert(
        fc.property(expressible, (raw) => {
          const spec = deepFreeze(raw);
          const text = formatDateSpec(spec, locale);
          expect(parseDateSpec(text, { locale })).toEqual({ ok: true, value: spec });
        }),
        { numRuns: 300 },
      );
    });
  }
});
