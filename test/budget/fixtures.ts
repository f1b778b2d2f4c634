// Shared test fixtures: a small plan and helpers to write ledger entries tersely.
import type { BudgetPlan, LedgerEntry } from "iacml/budget";
import { plainDate, type PlainDate } from "iacml/core";
import { deepFreeze } from "iacml/data";

export { deepFreeze };

export const d = (text: string): PlainDate => plainDate(text);

export const plan: BudgetPlan = deepFreeze({
  id: "t",
  title: { en: "Test plan", es: "Plan de prueba" },
  currency: "USD",
  period: { start: d("2022-01-01"), end: d("2024-12-31") },
  declaredTotal: "30000.00",
  lines: [
    {
      id: "t/a",
      title: { en: "Line A", es: "Línea A" },
      approved: "10000.00",
      activities: ["act-1"],
      coFunders: [{ party: "AR", label: "Argentina", kind: "in-kind", confirmed: false }],
    },
    {
      id: "t/b",
      title: { en: "Line B" },
      approved: "15000.00",
      activities: [],
      coFunders: [],
      policy: { commitments: "stop" },
    },
    {
      id: "t/c",
      title: { en: 'Line C, "quoted"' },
      approved: "5000.00",
      activities: [],
      coFunders: [
        { party: "oas-gs", label: "OAS", kind: "cash", confirmed: true },
        { party: "CO", kind: "tbd", confirmed: true },
      ],
    },
  ],
});

type Base = { id: string; valueDate: PlainDate; recordedDate: PlainDate };
const base = (id: string, value: string, recorded = value): Base => ({
  id,
  valueDate: d(value),
  recordedDate: d(recorded),
});

export const approve = (id: string, date: string): LedgerEntry => ({
  type: "plan-approved",
  ...base(id, date),
  decision: { body: "Authorities", instrument: "meeting", date: d(date) },
});
export const spend = (
  id: string,
  date: string,
  line: string,
  amount: string,
  extra: { commitment?: string; recorded?: string } = {},
): LedgerEntry => ({
  type: "expenditure",
  ...base(id, date, extra.recorded),
  line,
  amount,
  ...(extra.commitment === undefined ? {} : { commitment: extra.commitment }),
});
export const commit = (id: string, date: string, line: string, amount: string): LedgerEntry => ({
  type: "commitment",
  ...base(id, date),
  line,
  amount,
});
export const release = (id: string, date: string, commitment: string, amount: string): LedgerEntry => ({
  type: "commitment-released",
  ...base(id, date),
  commitment,
  amount,
});
export const refund = (id: string, date: string, line: string, amount: string): LedgerEntry => ({
  type: "refund",
  ...base(id, date),
  line,
  amount,
});
export const receive = (id: string, date: string, amount: string, contributor = "US"): LedgerEntry => ({
  type: "contribution-received",
  ...base(id, date),
  contributor,
  amount,
  currency: "USD",
});
export const levy = (id: string, date: string, contribution: string, amount: string): LedgerEntry => ({
  type: "operations-levy",
  ...base(id, date),
  contribution,
  amount,
});
export const amend = (id: string, date: string, line: string, amount: string): LedgerEntry => ({
  type: "line-amended",
  ...base(id, date),
  line,
  amount,
  decision: { body: "Authorities", instrument: "email", date: d(date) },
});
export const reallocate = (id: string, date: string, moves: { line: string; amount: string }[]): LedgerEntry => ({
  type: "reallocation",
  ...base(id, date),
  moves,
  decision: { body: "Authorities", instrument: "meeting", date: d(date) },
});
