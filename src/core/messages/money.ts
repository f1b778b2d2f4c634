import type { MessageCatalog } from "./catalog.js";

/** Messages of the money issue and finding codes, in English and Spanish. */
export const moneyMessages = {} as const satisfies MessageCatalog;
