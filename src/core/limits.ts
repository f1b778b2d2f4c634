import type { Issue, Result } from "./result.js";
import { fail, ok } from "./result.js";
import { issueFactory } from "./issue.js";
import { coreMessages, typeWords } from "./messages/core.js";
import { limitsMessages } from "./messages/limits.js";
import { omissionParams } from "./messages/counts.js";

const ISSUE_NOUN = { en: ["issue", "issues"], es: ["problema", "problemas"] } as const;

const limitIssue = issueFactory(limitsMessages);
const coreIssue = issueFactory(coreMessages);

/**
 * Bounds on the work one call does with untrusted input. Every parser of untrusted input takes
 * an optional `limits` in its options to raise or lower them.
 *
 * @example
 * ```ts
 * import type { Limits } from "iacml/core";
 * const strict: Partial<Limits> = { maxTextLength: 500, maxIssues: 10 };
 * ```
 */
export interface Limits {
  /** Longest text a text parser reads; longer input gives one `core.input-too-long` issue. */
  readonly maxTextLength: number;
  /** Most issues one call returns; then one `core.too-many-issues` issue counts the rest. */
  readonly maxIssues: number;
  /** Longest excerpt of the input a message quotes. */
  readonly excerptLength: number;
  /** Most items that ranges ("1-1000") may expand to in one call. */
  readonly maxExpansions: number;
  /** Deepest nesting of objects and lists read from untrusted input. */
  readonly maxDepth: number;
  /** Most values (objects, lists and primitives) read from one untrusted input. */
  readonly maxNodes: number;
}

/**
 * The limits every parser applies unless its options say otherwise.
 *
 * @example
 * ```ts
 * import { DEFAULT_LIMITS } from "iacml/core";
 * console.log(DEFAULT_LIMITS.maxTextLength); // 10000
 * ```
 */
export const DEFAULT_LIMITS: Limits = Object.freeze({
  maxTextLength: 10_000,
  maxIssues: 100,
  excerptLength: 60,
  maxExpansions: 10_000,
  maxDepth: 64,
  maxNodes: 1_000_000,
});

const LIMIT_KEYS = Object.keys(DEFAULT_LIMITS) as (keyof Limits)[];

/**
 * The limits to apply: the defaults, overridden by each valid entry of `partial` (a positive
 * safe integer). Anything else, including a throwing getter, is ignored; never throws.
 *
 * @example
 * ```ts
 * import { resolveLimits } from "iacml/core";
 * resolveLimits({ maxTextLength: 2_000_000 }).maxTextLength; // 2000000
 * resolveLimits(null).maxIssues; // 100
 * ```
 */
export function resolveLimits(partial?: unknown): Limits {
  if (partial === null || typeof partial !== "object") return DEFAULT_LIMITS;
  const resolved: Record<keyof Limits, number> = { ...DEFAULT_LIMITS };
  for (const key of LIMIT_KEYS) {
    try {
      if (!Object.prototype.hasOwnProperty.call(partial, key)) continue;
      const value: unknown = (partial as Record<string, unknown>)[key];
      if (typeof value === "number" && Number.isSafeInteger(value) && value > 0) {
        resolved[key] = value;
      }
    } catch {
      // A hostile getter or Proxy trap: keep the default.
    }
  }
  return resolved;
}

/**
 * A short quote of `text` for a message: the span (or the start) cut to `max` characters, with
 * an ellipsis where it was cut, so a message never repeats a long input.
 *
 * @example
 * ```ts
 * import { excerpt } from "iacml/core";
 * excerpt("x".repeat(1000), undefined, 10); // "xxxxxxxxx…"
 * excerpt("May 2024 (tbc)", { start: 9, end: 14 }); // "(tbc)"
 * ```
 */
export function excerpt(
  text: string,
  span?: { readonly start: number; readonly end: number },
  max: number = DEFAULT_LIMITS.excerptLength,
): string {
  const start = Math.max(0, Math.min(span?.start ?? 0, text.length));
  const end = Math.max(start, Math.min(span?.end ?? text.length, text.length));
  const length = Math.max(1, Math.floor(max));
  const piece = text.slice(start, end);
  if (piece.length <= length) return piece;
  // Cut at a code point boundary so no lone surrogate is produced.
  let cut = length - 1;
  const code = piece.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return `${piece.slice(0, cut)}…`;
}

