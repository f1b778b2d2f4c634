import { issueFactory } from "../core/issue.js";
import { mandatesMessages } from "../core/messages/mandates.js";
import type { Issue, Result, Span } from "../core/result.js";
import {
  mandateRef,
  type MandateConference,
  type MandateContext,
  type MandateInstrumentKind,
  type MandateRef,
} from "./ref.js";
import { romanValue } from "./roman.js";
import { toRoman } from "../core/roman.js";
import {
  normalizeWord,
  tokenize,
  type NumberToken,
  type Token,
  type WordToken,
} from "./tokenize.js";

const issue = /* @__PURE__ */ issueFactory(mandatesMessages);

const KEYWORDS = /* @__PURE__ */ new Set([
  "article",
  "articles",
  "art",
  "arts",
  "articulo",
  "articulos",
  "paragraph",
  "paragraphs",
  "para",
  "paras",
  "parrafo",
  "parrafos",
  "numeral",
  "numerales",
  "item",
  "items",
]);
const AND_WORDS = /* @__PURE__ */ new Set(["and", "y"]);
const OF_WORDS = /* @__PURE__ */ new Set(["of", "de"]);
const THE_WORDS = /* @__PURE__ */ new Set(["the", "la", "el"]);
const RANGE_WORDS = /* @__PURE__ */ new Set(["to", "through", "a", "al", "hasta"]);
const RANGE_MARKS = /* @__PURE__ */ new Set(["-", "–", "—"]);
const CONFERENCE_WORDS = /* @__PURE__ */ new Set([
  "iacml",
  "cimt",
  "conference",
  "conferencia",
]);
const DEL = /* @__PURE__ */ new Set(["del"]);
const DECLARATION_WORDS = /* @__PURE__ */ new Set(["declaration", "declaracion"]);
const PLAN_WORDS = /* @__PURE__ */ new Set(["plan"]);
const ACTION_WORDS = /* @__PURE__ */ new Set(["action", "accion"]);
const MAX_RANGE = 1000;

interface CityWords {
  readonly conference: MandateConference;
  readonly words: readonly string[];
}
const citiesCache = /* @__PURE__ */ new WeakMap<
  MandateContext,
  readonly CityWords[]
>();

/** City names of the context as normalised words, longest first (cached per context object). */
function citiesOf(context: MandateContext): readonly CityWords[] {
  let cities = citiesCache.get(context);
  if (cities === undefined) {
    cities = context.conferences
      .flatMap((conference) =>
        conference.cities.map((city) => ({
          conference,
          words: city.split(/\s+/).filter(Boolean).map(normalizeWord),
        }))
      )
      .filter((c) => c.words.length > 0)
      .sort((a, b) => b.words.length - a.words.length);
    citiesCache.set(context, cities);
  }
  return cities;
}
const MAX_NUMBER = 100_000;

/** One number or item as written, with an optional range end. */
interface Element {
  readonly number: number;
  readonly item?: string;
  readonly span: Span;
  readonly to?: { readonly number: number; readonly item?: string };
}

/** A list of elements and the instrument (and conference) named after it. */
interface Clause {
  readonly elements: readonly Element[];
  readonly span: Span;
  kind?: MandateInstrumentKind;
  conference?: MandateConference;
}

/** Recursive-descent reader over the tokens of one sentence. */
class RefReader {
  private i = 0;
  readonly issues: Issue[] = [];
  readonly refs: MandateRef[] = [];
  private pending: Clause[] = [];
  private readonly cities: readonly CityWords[];

  constructor(
    private readonly tokens: readonly Token[],
    private readonly context: MandateContext
  ) {
    this.cities = citiesOf(context);
  }

  private at(offset = 0): Token | undefined {
    return this.tokens[this.i + offset];
  }

  private isWord(
    token: Token | undefined,
    words: ReadonlySet<string>
  ): token is WordToken {
    return token?.kind === "word" && words.has(token.norm);
  }

  private isPunct(token: Token | undefined, marks: string): boolean {
    return token?.kind === "punct" && marks.includes(token.text);
  }

