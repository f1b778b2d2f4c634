import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { checkCooperationClaims, parseDataset, validateDataset } from "iacml/entities";
import { dataset } from "iacml/data";

describe("parseDataset on values that are not plain JSON", () => {
  it("returns a Result for throwing getters, Proxies, cycles and deep nesting", () => {
    const getter = {
      get conferences(): unknown {
        throw new Error("boom");
      },
    };
    const proxy = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error("trap");
        },
      },
    );
    const cyclic: Record<string, unknown> = {};
    cyclic.conferences = [cyclic];
    let deep: unknown = "2021-09-23";
    for (let i = 0; i < 800; i += 1) deep = { kind: "one-of", options: [deep] };
    const nested = { conferences: [{ id: "xxi", dates: deep }] };
    for (const input of [getter, proxy, cyclic, nested, null, undefined, 1n, () => 1]) {
      const r = parseDataset(input);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues.length).toBeGreaterThan(0);
    }
    const r = parseDataset(getter);
    expect(!r.ok && r.issues[0]?.code).toBe("core.unreadable-input");
    const d = parseDataset(nested);
    expect(!d.ok && d.issues[0]?.code).toBe("core.too-deep");
  });

  it("caps the issues of one call and accepts the shipped dataset as JSON", () => {
    const junk = { conferences: Array.from({ length: 5000 }, () => ({ id: 7 })) };
    const r = parseDataset(junk);
    expect(!r.ok && r.issues.length).toBe(101);
    expect(!r.ok && r.issues.at(-1)?.code).toBe("core.too-many-issues");
    expect(parseDataset(JSON.parse(JSON.stringify(dataset))).ok).toBe(true);
  });

  it("never throws, for any value or mutation of the dataset", () => {
    fc.assert(
      fc.property(
        fc.anything({ withBigInt: true, withDate: true, withMap: true, withNullPrototype: true }),
        (value) => {
          expect(typeof parseDataset(value).ok).toBe("boolean");
          expect(typeof parseDataset({ ...JSON.parse(JSON.stringify(dataset)), conferences: [value] }).ok).toBe(
            "boolean",
          );
        },
      ),
      { numRuns: 60 },
    );
  }, 60_000);
});

describe("lookups read own properties only", () => {
  it("a claim measured as 'constructor' or '__proto__' counts nothing", () => {
    for (const measure of ["constructor", "__proto__", "toString", "hasOwnProperty"]) {
      const claims = [{ id: "c", measure, subject: "bc", value: 3, source: { document: "d", section: "s" } }];
      expect(checkCooperationClaims(claims as never, [])).toEqual([]);
    }
    const withClaim = {
      ...dataset,
      documentClaims: [...dataset.documentClaims, { ...dataset.documentClaims[0]!, id: "x", measure: "constructor" }],
    };
    const before = validateDataset(dataset).length;
    expect(validateDataset(withClaim as never).length).toBe(before);
  });
});
