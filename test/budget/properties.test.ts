import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  allocateToLines,
  budgetSituation,
  recordContribution,
  type BudgetSituation,
  type LedgerEntry,
} from "iacml/budget";
import { cents, d, dateArb, ledgerArb, lineIds } from "./arbitraries.js";
import { plan, reallocate } from "./fixtures.js";

const END = d("2024-12-31");

/** Every figure of a situation, as plain text, with traces and findings as sorted sets. */
function figures(s: BudgetSituation) {
  return {
    lines: s.lines.map((l) => ({
      line: l.line,
      figures: [l.original, l.amendments, l.reallocations, l.approved, l.committed, l.spent, l.available].map((x) =>
        x.toFixed(2),
      ),
      percent: l.percentExecuted?.toFixed(2),
      status: l.status,
      trace: Object.fromEntries(Object.entries(l.trace).map(([k, v]) => [k, [...v].sort()])),
    })),
    totals: Object.values(s.totals).map((x) => x?.toFixed(2)),
    fund: [s.fund.pledged, s.fund.received, s.fund.levies, s.fund.cash, s.fund.shortfall].map((x) => x.toFixed(2)),
    findings: s.findings.map((f) => `${f.code}|${f.severity}|${f.subjects.join(",")}|${f.message}`).sort(),
  };
}

describe("budget invariants", () => {
  it("reallocations never change the total approved", () => {
    fc.assert(
      fc.property(
        ledgerArb,
        fc.array(
          fc.tuple(
            fc.constantFrom(...lineIds),
            fc.constantFrom(...lineIds),
            fc.integer({ min: 1, max: 10_000_000 }),
            dateArb,
          ),
        ),
        (ledger, moves) => {
          const extra = moves.map(([from, to, units, date], i) =>
            reallocate(`x${i}`, date, [
              { line: from, amount: cents(-units) },
              { line: to, amount: cents(units) },
            ]),
          );
          const before = budgetSituation(plan, ledger, { asOf: END });
          const after = budgetSituation(plan, [...ledger, ...extra], { asOf: END });
          expect(after.totals.approved.toFixed(2)).toBe(before.totals.approved.toFixed(2));
          expect(after.totals.reallocations.toFixed(2)).toBe("0.00");
        },
      ),
    );
  });

  it("the situation does not depend on the order of the entries", () => {
    fc.assert(
      fc.property(
        ledgerArb.chain((ledger) =>
          fc.tuple(fc.constant(ledger), fc.shuffledSubarray(ledger, { minLength: ledger.length })),
        ),
        dateArb,
        ([ledger, shuffled], asOf) => {
          expect(figures(budgetSituation(plan, shuffled, { asOf: d(asOf) }))).toEqual(
            figures(budgetSituation(plan, ledger, { asOf: d(asOf) })),
          );
        },
      ),
    );
  });

  it("levy identity: gross = levy + net exactly, for any rate and rounding", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10n ** 15n }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.constantFrom("half-even", "half-up", "down", "up" as const),
        (units, basisPoints, rounding) => {
          const rate = basisPoints === 10_000 ? "1" : `0.${String(basisPoints).padStart(4, "0")}`;
          const r = recordContribution({
            id: "c",
            contributor: "US",
            amount: cents(units),
            currency: "USD",
            planCurrency: "USD",
            valueDate: END,
            recordedDate: END,
            levyRate: rate,
            rounding,
          });
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          const [gross, levy, net] = [r.value.gross, r.value.levy, r.value.net].map((x) => BigInt(x.replace(".", "")));
          expect(levy! + net!).toBe(gross);
          expect(levy! >= 0n && levy! <= gross!).toBe(true);
          const s = budgetSituation(plan, r.value.entries, { asOf: END });
          expect(s.fund.netReceived.toFixed(2)).toBe(r.value.net);
        },
      ),
    );
  });

  it("allocation over lines always sums to the total, each share within a cent of exact", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
        fc
          .array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 12 })
          .filter((r) => r.some((x) => x > 0)),
        (units, ratios) => {
          const r = allocateToLines(
            cents(units),
            "USD",
            ratios.map((ratio, i) => ({ line: `l${i}`, ratio })),
          );
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          const shares = r.value.map((s) => BigInt(s.amount.replace(".", "")));
          expect(shares.reduce((a, b) => a + b, 0n)).toBe(units);
          const sum = BigInt(ratios.reduce((a, b) => a + b, 0));
          shares.forEach((share, i) => {
            const exactTimesSum = units * BigInt(ratios[i]!);
            const diff = share * sum - exactTimesSum;
            expect(diff < sum && -diff < sum).toBe(true);
          });
        },
      ),
    );
  });

  it("splitting a ledger at any date and summing the parts gives the same flows", () => {
    fc.assert(
      fc.property(ledgerArb, dateArb, (ledger, cut) => {
        const before = ledger.filter((e) => e.valueDate <= cut);
        const after = ledger.filter((e) => e.valueDate > cut);
        const whole = budgetSituation(plan, ledger, { asOf: END });
        // Levies of a contribution sit on the same day, and settlements only affect commitments.
        const a = budgetSituation(plan, before, { asOf: END });
        const b = budgetSituation(plan, after, { asOf: END });
        const sum = (f: (s: BudgetSituation) => { toFixed(n: number): string }) =>
          (BigInt(f(a).toFixed(2).replace(".", "")) + BigInt(f(b).toFixed(2).replace(".", ""))).toString();
        const of = (f: (s: BudgetSituation) => { toFixed(n: number): string }) =>
          BigInt(f(whole).toFixed(2).replace(".", "")).toString();
        for (const f of [
          (s: BudgetSituation) => s.totals.amendments,
          (s: BudgetSituation) => s.totals.reallocations,
          (s: BudgetSituation) => s.totals.spent,
          (s: BudgetSituation) => s.fund.received,
          (s: BudgetSituation) => s.fund.levies,
          (s: BudgetSituation) => s.fund.cash,
        ]) {
          expect(sum(f)).toBe(of(f));
        }
        expect(budgetSituation(plan, ledger, { asOf: d(cut) }).totals.spent.toFixed(2)).toBe(a.totals.spent.toFixed(2));
      }),
    );
  });

  it("never mutates a frozen ledger", () => {
    fc.assert(
      fc.property(ledgerArb, (ledger) => {
        const frozen = Object.freeze(ledger.map((e) => Object.freeze({ ...e }))) as readonly LedgerEntry[];
        expect(() => budgetSituation(plan, frozen, { asOf: END })).not.toThrow();
      }),
    );
  });
});
