/**
 * A PNG of a timeline's rectangles and lines, for Word processors that cannot show SVG. Pure
 * TypeScript: no canvas, no zlib (the image data is stored uncompressed; the .docx zip
 * compresses it). Texts are drawn with a small bitmap font (`glyphs.ts`); a character it lacks is
 * drawn as its letter without accent when it has one, else left blank.
 * @module
 */
import type { TimelineShape } from "../reports/timeline-svg.js";
import { GLYPH_CELL, GLYPH_CHARS, GLYPH_DATA } from "./glyphs.js";

let glyphBytes: Uint8Array | undefined;
/** The font's bytes, decoded once. */
function glyphs(): Uint8Array {
  if (glyphBytes === undefined) {
    const text = atob(GLYPH_DATA);
    glyphBytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) glyphBytes[i] = text.charCodeAt(i);
  }
  return glyphBytes;
}

/** Index of a character's glyph, trying it without its accent when the font lacks it. */
function glyphIndex(ch: string): number {
  const i = GLYPH_CHARS.indexOf(ch);
  if (i >= 0) return i;
  const plain = ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  return plain.length === 1 ? GLYPH_CHARS.indexOf(plain) : -1;
}

const CRC_TABLE = /* @__PURE__ */ (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < bytes.length; i++) {
    a = (a + bytes[i]!) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

const u32 = (n: number): number[] => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];

function chunk(type: string, data: Uint8Array): Uint8Array {
  const typed = new Uint8Array(4 + data.length);
  for (let i = 0; i < 4; i++) typed[i] = type.charCodeAt(i);
  typed.set(data, 4);
  const out = new Uint8Array(12 + data.length);
  out.set(u32(data.length), 0);
  out.set(typed, 4);
  out.set(u32(crc32(typed)), 8 + data.length);
  return out;
}

/** A zlib stream of stored (uncompressed) deflate blocks. */
function zlibStored(raw: Uint8Array): Uint8Array {
  const blocks = Math.max(1, Math.ceil(raw.length / 65535));
  const out = new Uint8Array(2 + raw.length + blocks * 5 + 4);
  out[0] = 0x78;
  out[1] = 0x01;
  let o = 2;
  for (let i = 0; i < blocks; i++) {
    const part = raw.subarray(i * 65535, Math.min(raw.length, (i + 1) * 65535));
    out[o++] = i === blocks - 1 ? 1 : 0;
    out[o++] = part.length & 0xff;
    out[o++] = part.length >>> 8;
    out[o++] = ~part.length & 0xff;
    out[o++] = (~part.length >>> 8) & 0xff;
    out.set(part, o);
    o += part.length;
  }
  out.set(u32(adler32(raw)), o);
  return out;
}

const rgb = (hex: string): [number, number, number] => {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex);
  const n = m ? parseInt(m[1]!, 16) : 0;
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
};

/**
 * Rasterizes a laid-out timeline (rectangles, lines and texts) to a PNG (8-bit RGB), at `scale`
 * pixels per unit.
 *
 * @example
 * ```ts
 * import { shapesToPng } from "iacml/word";
 * const png = shapesToPng(10, 10, [{ kind: "rect", cls: "x", x: 0, y: 0, width: 10, height: 10, fill: "#ff0000" }]);
 * console.log(png[1] === 0x50); // true ("PNG")
 * ```
 */
export function shapesToPng(width: number, height: number, shapes: readonly TimelineShape[], scale = 1): Uint8Array {
  const w = Math.max(1, Math.round(width * scale));
  const h = Math.max(1, Math.round(height * scale));
  const px = new Uint8Array(w * h * 3).fill(255);
  const blend = (x: number, y: number, c: readonly [number, number, number], alpha: number) => {
    if (x < 0 || y < 0 || x >= w || y >= h) return;
    const i = (y * w + x) * 3;
    for (let k = 0; k < 3; k++) px[i + k] = Math.round(px[i + k]! * (1 - alpha) + c[k]! * alpha);
  };
  const fillRect = (
    x0: number,
    y0: number,
    x1: number,
    y1: number,
    c: readonly [number, number, number],
    alpha: number,
  ) => {
    for (let y = Math.max(0, Math.floor(y0)); y < Math.min(h, Math.ceil(y1)); y++) {
      for (let x = Math.max(0, Math.floor(x0)); x < Math.min(w, Math.ceil(x1)); x++) blend(x, y, c, alpha);
    }
  };
  const bytesPerGlyph = (GLYPH_CELL.width * GLYPH_CELL.height) / 2;
  const drawText = (t: Extract<TimelineShape, { kind: "text" }>) => {
    const chars = [...t.text];
    const width = chars.length * GLYPH_CELL.width;
    const left = Math.round((t.anchor === "middle" ? t.x - width / 2 : t.x) * scale);
    const top = Math.round(t.y * scale) - GLYPH_CELL.baseline;
    const c = rgb(t.fill);
    const data = glyphs();
    chars.forEach((ch, n) => {
      const g = glyphIndex(ch);
      if (g < 0) return;
      for (let y = 0; y < GLYPH_CELL.height; y++) {
        for (let x = 0; x < GLYPH_CELL.width; x++) {
          const byte = data[g * bytesPerGlyph + y * (GLYPH_CELL.width / 2) + (x >> 1)]!;
          const level = x % 2 === 0 ? byte >> 4 : byte & 15;
          if (level > 0)
            blend(left + n * GLYPH_CELL.width + x, top + y, c, Math.min(1, (level / 15) * (t.bold ? 1.4 : 1)));
        }
      }
    });
  };
  for (const s of shapes) {
    if (s.kind === "text") {
      drawText(s);
      continue;
    }
    if (s.kind === "line") {
      const c = rgb(s.stroke);
      fillRect(s.x1 * scale, s.y1 * scale, s.x2 * scale + 1, s.y2 * scale + 1, c, 1);
      continue;
    }
    const [x0, y0, x1, y1] = [s.x * scale, s.y * scale, (s.x + s.width) * scale, (s.y + s.height) * scale];
    if (s.fill !== undefined) fillRect(x0, y0, x1, y1, rgb(s.fill), s.opacity ?? 1);
    if (s.stroke !== undefined) {
      const c = rgb(s.stroke);
      const dash = (i: number) => !s.dashed || Math.floor(i / (3 * scale)) % 2 === 0;
      for (let x = Math.floor(x0); x < Math.ceil(x1); x++) {
        if (!dash(x - x0)) continue;
        blend(x, Math.floor(y0), c, 1);
        blend(x, Math.ceil(y1) - 1, c, 1);
      }
      for (let y = Math.floor(y0); y < Math.ceil(y1); y++) {
        if (!dash(y - y0)) continue;
        blend(Math.floor(x0), y, c, 1);
        blend(Math.ceil(x1) - 1, y, c, 1);
      }
    }
  }
  const raw = new Uint8Array(h * (1 + w * 3));
  for (let y = 0; y < h; y++) raw.set(px.subarray(y * w * 3, (y + 1) * w * 3), y * (1 + w * 3) + 1);
  const header = new Uint8Array([...u32(w), ...u32(h), 8, 2, 0, 0, 0]);
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlibStored(raw)),
    chunk("IEND", new Uint8Array(0)),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
