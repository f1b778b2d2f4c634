import { describe, expect, it } from "vitest";
import { annexCalendar2022To2024 } from "iacml/data";

const entry = (id: string) => annexCalendar2022To2024.find((e) => e.id === `cal-2022-2024/${id}`);
const count = (kind: string) => annexCalendar2022To2024.filter((e) => e.kind === kind).length;

describe("Annex 1 calendar of the Work Plan 2022-2024", () => {
  it("has 47 dated entries: 23 of the plan and 24 other important events", () => {
    expect(annexCalendar2022To2024).toHaveLength(47);
    expect(annexCalendar2022To2024.filter((e) => e.source.section.endsWith("Other important events"))).toHaveLength(24);
  });

  it("counts entries by kind", () => {
    expect({
      meeting: count("meeting"),
      conference: count("conference"),
      workshop: count("workshop"),
      dialogue: count("dialogue"),
      call: count("call"),
      other: count("other"),
      external: count("external"),
      blackout: count("blackout"),
    }).toEqual({ meeting: 5, conference: 1, workshop: 5, dialogue: 8, call: 3, other: 1, external: 22, blackout: 2 });
  });

  it("reads the year from the column: 'Sep.21-22' is 2023, 'Jul-Aug' 2024, 'Jan.' 2024", () => {
    expect(entry("wg-meeting")?.when).toEqual({ kind: "days", start: "2023-09-21", end: "2023-09-22" });
    expect(entry("preparatory-meeting-xxii")?.when).toEqual({ kind: "months", start: "2024-07", end: "2024-08" });
    expect(entry("authorities-2024")?.when).toEqual({ kind: "month", month: "2024-01" });
  });

  it("keeps the Costa Rica workshop to be confirmed, some time in April-May 2024", () => {
    expect(entry("workshop-new-forms-of-employment")).toMatchObject({
      status: "to-be-confirmed",
      when: { kind: "tbd", within: { start: "2024-04-01", end: "2024-05-31" } },
    });
  });

  it("lists 8 ILO Governing Body sessions, 3 International Labour Conferences and 3 OAS General Assemblies", () => {
    const ids = annexCalendar2022To2024.map((e) => e.id);
    expect(ids.filter((id) => id.includes("ilo-governing-body"))).toHaveLength(8);
    expect(ids.filter((id) => id.includes("/ilc-"))).toHaveLength(3);
    expect(ids.filter((id) => id.includes("/oas-ga-"))).toHaveLength(3);
  });

  it("holds the workers' and employers' dialogues inside the OAS General Assemblies on the same days", () => {
    const inside = annexCalendar2022To2024.filter((e) => e.partOf !== undefined);
    expect(inside).toHaveLength(2);
    for (const e of inside) expect(annexCalendar2022To2024.find((x) => x.id === e.partOf)?.when).toEqual(e.when);
  });

  it("marks Holy Week 2023 and 2024 as blackouts for everyone", () => {
    expect(annexCalendar2022To2024.filter((e) => e.kind === "blackout").map((e) => [e.when, e.audiences])).toEqual([
      [{ kind: "days", start: "2023-04-02", end: "2023-04-08" }, ["everyone"]],
      [{ kind: "days", start: "2024-03-24", end: "2024-03-30" }, ["everyone"]],
    ]);
  });
});
