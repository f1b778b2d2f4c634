import { foldForMatching } from "../core/text.js";

/** A number token, with the letters written right after it (`7b` → 7 and `b`). */
export interface NumberToken {
  readonly kind: "number";
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly letters: string;
}

/** A word token; `norm` is the word folded by `foldForMatching` (lowercase, no accents). */
export interface WordToken {
  readonly kind: "word";
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly norm: string;
}

/** One punctuation mark a citation uses: `( ) [ ] . , ; : - – — & / ' ’ " º °`. */
export interface PunctToken {
  readonly kind: "punct";
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * A run of other code points that are not white space: control characters, zero-width and
 * bidi marks, full-width or other non-ASCII digits, symbols, lone surrogates. Never part of a
 * citation; the reader reports a run of them as one issue.
 */
export interface OtherToken {
  readonly kind: "other";
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** A token of a mandate sentence with its span. */
export type Token = NumberToken | WordToken | PunctToken | OtherToken;

/**
 * Digits are ASCII only (`\d` is [0-9] in JavaScript); words are letters with their combining
 * marks; white space separates; anything else is one code point. Linear: one pass, no
 * backtracking beyond a token.
 */
const MARKS = "()\\[\\].,;:\\-‐‑–—&/'’\"“”º°";
const TOKEN = new RegExp(`(\\d+)(\\p{L}*)|[\\p{L}\\p{M}]+|[${MARKS}]|[^\\s\\d\\p{L}\\p{M}${MARKS}]+`, "gu");
const PUNCT = /* @__PURE__ */ new Set([
  "(",
  ")",
  "[",
  "]",
  ".",
  ",",
  ";",
  ":",
  "-",
  "‐",
  "‑",
  "–",
  "—",
  "&",
  "/",
  "'",
  "’",
  '"',
  "“",
  "”",
  "º",
  "°",
]);
const WORD_START = /^[\p{L}\p{M}]/u;

/** Lowercase, accents removed: the form vocabulary is compared in (the core's one folding). */
export function normalizeWord(word: string): string {
  if (/^[a-z]*$/.test(word)) return word;
  return foldForMatching(word);
}

/** The token of one match of `TOKEN`. */
function tokenOf(match: RegExpMatchArray): Token {
  const start = match.index!;
  const raw = match[0];
  const end = start + raw.length;
  const digits = match[1];
  if (digits !== undefined) {
    // More than 9 digits cannot be a provision number; keep the value finite and small.
    const value = digits.length > 9 ? Number.MAX_SAFE_INTEGER : Number(digits);
    return { kind: "number", text: raw, start, end, value, letters: match[2] ?? "" };
  }
  if (WORD_START.test(raw)) return { kind: "word", text: raw, start, end, norm: normalizeWord(raw) };
  if (raw.length === 1 && PUNCT.has(raw)) return { kind: "punct", text: raw, start, end };
  return { kind: "other", text: raw, start, end };
}

/**
 * The tokens of a text read on demand, in the order of the text: the reader pulls them as its
 * cursor moves, so a call that stops early (the issue limit reached after the first lines of a
 * long text) neither tokenizes nor keeps alive the rest. The same tokens as {@link tokenize}.
 */
export class TokenStream {
  private readonly buffer: Token[] = [];
  private readonly matches: IterableIterator<RegExpMatchArray>;
  private done = false;

  constructor(text: string) {
    this.matches = text.matchAll(TOKEN);
  }

  /** The token at `index` (undefined past the end or below 0). */
  at(index: number): Token | undefined {
    if (index < 0) return undefined;
    while (index >= this.buffer.length && !this.done) this.pull();
    return this.buffer[index];
  }

  /** The last token of the text (reads the rest). */
  last(): Token | undefined {
    while (!this.done) this.pull();
    return this.buffer[this.buffer.length - 1];
  }

  private pull(): void {
    const next = this.matches.next();
    if (next.done) this.done = true;
    else this.buffer.push(tokenOf(next.value));
  }
}

/** Splits a text into number, word, punctuation and other tokens, each with its span. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) tokens.push(tokenOf(match));
  return tokens;
}
