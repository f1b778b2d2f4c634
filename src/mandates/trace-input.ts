/**
 * Reading an untrusted trace input (JSON from an app, a file, a form) into a checked
 * {@link TraceInput}.
 * @module
 */
import { issueFactory } from "../core/issue.js";
import { excerpt, resolveLimits, type Limits } from "../core/limits.js";
import { mandatesMessages } from "../core/messages/mandates.js";
import { fail, ok, type Result } from "../core/result.js";
import { catchToResult, snapshotUntrusted } from "../core/untrusted.js";
import { schemaIssues } from "../core/schema-input.js";
import { TraceInputSchema, type TraceInput } from "./trace-schema.js";

const issue = /* @__PURE__ */ issueFactory(mandatesMessages);

/**
 * Checks an untrusted value (parsed JSON, or any JavaScript value) against
 * {@link TraceInputSchema}, so that {@link traceMandates} can be given it. The value is first
 * copied into plain data (`snapshotUntrusted`: throwing getters, Proxies, cycles, nesting past
 * `maxDepth` and more than `maxNodes` values are issues), then checked; at most `maxIssues`
 * issues, each with its path. A JSON string is read as JSON first. Never throws.
 *
 * @example
 * ```ts
 * import { parseTraceInput, traceMandates } from "iacml/mandates";
 * const r = parseTraceInput('{"instruments": [], "actions": [], "links": []}');
 * if (r.ok) console.log(traceMandates(r.value).provisions.size); // 0
 * console.log(parseTraceInput({ actions: 3 }).ok); // false
 * ```
 */
export function parseTraceInput(input: unknown, options?: { readonly limits?: Partial<Limits> }): Result<TraceInput> {
  return catchToResult(() => {
    const limits = resolveLimits(options?.limits);
    let value = input;
    if (typeof input === "string") {
      if (input.length > limits.maxTextLength * 100) {
        return fail([
          issue(
            "mandates.invalid-trace-input",
            {
              message: `the JSON text is ${input.length} characters long`,
              messageEs: `el texto JSON tiene ${input.length} caracteres`,
            },
            {},
          ),
        ]);
      }
      try {
        value = JSON.parse(input);
      } catch (error) {
        return fail([
          issue(
            "mandates.invalid-trace-input",
            { message: excerpt(String(error)), messageEs: "el texto no es JSON válido" },
            {},
          ),
        ]);
      }
    }
    const snapshot = snapshotUntrusted(value, limits);
    if (!snapshot.ok) return snapshot;
    const parsed = TraceInputSchema.safeParse(snapshot.value);
    if (parsed.success) return ok(parsed.data);
    return fail(
      schemaIssues(
        parsed.error.issues,
        ({ detail, detailEs }, path) =>
          issue("mandates.invalid-trace-input", { message: detail, messageEs: detailEs }, { path }),
        limits,
      ),
    );
  }, "parseTraceInput");
}
