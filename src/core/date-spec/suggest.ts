// Internal: the known word nearest to an unreadable one, for the suggestion.
import { editDistance, foldForMatching } from "../text.js";
import { knownWords } from "./vocabulary.js";

let words: readonly string[] | undefined;

/** The known word (month, weekday, period word …) nearest to `raw`, within two edits; else undefined. */
export function suggestWord(raw: string): string | undefined {
  const word = foldForMatching(raw.trim());
  if (word.length < 3 || word.length > 20 || !/^\p{L}+$/u.test(word)) return undefined;
  words ??= [...new Set(knownWords())];
  const limit = word.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const w of words) {
    const d = editDistance(word, w, limit);
    if (d < bestDistance && d > 0) [best, bestDistance] = [w, d];
  }
  return best;
}
