// Internal: a set of string ids for the duplicate check over a whole ledger. A ledger of a
// million entries has a million distinct ids; a built-in Set rehashes every entry each time it
// doubles and hashes each fresh string in the runtime, which made the check most of the cost of
// a situation. This table is sized for the expected count up front (open addressing, linear
// probing, a 32-bit hash kept beside each slot so strings are only compared on a full match).

/** FNV-1a over the UTF-16 code units, then mixed so the low bits spread. */
function hashOf(id: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < id.length; i++)
    h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return h ^ (h >>> 13);
}

function capacityFor(count: number): number {
  let capacity = 16;
  while (capacity < 2 * count) capacity *= 2;
  return capacity;
}

/** A set of ids: `add` says whether the id is new. Equality is string equality. */
export class IdSet {
  private readonly ids: string[] = [];
  /** Per slot: position in `ids` + 1 (0 when empty), then the id's hash. */
  private table: Int32Array;
  private mask: number;

  /** A set sized for about `expected` ids (it grows if more come). */
  constructor(expected: number) {
    const capacity = capacityFor(expected);
    this.table = new Int32Array(2 * capacity);
    this.mask = capacity - 1;
  }

  /** Adds `id`; true when it was not in the set yet. */
  add(id: string): boolean {
    const hash = hashOf(id);
    const table = this.table;
    const mask = this.mask;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = 2 * slot;
      const entry = table[at]!;
      if (entry === 0) {
        this.ids.push(id);
        table[at] = this.ids.length;
        table[at + 1] = hash;
        if (2 * this.ids.length > mask + 1) this.grow();
        return true;
      }
      if (table[at + 1] === hash && this.ids[entry - 1] === id) return false;
    }
  }

  private grow(): void {
    const capacity = capacityFor(this.ids.length);
    const table = new Int32Array(2 * capacity);
    const mask = capacity - 1;
    for (let k = 0; k < this.ids.length; k++) {
      const hash = hashOf(this.ids[k]!);
      let slot = hash & mask;
      while (table[2 * slot] !== 0) slot = (slot + 1) & mask;
      table[2 * slot] = k + 1;
      table[2 * slot + 1] = hash;
    }
    this.table = table;
    this.mask = mask;
  }
}
