import { fromRoman } from "../core/roman.js";

/** Value of a canonical roman numeral in any case, or undefined when it is not one. */
export function romanValue(text: string): number | undefined {
  const r = fromRoman(text, { allowLowerCase: true });
  return r.ok ? r.value : undefined;
}
