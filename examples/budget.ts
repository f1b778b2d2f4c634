// The RIAL budget 2022-2024: the approved table as the documents print it, then the situation
// after an ILLUSTRATIVE year of entries. Run with `npm run examples`.
import {
  budgetSituation,
  budgetTable,
  checkEntry,
  formatBudgetTable,
  recordContribution,
  RIAL_OPERATIONS_LEVY,
  type LedgerEntry,
} from "iacml/budget";
import { plainDate } from "iacml/core";
import { rialBudget2022To2024 } from "iacml/data";

const { plan, ledger } = rialBudget2022To2024;

console.log(formatBudgetTable(budgetTable(plan, ledger, { asOf: plainDate("2023-09-30") })));
for (const asOf of ["2022-07-31", "2022-09-30"]) {
  const s = budgetSituation(plan, ledger, { asOf: plainDate(asOf) });
  console.log(`Approved total as of ${asOf}: ${s.totals.approved.toFixed(2)} ${s.currency}`);
}

console.log(
  "\nILLUSTRATION ONLY — invented entries, not real RIAL spending (the documents give no spending figures):\n",
);
const day = plainDate;
const contribution = recordContribution({
  id: "demo/c-us",
  contributor: "US",
  amount: "60000.00",
  currency: "USD",
  planCurrency: plan.currency,
  valueDate: day("2023-02-15"),
  recordedDate: day("2023-02-20"),
  levyRate: RIAL_OPERATIONS_LEVY,
});
const sample: LedgerEntry[] = [
  ...ledger,
  ...(contribution.ok ? contribution.value.entries : []),
  {
    type: "commitment",
    id: "demo/k-l02",
    valueDate: day("2023-03-01"),
    recordedDate: day("2023-03-01"),
    line: "rial-2022-2024/l02",
    amount: "9000.00",
    payee: "Hotel in Bogotá",
  },
  {
    type: "expenditure",
    id: "demo/e-l02",
    valueDate: day("2023-04-20"),
    recordedDate: day("2023-04-25"),
    line: "rial-2022-2024/l02",
    amount: "8420.50",
    commitment: "demo/k-l02",
  },
  {
    type: "commitment-released",
    id: "demo/r-l02",
    valueDate: day("2023-05-02"),
    recordedDate: day("2023-05-02"),
    commitment: "demo/k-l02",
    amount: "579.50",
  },
  {
    type: "expenditure",
    id: "demo/e-l08",
    valueDate: day("2023-07-15"),
    recordedDate: day("2023-07-15"),
    line: "rial-2022-2024/l08",
    amount: "10250.00",
  },
  {
    type: "reallocation",
    id: "demo/x1",
    valueDate: day("2023-08-01"),
    recordedDate: day("2023-08-01"),
    moves: [
      { line: "rial-2022-2024/l12", amount: "-1000.00" },
      { line: "rial-2022-2024/l07", amount: "1000.00" },
    ],
    decision: { body: "IACML authorities", instrument: "virtual meeting", date: day("2023-08-01") },
  },
];
const s = budgetSituation(plan, sample, { asOf: day("2023-12-31") });
const pad = (text: string, n: number) => text.padStart(n);
console.log(
  `${"line".padEnd(20)}${pad("approved", 12)}${pad("committed", 12)}${pad("spent", 12)}${pad("available", 12)}${pad("%", 8)}  status`,
);
for (const l of s.lines) {
  console.log(
    `${l.line.padEnd(20)}${pad(l.approved.toFixed(2), 12)}${pad(l.committed.toFixed(2), 12)}${pad(l.spent.toFixed(2), 12)}${pad(l.available.toFixed(2), 12)}${pad(l.percentExecuted?.toFixed(2) ?? "-", 8)}  ${l.status}`,
  );
}
console.log(
  `${"TOTAL".padEnd(20)}${pad(s.totals.approved.toFixed(2), 12)}${pad(s.totals.committed.toFixed(2), 12)}${pad(s.totals.spent.toFixed(2), 12)}${pad(s.totals.available.toFixed(2), 12)}`,
);
console.log(
  `\nFund: received ${s.fund.received.toFixed(2)}, operations levy ${s.fund.levies.toFixed(2)}, cash ${s.fund.cash.toFixed(2)}; plan funded: ${s.fund.funded ? "yes" : `no, ${s.fund.shortfall.toFixed(2)} short`}`,
);
for (const f of s.findings) console.log(`${f.severity}: ${f.message}`);

const draft: LedgerEntry = {
  type: "expenditure",
  id: "demo/e-l04",
  valueDate: day("2023-12-01"),
  recordedDate: day("2023-12-01"),
  line: "rial-2022-2024/l04",
  amount: "12000.00",
};
console.log("\nChecking a draft entry before recording it:");
for (const f of checkEntry(plan, sample, draft)) console.log(`  ${f.severity}: ${f.message}`);
