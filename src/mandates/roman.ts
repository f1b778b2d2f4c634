const ROMAN_VALUES: Readonly<Record<string, number>> = {
  i: 1,
  v: 5,
  x: 10,
  l: 50,
  c: 100,
  d: 500,
  m: 1000,
};
const ROMAN_DIGITS: readonly (readonly [number, string])[] = [
  [1000, "m"],
  [900, "cm"],
  [500, "d"],
  [400, "cd"],
  [100, "c"],
  [90, "xc"],
  [50, "l"],
  [40, "xl"],
  [10, "x"],
  [9, "ix"],
  [5, "v"],
  [4, "iv"],
  [1, "i"],
];

/** Lowercase canonical roman numeral of 1..3999 (kept private: core owns the public one). */
export function romanOf(n: number): string {
  let rest = n;
  let out = "";
  for (const [value, digits] of ROMAN_DIGITS) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}

/** Value of a canonical roman numeral (any case), or undefined when it is not one. */
export function romanValue(text: string): number | undefined {
  const lower = text.toLowerCase();
  if (lower.length === 0 || lower.length > 15) return undefined;
  let total = 0;
  for (let i = 0; i < lower.length; i++) {
    const v = ROMAN_VALUES[lower[i]!];
    if (v === undefined) return undefined;
    const next = ROMAN_VALUES[lower[i + 1] ?? ""] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 && total < 4000 && romanOf(total) === lower
    ? total
    : undefined;
}
