// Internal: audiences interned as integers per call, so that shared audiences are counted by
// merging two sorted integer lists: O(|A| + |B|), never O(|A|·|B|).

/** Audience ids as sorted integers, in the order of the audiences' strings. */
export interface AudienceTable {
  /** Interned id of each audience string. */
  readonly ids: ReadonlyMap<string, number>;
  /** The string of each interned id. */
  readonly names: readonly string[];
}

/** Interns every audience of the events and links, numbered in string order. */
export function internAudiences(
  lists: Iterable<readonly string[]>,
  links: Readonly<Record<string, readonly string[]>>,
): AudienceTable {
  const all = new Set<string>();
  for (const list of lists) for (const a of list) all.add(a);
  for (const key of Object.keys(links)) {
    all.add(key);
    for (const a of links[key]!) all.add(a);
  }
  const names = [...all].sort();
  return { ids: new Map(names.map((n, i) => [n, i] as const)), names };
}

const EMPTY = new Int32Array(0);

/** The interned, sorted, duplicate-free ids of a list of audience strings. */
export function audienceIds(list: readonly string[], table: AudienceTable): Int32Array {
  if (list.length === 0) return EMPTY;
  if (list.length === 1) return Int32Array.of(table.ids.get(list[0]!)!);
  const out = Int32Array.from(list, (a) => table.ids.get(a)!).sort();
  let k = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[k - 1]) out[k++] = out[i]!;
  return k === out.length ? out : out.slice(0, k);
}

/** Symmetric links as interned id lists (each audience with those it draws on). */
export function linkIds(
  links: Readonly<Record<string, readonly string[]>>,
  table: AudienceTable,
): Map<number, Set<number>> {
  const out = new Map<number, Set<number>>();
  const add = (x: number, y: number) => {
    let set = out.get(x);
    if (!set) out.set(x, (set = new Set()));
    set.add(y);
  };
  for (const key of Object.keys(links)) {
    const x = table.ids.get(key)!;
    for (const other of links[key]!) {
      const y = table.ids.get(other)!;
      add(x, y);
      add(y, x);
    }
  }
  return out;
}

/** An event's reach: its own audiences and every audience linked to one of them. */
export function reachOf(own: Int32Array, links: ReadonlyMap<number, ReadonlySet<number>>): Int32Array {
  if (links.size === 0 || own.length === 0) return own;
  const all = new Set<number>(own);
  for (const x of own) for (const y of links.get(x) ?? []) all.add(y);
  return all.size === own.length ? own : Int32Array.from(all).sort();
}

/** How many ids of the sorted list `a` are in the sorted list `b`. */
export function countShared(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

/** The ids of `a` that are in `b`, pushed to `out`. */
export function pushShared(a: Int32Array, b: Int32Array, out: number[]): void {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      out.push(x);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
}
