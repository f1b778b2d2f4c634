import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as fc from "fast-check";
import { formatDateSpec } from "iacml/core";
import { parseMandateRefs } from "iacml/mandates";
import { budgetTable } from "iacml/budget";
import type { Dataset } from "iacml/entities";
import {
  buildActivityAnnex,
  buildPerformanceReport,
  mandateContextOf,
  processData,
  renderAnnexMarkdown,
  renderMarkdown,
  reportLabel,
  scheduleFromDataset,
  type PerformanceReport,
} from "iacml/reports";
import { dataset, rialBudget2022To2024 } from "iacml/data";
import { deepFreeze } from "iacml/data";

const process = processData(dataset, rialBudget2022To2024);
const build = (asOf = "2023-09-30", locale?: string): PerformanceReport => {
  const r = buildPerformanceReport(process, { asOf, ...(locale ? { locale } : {}) });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};
const report = build();
const golden = fileURLToPath(new URL("./__golden__/performance-2023-09-30.en.md", import.meta.url));

describe("the 2022-2024 report as of 30 September 2023 agrees with the document", () => {
  const actions = dataset.actions.filter((a) => a.priorityLine.startsWith("wp-2022-2024/"));

  it("shows every action with the dataset's status, date and host", () => {
    const shown = report.priorityLines.flatMap((l) => l.actions);
    expect(shown.map((a) => a.id).sort()).toEqual(actions.map((a) => a.id).sort());
    for (const a of actions) {
      const row = shown.find((s) => s.id === a.id)!;
      expect(row.status).toBe(a.status);
      expect(row.when).toBe(a.when === undefined ? undefined : formatDateSpec(a.when, "en"));
      const names = [...(a.host?.memberStates ?? []), ...(a.host?.organizations ?? [])].map(
        (id) => dataset.memberStates.find((s) => s.id === id)?.name.en ?? dataset.organizations.find((o) => o.id === id)?.acronym?.en ?? id,
      );
      expect(row.hosts).toEqual(names);
    }
  });

  it("shows mandate sentences that parse back to the provisions it lists", () => {
    const context = mandateContextOf(dataset, "xxi");
    for (const a of report.priorityLines.flatMap((l) => l.actions)) {
      expect(a.mandateSentence).toBeDefined();
      const back = parseMandateRefs(a.mandateSentence!, context);
      expect(back.ok && back.value.map((r) => r.id)).toEqual(a.mandates);
      const source = parseMandateRefs(actions.find((x) => x.id === a.id)!.mandateText!, context);
      expect(source.ok && source.value.map((r) => r.id)).toEqual(a.mandates);
    }
  });

  it("prints the $105,000 budget table with its footnoted line, as the budget module gives it", () => {
    expect(report.budget?.table).toEqual(
      budgetTable(rialBudget2022To2024.plan, rialBudget2022To2024.ledger, { asOf: report.asOf, locale: "en" }),
    );
    expect(report.budget?.table.total).toBe("$105,000");
    expect(report.budget?.totals.approved).toBe("105000.00");
    const marked = report.budget!.table.rows.filter((r) => r.marker !== "");
    expect(marked.map((r) => r.marker)).toEqual(["*"]);
    expect(report.budget!.table.footnotes).toHaveLength(1);
    expect(report.claims.find((c) => c.measure === "budget.total")?.agrees).toBe(true);
  });

  it("has 8 priority lines as the document states", () => {
    expect(report.priorityLines).toHaveLength(8);
    expect(report.claims.find((c) => c.measure === "work-plan.priority-lines")).toMatchObject({ stated: "8", computed: "8", agrees: true });
  });

  it("places the cycle in the preparation of the XXII IACML with its next milestones", () => {
    expect(report.cycle?.id).toBe("2022-2024");
    expect(report.cycle?.nextMilestones.map((m) => m.id)).toContain("xxii");
    expect(report.cycle?.nextMilestones[0]?.when).toBe("January 2024");
  });

  it("lists where data and documents differ", () => {
    const codes = report.discrepancies.map((d) => d.code);
    expect(codes).toContain("entities.stated-count-differs");
    expect(codes).toContain("entities.stated-period-differs");
    expect(report.discrepancies.find((d) => d.code === "reports.status-behind-date")?.params.id).toBe("wp-2022-2024/meetings/wg-2023");
  });

  it("checks only calendar events not over by the date", () => {
    expect(report.calendar.events).toBeGreaterThan(0);
    for (const c of report.calendar.conflicts) expect(c.possibleDays.every((d) => d.end >= report.asOf)).toBe(true);
  });
});

