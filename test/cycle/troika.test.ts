import { describe, expect, it } from "vitest";
import { rotateTroika, troikaOf, workingGroupAuthorities } from "iacml/cycle";
import { conferences, cycleAuthorities } from "./real-data.js";

describe("troikaOf", () => {
  it("derives the troika of each recorded cycle from the conference hosts", () => {
    for (const a of cycleAuthorities) {
      const edition = conferences.find((c) => c.id === a.afterConference)!.edition.number;
      expect(troikaOf(conferences, edition)).toEqual({ ok: true, value: a.troika });
    }
  });

  it("rotates to the next cycle", () => {
    const r = troikaOf(conferences, 21);
    expect(r.ok && rotateTroika(r.value, "PA")).toEqual({
      ok: true,
      value: { currentChair: "CO", previousChair: "AR", proposedNextHost: "PA" },
    });
    expect(r.ok && rotateTroika(r.value, "AR").ok).toBe(false);
  });

  it("reports unknown editions and repeated hosts as issues", () => {
    const r = troikaOf(conferences, 22);
    expect(!r.ok && r.issues.map((i) => i.params.edition)).toEqual([23]);
    expect(troikaOf(conferences, 22, { proposedNextHost: "PA" })).toEqual({
      ok: true,
      value: { currentChair: "CO", previousChair: "AR", proposedNextHost: "PA" },
    });
    const same = troikaOf(
      [
        { id: "a", edition: { number: 1 }, hostCountry: "AR" },
        { id: "b", edition: { number: 2 }, hostCountry: "AR" },
      ],
      2,
      { proposedNextHost: "CO" },
    );
    expect(!same.ok && same.issues[0]!.code).toBe("cycle.troika-not-distinct");
  });
});

describe("workingGroupAuthorities", () => {
  it("lists the chairs of each cycle", () => {
    const r = workingGroupAuthorities(cycleAuthorities, "2018-2021");
    expect(r.ok && r.value.map((g) => [g.workingGroup, g.chair])).toEqual([
      ["wg1", "EC"],
      ["wg2", "AR"],
    ]);
    expect(workingGroupAuthorities(cycleAuthorities, "1999-2001").ok).toBe(false);
  });
});
