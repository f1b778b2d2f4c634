// Mandate-to-activity traceability on the real 2018-2024 documents: run with `npm run examples`.
import {
  findTraceIssues,
  formatCitations,
  formatMandateRefs,
  mandateContextOf,
  mandateCoverage,
  parseCitations,
  parseMandateRefs,
  traceMandates,
  traceMatrix,
  type MandateContext,
  type MandateRef,
  type TraceLink,
} from "iacml/mandates";
import {
  activities2018To2021,
  bilateralCooperations,
  conferences,
  instruments,
  priorityLines,
  provisions,
  workingGroupRecommendations,
  workPlanActions,
} from "iacml/data";

const contextFor = (defaultConference: string): MandateContext => mandateContextOf({ conferences }, defaultConference);
const pad = (text: string, width: number) => text.padEnd(width).slice(0, width);

// 1. Every mandate sentence of both documents, read into references.
const sentences = [
  ...workPlanActions.map((a) => ({
    id: a.id,
    text: a.mandateText,
    conference: "xxi",
    line: a.priorityLine,
    status: a.status,
  })),
  ...[...activities2018To2021, ...bilateralCooperations].map((a) => ({
    id: a.id,
    text: a.mandateText,
    conference: "xx",
    line: undefined,
    status: undefined,
  })),
];
const refsOf = new Map<string, MandateRef[]>();
console.log("Mandate sentences, as written → canonical references");
const shown = new Set<string>();
for (const s of sentences) {
  if (s.text === undefined) continue;
  const context = contextFor(s.conference);
  const parsed = parseMandateRefs(s.text, context);
  if (!parsed.ok) {
    console.log(`  ✗ ${s.id}: ${parsed.issues.map((i) => i.message).join("; ")}`);
    continue;
  }
  refsOf.set(s.id, parsed.value);
  if (shown.has(s.text)) continue;
  shown.add(s.text);
  console.log(`  "${s.text}"`);
  console.log(`     → ${parsed.value.map((r) => r.id).join(" ")}`);
  console.log(`     → es: ${formatMandateRefs(parsed.value, "es", context)}`);
}
console.log(
  `  ${refsOf.size} of ${sentences.filter((s) => s.text !== undefined).length} sentences parsed; ${sentences.filter((s) => s.text === undefined).length} records have no mandate (political process, follow-up).\n`,
);

// 2. The trace of the Work Plan 2022-2024 against the Buenos Aires instruments.
const buenosAires = instruments.filter((i) => i.conference === "xxi");
const links: TraceLink[] = workPlanActions.flatMap((a) =>
  (refsOf.get(a.id) ?? []).map((r): TraceLink => ({ kind: "answers", from: a.id, to: r.id, how: "contributes" })),
);
const trace = traceMandates({
  instruments: buenosAires.map((i) => ({
    id: i.id,
    name: i.name.en,
    completeness: i.completeness,
    provisions: provisions.filter((p) => p.instrument === i.id).map((p) => ({ id: p.id })),
  })),
  actions: workPlanActions.map((a) => ({
    id: a.id,
    title: a.title,
    priorityLine: a.priorityLine,
    ...(a.status === undefined ? {} : { status: a.status }),
    outputs: [...a.outputs],
    ...(a.derived === undefined ? {} : { derived: a.derived }),
  })),
  groups: priorityLines.map((l) => ({ id: l.id, kind: "priority-line" as const, title: l.title })),
  links,
});

const matrix = traceMatrix(trace, "priority-lines");
const short = (id: string) => id.replace(/^.*\/pl/, "pl");
console.log("Matrix: provisions of Buenos Aires × priority lines (number of actions answering)");
console.log(`  ${pad("provision", 14)}${matrix.columns.map((c) => pad(short(c), 5)).join("")}`);
for (const row of matrix.rows) {
  console.log(
    `  ${pad(row.provision, 14)}${row.cells.map((cell) => pad(cell.length === 0 ? "·" : String(cell.length), 5)).join("")}`,
  );
}

