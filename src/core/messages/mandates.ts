import type { MessageCatalog } from "./catalog.js";

/** Messages of the mandates issue and finding codes, in English and Spanish. */
export const mandatesMessages = {} as const satisfies MessageCatalog;
