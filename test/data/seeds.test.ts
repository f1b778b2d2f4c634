import { describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dataset } from "iacml/data";

// Reads the five source documents (../shared/seeds beside the repository, in development and
// CI) and checks the dataset against their text: every title, wording, symbol, figure and count
// the dataset says a document states is in that document, in those words.
const seedsDir = fileURLToPath(new URL("../../../shared/seeds/", import.meta.url));
const haveSeeds = existsSync(seedsDir);

/** Whitespace collapsed, curly quotes made straight, so line breaks of the extraction do not matter. */
const fold = (text: string) => text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ").trim();

const seeds = new Map<string, string>(
  (haveSeeds ? readdirSync(seedsDir) : [])
    .filter((n) => n.endsWith(".txt"))
    .map((n) => [n, fold(readFileSync(seedsDir + n, "utf8"))]),
);

/** The pieces of a quotation the dataset shortened with " ... ". */
const pieces = (text: string) =>
  fold(text)
    .split(/\s*\.\.\.\s*/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);

/** The pieces of `text` that the document does not contain. */
const missingFrom = (document: string, text: string): string[] => {
  const seed = seeds.get(document);
  if (seed === undefined) return [];
  return pieces(text).filter((p) => !seed.includes(p));
};

const REPORT_2023 = "001_04952725e56fd583.txt";
const REPORT_2021 = "003_835abb1dd6776d62.txt";