console.log("\nCoverage of the Buenos Aires instruments (shallow: linked; deep: linked to a fulfilled action)");
for (const row of mandateCoverage(trace)) {
  const instrument = buenosAires.find((i) => i.id === row.group);
  console.log(
    `  ${pad(row.group, 9)} ${row.covered}/${row.total} covered (${row.percent ?? "—"}%), deep ${row.deepCovered}/${row.total} (${row.deepPercent ?? "—"}%)` +
      (row.uncoveredIds.length > 0 ? `, uncovered: ${row.uncoveredIds.join(" ")}` : ""),
  );
  if (instrument?.completeness === "cited-only") {
    console.log(
      `            ↳ over the ${row.total} provisions the documents cite, NOT over the whole ${instrument.name.en}:`,
    );
    console.log("              the dataset does not contain the full text of the Declaration or the Plan of Action.");
  }
}
const gaps = findTraceIssues(trace).filter((f) => f.code !== "mandates.uncovered-provision");
console.log(`  Findings besides coverage: ${gaps.length === 0 ? "none" : gaps.map((f) => f.message).join("; ")}`);

// 3. The 2021 working-group recommendations and where the Work Plan took them up. The dataset
// does not say which Plan of Action paragraph each recommendation fed; this example matches a
// recommendation's topic to the priority line on the same theme (its own reading, shown as such).
const lineForTopic: Record<string, string> = {
  "platform-work-and-telework": "pl1",
  "training-and-employment-services": "pl2",
  "skills-for-the-future": "pl2",
  "education-employment-coordination": "pl2",
  "labor-market-information": "pl2",
  "qualifications-frameworks": "pl2",
  "gender-equality": "pl3",
  "equality-and-inclusion": "pl4",
  "labor-inspection": "pl4",
  "alternative-dispute-resolution": "pl4",
  "child-labor": "pl4",
  "labor-mobility": "pl4",
  "ministry-modernization": "pl5",
  "rial-strengthening": "pl5",
  "social-dialogue": "pl6",
  "occupational-safety-health": "pl7",
};
console.log(
  "\n2021 working-group recommendations → priority line of the Work Plan 2022-2024 on the same topic (example's reading)",
);
for (const r of workingGroupRecommendations) {
  const suffix = lineForTopic[r.topic];
  const line = priorityLines.find((l) => suffix !== undefined && l.id.endsWith(`/${suffix}`));
  const actions = line === undefined ? [] : workPlanActions.filter((a) => a.priorityLine === line.id);
  console.log(
    `  ${pad(r.id, 12)} ${pad(r.title.en, 58)} → ${line === undefined ? "not taken up by a priority line" : `${suffix} (${actions.length} actions)`}`,
  );
}

// Citations as other cycles write them, resolved against every edition of the dataset.
console.log("\nCitations of other cycles, read in the context of the XXI IACML (→ canonical, → es)");
const xxi = contextFor("xxi");
for (const text of [
  "paragraph 9(b) of the Plan of Action of Bridgetown",
  "Declaration of Cancún, articles 12 to 14",
  "Articles 3 and 5 of the Declaration of Bridgetown; paragraphs 4 and 6(a)-(c) of its Plan of Action",
  "párrafo 3, incisos a) y b) del Plan de Acción de Medellín 2013",
  "Article 4 of the Declaration of Buenos Aires 2009",
  "the Declaration and Plan of Action of Viña del Mar; CIDI/RES. 343 (CIII-O/20); CIDI/TRABAJO/doc.9/21",
]) {
  const r = parseCitations(text, xxi);
  if (!r.ok) {
    console.log(`  ✗ "${text}": ${r.issues.map((i) => i.message).join("; ")}`);
    continue;
  }
  const ids = [
    ...r.value.refs.map((x) => x.id),
    ...r.value.sources.map((s) => (s.kind === "instrument" ? s.instrument : s.symbol)),
  ];
  console.log(`  "${text}"\n     → ${ids.join(" ")}\n     → es: ${formatCitations(r.value, "es", xxi)}`);
}
const ambiguous = parseMandateRefs("Article 4 of the Declaration of Buenos Aires", contextFor("xix"));
if (!ambiguous.ok) console.log(`  In a XIX-cycle document: ${ambiguous.issues[0]?.message}`);
