import type { Certainty, Finding, Issue, IssueParams, Severity, Span } from "./result.js";
import { fillTemplate, type MessageCatalog } from "./messages/catalog.js";

/**
 * Where an issue points in the input, and how serious it is (default `error`).
 *
 * @example
 * ```ts
 * import type { IssueOptions } from "iacml/core";
 * const options: IssueOptions = { path: ["events", 0, "when"], severity: "warning" };
 * ```
 */
export interface IssueOptions {
  /** Path into the input. */
  readonly path?: readonly (string | number)[];
  /** Character span in a text input. */
  readonly span?: Span;
  /** Default `error`. */
  readonly severity?: Severity;
}

/**
 * What a finding adds to an issue.
 *
 * @example
 * ```ts
 * import type { FindingOptions } from "iacml/core";
 * const options: FindingOptions = { certainty: "certain", subjects: ["xxii"] };
 * ```
 */
export interface FindingOptions extends IssueOptions {
  /** `certain` or `possible`. */
  readonly certainty: Certainty;
  /** Ids concerned. */
  readonly subjects: readonly string[];
  /**
   * What would resolve it: English text, or better a code of the same catalog and params, so
   * that the suggestion can be rendered in every language (see `formatSuggestion`).
   */
  readonly suggestion?: string | { readonly code: string; readonly params?: IssueParams };
}

/**
 * Makes a function that builds {@link Issue}s whose English message comes from a catalog, so
 * only codes the catalog knows can be raised.
 *
 * @example
 * ```ts
 * import { issueFactory } from "iacml/core";
 * const appMessages = { "app.too-long": { en: "{n} is too long", es: "{n} es demasiado largo" } } as const;
 * const appIssue = issueFactory(appMessages);
 * const i = appIssue("app.too-long", { n: 3 }, { path: ["title"] });
 * console.log(i.message);
 * ```
 */
export function issueFactory<C extends MessageCatalog>(catalog: C) {
  return (code: keyof C & string, params: IssueParams = {}, options: IssueOptions = {}): Issue => {
    const issue: Issue = {
      code,
      severity: options.severity ?? "error",
      message: fillTemplate(catalog[code]!.en, params),
      path: options.path ?? [],
      params,
    };
    return options.span ? { ...issue, span: options.span } : issue;
  };
}

/**
 * Makes a function that builds {@link Finding}s from a catalog.
 *
 * @example
 * ```ts
 * import { findingFactory } from "iacml/core";
 * const appMessages = {
 *   "app.clash": { en: "{a} clashes", es: "{a} coincide" },
 *   "app.move": { en: "Move {a}", es: "Traslade {a}" },
 * } as const;
 * const finding = findingFactory(appMessages);
 * const f = finding("app.clash", { a: "e1" }, {
 *   certainty: "certain", subjects: ["e1"], suggestion: { code: "app.move" },
 * });
 * console.log(f.suggestion, f.suggestionCode); // "Move e1" "app.move"
 * ```
 */
export function findingFactory<C extends MessageCatalog>(catalog: C) {
  const issue = issueFactory(catalog);
  return (code: keyof C & string, params: IssueParams, options: FindingOptions): Finding => {
    const base = issue(code, params, options);
    const finding: Finding = { ...base, certainty: options.certainty, subjects: options.subjects };
    const suggestion = options.suggestion;
    if (suggestion === undefined) return finding;
    if (typeof suggestion === "string") return { ...finding, suggestion };
    const templates = Object.prototype.hasOwnProperty.call(catalog, suggestion.code)
      ? (catalog as MessageCatalog)[suggestion.code]
      : undefined;
    const suggestionParams = suggestion.params ?? params;
    return {
      ...finding,
      suggestion: templates ? fillTemplate(templates.en, suggestionParams) : suggestion.code,
      suggestionCode: suggestion.code,
      ...(suggestion.params ? { suggestionParams: suggestion.params } : {}),
    };
  };
}

/**
 * Adds a prefix to the path of each issue, for issues found inside a part of a larger input.
 *
 * @example
 * ```ts
 * import { prefixIssues, parsePlainDate } from "iacml/core";
 * const r = parsePlainDate("nope");
 * if (!r.ok) console.log(prefixIssues(r.issues, ["events", 3, "start"])[0]?.path);
 * ```
 */
export function prefixIssues(issues: readonly Issue[], prefix: readonly (string | number)[]): Issue[] {
  return issues.map((i) => ({ ...i, path: [...prefix, ...i.path] }));
}
