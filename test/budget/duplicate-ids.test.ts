// The duplicate-id check answers the same whichever way it takes: sorting (ids roughly in order,
// short on average) or the platform's Set (random order, long ids, non-string ids).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tryBudgetSituation, type LedgerEntry } from "iacml/budget";
import { d, plan, spend } from "./fixtures.js";

const LINE = plan.lines[0]!.id;
const ledgerOf = (ids: readonly string[]): LedgerEntry[] => ids.map((id) => spend(id, "2023-03-01", LINE, "1.00"));

function naiveRepeats(ids: readonly string[]): number {
  let repeats = 0;
  ids.forEach((id, index) => {
    if (ids.indexOf(id) < index) repeats++;
  });
  return repeats;
}

const idArb = fc.oneof(
  fc.stringMatching(/^[a-z][0-9]{0,3}$/),
  fc.string({ minLength: 1, maxLength: 4 }),
  fc.string({ minLength: 40, maxLength: 80 }).map((tail) => `x${tail}`),
);
// Sorted, reversed or as drawn: all three ways of the check are reached.
const idsArb = fc
  .tuple(fc.array(idArb, { maxLength: 60 }), fc.constantFrom("sorted", "reversed", "drawn"))
  .map(([ids, order]) =>
    order === "sorted" ? [...ids].sort() : order === "reversed" ? [...ids].sort().reverse() : ids,
  );

describe("duplicate ids", () => {
  it("are found exactly, with their count and paths, whatever the order and length of the ids", () => {
    fc.assert(
      fc.property(idsArb, (ids) => {
        const result = tryBudgetSituation(plan, ledgerOf(ids), { asOf: d("2023-12-31") });
        const repeats = naiveRepeats(ids);
        expect(result.ok).toBe(repeats === 0);
        if (result.ok) return;
        expect(result.issues[0]).toMatchObject({ code: "budget.duplicate-ledger-ids", params: { count: repeats } });
        const paths = result.issues.slice(1).map((issue) => issue.path);
        const expected = ids.flatMap((id, index) => (ids.indexOf(id) < index ? [[index, "id"]] : []));
        expect(paths).toEqual(expected.slice(0, paths.length));
      }),
      { numRuns: 300 },
    );
  });

  it("are found in a long ledger in order, in reverse and with one repeat at the end", () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `e-${String(i).padStart(6, "0")}`);
    for (const order of [ids, [...ids].reverse()]) {
      expect(tryBudgetSituation(plan, ledgerOf(order), { asOf: d("2023-12-31") }).ok).toBe(true);
      const repeated = tryBudgetSituation(plan, ledgerOf([...order, order[1234]!]), { asOf: d("2023-12-31") });
      expect(repeated.ok).toBe(false);
      if (!repeated.ok) expect(repeated.issues[1]).toMatchObject({ path: [5000, "id"] });
    }
  });
});
