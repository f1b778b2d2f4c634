/**
 * Ledger entries as IATI-style transactions.
 * @module
 */
import type { PlainDate } from "../core/plain-date.js";
import type { Locale } from "../core/messages/catalog.js";
import { requireLocale, requirePlainDate } from "../core/options.js";
import { duplicateIdIssues } from "./duplicate-ids.js";
import type { CurrencyCode } from "../core/money/currencies.js";
import type { BudgetPlan } from "./plan-schema.js";
import type { LedgerEntry } from "./ledger-schema.js";
import type { SituationOptions } from "./situation-types.js";

/**
 * The IATI transaction types the ledger maps to: 1 Incoming Funds, 2 Outgoing Commitment,
 * 3 Disbursement, 4 Expenditure, 11 Incoming Commitment, 13 Incoming Pledge.
 *
 * @example
 * ```ts
 * import type { IatiTransactionTypeCode } from "iacml/budget";
 * const incoming: IatiTransactionTypeCode = "1";
 * ```
 */
export type IatiTransactionTypeCode = "1" | "2" | "3" | "4" | "11" | "13";

/**
 * The IATI names of {@link IatiTransactionTypeCode}.
 *
 * @example
 * ```ts
 * import { iatiTransactionTypes } from "iacml/budget";
 * iatiTransactionTypes["11"]; // "Incoming Commitment"
 * ```
 */
export const iatiTransactionTypes: Readonly<Record<IatiTransactionTypeCode, string>> = {
  "1": "Incoming Funds",
  "2": "Outgoing Commitment",
  "3": "Disbursement",
  "4": "Expenditure",
  "11": "Incoming Commitment",
  "13": "Incoming Pledge",
};

/**
 * One transaction, shaped after the IATI activity standard's `transaction` element.
 *
 * @example
 * ```ts
 * import type { IatiTransaction } from "iacml/budget";
 * import { plainDate } from "iacml/core";
 * const t: IatiTransaction = {
 *   ref: "c1", transactionType: "1", transactionDate: plainDate("2023-02-01"),
 *   value: { amount: "25000.00", currency: "USD", valueDate: plainDate("2023-02-01") },
 *   description: "Contribution received", providerOrg: "US",
 * };
 * ```
 */
export interface IatiTransaction {
  /** The ledger entry id. */
  readonly ref: string;
  /** IATI transaction type code. */
  readonly transactionType: IatiTransactionTypeCode;
  /** The entry's value date. */
  readonly transactionDate: PlainDate;
  /** Amount (negative for a release of a commitment or a refund), currency and value date. */
  readonly value: {
    /** Plain decimal string. */
    readonly amount: string;
    /** ISO 4217 code. */
    readonly currency: CurrencyCode;
    /** Date for currency conversion. */
    readonly valueDate: PlainDate;
  };
  /** What the transaction is. */
  readonly description: string;
  /** Who the money comes from (contributions). */
  readonly providerOrg?: string;
  /** Who receives it (payee of a commitment or an expenditure). */
  readonly receiverOrg?: string;
  /** The budget line it is charged to. */
  readonly budgetLine?: string;
}

const DESCRIPTIONS = {
  en: {
    received: "Contribution received",
    pledged: "Contribution pledged",
    levy: (contribution: string) => `Percentage for operations on ${contribution}`,
    commitment: "Commitment",
    release: (commitment: string) => `Release of commitment ${commitment}`,
    disbursement: "Disbursement",
    expenditure: "Expenditure",
    refund: "Refund",
  },
  es: {
    received: "Contribución recibida",
    pledged: "Contribución prometida",
    levy: (contribution: string) => `Porcentaje para operaciones sobre ${contribution}`,
    commitment: "Compromiso",
    release: (commitment: string) => `Liberación del compromiso ${commitment}`,
    disbursement: "Desembolso",
    expenditure: "Gasto",
    refund: "Reembolso",
  },
} as const;

const negate = (amount: string): string => (amount.startsWith("-") ? amount.slice(1) : `-${amount}`);

