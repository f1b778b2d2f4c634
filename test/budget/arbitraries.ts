// fast-check generators of valid ledgers for the fixture plan.
import fc from "fast-check";
import type { LedgerEntry } from "iacml/budget";
import { amend, commit, d, levy, plan, reallocate, receive, refund, release, spend } from "./fixtures.js";

export const lineIds = plan.lines.map((l) => l.id);

/** Integer cents as a USD amount string. */
export const cents = (units: bigint | number): string => {
  const u = BigInt(units);
  const neg = u < 0n;
  const s = (neg ? -u : u).toString().padStart(3, "0");
  return `${neg ? "-" : ""}${s.slice(0, -2)}.${s.slice(-2)}`;
};

export const dateArb = fc.integer({ min: 0, max: 3 * 365 }).map((n) => {
  const t = Date.UTC(2022, 0, 1) + n * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
});

const positive = fc.integer({ min: 1, max: 5_000_000 });
const line = fc.constantFrom(...lineIds);

type Op =
  | { kind: "amend"; line: string; units: number; date: string }
  | { kind: "realloc"; moves: { line: string; units: number }[]; date: string }
  | { kind: "receive"; units: number; levyUnits: number; date: string }
  | { kind: "commit"; line: string; units: number; date: string; settle: number; release: number; later: string }
  | { kind: "spend"; line: string; units: number; date: string }
  | { kind: "refund"; line: string; units: number; date: string };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant("amend" as const),
    line,
    units: fc.integer({ min: -500_000, max: 500_000 }).filter((u) => u !== 0),
    date: dateArb,
  }),
  fc.record({
    kind: fc.constant("realloc" as const),
    moves: fc
      .array(fc.record({ line, units: fc.integer({ min: -500_000, max: 500_000 }) }), { minLength: 1, maxLength: 3 })
      .map((moves) => {
        const net = moves.reduce((s, m) => s + m.units, 0);
        return [...moves, { line: lineIds[0]!, units: -net }];
      }),
    date: dateArb,
  }),
  fc.record({
    kind: fc.constant("receive" as const),
    units: positive,
    levyUnits: fc.integer({ min: 0, max: 100 }),
    date: dateArb,
  }),
  fc.record({
    kind: fc.constant("commit" as const),
    line,
    units: positive,
    date: dateArb,
    settle: fc.integer({ min: 0, max: 100 }),
    release: fc.integer({ min: 0, max: 100 }),
    later: dateArb,
  }),
  fc.record({ kind: fc.constant("spend" as const), line, units: positive, date: dateArb }),
  fc.record({ kind: fc.constant("refund" as const), line, units: fc.integer({ min: 1, max: 1000 }), date: dateArb }),
);

/** A valid ledger (no plan approval entry, so the plan's originals always apply). */
export const ledgerArb: fc.Arbitrary<LedgerEntry[]> = fc.array(opArb, { maxLength: 40 }).map((ops) => {
  const entries: LedgerEntry[] = [];
  ops.forEach((op, i) => {
    const id = `e${i}`;
    switch (op.kind) {
      case "amend":
        entries.push(amend(id, op.date, op.line, cents(op.units)));
        break;
      case "realloc":
        entries.push(
          reallocate(
            id,
            op.date,
            op.moves.map((m) => ({ line: m.line, amount: cents(m.units) })),
          ),
        );
        break;
      case "receive": {
        entries.push(receive(id, op.date, cents(op.units)));
        const levyUnits = Math.floor((op.units * op.levyUnits) / 1000);
        entries.push(levy(`${id}/levy`, op.date, id, cents(levyUnits)));
        break;
      }
      case "commit": {
        entries.push(commit(id, op.date, op.line, cents(op.units)));
        const settle = Math.floor((op.units * op.settle) / 100);
        const rel = Math.floor(((op.units - settle) * op.release) / 100);
        if (settle > 0) entries.push(spend(`${id}/s`, op.later, op.line, cents(settle), { commitment: id }));
        if (rel > 0) entries.push(release(`${id}/r`, op.later, id, cents(rel)));
        break;
      }
      case "spend":
        entries.push(spend(id, op.date, op.line, cents(op.units)));
        break;
      case "refund":
        entries.push(refund(id, op.date, op.line, cents(op.units)));
        break;
    }
  });
  return entries;
});

export { d };
