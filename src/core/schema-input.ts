import type * as z from "zod";
import type { Issue, Result } from "./result.js";
import { fail, ok } from "./result.js";
import { createIssueSink, resolveLimits, type Limits } from "./limits.js";
import {
  describeSchemaProblem,
  schemaProblemPath,
  type SchemaProblem,
  type SchemaProblemText,
} from "./schema-problems.js";
import { catchToResult, snapshotUntrusted } from "./untrusted.js";

/**
 * Makes the issue of one schema problem from what it says in English and Spanish
 * ({@link describeSchemaProblem}), its path and the problem itself.
 *
 * @example
 * ```ts
 * import type { SchemaIssueMaker } from "iacml/core";
 * const toIssue: SchemaIssueMaker = ({ detail, detailEs }, path) => ({
 *   code: "app.invalid", severity: "error", message: detail, path, params: { detail, detailEs },
 * });
 * ```
 */
export type SchemaIssueMaker = (
  text: SchemaProblemText,
  path: readonly (string | number)[],
  problem: SchemaProblem,
) => Issue;

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
 * const r = parseWithSchema(z.object({ n: z.number() }), { n: "1" }, ({ detail, detailEs }, path) => ({
 *   code: "app.invalid", severity: "error", message: detail, path, params: { detail, detailEs },
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
    return fail(schemaIssues(parsed.error.issues, toIssue, bounds));
  }, "parse");
}

/**
 * Turns a schema's problems into issues made by `toIssue`, at most `limits.maxIssues` of them
 * (then one `core.too-many-issues` issue counts the rest), each with its English and Spanish text.
 *
 * @example
 * ```ts
 * import * as z from "zod";
 * import { schemaIssues } from "iacml/core";
 * const parsed = z.array(z.string()).safeParse([1, 2, 3]);
 * if (!parsed.success) {
 *   const issues = schemaIssues(parsed.error.issues, ({ detail, detailEs }, path) => ({
 *     code: "app.invalid", severity: "error", message: detail, path, params: { detail, detailEs },
 *   }), { maxIssues: 2 });
 *   console.log(issues.length); // 3: two issues and one that counts the third
 * }
 * ```
 */
export function schemaIssues(
  problems: readonly SchemaProblem[],
  toIssue: SchemaIssueMaker,
  limits?: Partial<Limits>,
): Issue[] {
  const sink = createIssueSink(resolveLimits(limits).maxIssues);
  for (const problem of problems) {
    if (sink.full) break;
    sink.add(toIssue(describeSchemaProblem(problem), schemaProblemPath(problem), problem));
  }
  sink.skip(problems.length - sink.count);
  return sink.issues();
}
