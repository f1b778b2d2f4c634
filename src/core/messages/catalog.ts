/**
 * Supported message and label languages.
 *
 * @example
 * ```ts
 * import type { Locale } from "iacml/core";
 * const locale: Locale = "es";
 * ```
 */
export type Locale = "en" | "es";

/**
 * One message per locale; `{name}` placeholders are filled from an issue's params.
 *
 * @example
 * ```ts
 * import type { MessageTemplates } from "iacml/core";
 * const t: MessageTemplates = { en: "{n} days", es: "{n} días" };
 * ```
 */
export type MessageTemplates = Readonly<Record<Locale, string>>;

/**
 * Messages by issue code.
 *
 * @example
 * ```ts
 * import type { MessageCatalog } from "iacml/core";
 * const catalog: MessageCatalog = { "app.late": { en: "Late", es: "Tarde" } };
 * ```
 */
export type MessageCatalog = Readonly<Record<string, MessageTemplates>>;

/**
 * Fills `{name}` placeholders from params; unknown placeholders are left as written.
 *
 * @example
 * ```ts
 * import { fillTemplate } from "iacml/core";
 * fillTemplate("{a} and {b}", { a: 1, b: "two" }); // "1 and two"
 * ```
 */
export function fillTemplate(template: string, params: Readonly<Record<string, string | number | boolean>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
