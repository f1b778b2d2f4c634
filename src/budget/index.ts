/**
 * RIAL budget tracking: the approved plan, an append-only ledger of amendments, reallocations,
 * contributions, levies, commitments and expenditures, the financial situation as of any date
 * (and as known on any date), overrun policy, pre-recording checks, exact allocation, and
 * exports as the documents' table, CSV and IATI-style transactions. Money is exact: integer
 * minor units inside, decimal amounts from the core's private decimal.js clone outside.
 * @module iacml/budget
 */
export * from "./plan-schema.js";
export * from "./ledger-schema.js";
export * from "./situation-types.js";
export { parseBudgetPlan, checkBudgetPlan } from "./validate-plan.js";
export { parseLedger } from "./validate-ledger.js";
export { budgetSituation, tryBudgetSituation } from "./situation.js";
export { checkEntry, checkEntries, type EntryCheck } from "./check-entry.js";
export { budgetLabels } from "../core/messages/budget.js";
export { defaultLinePolicy, overrunAction, type OverrunMeasure } from "./policy.js";
export { recordContribution, RIAL_OPERATIONS_LEVY, type ContributionInput, type LevyRounding } from "./levy.js";
export { allocateToLines, type LineShare } from "./allocate-lines.js";
export { toCsv, situationToCsv, situationCsvColumns } from "./csv.js";
export {
  toIatiTransactions,
  iatiTransactionTypes,
  type IatiTransaction,
  type IatiTransactionTypeCode,
} from "./iati.js";
export { budgetTable, formatBudgetTable, type BudgetTable, type BudgetTableRow } from "./table.js";
