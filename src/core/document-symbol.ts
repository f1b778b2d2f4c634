/**
 * OAS document symbols, such as `OEA/Ser.K/XII.21.1 CIDI/TRABAJO/RP/doc.4/21`: reading them
 * into their parts and writing them back exactly.
 * @module
 */
import { issueFactory } from "./issue.js";
import { checkTextInput, excerpt, resolveLimits, type Limits } from "./limits.js";
import { coreMessages } from "./messages/core.js";
import { fail, ok, type Result } from "./result.js";
import { fromRoman } from "./roman.js";

const coreIssue = /* @__PURE__ */ issueFactory(coreMessages);

/**
 * One classification of a series symbol: a roman numeral with optional numeric subdivisions,
 * as `XII.21.1` in `OEA/Ser.K/XII.21.1`, the series of the XXI IACML's documents.
 *
 * @example
 * ```ts
 * import type { SeriesClassification } from "iacml/core";
 * const c: SeriesClassification = { numeral: "XII", value: 12, subdivisions: [21, 1] };
 * ```
 */
export interface SeriesClassification {
  /** The roman numeral as written, in canonical upper case (`"XII"`). */
  readonly numeral: string;
  /** Its value (`12`). */
  readonly value: number;
  /** The numbers after it, separated by dots (`[21, 1]`). */
  readonly subdivisions: readonly number[];
}

/**
 * The series part of a symbol: `OEA/Ser.<letter>` then classifications separated by `/`.
 *
 * @example
 * ```ts
 * import type { SeriesSymbol } from "iacml/core";
 * const s: SeriesSymbol = { letter: "W", classifications: [{ numeral: "XIII", value: 13, subdivisions: [5, 21] }] };
 * ```
 */
export interface SeriesSymbol {
  /** The series letter (`"K"`: specialized conferences and meetings; `"W"`: CIDI). */
  readonly letter: string;
  /** The classifications after the letter, usually one. */
  readonly classifications: readonly SeriesClassification[];
}

/**
 * A revision, corrigendum or addendum suffix, as `rev.1` in `CIDI/CIMT/RPA/doc.33/22 rev.1`.
 *
 * @example
 * ```ts
 * import type { DocumentAmendment } from "iacml/core";
 * const rev: DocumentAmendment = { kind: "rev", number: 1, spaced: false };
 * ```
 */
export interface DocumentAmendment {
  /** `rev` (revision), `corr` (corrigendum) or `add` (addendum). */
  readonly kind: "rev" | "corr" | "add";
  /** Its number. */
  readonly number: number;
  /** Whether a space follows the dot (`rev. 1` rather than `rev.1`). */
  readonly spaced: boolean;
}

/**
 * The body part of a symbol: `CIDI/TRABAJO/RP/doc.4/21`: the body, up to two further levels
 * (the process and the meeting), the document number, its year and any amendments.
 *
 * @example
 * ```ts
 * import type { BodySymbol } from "iacml/core";
 * const doc: BodySymbol = {
 *   body: "CIDI", process: "TRABAJO", meeting: "RP", kind: "doc", number: 4, spaced: false,
 *   year: 2021, yearDigits: 2, amendments: [],
 * };
 * ```
 */
export interface BodySymbol {
  /** The body that issues the document (`"CIDI"`, `"CP"`, `"AG"`). */
  readonly body: string;
  /** The process or sectoral meeting (`"TRABAJO"`, `"CIMT"`, `"RIAL"`), when present. */
  readonly process?: string;
  /** The meeting (`"RP"` preparatory, `"RPA"` planning, `"GT-1"` working group 1), when present. */
  readonly meeting?: string;
  /** `doc` for documents, `INF` for information documents. */
  readonly kind: "doc" | "INF";
  /** The document number. */
  readonly number: number;
  /** Whether a space separates the kind from the number (`CIDI/doc. 354/21`). */
  readonly spaced: boolean;
  /**
   * The four-digit year. A two-digit year is read as 1948-1999 for 48-99 (the OAS was founded
   * in 1948) and 2000-2047 for 00-47.
   */
  readonly year: number;
  /** How many digits the year is written with. */
  readonly yearDigits: 2 | 4;
  /** Revisions, corrigenda and addenda, in the order written. */
  readonly amendments: readonly DocumentAmendment[];
}

/**
 * An OAS document symbol: a series part (`OEA/Ser.K/XII.21.1`), a body part
 * (`CIDI/TRABAJO/doc.9/21`), or both separated by whitespace, as on the cover of a document. A
 * parsed symbol has at least one of the two.
 *
 * @example
 * ```ts
 * import { parseDocumentSymbol, type DocumentSymbol } from "iacml/core";
 * const r = parseDocumentSymbol("OEA/Ser.K/XII.21.1 CIDI/TRABAJO/doc.9/21");
 * const symbol: DocumentSymbol | undefined = r.ok ? r.value : undefined;
 * console.log(symbol?.document?.year); // 2021
 * ```
 */
