import { describe, expect, it } from "vitest";
import * as fc from "fast-check";
import { formatIssue } from "iacml/core";
import { checkCooperationClaims, type CooperationStatus, type DocumentClaim } from "iacml/entities";

const source = { document: "003_835abb1dd6776d62.txt", section: "Annex I" };
const claim = (measure: string, value: number | string, subject = "bc"): DocumentClaim => ({
  id: `claim/${measure}`,
  measure,
  subject,
  value,
  source,
});
const statuses: CooperationStatus[] = ["done", "ongoing", "pending-postponed"];

describe("checkCooperationClaims", () => {
  it("reports a stated count that differs from the list, naming the claim and the listed ids", () => {
    const listed = [
      { id: "bc/a", status: "ongoing" as const },
      { id: "bc/b", status: "ongoing" as const },
      { id: "other/c", status: "ongoing" as const },
    ];
    const [f, ...rest] = checkCooperationClaims([claim("bilateral-cooperations.ongoing", 1)], listed);
    expect(rest).toEqual([]);
    expect(f?.code).toBe("entities.stated-count-differs");
    expect(f?.certainty).toBe("certain");
    expect(f?.severity).toBe("warning");
    expect(f?.subjects).toEqual(["claim/bilateral-cooperations.ongoing", "bc/a", "bc/b"]);
    expect(f?.params).toMatchObject({ stated: 1, listed: 2 });
    expect(formatIssue(f!, "es")).toContain("pero su lista tiene 2");
  });

  it("ignores other measures and non-numeric values", () => {
    expect(checkCooperationClaims([claim("budget.total", 3), claim("bilateral-cooperations.done", "16")], [])).toEqual(
      [],
    );
  });

  it("finds nothing exactly when every stated count equals the listed count", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...statuses), { maxLength: 30 }),
        fc.tuple(fc.nat(30), fc.nat(30), fc.nat(30)),
        (list, stated) => {
          const coops = list.map((status, i) => ({ id: `bc/${i}`, status }));
          const claims = statuses.map((s, i) => claim(`bilateral-cooperations.${s}`, stated[i]!));
          const findings = checkCooperationClaims(claims, coops);
          const expected = statuses.filter((s, i) => list.filter((x) => x === s).length !== stated[i]).length;
          expect(findings).toHaveLength(expected);
        },
      ),
    );
  });
});