describe("Markdown", () => {
  it("matches the golden English rendering", () => {
    const md = renderMarkdown(report);
    // UPDATE_GOLDEN=1 rewrites the file after a deliberate change; a missing file is a failure.
    if (globalThis.process.env["UPDATE_GOLDEN"]) writeFileSync(golden, md);
    expect(existsSync(golden), "golden file missing: run with UPDATE_GOLDEN=1").toBe(true);
    expect(md).toBe(readFileSync(golden, "utf8"));
  });

  it("writes Spanish headings and dates", () => {
    const es = renderMarkdown(build("2023-09-30", "es"));
    expect(es).toContain(`# ${reportLabel("performanceTitle", "es", { period: "2022-2024" })}`);
    expect(es).toContain("## Líneas prioritarias y acciones");
    expect(es).toContain("## Presupuesto");
    expect(es).toContain("abril");
    expect(es).not.toContain("## Priority lines");
  });

  it("renders an English report in Spanish labels when asked", () => {
    expect(renderMarkdown(report, "es")).toContain("## Calendario");
  });
});

describe("bad input is a Result, never an exception", () => {
  it("rejects a bad date, language or work plan with issues", () => {
    const bad = buildPerformanceReport(process, { asOf: "2023-02-30" });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues[0]?.path[0]).toBe("asOf");
    const lang = buildPerformanceReport(process, { asOf: "2023-09-30", locale: "fr" });
    expect(!lang.ok && lang.issues[0]?.code).toBe("reports.invalid-locale");
    const plan = buildPerformanceReport({ ...process, workPlan: "wp-1999" }, { asOf: "2023-09-30" });
    expect(!plan.ok && plan.issues[0]?.code).toBe("reports.unknown-work-plan");
    const none = buildPerformanceReport({ dataset: { ...dataset, workPlans: [] } }, { asOf: "2023-09-30" });
    expect(!none.ok && none.issues[0]?.code).toBe("reports.no-work-plan");
  });

  it("never throws on arbitrary options", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (asOf, locale) => {
        const r = buildPerformanceReport(process, { asOf, locale } as never);
        expect(typeof r.ok).toBe("boolean");
        const a = buildActivityAnnex(process, { from: asOf, to: locale } as never);
        expect(typeof a.ok).toBe("boolean");
      }),
      { numRuns: 60 },
    );
  });

  it("builds for any real date", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(2015, 0, 1)), max: new Date(Date.UTC(2026, 11, 31)), noInvalidDate: true }), (d) => {
        const r = buildPerformanceReport(process, { asOf: d.toISOString().slice(0, 10) });
        expect(r.ok).toBe(true);
      }),
      { numRuns: 15 },
    );
  });
});