export interface DocumentSymbol {
  /** The series part, when present. */
  readonly series?: SeriesSymbol;
  /** The body part, when present. */
  readonly document?: BodySymbol;
}

const SERIES_START = /OEA\/Ser\.([A-Z])/y;
const CLASSIFICATION = /\/([IVXLCDM]+)((?:\.(?:0|[1-9]\d*))*)(?![\w.-])/y;
const SEGMENT = /([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*)\//y;
const NUMBER = /(doc|INF)\.( ?)([1-9]\d*)\/(19\d{2}|20\d{2}|\d{2})(?!\d)/y;
const AMENDMENT = / (rev|corr|add)\.( ?)([1-9]\d*)(?!\d)/y;
const WHITESPACE = /\s+/y;
const WHITESPACE_AHEAD = /\s/g;

/**
 * Options of {@link parseDocumentSymbol}.
 *
 * @example
 * ```ts
 * import { parseDocumentSymbol, type ParseDocumentSymbolOptions } from "iacml/core";
 * const options: ParseDocumentSymbolOptions = { limits: { maxTextLength: 200 } };
 * parseDocumentSymbol("CIDI/TRABAJO/doc.9/21", options);
 * ```
 */
export interface ParseDocumentSymbolOptions {
  /** Bounds of the work (text length); see `DEFAULT_LIMITS`. */
  readonly limits?: Partial<Limits>;
}

/** Matches a sticky regular expression at `position`, or gives `null`. */
function matchAt(pattern: RegExp, text: string, position: number): RegExpExecArray | null {
  pattern.lastIndex = position;
  return pattern.exec(text);
}

/** The four-digit year of a two- or four-digit year text. */
function fullYear(text: string): number {
  const value = Number(text);
  if (text.length === 4) return value;
  return value >= 48 ? 1900 + value : 2000 + value;
}

type Step<T> = { readonly value: T; readonly end: number } | { readonly failedAt: number };

function readSeries(text: string, start: number): Step<SeriesSymbol> {
  const head = matchAt(SERIES_START, text, start);
  if (!head) return { failedAt: start };
  let position = start + head[0].length;
  const classifications: SeriesClassification[] = [];
  for (let part = matchAt(CLASSIFICATION, text, position); part; part = matchAt(CLASSIFICATION, text, position)) {
    const numeral = fromRoman(part[1]);
    if (!numeral.ok) return { failedAt: position + 1 };
    const subdivisions = part[2]!.split(".").slice(1).map(Number);
    classifications.push({ numeral: part[1]!, value: numeral.value, subdivisions });
    position += part[0].length;
  }
  return { value: { letter: head[1]!, classifications }, end: position };
}

function readBody(text: string, start: number): Step<BodySymbol> {
  const segments: string[] = [];
  let position = start;
  let number = matchAt(NUMBER, text, position);
  while (!number || segments.length === 0) {
    const segment = matchAt(SEGMENT, text, position);
    if (!segment || segments.length === 3) return { failedAt: position };
    segments.push(segment[1]!);
    position += segment[0].length;
    number = matchAt(NUMBER, text, position);
  }
  position += number[0].length;
  const amendments: DocumentAmendment[] = [];
  for (let a = matchAt(AMENDMENT, text, position); a; a = matchAt(AMENDMENT, text, position)) {
    amendments.push({ kind: a[1] as DocumentAmendment["kind"], number: Number(a[3]), spaced: a[2] === " " });
    position += a[0].length;
  }
  const [body, process, meeting] = segments;
  const value: BodySymbol = {
    body: body!,
    ...(process === undefined ? {} : { process }),
    ...(meeting === undefined ? {} : { meeting }),
    kind: number[1] as BodySymbol["kind"],
    number: Number(number[3]),
    spaced: number[2] === " ",
    year: fullYear(number[4]!),
    yearDigits: number[4]!.length === 4 ? 4 : 2,
    amendments,
  };
  return { value, end: position };
}

/**
 * Reads an OAS document symbol into its parts. Accepted forms, all found on the covers of IACML
 * documents:
 *
 * - series only: `OEA/Ser.K/XII.21.1`, `OEA/Ser.W/XIII.5.21`;
 * - body only: `CIDI/TRABAJO/doc.9/21`, `CIDI/TRABAJO/RP/doc.4/21`, `CIDI/TRABAJO/GT-1/doc.3/19`,
 *   `CIDI/CIMT/RPA/doc.33/22 rev.1`, `CIDI/RIAL/doc.2/22`, `CIDI/doc. 354/21`,
 *   `CIDI/TRABAJO/INF.1/21`, with any of `rev.N`, `corr.N`, `add.N` after;
 * - both, separated by whitespace: `OEA/Ser.K/XII.21.1 CIDI/TRABAJO/doc.9/21`.
 *
 * Whitespace around the symbol is ignored, and any run of whitespace (a line break on a cover
 * page) between the two parts reads as one space; everything else must be exact (case, dots,
 * canonical roman numerals, no leading zeros), so {@link formatDocumentSymbol} gives back the
 * symbol as written. Fails with `core.invalid-document-symbol`, with a span from where the
 * symbol stops making sense (the message quotes a short excerpt); text longer than
 * `limits.maxTextLength` is one `core.input-too-long` issue. Linear in the text; never throws.
 *
 * @example
 * ```ts
 * import { parseDocumentSymbol } from "iacml/core";
 * const r = parseDocumentSymbol("CIDI/CIMT/RPA/doc.33/22 rev.1");
 * if (r.ok) console.log(r.value.document?.meeting, r.value.document?.year); // "RPA" 2022
 * parseDocumentSymbol("CIDI/doc.4").ok; // false
 * ```
 */
export function parseDocumentSymbol(text: unknown, options: ParseDocumentSymbolOptions = {}): Result<DocumentSymbol> {
  if (typeof text !== "string") {
    return fail([coreIssue("core.invalid-document-symbol", { input: text === null ? "null" : typeof text })]);
  }
  let limits: unknown;
  try {
    limits = typeof options === "object" && options !== null ? options.limits : undefined;
  } catch {
    limits = undefined;
  }
  const checked = checkTextInput(text, resolveLimits(limits));
  if (!checked.ok) return checked;
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  const failAt = (position: number): Result<DocumentSymbol> => {
    WHITESPACE_AHEAD.lastIndex = position;
    const found = WHITESPACE_AHEAD.exec(text);
    const stop = found && found.index < end ? found.index - position : -1;
    const span = { start: position, end: stop < 0 ? Math.max(end, position) : position + stop };
    return fail([coreIssue("core.invalid-document-symbol", { input: excerpt(text, { start, end }) }, { span })]);
  };
  if (start >= end) return failAt(start);

  let series: SeriesSymbol | undefined;
  let position = start;
  if (text.startsWith("OEA/", start)) {
    const step = readSeries(text, start);
    if ("failedAt" in step) return failAt(step.failedAt);
    series = step.value;
    position = step.end;
    if (position === end) return ok({ series });
    const gap = matchAt(WHITESPACE, text, position);
    if (!gap) return failAt(position);
    position += gap[0].length;
  }
  const step = readBody(text, position);
  if ("failedAt" in step) return failAt(step.failedAt);
  if (step.end !== end) return failAt(step.end);
  return ok(series ? { series, document: step.value } : { document: step.value });
}

/**
 * Writes a document symbol in its standard form: the exact text it was parsed from, except that
 * the series and body parts are separated by one space.
 *
 * @example
 * ```ts
 * import { formatDocumentSymbol } from "iacml/core";
 * formatDocumentSymbol({
 *   series: { letter: "K", classifications: [{ numeral: "XII", value: 12, subdivisions: [21, 1] }] },
 *   document: {
 *     body: "CIDI", process: "TRABAJO", meeting: "RP", kind: "doc", number: 4, spaced: false,
 *     year: 2021, yearDigits: 2, amendments: [],
 *   },
 * }); // "OEA/Ser.K/XII.21.1 CIDI/TRABAJO/RP/doc.4/21"
 * ```
 */
export function formatDocumentSymbol(symbol: DocumentSymbol): string {
  const parts: string[] = [];
  if (symbol.series) {
    const classifications = symbol.series.classifications
      .map((c) => `/${c.numeral}${c.subdivisions.map((n) => `.${n}`).join("")}`)
      .join("");
    parts.push(`OEA/Ser.${symbol.series.letter}${classifications}`);
  }
  if (symbol.document) {
    const d = symbol.document;
    const path = [d.body, d.process, d.meeting].filter((s) => s !== undefined).join("/");
    const year = d.yearDigits === 4 ? String(d.year) : String(d.year % 100).padStart(2, "0");
    const amendments = d.amendments.map((a) => ` ${a.kind}.${a.spaced ? " " : ""}${a.number}`).join("");
    parts.push(`${path}/${d.kind}.${d.spaced ? " " : ""}${d.number}/${year}${amendments}`);
  }
  return parts.join(" ");
}
