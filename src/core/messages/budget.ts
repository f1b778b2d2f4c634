import type { MessageCatalog } from "./catalog.js";

/** Messages of the budget issue and finding codes, in English and Spanish. */
export const budgetMessages = {} as const satisfies MessageCatalog;