/**
 * The ledger's money movements as IATI-style transactions, for entries with a value date up to
 * `asOf` (and recorded up to `knownOn` when given), in ledger order: a received contribution is
 * type 1 (Incoming Funds), a pledge 13 (Incoming Pledge) or, when the entry says it is binding
 * (`binding: true`, a firm written obligation), 11 (Incoming Commitment), a commitment 2 (Outgoing
 * Commitment) and its release a negative 2, an expenditure 4 (Expenditure) or, with `payment:
 * "disbursement"`, 3 (Disbursement), a refund a negative 4, and the percentage for operations a 4
 * paid to the Secretariat. Budget decisions (approval, amendments, reallocations) are not
 * transactions and are left out. Descriptions (when the entry has no note) are in English or,
 * with `locale: "es"`, in Spanish. `asOf`, `knownOn` and `locale` are checked at run time: a
 * value that is not a real day or a supported language is a `TypeError` naming the option; so is
 * a ledger with two entries of the same id (their transactions would share one `ref`).
 *
 * @example
 * ```ts
 * import { toIatiTransactions } from "iacml/budget";
 * import { plainDate } from "iacml/core";
 * import { rialBudget2022To2024 } from "iacml/data";
 * const t = toIatiTransactions(rialBudget2022To2024.plan, [
 *   { type: "contribution-received", id: "c1", valueDate: plainDate("2023-02-01"), recordedDate: plainDate("2023-02-01"),
 *     contributor: "US", amount: "25000.00", currency: "USD" },
 *   { type: "expenditure", id: "e1", valueDate: plainDate("2023-05-10"), recordedDate: plainDate("2023-05-10"),
 *     line: "rial-2022-2024/l02", amount: "4200.00" },
 * ], { asOf: plainDate("2023-12-31") });
 * console.log(t.map((x) => x.transactionType)); // ["1", "4"]
 * ```
 */
export function toIatiTransactions(
  plan: BudgetPlan,
  ledger: readonly LedgerEntry[],
  options: SituationOptions & {
    /** Language of the descriptions (default English). */
    readonly locale?: Locale;
  },
): IatiTransaction[] {
  const asOf = requirePlainDate(options?.asOf, "asOf");
  const knownOn = options.knownOn === undefined ? undefined : requirePlainDate(options.knownOn, "knownOn");
  const words = DESCRIPTIONS[requireLocale(options.locale ?? "en")];
  const duplicates = duplicateIdIssues(ledger);
  if (duplicates.length > 0) throw new TypeError(`ledger: ${duplicates[0]!.message}; check it with parseLedger`);
  const transactions: IatiTransaction[] = [];
  const lineOf = new Map<string, string>();
  for (const entry of ledger) if (entry.type === "commitment") lineOf.set(entry.id, entry.line);
  for (const entry of ledger) {
    if (entry.valueDate > asOf) continue;
    if (knownOn !== undefined && entry.recordedDate > knownOn) continue;
    const make = (
      transactionType: IatiTransactionTypeCode,
      amount: string,
      description: string,
      extra: Partial<Pick<IatiTransaction, "providerOrg" | "receiverOrg" | "budgetLine">> = {},
      currency: CurrencyCode = plan.currency,
    ): IatiTransaction => ({
      ref: entry.id,
      transactionType,
      transactionDate: entry.valueDate,
      value: { amount, currency, valueDate: entry.valueDate },
      description: entry.note ?? description,
      ...extra,
    });
    switch (entry.type) {
      case "contribution-received":
        transactions.push(make("1", entry.amount, words.received, { providerOrg: entry.contributor }, entry.currency));
        break;
      case "contribution-pledged":
        transactions.push(
          make(
            entry.binding === true ? "11" : "13",
            entry.amount,
            words.pledged,
            { providerOrg: entry.contributor },
            entry.currency,
          ),
        );
        break;
      case "operations-levy":
        transactions.push(make("4", entry.amount, words.levy(entry.contribution)));
        break;
      case "commitment":
        transactions.push(
          make("2", entry.amount, words.commitment, {
            budgetLine: entry.line,
            ...(entry.payee ? { receiverOrg: entry.payee } : {}),
          }),
        );
        break;
      case "commitment-released": {
        const line = lineOf.get(entry.commitment);
        transactions.push(
          make(
            "2",
            negate(entry.amount),
            words.release(entry.commitment),
            line === undefined ? {} : { budgetLine: line },
          ),
        );
        break;
      }
      case "expenditure":
        transactions.push(
          make(
            entry.payment === "disbursement" ? "3" : "4",
            entry.amount,
            entry.payment === "disbursement" ? words.disbursement : words.expenditure,
            {
              budgetLine: entry.line,
              ...(entry.payee ? { receiverOrg: entry.payee } : {}),
            },
          ),
        );
        break;
      case "refund":
        transactions.push(make("4", negate(entry.amount), words.refund, { budgetLine: entry.line }));
        break;
      default:
        break;
    }
  }
  return transactions;
}
