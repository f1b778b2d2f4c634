// A page that uses the package in the browser: the calendar conflicts of the 2022-2024 Annex 1
// calendar and the RIAL budget situation, computed in the page from the shipped dataset.
// test/browser/check-browser.mjs bundles it from dist with esbuild and checks it in Chromium.
import { formatDateSpec } from "iacml/core";
import { findConflicts, fromAnnexEntry } from "iacml/calendar";
import { budgetSituation } from "iacml/budget";
import { dataset, rialBudget2022To2024 } from "iacml/data";

const main = document.querySelector("main")!;
const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const table = (headers: string[], rows: string[][]) =>
  `<table><tr>${headers.map((h) => `<th>${escape(h)}</th>`).join("")}</tr>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`)
    .join("")}</table>`;

try {
  const events = dataset.annexEntries.map(fromAnnexEntry);
  const conflicts = findConflicts(events, { locale: "es" });
  const byId = new Map(events.map((e) => [e.id, e]));
  const { plan, ledger } = rialBudget2022To2024;
  const before = budgetSituation(plan, ledger, { asOf: "2022-06-30" as never });
  const after = budgetSituation(plan, ledger, { asOf: "2023-09-30" as never });
  const workshop = dataset.actions.find((a) => a.id === "wp-2022-2024/pl1/a2");

  main.innerHTML = `
    <h1>IACML 2022-2024 in the browser</h1>
    <p id="workshop">${escape(workshop?.title ?? "")}: ${escape(workshop?.when ? formatDateSpec(workshop.when, "es") : "")}</p>
    <h2>Budget (${after.currency})</h2>
    ${table(
      ["", "approved"],
      [
        ["as of 2022-06-30", `<span id="approved-before">${before.totals.approved.toFixed(2)}</span>`],
        ["as of 2023-09-30", `<span id="approved-after">${after.totals.approved.toFixed(2)}</span>`],
      ],
    )}
    <h2>Calendar conflicts (<span id="conflict-count">${conflicts.length}</span>)</h2>
    ${table(
      ["grade", "certainty", "events", "explanation"],
      conflicts
        .slice(0, 15)
        .map((c) => [
          `<span class="${c.grade}">${c.grade}</span>`,
          c.certainty,
          c.subjects.map((id) => escape(byId.get(id)?.title.en ?? id)).join(" × "),
          escape(c.explanation),
        ]),
    )}`;
  (window as unknown as { iacmlResult: unknown }).iacmlResult = {
    events: events.length,
    conflicts: conflicts.length,
    certainConflicts: conflicts.filter((c) => c.certainty === "certain").length,
    approvedBefore: before.totals.approved.toFixed(2),
    approvedAfter: after.totals.approved.toFixed(2),
    lines: after.lines.length,
    workshopWhen: document.querySelector("#workshop")?.textContent ?? "",
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  };
  main.dataset["state"] = "done";
} catch (error) {
  main.textContent = `Failed: ${String(error)}`;
  main.dataset["state"] = "failed";
}
