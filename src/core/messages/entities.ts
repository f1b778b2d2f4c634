import type { MessageCatalog } from "./catalog.js";

/** Messages of the entities issue and finding codes, in English and Spanish. */
export const entitiesMessages = {} as const satisfies MessageCatalog;
