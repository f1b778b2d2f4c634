import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { MinorSum, minorToDisplay, minorToText, parseMinorUnits, toBig } from "../../src/budget/minor-units.js";

describe("minor units", () => {
  it.each([
    ["10000.00", 2, 1000000],
    ["-5.5", 2, -550],
    ["0", 2, 0],
    ["-0", 2, 0],
    ["7.000", 2, 700],
    ["7", 0, 7],
    ["12345678901234567.89", 2, 1234567890123456789n],
    ["-12345678901234567.8", 2, -1234567890123456780n],
  ] as const)("reads %s with %i decimals", (text, digits, expected) => {
    expect(parseMinorUnits(text, digits)).toBe(expected);
  });

  it.each(["", "-", ".5", "5.", "1.2.3", "007", "1e5", "1,000", " 1", "+1", "1.234", "abc"])("rejects %j", (text) => {
    expect(parseMinorUnits(text, 2)).toBeUndefined();
  });

  it("agrees with BigInt on any decimal text", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
        fc.integer({ min: 0, max: 4 }),
        (units, digits) => {
          const text = minorToText(units, digits);
          expect(toBig(parseMinorUnits(text, digits)!)).toBe(units);
        },
      ),
    );
  });

  it("sums exactly past 2^53", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.integer({ min: -(2 ** 53 - 1), max: 2 ** 53 - 1 }),
            fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
          ),
        ),
        (values) => {
          const sum = new MinorSum();
          for (const v of values) sum.add(v);
          expect(sum.value()).toBe(values.reduce<bigint>((a, v) => a + BigInt(v), 0n));
        },
      ),
    );
  });

  it("displays grouped amounts", () => {
    expect(minorToDisplay(10500000n, 2)).toBe("105,000");
    expect(minorToDisplay(-123456n, 2)).toBe("-1,234.56");
    expect(minorToDisplay(7n, 0)).toBe("7");
  });
});
