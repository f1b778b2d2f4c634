/**
 * The entry points of the citation reader: `parseMandateRefs` (provisions) and
 * `parseCitations` (provisions and the other sources a text cites), bounded and never throwing.
 * @module
 */
import { issueFactory } from "../core/issue.js";
import { checkTextInput, createIssueSink, resolveLimits, type Limits } from "../core/limits.js";
import { mandatesMessages } from "../core/messages/mandates.js";
import { fail, ok, type Result } from "../core/result.js";
import { catchToResult } from "../core/untrusted.js";
import type { Citations } from "./citation.js";
import { resolveContext } from "./context.js";
import { RefReader } from "./reader.js";
import type { MandateContext, MandateRef } from "./ref.js";
import { TokenStream } from "./tokenize.js";

const issue = /* @__PURE__ */ issueFactory(mandatesMessages);

/**
 * Options of the citation parsers.
 *
 * @example
 * ```ts
 * import type { ParseCitationOptions } from "iacml/mandates";
 * const options: ParseCitationOptions = { limits: { maxTextLength: 1_000_000 } };
 * ```
 */
export interface ParseCitationOptions {
  /**
   * Raise or lower the bounds of one call (see `DEFAULT_LIMITS` in `iacml/core`): the text
   * length (`maxTextLength`, 10,000 characters), issues (`maxIssues`, 100) and provisions
   * ranges may expand to in total (`maxExpansions`, 10,000).
   */
  readonly limits?: Partial<Limits>;
}

function read(text: unknown, context: unknown, options: unknown): Result<Citations> {
  const limits = resolveLimits(readLimits(options));
  const checked = checkTextInput(text, limits);
  if (!checked.ok) return checked;
  const resolved = resolveContext(context);
  if (!resolved.ok) return resolved;
  const sink = createIssueSink(limits.maxIssues);
  const budget = { used: 0, max: limits.maxExpansions, exhausted: false };
  const reader = new RefReader(
    checked.value,
    new TokenStream(checked.value),
    resolved.value,
    sink,
    budget,
    limits.maxIssues,
  );
  reader.read();
  if (sink.count > 0) return fail(sink.issues());
  return ok({ refs: reader.refs, sources: reader.sources });
}

