// Internal: the tokens of a date text, in one linear pass (a sticky regular expression whose
// alternatives cannot backtrack into each other), then small merges of adjacent tokens.
import { foldForMatching } from "../text.js";
import { FEIRA_STEMS, ORDINAL_SUFFIXES, wordIn } from "./vocabulary.js";

export type TokKind =
  | "num"
  | "word"
  | "dash"
  | "amp"
  | "comma"
  | "semi"
  | "open"
  | "close"
  | "dot"
  | "slash"
  | "colon"
  | "bad";

export interface Tok {
  readonly k: TokKind;
  readonly s: number;
  e: number;
  /** Folded word (word tokens). */
  w: string;
  /** Digits (num tokens) or the raw word. */
  readonly raw: string;
  /** Written with an ordinal suffix ("1st", "1.º"). */
  ord: boolean;
}

const TOKEN =
  /(\s+)|(\d+)|([\p{L}\p{M}]+)|([-‐‑‒–—−])|(&)|(,)|(;)|(\()|(\))|(\.)|(\/)|(:)|([^\s\d\p{L}\p{M}\-‐‑‒–—−&,;().\/:]+)/uy;
const KINDS: readonly TokKind[] = [
  "num",
  "num",
  "word",
  "dash",
  "amp",
  "comma",
  "semi",
  "open",
  "close",
  "dot",
  "slash",
  "colon",
  "bad",
];

/** Splits a text into tokens (whitespace dropped). Linear in the text's length. */
export function tokenize(text: string): Tok[] {
  const raw: Tok[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    if (m[1] !== undefined) continue;
    let group = 2;
    while (m[group] === undefined) group++;
    const kind = KINDS[group - 1]!;
    const s = m.index;
    const word = kind === "word" ? foldForMatching(m[0]) : "";
    raw.push({ k: kind, s, e: s + m[0].length, w: word, raw: m[0], ord: false });
  }
  return mergeAdjacent(raw);
}

const touching = (a: Tok | undefined, b: Tok | undefined): boolean => !!a && !!b && a.e === b.s;

/** Ordinal suffixes onto numbers; `segunda-feira`, `four-month` into one word. */
function mergeAdjacent(tokens: Tok[]): Tok[] {
  const out: Tok[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (t.k === "num") {
      if (next && touching(t, next) && next.k === "word" && wordIn(ORDINAL_SUFFIXES, next.w)) {
        out.push({ ...t, e: next.e, ord: true });
        i++;
        continue;
      }
      if (next && touching(t, next) && next.k === "bad" && next.raw === "°") {
        out.push({ ...t, e: next.e, ord: true });
        i++;
        continue;
      }
      const after = tokens[i + 2];
      if (
        next?.k === "dot" &&
        touching(t, next) &&
        touching(next, after) &&
        after!.k === "word" &&
        /^[ºª]$/u.test(after!.raw)
      ) {
        out.push({ ...t, e: after!.e, ord: true });
        i += 2;
        continue;
      }
      if (next?.k === "dot" && touching(t, next) && touching(next, after) && after!.k === "bad" && after!.raw === "°") {
        out.push({ ...t, e: after!.e, ord: true });
        i += 2;
        continue;
      }
    }
    if (t.k === "word" && next?.k === "dash" && touching(t, next)) {
      const after = tokens[i + 2];
      const joined =
        touching(next, after) && after!.k === "word"
          ? wordIn(FEIRA_STEMS, t.w) && after!.w === "feira"
            ? `${t.w}-feira`
            : t.w === "four" && after!.w === "month"
              ? "four-month"
              : undefined
          : undefined;
      if (joined) {
        out.push({ ...t, e: after!.e, w: joined });
        i += 2;
        continue;
      }
    }
    out.push(t);
  }
  return out;
}
