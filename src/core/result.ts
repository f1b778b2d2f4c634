/**
 * Results, issues and findings: how every function of the library reports bad input and
 * check results as data instead of exceptions.
 * @module
 */

/**
 * How serious an {@link Issue} is.
 *
 * @example
 * ```ts
 * import type { Severity } from "iacml/core";
 * const s: Severity = "warning";
 * ```
 */
export type Severity = "error" | "warning" | "info";

/**
 * A character range `[start, end)` in a text input.
 *
 * @example
 * ```ts
 * import type { Span } from "iacml/core";
 * const text = "Sept 31, 2023";
 * const span: Span = { start: 5, end: 7 };
 * console.log(text.slice(span.start, span.end)); // "31"
 * ```
 */
export interface Span {
  /** Offset of the first character. */
  readonly start: number;
  /** Offset one past the last character. */
  readonly end: number;
}

/**
 * Values an app needs to render an issue's message in its own words.
 *
 * @example
 * ```ts
 * import type { IssueParams } from "iacml/core";
 * const params: IssueParams = { input: "2023-02-29" };
 * ```
 */
export type IssueParams = Readonly<Record<string, string | number | boolean>>;

/**
 * A problem found in input: a stable dotted `code`, a severity, an English message, the path
 * into the input and, for text, the character span.
 *
 * @example
 * ```ts
 * import { parsePlainDate } from "iacml/core";
 * const r = parsePlainDate("2023-02-29");
 * if (!r.ok) console.log(r.issues[0]?.code); // "core.invalid-date"
 * ```
 */
export interface Issue {
  /** Stable code, `module.kebab-case`. */
  readonly code: string;
  /** How serious it is. */
  readonly severity: Severity;
  /** English message; {@link formatIssue} renders it in another language. */
  readonly message: string;
  /** Path into the input (object keys and array indexes). */
  readonly path: readonly (string | number)[];
  /** Character span, for text input. */
  readonly span?: Span;
  /** Values the message is made from. */
  readonly params: IssueParams;
}

/**
 * Either a value or the issues that prevented it. Parsers of untrusted input return this and
 * never throw.
 *
 * @example
 * ```ts
 * import { parsePlainDate } from "iacml/core";
 * const r = parsePlainDate("2024-02-29");
 * console.log(r.ok ? r.value : r.issues.map((i) => i.message));
 * ```
 */
export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Whether a finding holds for every reading of imprecise dates, or only for some.
 *
 * @example
 * ```ts
 * import type { Certainty } from "iacml/core";
 * const c: Certainty = "possible";
 * ```
 */
export type Certainty = "certain" | "possible";

/**
 * A result of a check (a conflict, a rule violation, a coverage gap, an overspend): an
 * {@link Issue} plus its certainty, the ids it concerns and, where possible, a suggestion.
 *
 * @example
 * ```ts
 * import type { Finding } from "iacml/core";
 * const f: Finding = {
 *   code: "calendar.overlap", severity: "warning", certainty: "possible",
 *   message: "Events may overlap", path: [], params: {}, subjects: ["a", "b"],
 * };
 * console.log(f.certainty);
 * ```
 */
export interface Finding extends Issue {
  /** `certain` for every reading of the dates, `possible` for some. */
  readonly certainty: Certainty;
  /** Ids of the entities concerned. */
  readonly subjects: readonly string[];
  /** What would resolve it, in English, when the check can tell. */
  readonly suggestion?: string;
  /**
   * Catalog code of the suggestion, so {@link formatSuggestion} can render it in Spanish too;
   * its placeholders are filled from `suggestionParams` (or, when absent, from `params`).
   */
  readonly suggestionCode?: string;
  /** Values the suggestion is made from. */
  readonly suggestionParams?: IssueParams;
}

/**
 * Wraps a value in a successful {@link Result}.
 *
 * @example
 * ```ts
 * import { ok } from "iacml/core";
 * const r = ok(42); // { ok: true, value: 42 }
 * ```
 */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/**
 * Makes a failed {@link Result} from one or more issues.
 *
 * @example
 * ```ts
 * import { fail, type Issue } from "iacml/core";
 * const issue: Issue = { code: "app.missing-name", severity: "error", message: "Name is missing", path: ["name"], params: {} };
 * const r = fail([issue]);
 * console.log(r.ok); // false
 * ```
 */
export function fail<T = never>(issues: readonly Issue[]): Result<T> {
  return { ok: false, issues };
}