function readLimits(options: unknown): unknown {
  try {
    return typeof options === "object" && options !== null ? (options as ParseCitationOptions).limits : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads the provisions a mandate sentence cites, in English or Spanish, each with the span of
 * text it came from. It reads the forms of twenty years of IACML and OAS documents:
 *
 * - lists and ranges: `Articles 15, 23 and 25`, `5 to 8`, `5-7`, `7a-c`, `7a-7d`, `9(b)`,
 *   `9 (b)`, `6(a)-(c)`, `Sections 7.h and 9.c`, `Article 9. a, b and h`, `numeral 7, literal b`,
 *   `párrafo 3, incisos a) y b)`; the words article(s), Art., Arts., paragraph(s), operative
 *   paragraph, section(s), artículo(s), párrafo(s), numeral, literal, inciso(s);
 * - the instrument after the list (`of the Declaration`, `del Plan de Acción de Cancún`,
 *   `of the Bridgetown Declaration`) or first (`Declaration of Cancún, articles 12 to 14`);
 *   instrument-first clauses joined by "and", "&" or "y" (`Declaración de Buenos Aires,
 *   artículo 3, y Plan de Acción, párrafo 7 b)`), or an instrument-first clause then a list
 *   with its instrument after it (`Declaration of Cancún, article 2, and paragraph 4 of the
 *   Plan of Action`), where an instrument named without its conference is of the clause
 *   before it; a trailing "y" (`artículo 2, y`) is a dangling conjunction, not the item y,
 *   which is read right after a paragraph number (`7y`, `7 y)`, `7(y)`) or an item x (`x, y`);
 * - the conference by its city (applies to every list before it back to the previous city),
 *   a city and year (`Declaration of Medellín 2013`), its edition (`of the XIX IACML`,
 *   `de la XX CIMT`), a reference back (`its Plan of Action`, `the same Declaration`,
 *   `dicha Declaración`: the conference named last), or, when none is named, the context's
 *   default conference.
 *
 * A city that hosted several editions (Buenos Aires: X, XVI and XXI) is decided by a year,
 * then by the context's default conference, then by the default's neighbouring edition (a
 * document of the XX cycle citing "Buenos Aires" means the XXI); otherwise
 * `mandates.ambiguous-city` lists the candidates. A lettered item is told apart from a roman
 * numeral by the conference's item numbering. Resolutions and document symbols are read too
 * (see {@link parseCitations}) and not returned here.
 *
 * Bounded and never throwing, for any value: a text longer than `maxTextLength` is one
 * `core.input-too-long` issue; a context that is not a {@link MandateContext} is
 * `mandates.invalid-context`; issues are capped (`maxIssues`, then `core.too-many-issues`);
 * ranges expand to at most `maxExpansions` provisions per call (`mandates.too-many-expansions`);
 * messages quote short excerpts. Unknown words point at their span and name the nearest form
 * the parser reads; invisible or control characters are one `mandates.unknown-characters`
 * issue per run. Work is linear in the text.
 *
 * @example
 * ```ts
 * import { parseMandateRefs } from "iacml/mandates";
 * const context = {
 *   conferences: [{ id: "xx", cities: ["Bridgetown"] }, { id: "xxi", cities: ["Buenos Aires"] }],
 *   defaultConference: "xxi",
 * };
 * const r = parseMandateRefs(
 *   "Articles 15, 23 and 25 of the Declaration and 7b and 7c of the Plan of Action of Buenos Aires",
 *   context,
 * );
 * if (r.ok) console.log(r.value.map((ref) => ref.id));
 * // ["XXI/Decl/15", "XXI/Decl/23", "XXI/Decl/25", "XXI/PoA/7b", "XXI/PoA/7c"]
 * const back = parseMandateRefs("Article 3 of the Declaration of Bridgetown; paragraph 6(a)-(c) of its Plan of Action", context);
 * if (back.ok) console.log(back.value.map((ref) => ref.id)); // ["XX/Decl/3", "XX/PoA/6a", "XX/PoA/6b", "XX/PoA/6c"]
 * ```
 */
export function parseMandateRefs(
  text: string,
  context: MandateContext,
  options?: ParseCitationOptions,
): Result<MandateRef[]> {
  const r = parseCitations(text, context, options);
  if (!r.ok) return r;
  if (r.value.refs.length === 0) {
    return fail([issue("mandates.empty-reference", {}, { span: { start: 0, end: text.length } })]);
  }
  return ok([...r.value.refs]);
}

/**
 * Reads everything a citation text names: the provisions (as {@link parseMandateRefs}) and the
 * other sources: whole instruments ("the Declaration and Plan of Action of Medellín"), CIDI and
 * General Assembly resolutions (`CIDI/RES. 343 (CIII-O/20)`, `Resolution No. 343 (CIII-O/20)`)
 * and OAS document symbols (`CIDI/TRABAJO/doc.9/21`, read by the core's document-symbol
 * parser). Same bounds and guarantees; a text that names nothing is `mandates.empty-reference`.
 *
 * @example
 * ```ts
 * import { parseCitations } from "iacml/mandates";
 * const context = { conferences: [{ id: "xxi", cities: ["Buenos Aires"] }], defaultConference: "xxi" };
 * const r = parseCitations("Resolution CIDI/RES. 343 (CIII-O/20) and Article 5 of the Declaration", context);
 * if (r.ok) console.log(r.value.sources[0]?.kind, r.value.refs[0]?.id); // "resolution" "XXI/Decl/5"
 * ```
 */
export function parseCitations(
  text: string,
  context: MandateContext,
  options?: ParseCitationOptions,
): Result<Citations> {
  const r = catchToResult(() => read(text, context, options), "parseCitations");
  if (!r.ok) return r;
  if (r.value.refs.length === 0 && r.value.sources.length === 0) {
    return fail([issue("mandates.empty-reference", {}, { span: { start: 0, end: (text as string).length } })]);
  }
  return r;
}
