/** Supported message and label languages. */
export type Locale = "en" | "es";

/** One message per locale; `{name}` placeholders are filled from an issue's params. */
export type MessageTemplates = Readonly<Record<Locale, string>>;

/** Messages by issue code. */
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
export function fillTemplate(
  template: string,
  params: Readonly<Record<string, string | number | boolean>>,
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
