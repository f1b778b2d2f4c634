import type { MessageCatalog } from "./catalog.js";

/** Messages of the calendar issue and finding codes, in English and Spanish. */
export const calendarMessages = {} as const satisfies MessageCatalog;
