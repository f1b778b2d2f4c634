// Internal: the known word nearest to an unreadable one, for the suggestion.
import { foldForMatching } from "../text.js";
import { knownWords } from "./vocabulary.js";

let words: readonly string[] | undefined;

/** Edit distance of two short strings, or `limit + 1` once it exceeds `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(v);
      best = Math.min(best, v);
    }
    if (best > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length]!;
}

/** The known word (month, weekday, period word …) nearest to `raw`, within two edits; else undefined. */
export function suggestWord(raw: string): string | undefined {
  const word = foldForMatching(raw.trim());
  if (word.length < 3 || word.length > 20 || !/^\p{L}+$/u.test(word)) return undefined;
  words ??= [...new Set(knownWords())];
  const limit = word.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const w of words) {
    const d = distance(word, w, limit);
    if (d < bestDistance && d > 0) [best, bestDistance] = [w, d];
  }
  return best;
}
