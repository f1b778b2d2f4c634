/** A number token, with the letters written right after it (`7b` → 7 and `b`). */
export interface NumberToken {
  readonly kind: "number";
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly letters: string;
}

/** A word token; `norm` is lowercase without accents. */
export interface WordToken {
  readonly kind: "word";
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly norm: string;
}

/** Any other single character that is not white space. */
export interface PunctToken {
  readonly kind: "punct";
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** A token of a mandate sentence with its span. */
export type Token = NumberToken | WordToken | PunctToken;

const TOKEN = /(\d+)(\p{L}*)|[\p{L}\p{M}]+|\S/gu;

/** Lowercase, accents removed: the form vocabulary is compared in. */
export function normalizeWord(word: string): string {
  if (/^[a-z]*$/.test(word)) return word;
  return word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** Splits a text into number, word and punctuation tokens, each with its span. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    const end = start + match[0].length;
    const digits = match[1];
    if (digits !== undefined) {
      tokens.push({
        kind: "number",
        text: match[0],
        start,
        end,
        value: Number(digits),
        letters: match[2] ?? "",
      });
    } else if (/^[\p{L}\p{M}]/u.test(match[0])) {
      tokens.push({
        kind: "word",
        text: match[0],
        start,
        end,
        norm: normalizeWord(match[0]),
      });
    } else {
      tokens.push({ kind: "punct", text: match[0], start, end });
    }
  }
  return tokens;
}
