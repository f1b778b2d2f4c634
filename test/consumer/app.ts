// A user's code, type-checked against the packed tarball by test/scripts/consumer-matrix.mjs in
// every TypeScript version and module resolution the README promises, with `skipLibCheck: false`
// and the strictest options. It is compiled as ESM and as CommonJS, so: no top-level await, no
// `import.meta`. Keep it to calls a user makes every day; `entries.ts` (generated) imports every
// entry point of the exports map besides.
import { budgetSituation, type LedgerEntry } from "iacml/budget";
import { findConflicts, fromAnnexEntry } from "iacml/calendar";
import {
  allocate,
  amount,
  amountToJson,
  compareAmounts,
  formatIssue,
  isAtLeastMonthsBefore,
  parseAmount,
  parseDateSpec,
  plainDate,
  sumAmounts,
  type Amount,
  type DateSpec,
  type PlainDate,
  type Result,
} from "iacml/core";
import { annexCalendar2022To2024, rialBudget2022To2024 } from "iacml/data";
import { parseMandateRefs } from "iacml/mandates";
import * as iacml from "iacml";

// Amount is a real type, not `any`.
type IsAny<T> = 0 extends 1 & T ? true : false;
const amountIsNotAny: IsAny<Amount> = false;
// @ts-expect-error a string is not an Amount
const bad: Amount = "not a decimal";
// @ts-expect-error nor is a number
const alsoBad: Amount = 10;

const total: Amount = amount("105000.00");
const half: Amount = total.div(2).toDecimalPlaces(2);
const sum: Amount = sumAmounts([total, half, amount(2500)]);
const order: -1 | 0 | 1 = compareAmounts(total, half);
const json: string = amountToJson(sum, "USD");
const fixed: string = half.plus("0.01").times(3).minus(total).abs().toFixed(2);
const isBig: boolean = total.gt(half) && total.gte("105000") && !total.isZero();
const parsed: Result<Amount> = parseAmount("10000.00", "USD");
if (parsed.ok) console.log(parsed.value.toString());
else console.log(parsed.issues.map((i) => formatIssue(i, "es")));
const shares = allocate(total, [1, 1, 1]);
if (shares.ok) console.log(shares.value.map((s) => s.toFixed(2)));
// The namespace import reaches the same types.
const again: Amount = iacml.amount("1.50");

const day: PlainDate = plainDate("2024-06-30");
const prep = parseDateSpec("July or August 2024");
const conference = parseDateSpec("noviembre de 2024", { locale: "es" });
if (prep.ok && conference.ok) {
  const spec: DateSpec = prep.value;
  console.log(isAtLeastMonthsBefore(spec, conference.value, 3));
}

const { plan, ledger } = rialBudget2022To2024;
const entries: readonly LedgerEntry[] = ledger;
const situation = budgetSituation(plan, entries, { asOf: day });
const approved: Amount = situation.totals.approved;
for (const line of situation.lines) console.log(line.line, line.available.toFixed(2), line.status);
// @ts-expect-error the totals are Amounts, not strings
const approvedText: string = situation.totals.approved;

const events = annexCalendar2022To2024.map(fromAnnexEntry);
for (const c of findConflicts(events, { minGrade: "medium" })) console.log(c.grade, c.subjects[0]);
// noUncheckedIndexedAccess is on: the first event may be missing.
const first = events[0];
console.log(first?.id);

const refs = parseMandateRefs("paragraphs 3 and 5", { conferences: [], defaultConference: "xxi" });
console.log(refs.ok);

console.log(amountIsNotAny, bad, alsoBad, order, json, fixed, isBig, again, approved, approvedText);
