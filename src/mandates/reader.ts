/**
 * The recursive-descent reader of citation sentences: lists of articles, paragraphs and items,
 * the instrument and conference they belong to, and the other sources a sentence cites. Every
 * loop consumes at least one token, so the work is linear in the text.
 * @module
 */
import { parseDocumentSymbol, formatDocumentSymbol } from "../core/document-symbol.js";
import { issueFactory } from "../core/issue.js";
import { excerpt, type IssueSink } from "../core/limits.js";
import { fillTemplate } from "../core/messages/catalog.js";
import { mandatesMessages } from "../core/messages/mandates.js";
import type { Span } from "../core/result.js";
import type { CitedSource } from "./citation.js";
import { editionNumber, type CityEntry, type ResolvedContext } from "./context.js";
import { expandElement, type Element, type ExpansionBudget } from "./expand.js";
import {
  mandateInstrumentId,
  mandateProvisionId,
  type MandateConference,
  type MandateInstrumentKind,
  type MandateRef,
} from "./ref.js";
import { romanValue } from "./roman.js";
import type { NumberToken, Token, TokenStream, WordToken } from "./tokenize.js";
import {
  ACTION_WORDS,
  AND_WORDS,
  BACK_WORDS,
  CONFERENCE_PHRASES,
  DECLARATION_WORDS,
  DEL_WORDS,
  ITEM_KEYWORDS,
  KEYWORDS,
  OF_WORDS,
  PLAN_WORDS,
  RANGE_MARKS,
  RANGE_WORDS,
  RESOLUTION_WORDS,
  SYMBOL_BODIES,
  THE_WORDS,
  nearestName,
  nearestWord,
} from "./vocabulary.js";
import { foldForMatching } from "../core/text.js";

const issue = /* @__PURE__ */ issueFactory(mandatesMessages);
const MAX_NUMBER = 100_000;
const ACRONYMS: ReadonlySet<string> = new Set(["iacml", "cimt"]);
const SPANISH_HINTS = new Set([
  "articulo",
  "articulos",
  "parrafo",
  "parrafos",
  "declaracion",
  "accion",
  "del",
  "inciso",
  "incisos",
  "literal",
  "y",
  "de",
]);

/** A list of elements waiting for the conference named after it. */
interface Clause {
  readonly elements: readonly Element[];
  readonly span: Span;
  readonly kind?: MandateInstrumentKind;
  /** The conference of the sibling instrument named just before (used when no later phrase names one). */
  readonly sibling?: MandateConference;
}

/** An instrument-first clause ("Declaration of Cancún, article 2"): what a clause joined to it by "and" inherits. */
interface Lead {
  readonly target: Target;
  readonly sibling?: MandateConference;
}

/** What an instrument phrase says about the conference. */
type Target =
  | { readonly type: "conference"; readonly conference: MandateConference }
  | { readonly type: "back" }
  | { readonly type: "failed" }
  | { readonly type: "none" };

const RESOLUTION_SYMBOL = /(CIDI|AG|CP|CEPCIDI)\/(RES|DEC)\.? ?(\d{1,5}) ?\(([IVXLCDM]+-[OE])\/(\d{2})\)/y;
const RESOLUTION_WORDS_FORM =
  /(?:resolutions?|resoluci[oó]n(?:es)?)(?:\s+(?:no\.?|n[º°o]\.?|number|n[uú]mero))?\s+(?:(CIDI|AG|CP|CEPCIDI)\/(RES)\. ?)?(\d{1,5})(?:\s?\(([IVXLCDM]+-[OE])\/(\d{2})\))?/iy;
