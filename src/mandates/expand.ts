/**
 * Turning a read element (`7`, `7b`, `5 to 8`, `7a-c`) into provisions, with the ranges of one
 * call bounded in total.
 * @module
 */
import type { Issue, Span } from "../core/result.js";
import { toRoman } from "../core/roman.js";
import { issueFactory } from "../core/issue.js";
import { mandatesMessages } from "../core/messages/mandates.js";
import type { ItemNumbering } from "./ref.js";
import { romanValue } from "./roman.js";

const issue = /* @__PURE__ */ issueFactory(mandatesMessages);

/** The largest range one element may stand for. */
export const MAX_RANGE = 1000;

/** One number or item as written, with an optional range end. */
export interface Element {
  readonly number: number;
  readonly item?: string;
  readonly span: Span;
  readonly to?: { readonly number: number; readonly item?: string };
}

/** Counts the provisions of one call against `maxExpansions`. */
export interface ExpansionBudget {
  used: number;
  readonly max: number;
  exhausted: boolean;
}

function itemValue(item: string, numbering: ItemNumbering): number | undefined {
  if (numbering === "roman") return /^[ivx]+$/.test(item) ? romanValue(item) : undefined;
  return /^[a-z]$/.test(item) ? item.charCodeAt(0) - 96 : undefined;
}

function itemText(value: number, numbering: ItemNumbering): string {
  return numbering === "roman" ? toRoman(value).toLowerCase() : String.fromCharCode(96 + value);
}

/**
 * The (number, item) pairs an element stands for, a range expanded, or issues. Never more than
 * the budget has left: past it, one `mandates.too-many-expansions` issue and nothing more.
 */
export function expandElement(
  element: Element,
  numbering: ItemNumbering,
  budget: ExpansionBudget,
  report: (issue: Issue) => void,
): [number, string | undefined][] {
  const { to, span } = element;
  const fromItem = element.item === undefined ? undefined : itemValue(element.item, numbering);
  if (element.item !== undefined && fromItem === undefined) {
    report(issue("mandates.invalid-item", { item: element.item, numbering }, { span }));
    return [];
  }
  let pairs: [number, string | undefined][];
  if (to === undefined) {
    pairs = [[element.number, element.item]];
  } else {
    const label = { from: element.number + (element.item ?? ""), to: to.number + (to.item ?? "") };
    if (
      (element.item === undefined) !== (to.item === undefined) ||
      (to.item !== undefined && to.number !== element.number)
    ) {
      report(issue("mandates.invalid-range", label, { span }));
      return [];
    }
    let first: number;
    let size: number;
    if (to.item === undefined) {
      first = element.number;
      size = to.number - element.number + 1;
    } else {
      const toItem = itemValue(to.item, numbering);
      if (toItem === undefined) {
        report(issue("mandates.invalid-item", { item: to.item, numbering }, { span }));
        return [];
      }
      first = fromItem!;
      size = toItem - fromItem! + 1;
    }
    if (size < 2 || size > MAX_RANGE) {
      report(issue(size < 2 ? "mandates.invalid-range" : "mandates.range-too-large", { ...label, size }, { span }));
      return [];
    }
    if (budget.used + size > budget.max) {
      pairs = [];
    } else {
      pairs = Array.from({ length: size }, (_, k): [number, string | undefined] =>
        to.item === undefined ? [first + k, undefined] : [element.number, itemText(first + k, numbering)],
      );
    }
  }
  if (budget.used + pairs.length > budget.max || (pairs.length === 0 && to !== undefined)) {
    if (!budget.exhausted) {
      budget.exhausted = true;
      report(issue("mandates.too-many-expansions", { max: budget.max }, { span }));
    }
    return [];
  }
  budget.used += pairs.length;
  return pairs;
}
