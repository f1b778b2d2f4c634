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

/** Splits a text into number, word, punctuation and other tokens, each with its span. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    const raw = match[0];
    const end = start + raw.length;
    const digits = match[1];
    if (digits !== undefined) {
      // More than 9 digits cannot be a provision number; keep the value finite and small.
      const value = digits.length > 9 ? Number.MAX_SAFE_INTEGER : Number(digits);
      tokens.push({ kind: "number", text: raw, start, end, value, letters: match[2] ?? "" });
    } else if (WORD_START.test(raw)) {
      tokens.push({ kind: "word", text: raw, start, end, norm: normalizeWord(raw) });
    } else if (raw.length === 1 && PUNCT.has(raw)) {
      tokens.push({ kind: "punct", text: raw, start, end });
    } else {
      tokens.push({ kind: "other", text: raw, start, end });
    }
  }
  return tokens;
}