/** An upper-case body (`TRABAJO`, `CJI`, `LABOR`) right before a slash opens a document symbol. */
const SYMBOL_HEAD = /^[A-Z][A-Z0-9-]*$/;
/** A body segment of a symbol at the cursor: upper-case parts joined by hyphens, then a slash (`RESDA-XI/`, `CA-VII/`). */
const SYMBOL_START = /[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*\//y;

/** Reads the tokens of one text; results are in `refs` and `sources`, issues go to the sink. */
export class RefReader {
  private i = 0;
  readonly refs: MandateRef[] = [];
  readonly sources: CitedSource[] = [];
  private pending: Clause[] = [];
  private last: MandateConference | undefined;
  /** The instrument kinds the clauses resolved with `last` named. */
  private lastKinds: ReadonlySet<MandateInstrumentKind> = new Set();
  /** The instrument-first clause read last, when nothing but punctuation and a conjunction followed it yet. */
  private lead: Lead | undefined;
  /** Set by `readList`: where a new keyword opened a list of its own. */
  private restart = 0;
  private readonly spanish: boolean;

  constructor(
    private readonly text: string,
    private readonly tokens: TokenStream,
    private readonly context: ResolvedContext,
    private readonly sink: IssueSink,
    private readonly budget: ExpansionBudget,
    private readonly maxIssues: number,
  ) {
    let hints = 0;
    for (let k = 0; k < 200; k++) {
      const t = tokens.at(k);
      if (t === undefined) break;
      if (t.kind === "word" && SPANISH_HINTS.has(t.norm)) hints++;
    }
    this.spanish = hints > 0;
  }

  // ---- token tests -------------------------------------------------------------------------

  private at(offset = 0): Token | undefined {
    return this.tokens.at(this.i + offset);
  }

  private isWord(token: Token | undefined, words: ReadonlySet<string>): token is WordToken {
    return token?.kind === "word" && words.has(token.norm);
  }

  private isPunct(token: Token | undefined, marks: string): boolean {
    return token?.kind === "punct" && marks.includes(token.text);
  }

  /** A word that can only be an item of a paragraph: one ASCII letter, or a small lowercase roman numeral. */
  private isItemWord(token: Token | undefined): token is WordToken {
    if (token?.kind !== "word") return false;
    if (token.text.length === 1) return /^[a-zA-Z]$/.test(token.text);
    return /^[ivx]+$/.test(token.text) && romanValue(token.text) !== undefined;
  }

  /** An item in parentheses at `offset`: `(b)`. */
  private isParenItem(offset: number): boolean {
    return (
      this.isPunct(this.at(offset), "(") &&
      this.isItemWord(this.at(offset + 1)) &&
      this.isPunct(this.at(offset + 2), ")")
    );
  }

  /**
   * Whether the "y" at `offset` is an item letter, not the Spanish "and": before `)`, a separator or
   * "of"/"de"; at the end of the text (a final "." aside) only right after an item x (`x, y`), so
   * that "artículo 2, y" ends in a dangling conjunction. `7y`, `7 y)` and `(y)` are read elsewhere.
   */
  private yIsItem(offset = 0): boolean {
    const next = this.at(offset + 1);
    if (next === undefined || (this.isPunct(next, ".") && this.at(offset + 2) === undefined)) {
      const x = this.at(offset - (this.isPunct(this.at(offset - 2), ")") ? 3 : 2));
      return this.isPunct(this.at(offset - 1), ",") && x?.kind !== "punct" && /^\d*x$/i.test(x?.text ?? "");
    }
    return this.isPunct(next, ",;).") || this.isWord(next, AND_WORDS) || this.isWord(next, OF_WORDS);
  }

  /** Whether the token `offset` ahead is "and", "&" or the Spanish "y" used as a conjunction. */
  private conjunctionAt(offset: number): boolean {
    const token = this.at(offset);
    if (!this.isWord(token, AND_WORDS) && !this.isPunct(token, "&")) return false;
    if (token?.kind !== "word" || token.norm !== "y") return true;
    return !this.yIsItem(offset);
  }

  /** Past the issue limit (one issue more than kept, so the sink can say more were left out). */
  private stopped(): boolean {
    return this.sink.count > this.maxIssues;
  }

  private report(found: Parameters<IssueSink["add"]>[0]): void {
    this.sink.add(found);
  }

  private sourceText(start: number, end: number): string {
    return excerpt(this.text, { start, end });
  }

  // ---- top level ---------------------------------------------------------------------------

  read(): void {
    this.skipLabel();
    let conjunction: Token | undefined;
    while (this.at() !== undefined && !this.stopped()) {
      const token = this.at()!;
      if (this.isPunct(token, "()[].,;:")) {
        this.i++;
        continue;
      }
      if (this.conjunctionAt(0)) {
        conjunction = token;
        this.i++;
        continue;
      }
      const joined = conjunction === undefined ? undefined : this.lead;
      conjunction = undefined;
      this.lead = undefined;
      if (this.readSource()) continue;
      if (token.kind === "number" || this.isWord(token, KEYWORDS)) {
        this.readClause();
        continue;
      }
      if (this.readLeadInstrument(joined)) continue;
      this.unknownRun();
    }
    if (conjunction !== undefined) {
      this.report(issue("mandates.dangling-conjunction", { word: conjunction.text }, { span: spanOf(conjunction) }));
    }
    this.resolvePending({ type: "none" }, true);
  }

  /** Skips a lead-in label ending in a colon ("Mandates to which … respond:"). */
  private skipLabel(): void {
    let colon = -1;
    for (let k = 0; k < 40; k++) {
      const t = this.tokens.at(k);
      if (t === undefined) break;
      if (t.kind === "punct" && t.text === ":") {
        colon = k;
        break;
      }
      const wordy = t.kind === "word" || (t.kind === "punct" && ",'’\"-".includes(t.text));
      if (!wordy || this.isWord(t, DECLARATION_WORDS) || this.isWord(t, PLAN_WORDS) || this.isWord(t, KEYWORDS)) return;
    }
    if (colon >= 0) this.i = colon + 1;
  }

  /** One issue for a run of tokens the reader cannot place, pointing at them and naming a form it reads. */
  private unknownRun(): void {
    const startIndex = this.i;
    const first = this.at()!;
    let end = first.end;
    let onlyOther = first.kind === "other";
    this.i++;
    for (let t = this.at(); t !== undefined; t = this.at()) {
      const placeable =
        t.kind === "number" ||
        t.kind === "punct" ||
        this.isWord(t, KEYWORDS) ||
        this.isWord(t, AND_WORDS) ||
        this.isWord(t, DECLARATION_WORDS) ||
        this.isWord(t, PLAN_WORDS) ||
        this.isWord(t, THE_WORDS) ||
        this.isWord(t, BACK_WORDS) ||
        this.isWord(t, RESOLUTION_WORDS);
      if (placeable || (t.kind === "other") !== onlyOther) break;
      if (t.kind !== "other") onlyOther = false;
      end = t.end;
      this.i++;
    }
    const span = { start: first.start, end };
    const text = this.sourceText(span.start, span.end);
    if (onlyOther) {
      this.report(issue("mandates.unknown-characters", { text, count: end - first.start }, { span }));
      return;
    }
    const word = first.kind === "word" ? first.norm : "";
    const typo = nearestWord(word);
    // A word the reader knows but cannot place here ("del" after an unread item) gets no echo
    // of itself: the suggestion is a whole form built from the words around the run.
    const nearest =
      typo !== undefined && foldForMatching(typo).replace(/\./g, "") !== word
        ? typo
        : this.formAround(startIndex, this.i);
    this.report(
      issue("mandates.unknown-word", { word: text, ...hintParams("mandates.nearest-form", nearest) }, { span }),
    );
  }

  /**
   * A form the reader reads, built from the tokens around an unread run (`from` to `to`): the
   * number written nearest before (or after) it, the instrument named after (or before) it,
   * and the conference of a city named after it in the same clause, else the conference named
   * last, else the context's default; undefined when there is no number or no conference.
   */
  private formAround(from: number, to: number): string | undefined {
    const at = (k: number) => (k < 0 ? undefined : this.tokens.at(k));
    let number: NumberToken | undefined;
    for (let k = from - 1; k >= Math.max(0, from - 6) && number === undefined; k--)
      if (at(k)?.kind === "number") number = at(k) as NumberToken;
    let kind: MandateInstrumentKind | undefined;
    let conference: MandateConference | undefined;
    for (let k = to; k < to + 12; k++) {
      const t = at(k);
      if (t === undefined || (t.kind === "punct" && t.text === ";")) break;
      if (number === undefined && t.kind === "number") number = t;
      if (kind === undefined && this.isWord(t, DECLARATION_WORDS)) kind = "declaration";
      if (kind === undefined && this.isWord(t, PLAN_WORDS)) kind = "plan-of-action";
      if (conference === undefined && t.kind === "word") {
        const entry = this.context.cities.get(t.norm)?.find((e) =>
          e.words.every((w, j) => {
            const u = at(k + j);
            return u?.kind === "word" && u.norm === w;
          }),
        );
        const preferred = this.context.defaultConference;
        if (entry !== undefined)
          conference =
            preferred !== undefined && entry.conferences.includes(preferred)
              ? preferred
              : entry.conferences.length === 1
                ? entry.conferences[0]
                : undefined;
      }
    }
    for (let k = from - 1; k >= Math.max(0, from - 12) && kind === undefined; k--) {
      if (this.isWord(at(k), DECLARATION_WORDS)) kind = "declaration";
      else if (this.isWord(at(k), PLAN_WORDS)) kind = "plan-of-action";
    }
    conference ??= this.last ?? this.context.defaultConference;
    if (number === undefined || conference === undefined || number.value < 1 || number.value > MAX_NUMBER)
      return undefined;
    const item = number.letters.toLowerCase();
    kind ??= item === "" ? "declaration" : "plan-of-action";
    if (kind === "declaration" && item !== "") kind = "plan-of-action";
    const city = conference.cities[0];
    const edition = (conference.edition ?? conference.id).toUpperCase();
    const element = item === "" ? String(number.value) : `${number.value}(${item})`;
    if (this.spanish) {
      const where = city === undefined ? `de la ${edition} CIMT` : `de ${city}`;
      return kind === "declaration"
        ? `Artículo ${element} de la Declaración ${where}`
        : `párrafo ${element} del Plan de Acción ${where}`;
    }
    const where = city === undefined ? `of the ${edition} IACML` : `of ${city}`;
    return kind === "declaration"
      ? `Article ${element} of the Declaration ${where}`
      : `paragraph ${element} of the Plan of Action ${where}`;
  }

  // ---- sources: resolutions and document symbols --------------------------------------------

  /** Moves the cursor past the tokens that end at or before `end`. */
  private skipTo(end: number): void {
    while (this.at() !== undefined && this.at()!.start < end) this.i++;
  }

  private readSource(): boolean {
    const token = this.at()!;
    if (token.kind !== "word") return false;
    SYMBOL_START.lastIndex = token.start;
    const adjacentSlash = SYMBOL_START.test(this.text);
    if (RESOLUTION_WORDS.has(token.norm)) {
      RESOLUTION_WORDS_FORM.lastIndex = token.start;
      const m = RESOLUTION_WORDS_FORM.exec(this.text);
      if (m === null) return false;
      this.addResolution(m[1], "RES", m[3]!, m[4], m[5], token.start, token.start + m[0].length);
      return true;
    }
    if (!adjacentSlash || !(SYMBOL_BODIES.has(token.text) || SYMBOL_HEAD.test(token.text))) return false;
    RESOLUTION_SYMBOL.lastIndex = token.start;
    const res = RESOLUTION_SYMBOL.exec(this.text);
    if (res !== null) {
      this.addResolution(res[1], res[2]!, res[3]!, res[4], res[5], token.start, token.start + res[0].length);
      return true;
    }
    return this.readDocumentSymbol(token.start);
  }

  private addResolution(
    body: string | undefined,
    act: string,
    number: string,
    session: string | undefined,
    year: string | undefined,
    start: number,
    end: number,
  ): void {
    const sessionText = session === undefined ? undefined : `${session.toUpperCase()}/${year}`;
    const type = act.toUpperCase() === "DEC" ? "DEC" : "RES";
    const head = body === undefined ? `${type}.` : `${body.toUpperCase()}/${type}.`;
    const symbol = `${head} ${Number(number)}${sessionText === undefined ? "" : ` (${sessionText})`}`;
    this.sources.push({
      kind: "resolution",
      act: type,
      ...(body === undefined ? {} : { body: body.toUpperCase() }),
      number: Number(number),
      ...(sessionText === undefined ? {} : { session: sessionText }),
      symbol,
      span: { start, end },
    });
    this.skipTo(end);
  }

  /** A document symbol at `start`: the longest run of words (at most 4, 100 characters) the core parser reads. */
  private readDocumentSymbol(start: number): boolean {
    const window = this.text.slice(start, start + 100);
    const stop = window.search(/[;,()]|\s(?:and|y|of|de)\s/);
    const candidate = stop < 0 ? window : window.slice(0, stop);
    const words = candidate.split(/(\s+)/);
    for (let n = Math.min(words.length, 7); n >= 1; n -= 2) {
      const piece = words.slice(0, n).join("").trimEnd().replace(/\.$/, "");
      const parsed = parseDocumentSymbol(piece);
      if (parsed.ok) {
        const end = start + piece.length;
        this.sources.push({
          kind: "document",
          symbol: formatDocumentSymbol(parsed.value),
          parsed: parsed.value,
          span: { start, end },
        });
        this.skipTo(end);
        return true;
      }
    }
    return false;
  }

  // ---- lists of provisions ------------------------------------------------------------------

  private readClause(): void {
    const start = this.at()!.start;
    const elements = this.readList();
    if (elements.length === 0) return;
    const span = { start, end: elements[elements.length - 1]!.span.end };
    const phrase = this.readInstrumentPhrase();
    this.pending.push(
      phrase === undefined ? { elements, span } : this.clause(elements, span, phrase.kind, phrase.target),
    );
    if (phrase !== undefined) this.resolvePending(phrase.target, false);
  }

  /**
   * Elements separated by commas and conjunctions; a keyword may repeat inside the list. Sets
   * `restart` to the number of elements read before the last article or paragraph keyword that
   * follows a separator ("article 2, and paragraph 4": 1), 0 when there is none.
   */
  private readList(): Element[] {
    const elements: Element[] = [];
    this.restart = 0;
    for (;;) {
      let itemKeyword = false;
      while (this.isWord(this.at(), KEYWORDS)) {
        if (ITEM_KEYWORDS.has((this.at() as WordToken).norm)) itemKeyword = true;
        else if (elements.length > 0) this.restart = elements.length;
        this.i++;
        if (this.isPunct(this.at(), ".") && (this.at(1)?.kind === "number" || this.isItemWord(this.at(1)))) this.i++;
      }
      const previous = elements[elements.length - 1];
      const read = this.readElement(previous);
      if (
        itemKeyword &&
        previous !== undefined &&
        previous.item === undefined &&
        previous.to === undefined &&
        read.length > 0 &&
        read.every((e) => e.number === previous.number && e.item !== undefined)
      ) {
        // "numeral 7, literal b": the number is the heading of its items.
        elements.pop();
      }
      if (read.length === 0) {
        const token = this.at();
        if (token === undefined) {
          if (elements.length === 0) this.report(issue("mandates.expected-number", {}, { span: endSpan(this.tokens) }));
        } else if (elements.length === 0) {
          this.unknownRun();
        }
        return elements;
      }
      elements.push(...read);
      const before = this.i;
      const separator = this.readSeparator();
      if (separator === undefined) return elements;
      const next = this.at();
      const continues =
        next !== undefined &&
        (next.kind === "number" || this.isItemWord(next) || this.isParenItem(0) || this.isWord(next, KEYWORDS));
      if (!continues) {
        // "…, article 3, and Plan of Action, paragraph 7(b)": the conjunction opens the next clause.
        if (separator.text !== "," && this.instrumentAt()) this.i = before;
        else if (next === undefined || separator.text !== ",") {
          this.report(issue("mandates.dangling-conjunction", { word: separator.text }, { span: spanOf(separator) }));
        }
        return elements;
      }
    }
  }

  /** Consumes ",", "and", ", and" between list elements; returns the last separator token. */
  private readSeparator(): Token | undefined {
    let last: Token | undefined;
    if (this.isPunct(this.at(), ",")) {
      last = this.at();
      this.i++;
    }
    if (this.conjunctionAt(0)) {
      last = this.at();
      this.i++;
    }
    return last;
  }

  /** One element: `7`, `7b`, `7.h`, `9(b)`, `9. a, b`, `7, f and h`, `(c)` after a number, or a range. */
  private readElement(previous: Element | undefined): Element[] {
    const token = this.at();
    if (token?.kind === "number") return this.readNumbered(token);
    const paren = this.isParenItem(0);
    const item = paren ? (this.at(1) as WordToken) : token;
    if (paren || (this.isItemWord(item) && !(item.norm === "y" && !this.yIsItem()))) {
      const word = item as WordToken;
      this.i += paren ? 3 : 1;
      if (!paren && this.isPunct(this.at(), ")")) this.i++;
      if (previous === undefined) {
        this.report(issue("mandates.item-without-paragraph", { item: word.text }, { span: spanOf(word) }));
        return [];
      }
      return [this.readRangeEnd({ number: previous.number, item: word.text.toLowerCase(), span: spanOf(word) })];
    }
    return [];
  }

  private readNumbered(token: NumberToken): Element[] {
    this.i++;
    if (token.value > MAX_NUMBER || token.value < 1) {
      this.report(issue("mandates.invalid-number", { text: excerpt(token.text) }, { span: spanOf(token) }));
      return [];
    }
    if (token.letters !== "") {
      // "7b)": the closing mark of the OAS item form belongs to the item.
      const close = this.isPunct(this.at(), ")") ? this.at()! : undefined;
      if (close !== undefined) this.i++;
      const span = { start: token.start, end: close?.end ?? token.end };
      return [this.readRangeEnd({ number: token.value, item: token.letters.toLowerCase(), span })];
    }
    if (this.isSpacedItem()) {
      // "7 b)" and "7 b": the item written apart from its paragraph number.
      const word = this.at() as WordToken;
      this.i++;
      const close = this.isPunct(this.at(), ")") ? this.at()! : undefined;
      if (close !== undefined) this.i++;
      return [
        this.readRangeEnd({
          number: token.value,
          item: word.text.toLowerCase(),
          span: { start: token.start, end: close?.end ?? word.end },
        }),
      ];
    }
    if (this.isParenItem(0)) {
      const word = this.at(1)!;
      const close = this.at(2)!;
      this.i += 3;
      return [
        this.readRangeEnd({
          number: token.value,
          item: word.text.toLowerCase(),
          span: { start: token.start, end: close.end },
        }),
      ];
    }
    const mark = this.at();
    const after = this.at(1);
    if (
      this.isPunct(mark, ".,") &&
      this.isItemWord(after) &&
      !this.looksLikeNextClause(1) &&
      !(after.norm === "y" && !this.yIsItem(1))
    ) {
      this.i++;
      return this.readItemsOf(token.value);
    }
    return [this.readRangeEnd({ number: token.value, span: spanOf(token) })];
  }

  /**
   * An item written after its number with a space: `7 b)` always; `7 b` when the letter is
   * followed by the end, a separator or `of`/`del` and is not a Spanish conjunction (`y`, `e`,
   * `o`, `u`) nor the range word `a` before a number (`5 a 8`).
   */
  private isSpacedItem(): boolean {
    const word = this.at();
    if (!this.isItemWord(word) || word.start === this.at(-1)?.end) return false;
    if (this.isPunct(this.at(1), ")")) return true;
    if (["y", "e", "o", "u"].includes(word.norm)) return false;
    const next = this.at(1);
    if (word.norm === "a" && next?.kind === "number") return false;
    return (
      next === undefined ||
      this.isPunct(next, ",;.") ||
      this.isWord(next, AND_WORDS) ||
      this.isWord(next, OF_WORDS) ||
      this.isWord(next, DEL_WORDS)
    );
  }

  /** After "7," a lone letter is an item of 7 unless the list goes on with numbers only. */
  private looksLikeNextClause(offset: number): boolean {
    const word = this.at(offset);
    return word?.kind === "word" && word.norm === "y" && this.at(offset + 1)?.kind === "number";
  }

  /** Items of one paragraph: `a, b, d, f, and h` → 9a, 9b, … (the paragraph itself is a heading). */
  private readItemsOf(number: number): Element[] {
    const elements: Element[] = [];
    for (;;) {
      const token = this.at();
      if (!this.isItemWord(token)) return elements;
      this.i++;
      elements.push(this.readRangeEnd({ number, item: token.text.toLowerCase(), span: spanOf(token) }));
      const saved = this.i;
      const separator = this.readSeparator();
      if (separator === undefined) return elements;
      if (!this.isItemWord(this.at()) || ((this.at() as WordToken).norm === "y" && !this.yIsItem())) {
        this.i = saved;
        return elements;
      }
    }
  }

  /** `5 to 8`, `5-8`, `7a-c`, `7a-7c`, `6(a)-(c)`, `5 a 8` (Spanish). */
  private readRangeEnd(element: Element): Element {
    const mark = this.at();
    const isMark =
      this.isPunct(mark, RANGE_MARKS) ||
      (this.isWord(mark, RANGE_WORDS) && !(mark.norm === "a" && this.at(1)?.kind !== "number"));
    if (!isMark) return element;
    const end = this.at(1);
    if (end?.kind === "number" && end.value >= 1 && end.value <= MAX_NUMBER) {
      this.i += 2;
      if (end.letters === "" && element.item !== undefined && this.isParenItem(0)) {
        // 6(a)-6(c)
        const word = this.at(1)!;
        const close = this.at(2)!;
        this.i += 3;
        return {
          ...element,
          span: { start: element.span.start, end: close.end },
          to: { number: end.value, item: word.text.toLowerCase() },
        };
      }
      const to = end.letters === "" ? { number: end.value } : { number: end.value, item: end.letters.toLowerCase() };
      return { ...element, span: { start: element.span.start, end: end.end }, to };
    }
    if (element.item !== undefined && this.isPunct(mark, RANGE_MARKS)) {
      if (this.isItemWord(end)) {
        this.i += 2;
        if (this.isPunct(this.at(), ")")) this.i++;
        return {
          ...element,
          span: { start: element.span.start, end: end.end },
          to: { number: element.number, item: end.text.toLowerCase() },
        };
      }
      if (this.isParenItem(1)) {
        const word = this.at(2)!;
        const close = this.at(3)!;
        this.i += 4;
        return {
          ...element,
          span: { start: element.span.start, end: close.end },
          to: { number: element.number, item: word.text.toLowerCase() },
        };
      }
    }
    return element;
  }

  // ---- instruments and conferences ------------------------------------------------------------

  private names: { name: string; folded: string }[] | undefined;

  /** The city names of the context, for suggestions (built on the first unknown city). */
  private cityNames(): { name: string; folded: string }[] {
    this.names ??= this.context.conferences.flatMap((c) =>
      [...c.cities, ...(c.citedAs ?? [])].map((name) => ({ name, folded: foldForMatching(name) })),
    );
    return this.names;
  }

  /** Whether an instrument is named at the cursor: `[the|its|el|su|la misma] [City] Declaration | Plan of Action` (cursor unchanged). */
  private instrumentAt(): boolean {
    const saved = this.i;
    for (let k = 0; k < 3 && (this.isWord(this.at(), THE_WORDS) || this.isWord(this.at(), BACK_WORDS)); k++) this.i++;
    this.matchCity(false);
    const found = this.readInstrumentName() !== undefined;
    this.i = saved;
    return found;
  }

  /** `of the Declaration`, `of the Plan of Action of Buenos Aires 2021`, `del Plan de Acción`, `of the Bridgetown Declaration`, `of its Plan of Action`, `de dicha Declaración`. */
  private readInstrumentPhrase(): { kind: MandateInstrumentKind; target: Target } | undefined {
    const saved = this.i;
    if (this.isPunct(this.at(), ",") && (this.isWord(this.at(1), OF_WORDS) || this.isWord(this.at(1), DEL_WORDS)))
      this.i++;
    if (!this.isWord(this.at(), OF_WORDS) && !this.isWord(this.at(), DEL_WORDS)) {
      this.i = saved;
      return undefined;
    }
    this.i++;
    const named = this.readNamedInstrument();
    if (named === undefined || named.kinds.length !== 1) {
      this.i = saved;
      return undefined;
    }
    return { kind: named.kinds[0]!, target: named.target };
  }

  /**
   * `[the|its|the same|dicha] [City] Declaration [and Plan of Action] [of City [year] | of the XIX IACML]`.
   * Gives back the instrument kinds and what the phrase says of the conference, or undefined
   * (cursor unchanged) when no instrument is named.
   */
  private readNamedInstrument(): { kinds: MandateInstrumentKind[]; target: Target; start: number } | undefined {
    const saved = this.i;
    const start = this.at()?.start ?? 0;
    let back = false;
    for (let guard = 0; guard < 3; guard++) {
      if (this.isWord(this.at(), THE_WORDS)) this.i++;
      else if (this.isWord(this.at(), BACK_WORDS)) {
        back = true;
        this.i++;
      } else break;
    }
    const city = this.matchCity(false);
    const kinds: MandateInstrumentKind[] = [];
    for (;;) {
      const kind = this.readInstrumentName();
      if (kind === undefined) break;
      kinds.push(kind);
      if (
        !(this.conjunctionAt(0) && (this.isWord(this.at(1), DECLARATION_WORDS) || this.isWord(this.at(1), PLAN_WORDS)))
      )
        break;
      this.i++;
    }
    if (kinds.length === 0) {
      this.i = saved;
      return undefined;
    }
    if (city !== undefined) return { kinds, target: this.chooseConference(city.entry, city.year, city.span), start };

    if (this.isWord(this.at(), OF_WORDS) || this.isWord(this.at(), DEL_WORDS)) {
      const of = this.at()!;
      this.i++;
      while (this.isWord(this.at(), THE_WORDS)) this.i++;
      const target = this.readCityTarget(true) ?? this.readEditionTarget();
      if (target !== undefined) return { kinds, target, start };
      this.readUnknownCity(of);
      return { kinds, target: { type: "failed" }, start };
    }
    return { kinds, target: back ? { type: "back" } : { type: "none" }, start };
  }

  private readInstrumentName(): MandateInstrumentKind | undefined {
    const token = this.at();
    if (this.isWord(token, DECLARATION_WORDS)) {
      this.i++;
      return "declaration";
    }
    if (this.isWord(token, PLAN_WORDS) && this.isWord(this.at(1), OF_WORDS) && this.isWord(this.at(2), ACTION_WORDS)) {
      this.i += 3;
      return "plan-of-action";
    }
    return undefined;
  }

  /** A city of the context at the cursor (longest name first), with a year after it when written; chooses nothing yet. */
  private matchCity(allowYear: boolean): { entry: CityEntry; year?: { value: number }; span: Span } | undefined {
    const token = this.at();
    if (token?.kind !== "word") return undefined;
    const entries = this.context.cities.get(token.norm);
    if (entries === undefined) return undefined;
    const entry = entries.find((e) => e.words.every((w, k) => this.wordAt(k) === w));
    if (entry === undefined) return undefined;
    this.i += entry.words.length;
    const end = this.at(-1)!.end;
    const year = allowYear ? this.readYear() : undefined;
    return { entry, ...(year === undefined ? {} : { year }), span: { start: token.start, end: year?.end ?? end } };
  }

  private readCityTarget(allowYear: boolean): Target | undefined {
    const city = this.matchCity(allowYear);
    return city === undefined ? undefined : this.chooseConference(city.entry, city.year, city.span);
  }

  private wordAt(offset: number): string | undefined {
    const t = this.at(offset);
    return t?.kind === "word" ? t.norm : t?.kind === "number" && t.letters === "" ? t.text : undefined;
  }

  /** `2013`, `(2013)`, `of 2013`, `de 2013` right after a city. */
  private readYear(): { value: number; end: number } | undefined {
    const saved = this.i;
    const open = this.isPunct(this.at(), "(");
    if (open) this.i++;
    else if (this.isWord(this.at(), OF_WORDS)) this.i++;
    const t = this.at();
    if (t?.kind === "number" && t.letters === "" && t.text.length === 4 && t.value >= 1900 && t.value <= 2100) {
      this.i++;
      if (open) {
        if (!this.isPunct(this.at(), ")")) {
          this.i = saved;
          return undefined;
        }
        this.i++;
      }
      return { value: t.value, end: this.at(-1)!.end };
    }
    this.i = saved;
    return undefined;
  }

  /** One conference of a city: the year, then the context's default, then the default's neighbour edition decide. */
  private chooseConference(entry: CityEntry, year: { value: number } | undefined, span: Span): Target {
    const city = this.sourceText(span.start, span.end);
    let candidates = entry.conferences;
    if (year !== undefined) {
      candidates = candidates.filter((c) => c.year === year.value);
      if (candidates.length === 0) {
        this.report(
          issue(
            "mandates.no-conference-that-year",
            { city, year: year.value, candidates: describe(entry.conferences) },
            { span },
          ),
        );
        return { type: "failed" };
      }
    }
    if (candidates.length === 1) return { type: "conference", conference: candidates[0]! };
    const preferred = this.context.defaultConference;
    if (preferred !== undefined && candidates.includes(preferred)) return { type: "conference", conference: preferred };
    const def = preferred === undefined ? undefined : editionNumber(preferred);
    if (def !== undefined) {
      const near = candidates.filter((c) => {
        const n = editionNumber(c);
        return n !== undefined && Math.abs(n - def) === 1;
      });
      if (near.length === 1) return { type: "conference", conference: near[0]! };
    }
    this.report(issue("mandates.ambiguous-city", { city, candidates: describe(candidates) }, { span }));
    return { type: "failed" };
  }

  /** `XIX IACML`, `XIX Inter-American Conference of Ministers of Labor`, `19th IACML`, `la XX CIMT`. */
  private readEditionTarget(): Target | undefined {
    const token = this.at();
    if (token === undefined) return undefined;
    let value: number | undefined;
    if (token.kind === "word" && /^[IVXLCDM]+$/i.test(token.text)) value = romanValue(token.text);
    else if (token.kind === "number" && /^(st|nd|rd|th|a|ª|o|º)$/i.test(token.letters)) value = token.value;
    if (value === undefined) return undefined;
    const saved = this.i;
    this.i++;
    const phrase = this.readConferencePhrase();
    if (!phrase && token.kind === "number") {
      this.i = saved;
      return undefined;
    }
    const conference = this.context.byEdition.get(value);
    if (conference === undefined) {
      this.report(issue("mandates.unknown-edition", { edition: excerpt(token.text) }, { span: spanOf(token) }));
      return { type: "failed" };
    }
    return { type: "conference", conference };
  }

  /** Consumes one of the names of the conference (hyphens ignored), optionally followed by `(IACML)`. */
  private readConferencePhrase(): boolean {
    for (const phrase of CONFERENCE_PHRASES) {
      let k = 0;
      let matched = 0;
      while (matched < phrase.length) {
        const t = this.at(k);
        if (this.isPunct(t, RANGE_MARKS)) {
          k++;
          continue;
        }
        if (t?.kind !== "word" || t.norm !== phrase[matched]) break;
        matched++;
        k++;
      }
      if (matched === phrase.length) {
        this.i += k;
        if (this.isPunct(this.at(), "(") && this.isWord(this.at(1), ACRONYMS) && this.isPunct(this.at(2), ")"))
          this.i += 3;
        return true;
      }
    }
    return false;
  }

  private readUnknownCity(of: Token): void {
    const start = this.at()?.start ?? of.start;
    let end = this.at()?.end ?? of.end;
    let words = 0;
    while (this.at()?.kind === "word" && !this.conjunctionAt(0) && !this.isWord(this.at(), KEYWORDS) && words < 8) {
      end = this.at()!.end;
      this.i++;
      words++;
    }
    if (words === 0) {
      this.report(issue("mandates.expected-city", {}, { span: { start: of.start, end: of.end } }));
      return;
    }
    const city = this.sourceText(start, end);
    const folded = foldForMatching(city);
    // Only a near spelling is suggested ("Bridgtown" → Bridgetown), never an unrelated city ("Oslo").
    const nearest = nearestName(folded, this.cityNames(), folded.length <= 5 ? 1 : folded.length <= 10 ? 2 : 3);
    this.report(
      issue(
        "mandates.unknown-city",
        { city, ...hintParams("mandates.nearest-city", nearest) },
        { span: { start, end } },
      ),
    );
  }

  /**
   * "Declaration of Cancún, articles 12 to 14"; "the Declaration and Plan of Action of Medellín" (a whole instrument).
   * An instrument named without a conference in a clause `joined` to the one before it by "and"
   * ("…, article 3, and Plan of Action, paragraph 7(b)") is of that clause's conference.
   */
  private readLeadInstrument(joined: Lead | undefined): boolean {
    const saved = this.i;
    const named = this.readNamedInstrument();
    if (named === undefined) {
      this.i = saved;
      return false;
    }
    const inherits = joined !== undefined && named.target.type === "none";
    const target = inherits ? joined.target : named.target;
    let end = this.at(-1)?.end ?? named.start;
    const listFollows = (offset: number) =>
      this.at(offset)?.kind === "number" || this.isWord(this.at(offset), KEYWORDS);
    // "Declaration of Ottawa and Plan of Action": an instrument named right after, without a city, is of the same conference.
    while (
      target.type === "conference" &&
      this.conjunctionAt(0) &&
      (this.isWord(this.at(1), DECLARATION_WORDS) || this.isWord(this.at(1), PLAN_WORDS))
    ) {
      const saved2 = this.i;
      this.i++;
      const kind = this.readInstrumentName();
      if (kind === undefined || this.isWord(this.at(), OF_WORDS) || this.isWord(this.at(), DEL_WORDS)) {
        this.i = saved2;
        break;
      }
      named.kinds.push(kind);
      end = this.at(-1)!.end;
    }
    if (named.kinds.length === 1) {
      let offset = 0;
      if (this.isPunct(this.at(), ",(:")) offset = 1;
      if (listFollows(offset)) {
        this.i += offset;
        const start = this.at()!.start;
        const read = this.readList();
        const cut = this.restart;
        // "Declaration of Cancún, article 2, and paragraph 4 of the Plan of Action": the list
        // from the last keyword on is of the instrument named after it.
        const phrase = cut > 0 && cut < read.length ? this.readInstrumentPhrase() : undefined;
        const elements = phrase === undefined ? read : read.slice(0, cut);
        if (elements.length > 0) {
          const span = { start, end: elements[elements.length - 1]!.span.end };
          const kind = named.kinds[0]!;
          // Joined to a clause still waiting for its conference: it waits with it, for the same one.
          const clause: Clause =
            inherits && target.type === "none"
              ? { elements, span, kind, sibling: joined.sibling }
              : this.clause(elements, span, kind, target);
          this.pending.push(clause);
          this.resolvePending(target, false);
          this.lead = { target, sibling: clause.sibling };
          if (phrase !== undefined) {
            // Named without its conference ("of the Plan of Action", "of its Plan of Action"), it is of this clause's.
            const own = phrase.target.type !== "none" && phrase.target.type !== "back";
            const rest = read.slice(cut);
            this.pending.push({
              elements: rest,
              span: { start: rest[0]!.span.start, end: rest[rest.length - 1]!.span.end },
              kind: phrase.kind,
              ...(own || clause.sibling === undefined ? {} : { sibling: clause.sibling }),
            });
            if (own) this.lead = { target: phrase.target };
            this.resolvePending(this.lead!.target, false);
          }
        }
        return true;
      }
    }
    const conference = this.conferenceOf(target, { start: named.start, end });
    if (conference !== undefined) {
      for (const kind of named.kinds) {
        this.sources.push({
          kind: "instrument",
          conference: conference.id,
          instrument: mandateInstrumentId(conference.edition ?? conference.id, kind),
          instrumentKind: kind,
          span: { start: named.start, end },
        });
      }
    }
    this.lead = { target };
    return true;
  }

  // ---- resolution -----------------------------------------------------------------------------

  /** The conference a target stands for; `none` and `back` fall back to the default (an issue when there is none). */
  private conferenceOf(target: Target, span: Span): MandateConference | undefined {
    if (target.type === "conference") {
      this.last = target.conference;
      return target.conference;
    }
    if (target.type === "failed") return undefined;
    if (target.type === "back" && this.last !== undefined) return this.last;
    const conference = this.context.defaultConference;
    if (conference === undefined) {
      this.report(
        this.context.defaultId === undefined
          ? issue("mandates.no-conference", {}, { span })
          : issue("mandates.unknown-default-conference", { conference: excerpt(this.context.defaultId) }, { span }),
      );
    }
    return conference;
  }

  /**
   * A clause of one instrument. "Artículos 15 y 23 de la Declaración de Buenos Aires y 7 b)
   * del Plan de Acción": an instrument named without its city after the other instrument of a
   * named conference is of that conference (the Declaration and Plan of Action of one city),
   * not the default's, unless a conference named later in the text claims it.
   */
  private clause(elements: readonly Element[], span: Span, kind: MandateInstrumentKind, target: Target): Clause {
    const sibling =
      target.type === "none" && this.last !== undefined && this.lastKinds.size > 0 && !this.lastKinds.has(kind);
    return sibling ? { elements, span, kind, sibling: this.last! } : { elements, span, kind };
  }

  /** Gives the pending clauses their conference (when the target names one, or at the end) and expands them. */
  private resolvePending(target: Target, atEnd: boolean): void {
    if (target.type === "none" && !atEnd) return;
    const clauses = this.pending;
    this.pending = [];
    if (target.type === "conference")
      this.lastKinds = new Set(clauses.flatMap((c) => (c.kind === undefined ? [] : [c.kind])));
    for (const clause of clauses) {
      const conference =
        target.type === "none" && clause.sibling !== undefined
          ? clause.sibling
          : this.conferenceOf(target, clause.span);
      if (conference === undefined) continue;
      this.expand(clause, conference);
    }
  }

  private expand(clause: Clause, conference: MandateConference): void {
    const kind =
      clause.kind ??
      this.context.defaultInstrument ??
      (clause.elements.some((e) => e.item !== undefined) ? "plan-of-action" : "declaration");
    const numbering = conference.itemNumbering ?? "lettered";
    // One object per reference, the same fields and order as `{ ...mandateRef(…), span }`
    // (no intermediate copies), the instrument id computed once per clause.
    const instrument = mandateInstrumentId(conference.edition ?? conference.id, kind);
    for (const element of clause.elements) {
      if (this.stopped() || this.budget.exhausted) return;
      for (const [number, item] of expandElement(element, numbering, this.budget, (i) => this.report(i))) {
        if (item !== undefined && kind === "declaration") {
          this.report(issue("mandates.item-in-declaration", { item: `${number}${item}` }, { span: element.span }));
          break;
        }
        const id = mandateProvisionId(instrument, number, item, conference.itemNumbering);
        this.refs.push(
          item === undefined
            ? { id, conference: conference.id, instrument, kind, number, span: element.span }
            : { id, conference: conference.id, instrument, kind, number, item, span: element.span },
        );
      }
    }
  }
}

/** The `nearest` param and the hint sentence of a message, in both languages (empty when there is no suggestion). */
function hintParams(
  code: "mandates.nearest-form" | "mandates.nearest-city",
  nearest: string | undefined,
): { nearest: string; hint: string; hintEs: string } {
  if (nearest === undefined) return { nearest: "", hint: "", hintEs: "" };
  const templates = mandatesMessages[code];
  return { nearest, hint: fillTemplate(templates.en, { nearest }), hintEs: fillTemplate(templates.es, { nearest }) };
}

function describe(conferences: readonly MandateConference[]): string {
  return conferences
    .map((c) => `${(c.edition ?? c.id).toUpperCase()}${c.year === undefined ? "" : ` (${c.year})`}`)
    .join(", ");
}

function spanOf(token: Token): Span {
  return { start: token.start, end: token.end };
}

function endSpan(tokens: TokenStream): Span {
  const end = tokens.last()?.end ?? 0;
  return { start: end, end };
}
