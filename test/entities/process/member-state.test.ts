import { describe, expect, it } from "vitest";
import * as fc from "fast-check";
import { fromDayNumber, plainDate, type PlainDate } from "iacml/core";
import {
  MemberStateSchema,
  MembershipPeriodSchema,
  membershipStatusOn,
  participatingMemberStates,
  type MembershipPeriod,
} from "iacml/entities";

const base = {
  id: "BB",
  alpha3: "BRB",
  name: { en: "Barbados", es: "Barbados" },
  subregion: "caribbean",
  capital: { name: "Bridgetown", timeZone: "America/Barbados" },
  membership: [{ status: "participating" }],
  source: { document: "general-knowledge", section: "ISO 3166-1" },
};

// Days between 2000-01-01 and 2040-12-31.
const dayArb = fc.integer({ min: 10957, max: 25932 }).map(fromDayNumber);

describe("MemberStateSchema", () => {
  it("accepts a well-formed state and rejects malformed codes", () => {
    expect(MemberStateSchema.safeParse(base).success).toBe(true);
    expect(MemberStateSchema.safeParse({ ...base, id: "bb" }).success).toBe(false);
    expect(MemberStateSchema.safeParse({ ...base, alpha3: "BR" }).success).toBe(false);
    expect(MemberStateSchema.safeParse({ ...base, name: { en: "Barbados" } }).success).toBe(false);
    expect(MemberStateSchema.safeParse({ ...base, capital: { name: "X", timeZone: "UTC+4" } }).success).toBe(false);
    expect(MemberStateSchema.safeParse({ ...base, membership: [] }).success).toBe(false);
  });

  it("requires periods in order without overlap", () => {
    const ok = [
      { to: "2023-11-18", status: "participating" },
      { from: "2023-11-19", status: "withdrawn" },
    ];
    expect(MemberStateSchema.safeParse({ ...base, membership: ok }).success).toBe(true);
    const overlapping = [
      { to: "2023-11-19", status: "participating" },
      { from: "2023-11-19", status: "withdrawn" },
    ];
    expect(MemberStateSchema.safeParse({ ...base, membership: overlapping }).success).toBe(false);
    const openInTheMiddle = [{ status: "participating" }, { from: "2023-11-19", status: "withdrawn" }];
    expect(MemberStateSchema.safeParse({ ...base, membership: openInTheMiddle }).success).toBe(false);
    expect(
      MembershipPeriodSchema.safeParse({ from: "2024-01-02", to: "2024-01-01", status: "withdrawn" }).success,
    ).toBe(false);
  });

  it("never throws on arbitrary input", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(typeof MemberStateSchema.safeParse(v).success).toBe("boolean");
      }),
    );
  });
});

describe("membershipStatusOn", () => {
  const ni = {
    membership: [
      { to: plainDate("2023-11-18"), status: "participating" as const },
      { from: plainDate("2023-11-19"), status: "withdrawn" as const },
    ],
  };
  it("reads the period containing the day, both ends included", () => {
    expect(membershipStatusOn(ni, plainDate("2023-11-18"))).toBe("participating");
    expect(membershipStatusOn(ni, plainDate("2023-11-19"))).toBe("withdrawn");
  });
  it("is undefined outside every period", () => {
    const joined = { membership: [{ from: plainDate("2000-01-01"), status: "participating" as const }] };
    expect(membershipStatusOn(joined, plainDate("1999-12-31"))).toBeUndefined();
  });
});

/** A history: participating until the day before `withdrawal`, withdrawn from it. */
const withdrawing = (withdrawal: PlainDate, previousDay: PlainDate): { membership: MembershipPeriod[] } => ({
  membership: [
    { to: previousDay, status: "participating" },
    { from: withdrawal, status: "withdrawn" },
  ],
});

describe("participatingMemberStates", () => {
  it("is monotone: once a withdrawal takes effect, later days never bring the state back", () => {
    fc.assert(
      fc.property(fc.integer({ min: 10958, max: 25932 }), dayArb, dayArb, (w, a, b) => {
        const state = withdrawing(fromDayNumber(w), fromDayNumber(w - 1));
        const [early, late] = a <= b ? [a, b] : [b, a];
        const inEarly = participatingMemberStates([state], early).length;
        const inLate = participatingMemberStates([state], late).length;
        expect(inLate).toBeLessThanOrEqual(inEarly);
        expect(inEarly).toBe(early < fromDayNumber(w) ? 1 : 0);
      }),
    );
  });

  it("returns a subset in input order, independent of order, without mutating", () => {
    const statusArb = fc.constantFrom<MembershipPeriod["status"]>("participating", "non-participating", "withdrawn");
    const stateArb = fc.record({ id: fc.string(), status: statusArb }).map((s) => ({
      id: s.id,
      membership: [{ status: s.status }] as MembershipPeriod[],
    }));
    fc.assert(
      fc.property(fc.array(stateArb), dayArb, (states, asOf) => {
        const snapshot = structuredClone(states);
        const frozen = states.map((s) => Object.freeze({ ...s, membership: Object.freeze([...s.membership]) }));
        const result = participatingMemberStates(Object.freeze(frozen), asOf);
        expect(result).toEqual(snapshot.filter((s) => s.membership[0]!.status === "participating"));
        const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id).sort();
        expect(ids(participatingMemberStates([...frozen].reverse(), asOf))).toEqual(ids(result));
        expect(frozen).toEqual(snapshot);
      }),
    );
  });
});
