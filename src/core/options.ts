import type { Issue } from "./result.js";
import { issueFactory } from "./issue.js";
import { limitsMessages } from "./messages/limits.js";
import type { Locale } from "./messages/catalog.js";
import { isPlainDate, type PlainDate } from "./plain-date.js";
import { excerpt } from "./limits.js";

const limitIssue = issueFactory(limitsMessages);

function shown(value: unknown): string {
  if (typeof value === "string") return `'${excerpt(value, undefined, 40)}'`;
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : `${typeof value} ${excerpt(String(value), undefined, 40)}`;
}

/**
 * Checks a typed date option (an `asOf`, a `from`) at run time, for functions that report
 * issues or findings: undefined when the value is a real `YYYY-MM-DD` day, else a
 * `core.invalid-date-option` issue naming the parameter.
 *
 * @example
 * ```ts
 * import { checkPlainDateOption } from "iacml/core";
 * checkPlainDateOption("2023-09-30", "asOf"); // undefined
 * checkPlainDateOption("31/12/2023", "asOf")?.message;
 * // "asOf must be a date YYYY-MM-DD naming a real day; got '31/12/2023'"
 * ```
 */
export function checkPlainDateOption(
  value: unknown,
  name: string,
  path: readonly (string | number)[] = [name],
): Issue | undefined {
  return isPlainDate(value) ? undefined : limitIssue("core.invalid-date-option", { name, got: shown(value) }, { path });
}

/**
 * Checks a typed date option at run time, for functions that cannot return a Result: returns
 * the date, or throws a `TypeError` naming the parameter, so that no figure is ever computed
 * from a misread date.
 *
 * @example
 * ```ts
 * import { requirePlainDate } from "iacml/core";
 * const asOf = requirePlainDate("2024-01-05", "asOf");
 * try { requirePlainDate("2024-1-5", "asOf"); } catch (e) { console.log((e as TypeError).message); }
 * ```
 */
export function requirePlainDate(value: unknown, name: string): PlainDate {
  const issue = checkPlainDateOption(value, name);
  if (issue) throw new TypeError(issue.message);
  return value as PlainDate;
}

/**
 * Whether a value is one of the supported {@link Locale}s.
 *
 * @example
 * ```ts
 * import { isLocale } from "iacml/core";
 * isLocale("es"); // true
 * isLocale("pt"); // false
 * ```
 */
export function isLocale(value: unknown): value is Locale {
  return value === "en" || value === "es";
}

/**
 * Checks a locale option at run time: undefined when supported, else a `core.unknown-locale`
 * issue (an unknown locale is never silently read as English).
 *
 * @example
 * ```ts
 * import { checkLocaleOption } from "iacml/core";
 * checkLocaleOption("fr")?.code; // "core.unknown-locale"
 * ```
 */
export function checkLocaleOption(value: unknown, path: readonly (string | number)[] = ["locale"]): Issue | undefined {
  return isLocale(value)
    ? undefined
    : limitIssue("core.unknown-locale", { got: shown(value), expected: "'en', 'es'" }, { path });
}

/**
 * Checks a locale option at run time, for functions that cannot return a Result: returns it, or
 * throws a `TypeError` naming the parameter.
 *
 * @example
 * ```ts
 * import { requireLocale } from "iacml/core";
 * const locale = requireLocale("es");
 * try { requireLocale("fr"); } catch (e) { console.log((e as TypeError).message); }
 * ```
 */
export function requireLocale(value: unknown, name = "locale"): Locale {
  const issue = checkLocaleOption(value, [name]);
  if (issue) throw new TypeError(`${name}: ${issue.message}`);
  return value as Locale;
}
