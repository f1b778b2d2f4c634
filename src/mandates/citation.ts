import type { DocumentSymbol } from "../core/document-symbol.js";
import type { Span } from "../core/result.js";
import type { MandateInstrumentKind, MandateRef } from "./ref.js";

/**
 * A resolution (or a declaration of an OAS body) cited as a source: `CIDI/RES. 343 (CIII-O/20)`,
 * `Resolution No. 343 (CIII-O/20)`, `AG/RES. 2941 (XLIX-O/19)`, `AG/DEC. 74 (XLIV-O/14)`. The
 * body is known only when the text names it.
 *
 * @example
 * ```ts
 * import type { CitedResolution } from "iacml/mandates";
 * const r: CitedResolution = {
 *   kind: "resolution", act: "RES", body: "CIDI", number: 343, session: "CIII-O/20",
 *   symbol: "CIDI/RES. 343 (CIII-O/20)", span: { start: 0, end: 25 },
 * };
 * ```
 */
export interface CitedResolution {
  readonly kind: "resolution";
  /** `RES` for a resolution, `DEC` for a declaration of the body (`AG/DEC. 74 (XLIV-O/14)`). */
  readonly act: "RES" | "DEC";
  /** `CIDI`, `AG`, `CP` or `CEPCIDI` when the text names the body. */
  readonly body?: string;
  /** The resolution's number. */
  readonly number: number;
  /** The session, `CIII-O/20` (regular session CIII, 2020), when the text gives it. */
  readonly session?: string;
  /** The canonical symbol: `CIDI/RES. 343 (CIII-O/20)`, or `RES. 343 (CIII-O/20)` without a body. */
  readonly symbol: string;
  /** Where in the text it was read. */
  readonly span: Span;
}

/**
 * An OAS document cited by its symbol (`CIDI/TRABAJO/doc.9/21`), read by the core's
 * document-symbol parser.
 *
 * @example
 * ```ts
 * import type { CitedDocument } from "iacml/mandates";
 * const isWorkingGroup = (d: CitedDocument) => d.parsed.document?.meeting?.startsWith("GT");
 * ```
 */
export interface CitedDocument {
  readonly kind: "document";
  /** The symbol as written (whitespace runs read as one space). */
  readonly symbol: string;
  /** Its parts. */
  readonly parsed: DocumentSymbol;
  readonly span: Span;
}

/**
 * A whole instrument cited without a provision: "the Declaration of Medellín 2013", "the
 * Declaration and Plan of Action of Cancún".
 *
 * @example
 * ```ts
 * import type { CitedInstrument } from "iacml/mandates";
 * const i: CitedInstrument = {
 *   kind: "instrument", conference: "xviii", instrument: "XVIII/Decl", instrumentKind: "declaration",
 *   span: { start: 4, end: 36 },
 * };
 * ```
 */
export interface CitedInstrument {
  readonly kind: "instrument";
  /** Conference id. */
  readonly conference: string;
  /** Instrument id: `XVIII/Decl`. */
  readonly instrument: string;
  readonly instrumentKind: MandateInstrumentKind;
  readonly span: Span;
}

/**
 * Any source a citation names besides the provisions of a declaration or plan of action.
 *
 * @example
 * ```ts
 * import type { CitedSource } from "iacml/mandates";
 * const label = (s: CitedSource) => (s.kind === "instrument" ? s.instrument : s.symbol);
 * ```
 */
export type CitedSource = CitedResolution | CitedDocument | CitedInstrument;

/**
 * What a citation text names: the provisions (`refs`, as {@link parseMandateRefs} returns them)
 * and the other sources, each in the order read.
 *
 * @example
 * ```ts
 * import type { Citations } from "iacml/mandates";
 * const count = (c: Citations) => c.refs.length + c.sources.length;
 * ```
 */
export interface Citations {
  readonly refs: readonly MandateRef[];
  readonly sources: readonly CitedSource[];
}
