// Situation over 1,000,000 ledger entries, beside a baseline that only sums integer cents with
// BigInt per line over the same entries (no validation, no commitments, no trace), in the same
// run: the ratio between the two is what to watch. Entry ids follow the ledger's order, as an
// append-only ledger's entry numbers do (the duplicate check sorts them); the same ledger with
// its ids renamed in random order measures the other way of that check (the platform's Set). Then the duplicate-id check under a hash
// flood: 65,536 ids sharing one FNV-1a hash (which made the removed home-made id set take 27 s)
// beside 65,536 ordinary ids, both through budgetSituation.
import { bench, describe } from "vitest";
import { budgetSituation, type LedgerEntry } from "iacml/budget";
import { plainDate } from "iacml/core";
import { rialBudget2022To2024 } from "../../src/data/budget/index.js";
import { collidingIds } from "./fnv-collisions.js";

const { plan } = rialBudget2022To2024;
const lines = plan.lines.map((l) => l.id);
const N = 1_000_000;
const dates = Array.from({ length: 365 }, (_, i) =>
  new Date(Date.UTC(2023, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
);
const ledger: LedgerEntry[] = [];
for (let i = 0; i < N; i++) {
  const date = plainDate(dates[i % 365]!);
  const line = lines[i % 12]!;
  const amount = `${(i * 7919) % 100_000}.${String(i % 100).padStart(2, "0")}`;
  const kind = i % 10;
  if (kind === 0)
    ledger.push({
      type: "contribution-received",
      id: `c${i}`,
      valueDate: date,
      recordedDate: date,
      contributor: "US",
      amount: `1${amount}`,
      currency: "USD",
    });
  else if (kind === 1)
    ledger.push({ type: "commitment", id: `k${i}`, valueDate: date, recordedDate: date, line, amount: `1${amount}` });
  else if (kind === 2)
    ledger.push({
      type: "expenditure",
      id: `e${i}`,
      valueDate: date,
      recordedDate: date,
      line: lines[(i - 1) % 12]!,
      amount: "1.00",
      commitment: `k${i - 1}`,
    });
  else if (kind === 3)
    ledger.push({ type: "refund", id: `f${i}`, valueDate: date, recordedDate: date, line, amount: "0.01" });
  else ledger.push({ type: "expenditure", id: `e${i}`, valueDate: date, recordedDate: date, line, amount });
}
const asOf = plainDate("2023-12-31");

// The same entries with the ids in a random order (a fixed permutation, so runs compare).
let seed = 20_231_231;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const renamed = ledger.map((entry) => entry.id);
for (let i = renamed.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [renamed[i], renamed[j]] = [renamed[j]!, renamed[i]!];
}
const rename = new Map(ledger.map((entry, i) => [entry.id, renamed[i]!]));
// Read back from JSON, as a stored ledger is, so that each entry's strings sit beside it in
// memory as they would (permuting the existing id strings would scatter them).
const shuffledIds = JSON.parse(
  JSON.stringify(
    ledger.map((entry): LedgerEntry => {
      const id = rename.get(entry.id)!;
      return entry.type === "expenditure" && entry.commitment !== undefined
        ? { ...entry, id, commitment: rename.get(entry.commitment)! }
        : { ...entry, id };
    }),
  ),
) as LedgerEntry[];

function baselineBigIntCents(entries: readonly LedgerEntry[]): Map<string, bigint> {
  const sums = new Map<string, bigint>();
  for (const entry of entries) {
    if (!("amount" in entry) || !("line" in entry)) continue;
    sums.set(entry.line, (sums.get(entry.line) ?? 0n) + BigInt(entry.amount.replace(".", "")));
  }
  return sums;
}

describe("situation over 1,000,000 entries", () => {
  bench(
    "budgetSituation",
    () => {
      budgetSituation(plan, ledger, { asOf });
    },
    { iterations: 10, warmupIterations: 2 },
  );
  bench(
    "budgetSituation, ids in random order",
    () => {
      budgetSituation(plan, shuffledIds, { asOf });
    },
    { iterations: 10, warmupIterations: 2 },
  );
  bench(
    "baseline: BigInt cents per line",
    () => {
      baselineBigIntCents(ledger);
    },
    { iterations: 10, warmupIterations: 2 },
  );
});

const day = plainDate("2023-03-01");
const flood = collidingIds(16).map(
  (id): LedgerEntry => ({
    type: "expenditure",
    id,
    valueDate: day,
    recordedDate: day,
    line: lines[0]!,
    amount: "0.01",
  }),
);
const honest = flood.map((entry, i): LedgerEntry => ({ ...entry, id: `e${i}` }));

describe("duplicate check under a hash flood (65,536 entries)", () => {
  bench(
    "ids sharing one FNV-1a hash",
    () => {
      budgetSituation(plan, flood, { asOf });
    },
    { iterations: 10, warmupIterations: 2 },
  );
  bench(
    "peer: ordinary ids",
    () => {
      budgetSituation(plan, honest, { asOf });
    },
    { iterations: 10, warmupIterations: 2 },
  );
});
