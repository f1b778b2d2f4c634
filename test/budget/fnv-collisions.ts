// Test helper: ids that all share one FNV-1a hash, the flood that defeated the removed id set.
// FNV-1a over UTF-16 code units, as the removed id set hashed ids. Two blocks that take the same
// state to the same state can be swapped freely, so 16 stages of one colliding pair each give
// 2^16 = 65,536 different ids with one hash: the flood that made the old set take 27 s. A pair
// per stage: two 2-unit prefixes whose states agree in the top 16 bits (a birthday search over
// a few hundred prefixes), then third units that differ by the xor of the low 16 bits.
export function fnvStep(state: number, text: string): number {
  let h = state;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}
export function collidingIds(stages: number): string[] {
  let state = 0x811c9dc5 | 0;
  const pairs: [string, string][] = [];
  const usable = (c: number) => c > 0x20 && !(c >= 0xd800 && c <= 0xdfff);
  for (let stage = 0; stage < stages; stage++) {
    const byTop = new Map<number, string>();
    let pair: [string, string] | undefined;
    for (let n = 0; pair === undefined; n++) {
      const prefix = String.fromCharCode(0x4e00 + (n % 4096), 0x4e00 + Math.floor(n / 4096));
      const y = fnvStep(state, prefix);
      const other = byTop.get(y >>> 16);
      if (other === undefined) {
        byTop.set(y >>> 16, prefix);
        continue;
      }
      const delta = (fnvStep(state, other) ^ y) & 0xffff;
      let c3 = 0x4e00;
      while (!usable(c3 ^ delta)) c3++;
      pair = [other + String.fromCharCode(c3), prefix + String.fromCharCode(c3 ^ delta)];
    }
    if (fnvStep(state, pair[0]) !== fnvStep(state, pair[1])) throw new Error("not a collision");
    pairs.push(pair);
    state = fnvStep(state, pair[0]);
  }
  let ids = [""];
  for (const [a, b] of pairs) ids = ids.flatMap((prefix) => [prefix + a, prefix + b]);
  return ids;
}
