import type * as z from "zod";
import type { Issue, Result } from "./result.js";
import { fail, ok } from "./result.js";
import { createIssueSink, excerpt, resolveLimits, type Limits } from "./limits.js";
import { catchToResult, snapshotUntrusted } from "./untrusted.js";

/**
 * Makes the issue of one schema problem: its message (already cut to an excerpt) and its path.
 *
 * @example
 * ```ts
 * import type { SchemaIssueMaker } from "iacml/core";
 * const toIssue: SchemaIssueMaker = (message, path) => ({ code: "app.invalid", severity: "error", message, path, params: { message } });
 * ```
 */
export type SchemaIssueMaker = (message: string, path: readonly (string | number)[]) => Issue;

/**
 * Reads untrusted input with a zod schema the way every `parseX` of the library does: the
 * value is first copied by {@link snapshotUntrusted} (so throwing getters, Proxies, cycles and
 * deep nesting are issues, and zod never recurses past `maxDepth`), then checked by the schema;
 * its problems become issues made by `toIssue`, at most `maxIssues` of them. Never throws.
 *
 * @example
 * ```ts
 * import * as z from "zod";
 * import { parseWithSchema } from "iacml/core";
 * const r = parseWithSchema(z.object({ n: z.number() }), { n: "1" }, (message, path) => ({
 *   code: "app.invalid", severity: "error", message, path, params: { message },
 * }));
 * if (!r.ok) console.log(r.issues[0]?.path); // ["n"]
 * ```
 */
export function parseWithSchema<S extends z.ZodType>(
  schema: S,
  input: unknown,
  toIssue: SchemaIssueMaker,
  limits?: Partial<Limits>,
): Result<z.output<S>> {
  return catchToResult(() => {
    const bounds = resolveLimits(limits);
    const snapshot = snapshotUntrusted(input, bounds);
    if (!snapshot.ok) return snapshot;
    const parsed = schema.safeParse(snapshot.value);
    if (parsed.success) return ok(parsed.data as z.output<S>);
    const sink = createIssueSink(bounds.maxIssues);
    const problems = parsed.error.issues;
    for (const problem of problems) {
      if (sink.full) break;
      const path = problem.path.map((k) => (typeof k === "symbol" ? String(k) : k));
      sink.add(toIssue(excerpt(problem.message, undefined, 200), path));
    }
    sink.skip(problems.length - sink.count);
    return fail(sink.issues());
  }, "parse");
}
