import { describe, expect, it } from "vitest";
import * as fc from "fast-check";
import { DatasetSchema, parseDataset, validateDataset, type Dataset } from "iacml/entities";
import { formatIssue } from "iacml/core";
import { dataset } from "iacml/data";

const real = DatasetSchema.parse(dataset);
const codes = (ds: Dataset) => validateDataset(ds).map((f) => `${f.code} ${f.certainty} ${f.path.join(".")}`);

// The contradictions between and within the five documents (issue 12), each as the code and the
// first subject of its finding. Recorded discrepancies of earlier editions (from other public
// documents) are checked apart.
const EXPECTED = [
  "entities.deadlines-disagree wg-2020-virtual",
  "entities.stated-count-differs claim/003/bc-ongoing",
  "entities.stated-period-differs claim/000/work-plan-name",
  "entities.date-written-differently XX/PoA",
  "entities.recorded-discrepancy xx",
  "entities.recorded-discrepancy xxi",
  "entities.date-written-differently act-2018-2021/dialogue-gender-2020",
  "entities.stated-cooperation-not-listed stmt/003/s3-youth-employment",
  "entities.meeting-topic-not-decided wp-2022-2024/pl4/a1",
  "entities.meeting-topic-not-decided wp-2022-2024/pl8/a1",
  "entities.statements-differ ext/oas-ministers-of-education-xi-2022",
  "entities.date-written-differently ext/oas-ministers-of-education-xi-2022",
  "entities.co-funding-confirmation-differs rial-2022-2024/l03",
  "entities.stated-interval-differs claim/003/covid-portfolio-within-three-weeks",
  "entities.title-written-differently 2018-2021/wg2",
  "entities.title-written-differently iace",
  "entities.title-written-differently act-2018-2021/workshop-skills-2019",
  "entities.title-written-differently act-2018-2021/course-regional-qualifications-framework",
  "entities.title-written-differently act-2016/workshop-youth-employment-brasilia",
  "entities.stated-cooperation-topic-differs stmt/003/s1-occupational-safety-health",
  "entities.date-written-differently wg-2020-virtual",
  "entities.statements-differ act-2018-2021/reopening-repository",
  "entities.title-written-differently act-2018-2021/reopening-repository",
].sort();
const ORIGINAL_FIVE = new Set(["xix", "xx", "xxi", "xxii"]);

