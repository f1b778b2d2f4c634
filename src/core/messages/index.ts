import type { Finding, Issue } from "../result.js";
import { requireLocale } from "../options.js";
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
 * (raised by an app) fall back to the issue's own message. An unsupported locale is a
 * `TypeError` naming it, never a silent fallback to English.
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
  const language = requireLocale(locale);
  const templates = Object.prototype.hasOwnProperty.call(messages, issue.code) ? messages[issue.code] : undefined;
  return templates ? fillTemplate(templates[language], issue.params) : issue.message;
}

/**
 * Renders a finding's suggestion in English or Spanish: from its `suggestionCode` through the
 * catalog (params from `suggestionParams`, else the finding's `params`), else its English
 * `suggestion` text; undefined when the finding suggests nothing.
 *
 * @example
 * ```ts
 * import { formatSuggestion, type Finding } from "iacml/core";
 * declare const finding: Finding;
 * console.log(formatSuggestion(finding, "es") ?? "sin sugerencia");
 * ```
 */
export function formatSuggestion(finding: Finding, locale: Locale = "en"): string | undefined {
  const language = requireLocale(locale);
  const code = finding.suggestionCode;
  if (code !== undefined && Object.prototype.hasOwnProperty.call(messages, code)) {
    return fillTemplate(messages[code]![language], finding.suggestionParams ?? finding.params);
  }
  return finding.suggestion;
}
