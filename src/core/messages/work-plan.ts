import type { MessageCatalog } from "./catalog.js";

/**
 * Messages of the work-plan issue and finding codes (prefix `entities.`), in English and
 * Spanish.
 *
 * @example
 * ```ts
 * import { workPlanMessages } from "iacml/core";
 * console.log(workPlanMessages["entities.stated-count-differs"].es);
 * ```
 */
export const workPlanMessages = {
  "entities.stated-count-differs": {
    en: "{source} states {stated} for {measure} of {subject}, but its list has {listed}",
    es: "{source} indica {stated} para {measure} de {subject}, pero su lista tiene {listed}",
  },
} as const satisfies MessageCatalog;