describe("validateDataset on the reference dataset", () => {
  const findings = validateDataset(real);
  const key = (f: (typeof findings)[number]) => `${f.code} ${f.subjects[0]}`;
  const ours = findings.filter((f) => f.code !== "entities.recorded-discrepancy" || ORIGINAL_FIVE.has(f.subjects[0]!));

  it("reports every contradiction of the documents, and nothing else", () => {
    expect(ours.map(key).sort()).toEqual(EXPECTED);
  });

  it("names both sources in every contradiction", () => {
    for (const f of ours.filter(
      (f) =>
        !["entities.deadlines-disagree", "entities.stated-count-differs", "entities.stated-period-differs"].includes(
          f.code,
        ),
    )) {
      expect(f.message.match(/section “/g)?.length ?? 0, f.message).toBeGreaterThanOrEqual(2);
      expect(formatIssue(f, "es").match(/sección “/g)?.length ?? 0, f.message).toBeGreaterThanOrEqual(2);
      // Names for people: no file names, no record ids.
      expect(f.message).not.toMatch(/00\d_[0-9a-f]{16}\.txt|wp-2022-2024\/|act-2018-2021\/|rial-2022-2024\//);
    }
  });

  it("keeps the old findings' parameters", () => {
    const count = findings.find((f) => f.code === "entities.stated-count-differs")!;
    expect(count.params).toMatchObject({ measure: "bilateral-cooperations.ongoing", stated: 4, listed: 5 });
    const period = findings.find((f) => f.code === "entities.stated-period-differs")!;
    expect(period.params).toMatchObject({ stated: "2028-2020", listed: "2018-2020" });
  });

  it("marks as possible what rests on an inference (the May 2022 meeting of Ministers of Education read as the Eleventh)", () => {
    const possible = findings.filter((f) => f.certainty === "possible").map(key);
    expect(possible.sort()).toEqual([
      "entities.date-written-differently ext/oas-ministers-of-education-xi-2022",
      "entities.statements-differ ext/oas-ministers-of-education-xi-2022",
    ]);
  });

  it("renders every finding in Spanish", () => {
    for (const f of findings) expect(formatIssue(f, "es")).not.toBe(f.message);
  });

  it("states the interval, the topics and the pairing it found", () => {
    const interval = findings.find((f) => f.code === "entities.stated-interval-differs")!;
    expect(interval.params).toMatchObject({ stated: 21, days: 21, since: "2020-03-11", date: "2020-04-01" });
    const topic = findings.find((f) => f.code === "entities.stated-cooperation-topic-differs")!;
    expect(topic.params).toMatchObject({ recipient: "BB", provider: "PA", topic: "Labor inspection" });
    const honduras = findings.find((f) => f.code === "entities.stated-cooperation-not-listed")!;
    expect(honduras.params).toMatchObject({ recipient: "HN", providers: "PA, AR, JM" });
  });
});

describe("the contradiction rules on small datasets", () => {
  it("compares a stated figure with the record's counts (25 Ministries answered the questionnaire)", () => {
    const planning = real.politicalMeetings.find((m) => m.id === "wp-2022-2024/meetings/planning")!;
    const changed = {
      ...planning,
      participationCounts: planning.participationCounts!.map((p) => ({ ...p, count: 24 })),
      statedOutputs: planning.statedOutputs!.map(({ figure: _, ...o }) => o),
    };
    const ds = { ...real, politicalMeetings: real.politicalMeetings.map((m) => (m.id === planning.id ? changed : m)) };
    const found = validateDataset(ds).filter((f) => f.code === "entities.stated-figure-differs");
    expect(found.map((f) => f.subjects[0])).toEqual(["claim/001/questionnaire-answers"]);
  });

  const source = (section: string) => ({ document: "d.txt", section });
  it("reports a date written two ways but not a less precise one", () => {
    const claim = (id: string, value: string) => ({ id, measure: "date", subject: "xx", value, source: source(id) });
    const agree = DatasetSchema.parse({ documentClaims: [claim("a", "2017-12"), claim("b", "2017")] });
    expect(validateDataset(agree).map((f) => f.code)).not.toContain("entities.date-written-differently");
    const differ = DatasetSchema.parse({ documentClaims: [claim("a", "2017-12"), claim("b", "2018-12")] });
    expect(validateDataset(differ).map((f) => f.code)).toContain("entities.date-written-differently");
  });

  it("takes a short form of a title as agreeing, another wording as not", () => {
    const activity = (titles: string[]) =>
      DatasetSchema.parse({
        activities: [
          {
            id: "a1",
            conference: "xx",
            kind: "workshop",
            title: "T",
            when: { kind: "month", month: "2019-05" },
            partners: [],
            derived: "test",
            asWritten: titles.map((text, i) => ({ field: "title", text, source: source(`s${i}`) })),
            source: source("s"),
          },
        ],
      });
    const found = (titles: string[]) => validateDataset(activity(titles)).map((f) => f.code);
    expect(
      found(["Skills for the Future", "“Skills for the Future: Contributions from the Ministries”"]),
    ).not.toContain("entities.title-written-differently");
    expect(found(["Moving towards a framework", "Advancing towards a framework"])).toContain(
      "entities.title-written-differently",
    );
  });
});

describe("validateDataset on broken data", () => {
  const action = real.actions[0]!;
  it("reports duplicate ids with the path of the second record", () => {
    expect(codes({ ...real, actions: [...real.actions, action] })).toContain(
      `entities.duplicate-id certain actions.${real.actions.length}.id`,
    );
  });

  it("reports a host that is not a member state and an unknown priority line", () => {
    const broken = {
      ...action,
      priorityLine: "wp-2022-2024/pl99",
      host: { memberStates: ["ZZ"], organizations: [], confirmed: true },
    };
    const found = codes({ ...real, actions: [broken] });
    expect(found).toContain("entities.unknown-reference certain actions.0.priorityLine");
    expect(found).toContain("entities.unknown-reference certain actions.0.host.memberStates.0");
  });

  it("reports dates outside the work plan, certain or possible", () => {
    const outside = {
      ...action,
      when: { kind: "days" as const, start: "2019-05-01", end: "2019-05-02" },
    } as Dataset["actions"][number];
    const straddling = {
      ...action,
      id: "x2",
      when: { kind: "months" as const, start: "2024-12", end: "2025-01" },
    } as Dataset["actions"][number];
    const found = codes({ ...real, actions: [outside, straddling] });
    expect(found).toContain("entities.outside-work-plan-period certain actions.0.when");
    expect(found).toContain("entities.outside-work-plan-period possible actions.1.when");
  });

  it("does not depend on the order of records", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([...real.actions], { minLength: real.actions.length }), (shuffled) => {
        const key = (ds: Dataset) =>
          validateDataset(ds)
            .map((f) => `${f.code}|${f.subjects.join(",")}`)
            .sort();
        expect(key({ ...real, actions: shuffled })).toEqual(key(real));
      }),
      { numRuns: 20 },
    );
  });
});

describe("parseDataset", () => {
  it("returns issues with paths for bad records", () => {
    const r = parseDataset({ conferences: [{ id: "xxi" }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.path.slice(0, 2)).toEqual(["conferences", 0]);
    expect(parseDataset(JSON.parse(JSON.stringify(dataset))).ok).toBe(true);
  });

  it("never throws on arbitrary JSON", () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => typeof parseDataset(v).ok === "boolean"));
    fc.assert(
      fc.property(fc.record({ actions: fc.array(fc.jsonValue()) }), (v) => parseDataset(v).ok === false || true),
    );
  });
});
