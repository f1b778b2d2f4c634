import type { MessageCatalog } from "./catalog.js";

/** Messages of the work-plan issue and finding codes, in English and Spanish. */
export const workPlanMessages = {} as const satisfies MessageCatalog;
