// The reference dataset at a glance: the authorities of each cycle, the Work Plan 2022-2024 by
// priority line with its status counts, and the RIAL bilateral cooperation network.
import { plainDate } from "iacml/core";
import { cooperationParties, participatingMemberStates, validateDataset, DatasetSchema } from "iacml/entities";
import { dataset } from "iacml/data";

const name = (id: string): string => dataset.memberStates.find((s) => s.id === id)?.name.en ?? id;
const edition = (id: string): string => dataset.conferences.find((c) => c.id === id)?.edition.roman ?? id;

console.log("== Authorities of each cycle");
console.table(
  dataset.cycleAuthorities.map((a) => ({
    cycle: a.id,
    after: `${edition(a.afterConference)} IACML`,
    chair: name(a.troika.currentChair),
    "previous chair": name(a.troika.previousChair),
    "next host": name(a.troika.proposedNextHost),
    ...Object.fromEntries(
      a.workingGroups.map((g) => [
        `WG${g.number} chair (vice-chairs)`,
        `${name(g.chair)} (${g.viceChairs.map(name).join(", ")})`,
      ]),
    ),
  })),
);

console.log(
  `Participating member states: ${participatingMemberStates(dataset.memberStates, plainDate("2022-06-01")).length} on 2022-06-01, ` +
    `${participatingMemberStates(dataset.memberStates, plainDate("2024-06-01")).length} on 2024-06-01 (of ${dataset.memberStates.length}).`,
);

console.log("\n== Work Plan 2022-2024 by priority line (as of the September 2023 report)");
const statuses = [...new Set(dataset.actions.map((a) => a.status ?? "at a meeting"))].sort();
console.table(
  dataset.priorityLines
    .filter((l) => l.workPlan === "wp-2022-2024")
    .map((line) => {
      const actions = dataset.actions.filter((a) => a.priorityLine === line.id);
      return {
        line: line.number,
        title: line.title.length > 48 ? `${line.title.slice(0, 47)}…` : line.title,
        actions: actions.length,
        ...Object.fromEntries(
          statuses.map((s) => [s, actions.filter((a) => (a.status ?? "at a meeting") === s).length || ""]),
        ),
      };
    }),
);

console.log("\n== RIAL bilateral cooperation: who helped whom");
const byStatus = new Map<string, string[]>();
for (const c of dataset.bilateralCooperations) {
  const { provider, recipient } = cooperationParties(c);
  const line = `${provider.map(name).join(" + ")} → ${recipient.map(name).join(" + ")} (${c.modality}): ${c.topic}`;
  byStatus.set(c.status, [...(byStatus.get(c.status) ?? []), line]);
}
for (const [status, lines] of byStatus) {
  console.log(`\n${status} (${lines.length})`);
  for (const l of lines) console.log(`  ${l}`);
}

console.log("\n== What the documents say about themselves");
for (const f of validateDataset(DatasetSchema.parse(dataset))) console.log(`  [${f.severity}] ${f.message}`);
