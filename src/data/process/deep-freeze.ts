/**
 * Freezes a value and everything reachable from it (own enumerable properties of objects and
 * arrays, cycles included) and returns it. The dataset is built with it so that no app can
 * change a fact by accident; strict-mode code that tries gets a `TypeError`.
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
  const visit = (v: unknown): void => {
    if (typeof v !== "object" || v === null || seen.has(v)) return;
    seen.add(v);
    for (const key of Object.keys(v)) visit((v as Record<string, unknown>)[key]);
    Object.freeze(v);
  };
  visit(value);
  return value;
}
