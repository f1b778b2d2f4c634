// The integer-run sort of the answers lists agrees with the plain definition: each list in
// link order, stable-sorted by (other end's id, how, reviewed); maps keyed in first-seen order.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { answerLists } from "../../src/mandates/answer-lists.js";
import type { TraceAnswer } from "iacml/mandates";

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const tie = (a: TraceAnswer, b: TraceAnswer) => cmp(a.how, b.how) || cmp(a.reviewed ?? "", b.reviewed ?? "");

function naive(answers: readonly TraceAnswer[]) {
  const answeredBy = new Map<string, TraceAnswer[]>();
  const answersOf = new Map<string, TraceAnswer[]>();
  for (const a of answers) {
    answeredBy.set(a.provision, [...(answeredBy.get(a.provision) ?? []), a]);
    answersOf.set(a.action, [...(answersOf.get(a.action) ?? []), a]);
  }
  for (const list of answeredBy.values()) list.sort((x, y) => cmp(x.action, y.action) || tie(x, y));
  for (const list of answersOf.values()) list.sort((x, y) => cmp(x.provision, y.provision) || tie(x, y));
  return { answeredBy, answersOf };
}

function run(answers: TraceAnswer[], provisionIds: string[], actionIds: string[]) {
  return answerLists(
    answers,
    Int32Array.from(answers, (a) => provisionIds.indexOf(a.provision)),
    Int32Array.from(answers, (a) => actionIds.indexOf(a.action)),
    provisionIds,
    actionIds,
  );
}

const answerArb = (provisions: string[], actions: string[]) =>
  fc.record(
    {
      action: fc.constantFrom(...actions),
      provision: fc.constantFrom(...provisions),
      how: fc.constantFrom("implements", "contributes", "reports-on"),
      reviewed: fc.constantFrom("fp1", "fp0"),
    },
    { requiredKeys: ["action", "provision", "how"] },
  );

describe("answerLists", () => {
  it("sorts like a stable sort of each list, keeping the same answer objects", () => {
    const provisions = ["P/10", "P/9", "P/1", "Q/1", "P/1a"];
    const actions = ["b", "a", "a/1", "B", "c"];
    fc.assert(
      fc.property(
        // Long lists (more than the insertion-sort run) as well as short ones.
        fc.array(answerArb(provisions, actions), { maxLength: 120 }),
        (answers) => {
          const got = run(answers, provisions, actions);
          const want = naive(answers);
          expect([...got.answeredBy]).toEqual([...want.answeredBy]);
          expect([...got.answersOf]).toEqual([...want.answersOf]);
          for (const [id, list] of got.answeredBy) list.forEach((a, i) => expect(a).toBe(want.answeredBy.get(id)![i]));
        },
      ),
    );
  });

  it("orders a long list of one provision by action, then how, then reviewed", () => {
    const actions = Array.from({ length: 40 }, (_, n) => `a${(n * 17) % 40}`);
    const answers: TraceAnswer[] = actions.flatMap((action) => [
      { action, provision: "P", how: "reports-on" },
      { action, provision: "P", how: "implements", reviewed: "z" },
      { action, provision: "P", how: "implements" },
    ]);
    const list = run(answers, ["P"], actions).answeredBy.get("P")!;
    expect(list).toEqual(naive(answers).answeredBy.get("P"));
    expect(list.slice(0, 3)).toEqual([
      { action: "a0", provision: "P", how: "implements" },
      { action: "a0", provision: "P", how: "implements", reviewed: "z" },
      { action: "a0", provision: "P", how: "reports-on" },
    ]);
  });

  it("returns empty maps for no answers", () => {
    const { answeredBy, answersOf } = run([], ["P"], ["a"]);
    expect(answeredBy.size + answersOf.size).toBe(0);
  });
});