describe.skipIf(!haveSeeds)("the dataset against the text of the seed documents", () => {
  it("has the five documents", () => {
    expect(seeds.size).toBe(5);
  });

  it("gives the priority lines the report's titles, in order, and as many as it states", () => {
    const lines = dataset.priorityLines.filter((l) => l.workPlan === "wp-2022-2024");
    const claim = dataset.documentClaims.find((c) => c.id === "claim/001/priority-lines")!;
    expect(lines).toHaveLength(claim.value as number);
    expect(seeds.get(REPORT_2023)).toContain("The Work Plan consists of 8 priority lines");
    for (const line of lines) expect(seeds.get(REPORT_2023)).toContain(fold(`${line.number}. ${line.title}`));
  });

  it("gives the XXI IACML the four central themes of the report", () => {
    const xxi = dataset.conferences.find((c) => c.id === "xxi")!;
    expect(seeds.get(REPORT_2023)).toContain("around four central themes");
    expect(xxi.themes).toHaveLength(4);
    for (const t of xxi.themes!) expect(missingFrom(t.source.document, `${t.number}) ${t.text}`)).toEqual([]);
  });

  it("quotes every wording it keeps (asWritten) from the document it names", () => {
    const records = [
      ...dataset.actions,
      ...dataset.politicalMeetings,
      ...dataset.activities,
      ...dataset.conferences,
      ...dataset.organizations,
      ...dataset.externalEvents,
      ...dataset.budgetLines,
      ...dataset.cycleAuthorities.flatMap((c) => c.workingGroups),
    ] as { id: string; asWritten?: readonly { field: string; text: string; source: { document: string } }[] }[];
    const missing = records.flatMap((r) =>
      (r.asWritten ?? []).flatMap((w) => missingFrom(w.source.document, w.text).map((p) => `${r.id} ${w.field}: ${p}`)),
    );
    expect(missing).toEqual([]);
  });

  it("quotes every claim, count, output, decision, contribution and cooperation statement from its document", () => {
    const quoted: { id: string; text: string; document: string }[] = [
      ...dataset.documentClaims.flatMap((c) =>
        c.text ? [{ id: c.id, text: c.text, document: c.source.document }] : [],
      ),
      ...[...dataset.actions, ...dataset.politicalMeetings, ...dataset.activities].flatMap((r) => [
        ...(r.participationCounts ?? []).map((p) => ({ id: r.id, text: p.text, document: p.source.document })),
        ...(r.statedOutputs ?? []).map((o) => ({ id: r.id, text: o.text, document: o.source.document })),
      ]),
      ...dataset.decisions.map((d) => ({ id: d.id, text: d.text, document: d.source.document })),
      ...dataset.partnerContributions.flatMap((c) => [
        { id: c.id, text: c.heading, document: c.source.document },
        ...c.points.map((p) => ({ id: c.id, text: p.text, document: c.source.document })),
      ]),
      ...dataset.cooperationStatements.map((s) => ({ id: s.id, text: s.text, document: s.source.document })),
      ...dataset.externalEvents.map((e) => ({ id: e.id, text: e.title, document: e.source.document })),
      ...dataset.documents.flatMap((d) =>
        (d.presentedBy ?? []).flatMap((p) =>
          [p.group, p.role].flatMap((t) => (t ? [{ id: d.id, text: t, document: p.source.document }] : [])),
        ),
      ),
      ...dataset.actions.flatMap((a) =>
        a.sessions.flatMap((x) =>
          (x.participationCounts ?? []).map((p) => ({
            id: `${a.id} ${x.label}`,
            text: p.text,
            document: p.source.document,
          })),
        ),
      ),
    ];
    const missing = quoted.flatMap((q) => missingFrom(q.document, q.text).map((p) => `${q.id}: ${p}`));
    expect(missing).toEqual([]);
  });

  it("puts each count's number in its own words", () => {
    for (const r of [...dataset.actions, ...dataset.politicalMeetings, ...dataset.activities]) {
      for (const p of r.participationCounts ?? []) {
        expect(p.text, r.id).toContain(String(p.count));
        if (p.qualifier) expect(p.text, r.id).toContain(`${p.qualifier} ${p.count}`);
      }
      for (const o of r.statedOutputs ?? []) {
        if (o.figure && o.figure.unit !== "modules" && o.figure.unit !== "Ministries of Labor") {
          expect(o.text, r.id).toContain(`${o.figure.qualifier ? `${o.figure.qualifier} ` : ""}${o.figure.value}`);
        }
      }
    }
  });

  it("names the people the documents name, as they write them", () => {
    const names = [
      ...[...dataset.actions, ...dataset.politicalMeetings].flatMap((r) =>
        (r.participants ?? []).flatMap((p) => (p.name ? [[p.name, p.source.document]] : [])),
      ),
      ...dataset.meetings.flatMap((m) => (m.contacts ?? []).map((c) => [c.name, m.contactSource!.document])),
    ];
    expect(names.length).toBeGreaterThanOrEqual(4);
    for (const [name, document] of names) expect(seeds.get(document!), name).toContain(name);
  });

  it("keeps the 2020 bulletin's contacts and instructions in its words", () => {
    const meeting = dataset.meetings.find((m) => m.id === "wg-2020-virtual")!;
    const bulletin = seeds.get(meeting.contactSource!.document)!;
    for (const c of meeting.contacts!) {
      expect(bulletin).toContain(fold(c.title));
      expect(bulletin).toContain(c.phone);
      for (const e of c.emails) expect(bulletin).toContain(e);
    }
    for (const i of meeting.instructions!)
      expect(missingFrom(meeting.contactSource!.document, i.text), i.topic).toEqual([]);
    for (const url of meeting.infoUrls!) expect(bulletin).toContain(url);
  });

  it("holds every OAS document symbol of the seeds, each dated and titled as written", () => {
    const inSeeds = new Set(
      [...seeds.values()].flatMap((t) => [...t.matchAll(/CIDI\/[A-Z/]*doc\.\d+\/\d+(?: rev\.\d+)?/g)].map((m) => m[0])),
    );
    const symbols = new Set(dataset.documents.flatMap((d) => (d.symbol ? [d.symbol] : [])));
    expect([...inSeeds].sort()).toEqual([...symbols].sort());
    for (const d of dataset.documents) {
      if (d.symbol) expect(seeds.get(d.source.document), d.id).toContain(d.symbol);
      if (!d.seed) expect(missingFrom(d.source.document, d.title), d.id).toEqual([]);
    }
    expect(seeds.get("002_02cb97b6c04033b0.txt")).toContain("CIDI/TRABAJO/RP/doc.4/21 8 July 2021");
    expect(seeds.get("004_03275a9484f16615.txt")).toContain("CIDI/TRABAJO/RP/doc.5/21 9 July 2021");
    expect(seeds.get(REPORT_2021)).toContain("CIDI/TRABAJO/doc.9/21 13 September 2021");
    const dated = (symbol: string) => dataset.documents.find((d) => d.symbol === symbol)?.date;
    expect(dated("CIDI/TRABAJO/RP/doc.4/21")).toEqual({ kind: "days", start: "2021-07-08", end: "2021-07-08" });
    expect(dated("CIDI/TRABAJO/RP/doc.5/21")).toEqual({ kind: "days", start: "2021-07-09", end: "2021-07-09" });
    expect(dated("CIDI/TRABAJO/doc.9/21")).toEqual({ kind: "days", start: "2021-09-13", end: "2021-09-13" });
  });

  it("cites each priority line's mandates in the report's words", () => {
    for (const a of dataset.actions) {
      if (a.mandateText === undefined) continue;
      expect(seeds.get(a.source.document), a.id).toContain(
        `Mandates to which these activities respond: ${fold(a.mandateText)}`,
      );
    }
  });

  it("lists as many bilateral cooperations of 2018-2021 as Annex I, and the stated counts it checks", () => {
    const annex = seeds.get(REPORT_2021)!;
    const listed = annex.match(/(?:On-site visit from|Experts'? visit from|Virtual cooperation between) /g) ?? [];
    const records = dataset.bilateralCooperations.filter((c) => c.id.startsWith("rial-bc/2018-2021/"));
    expect(records).toHaveLength(listed.length);
    expect(annex).toContain(
      "16 RIAL bilateral cooperation activities were undertaken between 2018 and 2021, completing 115 since 2006",
    );
    expect(annex).toContain("4 virtual bilateral cooperation are still ongoing, and 4 more are pending");
    const byId = new Map(dataset.documentClaims.map((c) => [c.id, c.value]));
    expect([
      byId.get("claim/003/bc-done"),
      byId.get("claim/003/bc-since-2006"),
      byId.get("claim/003/bc-ongoing"),
      byId.get("claim/003/bc-pending"),
    ]).toEqual([16, 115, 4, 4]);
  });

  it("writes the workshop titles the report quotes", () => {
    const quotedTitles = ["wp-2022-2024/pl1/a1", "wp-2022-2024/pl2/a2", "wp-2022-2024/pl6/a1", "wp-2022-2024/pl8/a3"];
    for (const id of quotedTitles) {
      const a = dataset.actions.find((x) => x.id === id)!;
      expect(seeds.get(a.source.document), id).toContain(fold(a.title));
    }
  });
});
