import type { MessageCatalog } from "./catalog.js";

/** Messages of the reports issue and finding codes, in English and Spanish. */
export const reportsMessages = {} as const satisfies MessageCatalog;