/**
 * Collects the issues of one call up to a maximum, so a hostile input cannot make a parser
 * build millions of them. See {@link createIssueSink}.
 *
 * @example
 * ```ts
 * import { createIssueSink, type IssueSink } from "iacml/core";
 * const sink: IssueSink = createIssueSink(2);
 * ```
 */
export interface IssueSink {
  /** Adds an issue; returns false once the sink is full (the caller should stop). */
  add(issue: Issue): boolean;
  /** Counts `n` more issues without building them (the caller stopped early). */
  skip(n: number): void;
  /** Whether the maximum has been reached. */
  readonly full: boolean;
  /** How many issues were added, counted past the maximum too. */
  readonly count: number;
  /** The kept issues, plus one `core.too-many-issues` issue counting the ones left out. */
  issues(): Issue[];
}

/**
 * Makes an {@link IssueSink} that keeps at most `maxIssues` issues.
 *
 * @example
 * ```ts
 * import { createIssueSink, parsePlainDate } from "iacml/core";
 * const sink = createIssueSink(1);
 * for (const text of ["x", "y", "z"]) {
 *   const r = parsePlainDate(text);
 *   if (!r.ok) for (const issue of r.issues) sink.add(issue);
 * }
 * console.log(sink.issues().map((i) => i.code)); // ["core.invalid-date", "core.too-many-issues"]
 * ```
 */
export function createIssueSink(maxIssues: number = DEFAULT_LIMITS.maxIssues): IssueSink {
  return new BoundedIssueSink(Math.max(1, Math.floor(maxIssues)));
}

// A class rather than an object literal with getters: every parser call makes one, and a
// literal with accessors is several times slower to create.
class BoundedIssueSink implements IssueSink {
  readonly #max: number;
  readonly #kept: Issue[] = [];
  #count = 0;

  constructor(max: number) {
    this.#max = max;
  }

  add(issue: Issue): boolean {
    this.#count += 1;
    if (this.#kept.length < this.#max) this.#kept.push(issue);
    return this.#count < this.#max;
  }

  skip(n: number): void {
    if (Number.isSafeInteger(n) && n > 0) this.#count += n;
  }

  get full(): boolean {
    return this.#count >= this.#max;
  }

  get count(): number {
    return this.#count;
  }

  issues(): Issue[] {
    const kept = this.#kept;
    if (this.#count <= kept.length) return [...kept];
    return [
      ...kept,
      limitIssue(
        "core.too-many-issues",
        omissionParams(this.#count - kept.length, ISSUE_NOUN, ["Se omitió", "Se omitieron"]),
      ),
    ];
  }
}

/**
 * Checks that an untrusted value is a string no longer than the limit: one issue at once
 * (`core.not-a-string` or `core.input-too-long`), before any work on the text.
 *
 * @example
 * ```ts
 * import { checkTextInput, resolveLimits } from "iacml/core";
 * const r = checkTextInput(" ".repeat(20_000), resolveLimits());
 * if (!r.ok) console.log(r.issues[0]?.code); // "core.input-too-long"
 * ```
 */
export function checkTextInput(
  value: unknown,
  limits: Limits = DEFAULT_LIMITS,
  path: readonly (string | number)[] = [],
): Result<string> {
  if (typeof value !== "string") {
    return fail([
      coreIssue("core.not-a-string", { type: describeType(value), ...typeWords(describeType(value)) }, { path }),
    ]);
  }
  if (value.length > limits.maxTextLength) {
    return fail([
      limitIssue(
        "core.input-too-long",
        { length: value.length, max: limits.maxTextLength },
        { path, span: { start: limits.maxTextLength, end: value.length } },
      ),
    ]);
  }
  return ok(value);
}

/**
 * A short name of a value's type for messages: `null`, `array`, `Proxy`-safe.
 *
 * @example
 * ```ts
 * import { describeType } from "iacml/core";
 * describeType([1]); // "array"
 * describeType(null); // "null"
 * ```
 */
export function describeType(value: unknown): string {
  if (value === null) return "null";
  try {
    if (Array.isArray(value)) return "array";
  } catch {
    return "object";
  }
  return typeof value;
}