describe("order and mutation", () => {
  const strip = (r: PerformanceReport) => JSON.parse(JSON.stringify({ ...r, discrepancies: r.discrepancies.map(({ path: _p, ...rest }) => rest) }));

  it("does not depend on the order of actions, lines, meetings or annex entries", () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const shuffle = <T,>(xs: readonly T[]): T[] => {
          const out = [...xs];
          let s = seed >>> 0;
          for (let i = out.length - 1; i > 0; i--) {
            s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
            const j = s % (i + 1);
            [out[i], out[j]] = [out[j]!, out[i]!];
          }
          return out;
        };
        const shuffled: Dataset = {
          ...dataset,
          actions: shuffle(dataset.actions),
          priorityLines: shuffle(dataset.priorityLines),
          politicalMeetings: shuffle(dataset.politicalMeetings),
          annexEntries: shuffle(dataset.annexEntries),
        };
        const r = buildPerformanceReport({ ...process, dataset: shuffled }, { asOf: "2023-09-30" });
        expect(r.ok && strip(r.value)).toEqual(strip(report));
      }),
      { numRuns: 8 },
    );
  });

  it("leaves frozen inputs unchanged", () => {
    const frozen = deepFreeze(structuredClone({ dataset, budget: rialBudget2022To2024 }));
    const before = JSON.stringify(frozen);
    expect(buildPerformanceReport(frozen, { asOf: "2023-09-30" }).ok).toBe(true);
    expect(buildActivityAnnex(frozen, { from: "2018-01-01", to: "2021-09-30" }).ok).toBe(true);
    expect(JSON.stringify(frozen)).toBe(before);
  });
});

describe("the activity annex of 2018-2021", () => {
  const r = buildActivityAnnex(process, { from: "2018-01-01", to: "2021-09-30" });
  const annex = r.ok ? r.value : undefined;
  const group = (id: string) => annex?.groups.find((g) => g.id === id);

  it("groups the activities as Annex I does", () => {
    expect(group("authorities-meetings")?.listed).toBe(4);
    expect(group("working-group-meetings")?.listed).toBe(2);
    expect(group("workshops-and-dialogues")?.listed).toBe(4);
    expect(group("preparatory-meetings")?.listed).toBe(2);
    expect(annex?.total).toBe(annex?.groups.reduce((n, g) => n + g.items.length, 0));
  });

  it("states the document's counts beside the data's", () => {
    expect(group("bilateral-done")).toMatchObject({ listed: 16, stated: 16, agrees: true });
    expect(group("bilateral-ongoing")).toMatchObject({ listed: 5, stated: 4, agrees: false });
    expect(group("bilateral-pending")).toMatchObject({ listed: 4, stated: 4, agrees: true });
  });

  it("leaves out the 2022 cooperation and keeps the XXI IACML", () => {
    const ids = annex!.groups.flatMap((g) => g.items.map((i) => i.id));
    expect(ids).not.toContain("rial-bc/2022-2024/pa-cl-mining-inspection");
    expect(group("conferences")?.items.map((i) => i.id)).toEqual(["xxi"]);
  });

  it("renders in both languages and rejects a reversed period", () => {
    expect(renderAnnexMarkdown(annex!)).toContain("## Meetings of the Authorities");
    expect(renderAnnexMarkdown(annex!, "es")).toContain("## Reuniones de Autoridades");
    const reversed = buildActivityAnnex(process, { from: "2021-01-01", to: "2020-01-01" });
    expect(!reversed.ok && reversed.issues[0]?.code).toBe("reports.period-reversed");
  });
});

describe("scheduleFromDataset", () => {
  it("builds both cycles and rejects unknown plans", () => {
    const s = scheduleFromDataset(dataset, "wp-2018-2020");
    expect(s.ok && s.value.id).toBe("2018-2021");
    expect(s.ok && s.value.milestones.filter((m) => m.extraordinary).map((m) => m.id)).toEqual(["act-2018-2021/authorities-2020-05"]);
    expect(scheduleFromDataset(dataset, "nope").ok).toBe(false);
    expect(scheduleFromDataset({ ...dataset, conferences: [] }, "wp-2022-2024").ok).toBe(false);
    expect(scheduleFromDataset({ ...dataset, conferences: dataset.conferences.filter((c) => c.id !== "xxii") }, "wp-2022-2024").ok).toBe(false);
  });
});
