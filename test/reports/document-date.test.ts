import { describe, expect, it } from "vitest";
import { allOf, inMonth, inMonths, onDays, oneOf, toBeDetermined, plainDate } from "iacml/core";
import { documentAmount, documentDate, documentMonth } from "iacml/reports";

describe("dates as the documents write them", () => {
  it("writes two days with 'and', longer runs with a dash", () => {
    expect(documentDate(onDays("2023-09-21", "2023-09-22"))).toBe("September 21 and 22, 2023");
    expect(documentDate(onDays("2023-09-21", "2023-09-22"), "es")).toBe("21 y 22 de septiembre de 2023");
    expect(documentDate(onDays("2021-07-28", "2021-07-30"))).toBe("July 28–30, 2021");
    expect(documentDate(onDays("2021-07-28", "2021-07-30"), "es")).toBe("28 al 30 de julio de 2021");
    expect(documentDate(onDays("2020-09-29", "2020-11-24"))).toBe("September 29 – November 24, 2020");
  });

  it("writes alternatives, sets and months", () => {
    expect(documentDate(oneOf(inMonth("2024-04"), inMonth("2024-05")))).toBe("April or May 2024");
    expect(documentDate(oneOf(inMonth("2024-07"), inMonth("2024-08")), "es")).toBe("julio o agosto de 2024");
    expect(documentDate(allOf(onDays("2020-09-10"), onDays("2020-09-15")))).toBe("September 10 and 15, 2020");
    expect(documentDate(allOf(onDays("2021-07-14"), onDays("2021-08-27")))).toBe("July 14 and August 27, 2021");
    expect(documentDate(allOf(onDays("2023-01-27"), inMonth("2024-01")))).toBe("January 27, 2023 and January 2024");
    expect(documentDate(inMonths("2022-04", "2022-07"))).toBe("April–July 2022");
  });

  it("writes a year-wide window as the year and never an ISO date", () => {
    expect(documentDate(toBeDetermined({ start: "2021-01-01", end: "2021-12-31" }))).toBe("2021");
    expect(documentDate(toBeDetermined({ start: "2024-04-01", end: "2024-05-31" }))).toBe(
      "April–May 2024 (to be confirmed)",
    );
    expect(documentDate(toBeDetermined(), "es")).toBe("por confirmar");
    expect(documentMonth(plainDate("2023-09-30"), "es")).toBe("septiembre de 2023");
  });

  it("writes amounts as the OAS does in each language", () => {
    expect(documentAmount("105000.00", "USD", "en")).toBe("US$105,000");
    expect(documentAmount("105000.00", "USD", "es")).toBe("US$105.000");
    expect(documentAmount("8500.5", "USD", "es")).toBe("US$8.500,50");
  });
});