  /** A word that can only be an item of a paragraph: one letter, or a small roman numeral. */
  private isItemWord(token: Token | undefined): token is WordToken {
    if (token?.kind !== "word") return false;
    if (token.text.length === 1) return /^[a-z]$/.test(token.norm);
    return /^[ivx]+$/.test(token.text) && romanValue(token.text) !== undefined;
  }

  /** Whether the "y" at the cursor is an item, not the Spanish conjunction. */
  private yIsItem(): boolean {
    const next = this.at(1);
    return (
      next === undefined ||
      this.isPunct(next, ",;).") ||
      this.isWord(next, AND_WORDS) ||
      this.isWord(next, OF_WORDS)
    );
  }

  /** Whether the token `offset` ahead is "and", "&" or the Spanish "y" used as a conjunction. */
  private conjunctionAt(offset: number): boolean {
    const token = this.at(offset);
    if (!this.isWord(token, AND_WORDS) && !this.isPunct(token, "&"))
      return false;
    if (token?.kind !== "word" || token.norm !== "y") return true;
    const saved = this.i;
    this.i += offset;
    const item = this.yIsItem();
    this.i = saved;
    return !item;
  }

  read(): void {
    this.skipLabel();
    let conjunction: Token | undefined;
    while (this.i < this.tokens.length) {
      const token = this.at()!;
      if (this.isPunct(token, "()[].,;")) {
        this.i++;
        continue;
      }
      if (this.conjunctionAt(0)) {
        conjunction = token;
        this.i++;
        continue;
      }
      conjunction = undefined;
      if (token.kind === "number" || this.isWord(token, KEYWORDS))
        this.readClause();
      else this.unknown(token);
    }
    if (conjunction !== undefined) {
      this.issues.push(
        issue(
          "mandates.dangling-conjunction",
          { word: conjunction.text },
          { span: spanOf(conjunction) }
        )
      );
    }
    this.resolvePending(undefined);
  }

  /** Skips a lead-in label without numbers ending in a colon ("Mandates to which … respond:"). */
  private skipLabel(): void {
    const colon = this.tokens.findIndex(
      (t) => t.kind === "punct" && t.text === ":"
    );
    if (colon < 0) return;
    if (
      this.tokens
        .slice(0, colon)
        .every((t) => t.kind === "word" || this.isPunct(t, ",'’\"-"))
    )
      this.i = colon + 1;
  }

  private unknown(token: Token): void {
    this.issues.push(
      issue(
        "mandates.unknown-word",
        { word: token.text },
        { span: spanOf(token) }
      )
    );
    this.i++;
  }

  private readClause(): void {
    const start = this.at()!.start;
    const elements = this.readList();
    if (elements.length === 0) return;
    const clause: Clause = {
      elements,
      span: { start, end: elements[elements.length - 1]!.span.end },
    };
    const phrase = this.readInstrumentPhrase();
    if (phrase !== undefined) {
      clause.kind = phrase.kind;
      if (phrase.conference !== undefined)
        clause.conference = phrase.conference;
    }
    this.pending.push(clause);
    if (clause.conference !== undefined || phrase?.unknownCity)
      this.resolvePending(clause.conference);
  }

