/**
 * Reads an untrusted JSON value as a {@link DateSpec}.
 * @module
 */
import { issueFactory } from "../issue.js";
import type { Limits } from "../limits.js";
import { dateSpecMessages } from "../messages/date-spec.js";
import { fail, ok, type Result } from "../result.js";
import { snapshotUntrusted } from "../untrusted.js";
import { schemaIssues } from "../schema-input.js";
import { MAX_DATE_SPEC_DEPTH } from "./depth.js";
import { DateSpecSchema } from "./schema.js";
import type { DateSpec } from "./types.js";

const issue = /* @__PURE__ */ issueFactory(dateSpecMessages);

/**
 * Options of {@link parseDateSpecValue}.
 *
 * @example
 * ```ts
 * import { parseDateSpecValue, type ParseDateSpecValueOptions } from "iacml/core";
 * const options: ParseDateSpecValueOptions = { limits: { maxIssues: 10 } };
 * parseDateSpecValue({ kind: "month", month: "2024-01" }, options);
 * ```
 */
export interface ParseDateSpecValueOptions {
  /** Bounds of the work (depth, size, issues); see `DEFAULT_LIMITS`. */
  readonly limits?: Partial<Limits>;
}

/**
 * Reads any JavaScript value (parsed JSON, or something hostile) as a {@link DateSpec}: the
 * value is first copied into plain data (`snapshotUntrusted`: throwing getters, Proxies, cycles,
 * non-JSON values and excess depth are issues), then checked by {@link DateSpecSchema}. Never
 * throws. Issue codes: those of `snapshotUntrusted`, `core.date-spec-too-deep`,
 * `core.invalid-date-spec` (with the path of the wrong field).
 *
 * @example
 * ```ts
 * import { parseDateSpecValue } from "iacml/core";
 * parseDateSpecValue(JSON.parse('{"kind":"months","start":"2024-07","end":"2024-08"}'));
 * // { ok: true, value: { kind: "months", start: "2024-07", end: "2024-08" } }
 * parseDateSpecValue({ kind: "days", start: "2024-02-30", end: "2024-03-01" }).ok; // false
 * ```
 */
export function parseDateSpecValue(input: unknown, options: ParseDateSpecValueOptions = {}): Result<DateSpec> {
  let limits: unknown;
  try {
    limits = typeof options === "object" && options !== null ? options.limits : undefined;
  } catch {
    limits = undefined;
  }
  const snapshot = snapshotUntrusted(input, limits as Partial<Limits> | undefined);
  if (!snapshot.ok) return snapshot;
  const parsed = DateSpecSchema.safeParse(snapshot.value);
  if (parsed.success) return ok(parsed.data);
  return fail(
    schemaIssues(
      parsed.error.issues,
      (text, path, problem) => {
        if (
          problem.code === "custom" &&
          (problem.params as { code?: string } | undefined)?.code === "core.date-spec-too-deep"
        ) {
          return issue("core.date-spec-too-deep", { max: MAX_DATE_SPEC_DEPTH }, { path });
        }
        return issue("core.invalid-date-spec", { where: path.length === 0 ? "/" : path.join("."), ...text }, { path });
      },
      limits as Partial<Limits> | undefined,
    ),
  );
}
