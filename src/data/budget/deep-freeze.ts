// Freezes a value and everything reachable from it, so the dataset cannot be changed by a
// caller. Internal to the dataset: not re-exported.
export function deepFreeze<T>(value: T): T {
  const seen = new WeakSet<object>();
  const visit = (node: unknown): void => {
    if (typeof node !== "object" || node === null || seen.has(node)) return;
    seen.add(node);
    for (const key of Reflect.ownKeys(node)) visit((node as Record<PropertyKey, unknown>)[key]);
    Object.freeze(node);
  };
  visit(value);
  return value;
}