  /** Elements separated by commas and conjunctions; a keyword may repeat inside the list. */
  private readList(): Element[] {
    const elements: Element[] = [];
    for (;;) {
      if (this.isWord(this.at(), KEYWORDS)) {
        this.i++;
        if (this.isPunct(this.at(), ".") && this.at(1)?.kind === "number")
          this.i++;
      }
      const read = this.readElement(elements[elements.length - 1]);
      if (read.length === 0) {
        const token = this.at();
        if (token === undefined) {
          if (elements.length === 0)
            this.issues.push(
              issue(
                "mandates.expected-number",
                {},
                { span: endSpan(this.tokens) }
              )
            );
        } else if (elements.length === 0) {
          this.unknown(token);
        }
        return elements;
      }
      elements.push(...read);
      const separator = this.readSeparator();
      if (separator === undefined) return elements;
      const next = this.at();
      const continues =
        next !== undefined &&
        (next.kind === "number" ||
          this.isItemWord(next) ||
          this.isWord(next, KEYWORDS));
      if (!continues) {
        if (next === undefined || separator.text !== ",") {
          this.issues.push(
            issue(
              "mandates.dangling-conjunction",
              { word: separator.text },
              { span: spanOf(separator) }
            )
          );
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

  /** One element: `7`, `7b`, `7.h`, `9. a, b` (several), `7, f and h`, or a range. */
  private readElement(previous: Element | undefined): Element[] {
    const token = this.at();
    if (token?.kind === "number") return this.readNumbered(token);
    if (this.isItemWord(token) && !(token.norm === "y" && !this.yIsItem())) {
      this.i++;
      if (previous === undefined) {
        this.issues.push(
          issue(
            "mandates.item-without-paragraph",
            { item: token.text },
            { span: spanOf(token) }
          )
        );
        return [];
      }
      return [
        this.readRangeEnd({
          number: previous.number,
          item: token.norm,
          span: spanOf(token),
        }),
      ];
    }
    return [];
  }

  private readNumbered(token: NumberToken): Element[] {
    this.i++;
    if (token.value > MAX_NUMBER || token.value < 1) {
      this.issues.push(
        issue(
          "mandates.invalid-number",
          { text: token.text },
          { span: spanOf(token) }
        )
      );
      return [];
    }
    if (token.letters !== "") {
      return [
        this.readRangeEnd({
          number: token.value,
          item: token.letters.toLowerCase(),
          span: spanOf(token),
        }),
      ];
    }
    const mark = this.at();
    if (
      this.isPunct(mark, ".,") &&
      this.isItemWord(this.at(1)) &&
      !this.looksLikeNextClause(1)
    ) {
      this.i++;
      return this.readItemsOf(token.value);
    }
    return [this.readRangeEnd({ number: token.value, span: spanOf(token) })];
  }

  /** After "7," a lone letter is an item of 7 unless the list goes on with numbers only. */
  private looksLikeNextClause(offset: number): boolean {
    const word = this.at(offset);
    return (
      word?.kind === "word" &&
      word.norm === "y" &&
      this.at(offset + 1)?.kind === "number"
    );
  }

  /** Items of one paragraph: `a, b, d, f, and h` → 9a, 9b, … (the paragraph itself is a heading). */
  private readItemsOf(number: number): Element[] {
    const elements: Element[] = [];
    for (;;) {
      const token = this.at();
      if (!this.isItemWord(token)) return elements;
      this.i++;
      elements.push(
        this.readRangeEnd({ number, item: token.norm, span: spanOf(token) })
      );
      const saved = this.i;
      const separator = this.readSeparator();
      if (separator === undefined) return elements;
      if (
        !this.isItemWord(this.at()) ||
        ((this.at() as WordToken).norm === "y" && !this.yIsItem())
      ) {
        this.i = saved;
        return elements;
      }
    }
  }

  /** `5 to 8`, `5-8`, `7a-c`, `7a-7c`, `5 a 8` (Spanish). */
  private readRangeEnd(element: Element): Element {
    const mark = this.at();
    const isMark =
      this.isPunct(mark, "-–—") ||
      (this.isWord(mark, RANGE_WORDS) &&
        !(mark.norm === "a" && this.at(1)?.kind !== "number"));
    if (!isMark) return element;
    const end = this.at(1);
    if (end?.kind === "number" && end.value >= 1 && end.value <= MAX_NUMBER) {
      this.i += 2;
      const to =
        end.letters === ""
          ? { number: end.value }
          : { number: end.value, item: end.letters.toLowerCase() };
      return {
        ...element,
        span: { start: element.span.start, end: end.end },
        to,
      };
    }
    if (
      element.item !== undefined &&
      this.isItemWord(end) &&
      RANGE_MARKS.has(mark!.text)
    ) {
      this.i += 2;
      return {
        ...element,
        span: { start: element.span.start, end: end.end },
        to: { number: element.number, item: end.norm },
      };
    }
    return element;
  }

  /** `of the Declaration`, `of the Plan of Action of Buenos Aires`, `del Plan de Acción`, `of the Bridgetown Declaration`. */
  private readInstrumentPhrase():
    | {
        kind: MandateInstrumentKind;
        conference?: MandateConference;
        unknownCity?: boolean;
      }
    | undefined {
    const saved = this.i;
    if (this.isPunct(this.at(), ",") && this.isWord(this.at(1), OF_WORDS))
      this.i++;
    if (this.isWord(this.at(), OF_WORDS)) {
      this.i++;
      if (this.isWord(this.at(), THE_WORDS)) this.i++;
    } else if (this.isWord(this.at(), DEL)) {
      this.i++;
    } else {
      this.i = saved;
      return undefined;
    }
    let conference = this.readCity();
    const kind = this.readInstrumentName();
    if (kind === undefined) {
      this.i = saved;
      return undefined;
    }
    if (conference !== undefined) return { kind, conference };
    if (this.isWord(this.at(), OF_WORDS) || this.isWord(this.at(), DEL)) {
      const of = this.at()!;
      this.i++;
      if (this.isWord(this.at(), THE_WORDS)) this.i++;
      conference = this.readCity() ?? this.readEdition();
      if (conference !== undefined) return { kind, conference };
      this.readUnknownCity(of);
      return { kind, unknownCity: true };
    }
    return { kind };
  }

  private readInstrumentName(): MandateInstrumentKind | undefined {
    const token = this.at();
    if (this.isWord(token, DECLARATION_WORDS)) {
      this.i++;
      return "declaration";
    }
    if (
      this.isWord(token, PLAN_WORDS) &&
      this.isWord(this.at(1), OF_WORDS) &&
      this.isWord(this.at(2), ACTION_WORDS)
    ) {
      this.i += 3;
      return "plan-of-action";
    }
    return undefined;
  }

  private readCity(): MandateConference | undefined {
    for (const city of this.cities) {
      if (
        city.words.every((w, k) => {
          const t = this.at(k);
          return t?.kind === "word" && t.norm === w;
        })
      ) {
        this.i += city.words.length;
        return city.conference;
      }
    }
    return undefined;
  }

  /** `the XXI IACML`, `la XXI CIMT`. */
  private readEdition(): MandateConference | undefined {
    const token = this.at();
    if (token?.kind !== "word") return undefined;
    const value = romanValue(token.text);
    if (value === undefined) return undefined;
    const conference = this.context.conferences.find(
      (c) => romanValue(c.edition ?? c.id) === value
    );
    if (conference === undefined) return undefined;
    this.i++;
    if (this.isWord(this.at(), CONFERENCE_WORDS)) this.i++;
    return conference;
  }

  private readUnknownCity(of: Token): void {
    const start = this.at()?.start ?? of.start;
    let end = this.at()?.end ?? of.end;
    while (this.at()?.kind === "word" && !this.conjunctionAt(0)) {
      end = this.at()!.end;
      this.i++;
    }
    const city = start === of.start ? "" : this.sourceText(start, end);
    this.issues.push(
      issue(
        city === "" ? "mandates.expected-city" : "mandates.unknown-city",
        { city },
        { span: { start, end } }
      )
    );
  }

  private sourceText(start: number, end: number): string {
    return this.tokens
      .filter((t) => t.start >= start && t.end <= end)
      .map((t) => t.text)
      .join(" ");
  }

  /** Gives the pending clauses their conference and turns them into references. */
  private resolvePending(named: MandateConference | undefined): void {
    const clauses = this.pending;
    this.pending = [];
    for (const clause of clauses) {
      const conference =
        named ?? clause.conference ?? this.defaultConference(clause);
      if (conference === undefined) continue;
      this.expand(clause, conference);
    }
  }

  private defaultConference(clause: Clause): MandateConference | undefined {
    const id = this.context.defaultConference;
    const conference =
      id === undefined
        ? undefined
        : this.context.conferences.find((c) => c.id === id);
    if (conference === undefined) {
      this.issues.push(
        id === undefined
          ? issue("mandates.no-conference", {}, { span: clause.span })
          : issue(
              "mandates.unknown-default-conference",
              { conference: id },
              { span: clause.span }
            )
      );
    }
    return conference;
  }

  private expand(clause: Clause, conference: MandateConference): void {
    const kind =
      clause.kind ??
      this.context.defaultInstrument ??
      (clause.elements.some((e) => e.item !== undefined)
        ? "plan-of-action"
        : "declaration");
    const numbering = conference.itemNumbering ?? "lettered";
    for (const element of clause.elements) {
      for (const [number, item] of this.rangeOf(element, numbering)) {
        if (item !== undefined && kind === "declaration") {
          this.issues.push(
            issue(
              "mandates.item-in-declaration",
              { item: `${number}${item}` },
              { span: element.span }
            )
          );
          continue;
        }
        const ref = mandateRef(conference, kind, number, item);
        this.refs.push({ ...ref, span: element.span });
      }
    }
  }

  private itemValue(
    item: string,
    numbering: "lettered" | "roman",
    span: Span
  ): number | undefined {
    const value =
      numbering === "roman"
        ? romanValue(item)
        : /^[a-z]$/.test(item)
        ? item.charCodeAt(0) - 96
        : undefined;
    if (
      value === undefined ||
      (numbering === "roman" && !/^[ivx]+$/.test(item))
    ) {
      this.issues.push(
        issue("mandates.invalid-item", { item, numbering }, { span })
      );
      return undefined;
    }
    return value;
  }

  private itemText(value: number, numbering: "lettered" | "roman"): string {
    return numbering === "roman"
      ? romanOfValue(value)
      : String.fromCharCode(96 + value);
  }

  /** The (number, item) pairs an element stands for, a range expanded. */
  private rangeOf(
    element: Element,
    numbering: "lettered" | "roman"
  ): [number, string | undefined][] {
    const { to } = element;
    const fromItem =
      element.item === undefined
        ? undefined
        : this.itemValue(element.item, numbering, element.span);
    if (element.item !== undefined && fromItem === undefined) return [];
    if (to === undefined) return [[element.number, element.item]];
    const label = {
      from: element.number + (element.item ?? ""),
      to: to.number + (to.item ?? ""),
    };
    if (
      (element.item === undefined) !== (to.item === undefined) ||
      (to.item !== undefined && to.number !== element.number)
    ) {
      this.issues.push(
        issue("mandates.invalid-range", label, { span: element.span })
      );
      return [];
    }
    if (to.item === undefined) {
      const size = to.number - element.number + 1;
      if (size < 2 || size > MAX_RANGE) {
        this.issues.push(
          issue(
            size < 2 ? "mandates.invalid-range" : "mandates.range-too-large",
            { ...label, size },
            { span: element.span }
          )
        );
        return [];
      }
      return Array.from({ length: size }, (_, k) => [
        element.number + k,
        undefined,
      ]);
    }
    const toItem = this.itemValue(to.item, numbering, element.span);
    if (toItem === undefined) return [];
    if (toItem <= fromItem!) {
      this.issues.push(
        issue("mandates.invalid-range", label, { span: element.span })
      );
      return [];
    }
    return Array.from({ length: toItem - fromItem! + 1 }, (_, k) => [
      element.number,
      this.itemText(fromItem! + k, numbering),
    ]);
  }
}

function romanOfValue(value: number): string {
  return toRoman(value).toLowerCase();
}

function spanOf(token: Token): Span {
  return { start: token.start, end: token.end };
}

function endSpan(tokens: readonly Token[]): Span {
  const end = tokens[tokens.length - 1]?.end ?? 0;
  return { start: end, end };
}

/**
 * Reads the provisions a mandate sentence cites, in English or Spanish, each with the span of
 * text it came from. The conference is resolved from the city named after the instrument (it
 * applies to every list before it back to the previous city) or, when none is named, from the
 * context's default conference; a lettered item is told apart from a roman numeral by the
 * conference's item numbering. Unknown words, an unknown city, a dangling "and" and impossible
 * ranges are Issues with spans. Never throws.
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
 * ```
 */
export function parseMandateRefs(
  text: string,
  context: MandateContext
): Result<MandateRef[]> {
  if (typeof text !== "string") {
    return {
      ok: false,
      issues: [
        issue("mandates.empty-reference", {}, { span: { start: 0, end: 0 } }),
      ],
    };
  }
  const reader = new RefReader(tokenize(text), context);
  reader.read();
  if (reader.issues.length > 0) return { ok: false, issues: reader.issues };
  if (reader.refs.length === 0) {
    return {
      ok: false,
      issues: [
        issue(
          "mandates.empty-reference",
          {},
          { span: { start: 0, end: text.length } }
        ),
      ],
    };
  }
  return { ok: true, value: reader.refs };
}
