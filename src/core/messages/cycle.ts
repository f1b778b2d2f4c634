import type { MessageCatalog } from "./catalog.js";

/** Messages of the cycle issue and finding codes, in English and Spanish. */
export const cycleMessages = {} as const satisfies MessageCatalog;
