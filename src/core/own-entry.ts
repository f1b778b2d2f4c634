// Internal: looking a key up in a lookup table by own properties only, so that "constructor",
// "__proto__" or "toString" read as unknown keys, never as the prototype's members.

/** The table's own entry for `key`, or `undefined` (also for a key that is not a string). */
export function ownEntry<T>(table: Readonly<Record<string, T>>, key: unknown): T | undefined {
  return typeof key === "string" && Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}
