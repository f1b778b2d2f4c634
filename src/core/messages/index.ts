import type { Issue } from "../result.js";
import { fillTemplate, type Locale, type MessageCatalog } from "./catalog.js";
import { coreMessages } from "./core.js";
import { limitsMessages } from "./limits.js";
import { dateSpecMessages } from "./date-spec.js";
import { moneyMessages } from "./money.js";
import { entitiesMessages } from "./entities.js";
import { workPlanMessages } from "./work-plan.js";
import { cycleMessages } from "./cycle.js";
import { mandatesMessages } from "./mandates.js";
import { budgetMessages } from "./budget.js";
import { calendarMessages } from "./calendar.js";
import { reportsMessages } from "./reports.js";

/**
 * Every issue and finding code the library raises, with its English and Spanish message.
 *
 * @example
 * ```ts
 * import { messages } from "iacml/core";
 * console.log(messages["core.invalid-date"]?.es);
 * ```
 */
export const messages: MessageCatalog = {
  ...coreMessages,
  ...limitsMessages,
  ...dateSpecMessages,
  ...moneyMessages,
  ...entitiesMessages,
  ...workPlanMessages,
  ...cycleMessages,
  ...mandatesMessages,
  ...budgetMessages,
  ...calendarMessages,
  ...reportsMessages,
};

/**
 * Renders an issue's message in English or Spanish from its code and params. Unknown codes
 * (raised by an app) fall back to the issue's own message.
 *
 * @example
 * ```ts
 * import { formatIssue, parsePlainDate } from "iacml/core";
 * const r = parsePlainDate("2023-02-29");
 * if (!r.ok) console.log(formatIssue(r.issues[0]!, "es"));
 * // "'2023-02-29' no es una fecha válida (se espera AAAA-MM-DD de un día real)"
 * ```
 */
export function formatIssue(issue: Issue, locale: Locale = "en"): string {
  const templates = messages[issue.code];
  return templates ? fillTemplate(templates[locale], issue.params) : issue.message;
}
