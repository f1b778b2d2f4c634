/**
 * Fixed timestamps inside a .docx, so the same report gives the same bytes: the zip entries'
 * modification times and the document's created/modified properties come from the report's
 * date, never from the clock.
 * @module
 */

const u16 = (b: Uint8Array, o: number) => b[o]! | (b[o + 1]! << 8);
const u32 = (b: Uint8Array, o: number) => (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;
const put16 = (b: Uint8Array, o: number, v: number) => {
  b[o] = v & 0xff;
  b[o + 1] = (v >>> 8) & 0xff;
};

/**
 * Sets every entry's DOS date and time in a zip (local headers and central directory) to
 * midnight of `day` (`YYYY-MM-DD`). Returns a copy; a buffer that is not a plain zip is
 * returned unchanged.
 *
 * @example
 * ```ts
 * import { fixZipTimes } from "iacml/word";
 * fixZipTimes(new Uint8Array([1, 2, 3]), "2023-09-30").length; // 3
 * ```
 */
export function fixZipTimes(zip: Uint8Array, day: string): Uint8Array {
  const out = zip.slice();
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const date = ((Math.max(1980, y) - 1980) << 9) | (m << 5) | d;
  let o = 0;
  while (o + 30 <= out.length && u32(out, o) === 0x04034b50) {
    if ((u16(out, o + 6) & 0x08) !== 0) return zip;
    put16(out, o + 10, 0);
    put16(out, o + 12, date);
    o += 30 + u32(out, o + 18) + u16(out, o + 26) + u16(out, o + 28);
  }
  while (o + 46 <= out.length && u32(out, o) === 0x02014b50) {
    put16(out, o + 12, 0);
    put16(out, o + 14, date);
    o += 46 + u16(out, o + 28) + u16(out, o + 30) + u16(out, o + 32);
  }
  return out;
}
