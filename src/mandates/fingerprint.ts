/**
 * Fingerprint of a provision's text, so a link can record what it was reviewed against. The
 * text is normalised first (Unicode NFKC, lower case, every white-space and punctuation
 * character removed), so re-spacing or re-punctuating a provision does not make its links
 * suspect; any change of words, numbers or symbols does. A 53-bit hash, written `fp1:` + hex.
 *
 * @example
 * ```ts
 * import { fingerprintText } from "iacml/mandates";
 * fingerprintText("Promote decent work.") === fingerprintText("promote  decent work"); // true
 * fingerprintText("Promote decent work") === fingerprintText("Promote formal work"); // false
 * ```
 */
export function fingerprintText(text: string): string {
  const normal = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\p{P}\p{Z}\s]+/gu, "");
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < normal.length; i++) {
    const ch = normal.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return `fp1:${value.toString(16).padStart(14, "0")}`;
}
