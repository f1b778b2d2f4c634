/**
 * Freezes a value and everything reachable from it (every own property of objects and arrays,
 * cycles included) and returns it. The dataset is built with it so that no app can change a
 * fact by accident; strict-mode code that tries gets a `TypeError`.
 *
 * @example
 * ```ts
 * import { deepFreeze } from "iacml/data";
 * const facts = deepFreeze({ total: 105000, lines: [{ amount: 20000 }] });
 * Object.isFrozen(facts.lines[0]); // true
 * ```
 */
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
