import type { MessageCatalog } from "./catalog.js";

/** Messages of the date-spec issue and finding codes, in English and Spanish. */
export const dateSpecMessages = {} as const satisfies MessageCatalog;
