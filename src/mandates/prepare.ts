/**
 * Preparing a mandate context once for reading many sentences with it.
 * @module
 */
import type { Result } from "../core/result.js";
import { catchToResult } from "../core/untrusted.js";
import { prepareContext } from "./context.js";
import type { MandateContext } from "./ref.js";

/**
 * A mandate context checked, copied, frozen and indexed once, for reading many sentences with
 * it: `parseMandateRefs` and `parseCitations` given the prepared context skip the copy, the
 * check and the indexing they otherwise do on every call (for a short sentence, most of the
 * work). The result is a frozen copy, so later changes to the object you passed do not reach
 * it; to change a prepared context, spread it into a new object (and prepare that one if it is
 * read often). {@link mandateContextOf} already returns a prepared context. Fails with the same
 * `mandates.invalid-context` issues as the parsers for a value that is not a context; never throws.
 *
 * @example
 * ```ts
 * import { parseMandateRefs, prepareMandateContext } from "iacml/mandates";
 * const prepared = prepareMandateContext({
 *   conferences: [{ id: "xxi", edition: "XXI", cities: ["Buenos Aires"] }],
 *   defaultConference: "xxi",
 * });
 * if (prepared.ok) {
 *   for (const text of ["Article 3 of the Declaration", "7b of the Plan of Action"]) {
 *     const r = parseMandateRefs(text, prepared.value);
 *     if (r.ok) console.log(r.value.map((ref) => ref.id)); // ["XXI/Decl/3"], then ["XXI/PoA/7b"]
 *   }
 * }
 * ```
 */
export function prepareMandateContext(context: unknown): Result<MandateContext> {
  return catchToResult(() => prepareContext(context), "prepareMandateContext");
}
