import { describe, expect, it } from "vitest";
import { activities2018To2021, workPlans, documentClaims } from "iacml/data";

const count = (kind: string) => activities2018To2021.filter((a) => a.kind === kind).length;

describe("activities 2018-2021 (Annex I of the report to the XXI IACML)", () => {
  it("lists 24 activities following up the XX IACML", () => {
    expect(activities2018To2021).toHaveLength(24);
    expect(activities2018To2021.every((a) => a.conference === "xx")).toBe(true);
  });

  it("has 1 planning meeting, 4 meetings of authorities, 2 of the Working Groups and 2 preparatory meetings", () => {
    expect([
      count("planning-meeting"),
      count("authorities-meeting"),
      count("working-group-meeting"),
      count("preparatory-meeting"),
    ]).toEqual([1, 4, 2, 2]);
  });

  it("has 2 workshops, 2 dialogues and 4 dialogues of workers and employers", () => {
    expect([count("workshop"), count("dialogue"), count("social-actors-dialogue")]).toEqual([2, 2, 4]);
  });

  it("keeps the mandate reference of the gender section verbatim", () => {
    const dialogue = activities2018To2021.find((a) => a.id === "act-2018-2021/dialogue-gender-2020");
    expect(dialogue?.mandateText).toBe(
      "Articles 23 and 24 of the Declaration, and 7.h of the Plan of Action of Bridgetown",
    );
    expect(dialogue?.mandateSource?.section).toMatch(/^2\./);
  });

  it("held the second Working Groups meeting on 10 and 15 September 2020", () => {
    const wg2 = activities2018To2021.find((a) => a.id === "act-2018-2021/wg-meeting-2");
    expect(wg2?.when).toEqual({
      kind: "all",
      parts: [
        { kind: "days", start: "2020-09-10", end: "2020-09-10" },
        { kind: "days", start: "2020-09-15", end: "2020-09-15" },
      ],
    });
  });

  it("revised the Work Plan 2018-2020 at the authorities' meeting of 22 May 2020, which the 2020 bulletin calls 2028-2020", () => {
    const may2020 = activities2018To2021.find((a) => a.id === "act-2018-2021/authorities-2020-05");
    const wp = workPlans.find((w) => w.id === "wp-2018-2020");
    expect(may2020?.when).toEqual({ kind: "days", start: wp?.revisions[0], end: wp?.revisions[0] });
    expect(documentClaims.find((c) => c.subject === "wp-2018-2020")?.value).toBe("2028-2020");
  });
});
