import type { Span } from "../core/result.js";
import { romanValue } from "./roman.js";

/**
 * The kind of instrument a reference points into.
 *
 * @example
 * ```ts
 * import type { MandateInstrumentKind } from "iacml/mandates";
 * const kind: MandateInstrumentKind = "plan-of-action";
 * ```
 */
export type MandateInstrumentKind = "declaration" | "plan-of-action";

/**
 * How a plan of action numbers the items of a paragraph: `lettered` (7a, 7b … 7i is the ninth
 * item) or `roman` (7.i, 7.ii … 7.iv is the fourth item). It decides whether `7i` means the
 * letter i or the numeral one.
 *
 * @example
 * ```ts
 * import type { ItemNumbering } from "iacml/mandates";
 * const numbering: ItemNumbering = "lettered";
 * ```
 */
export type ItemNumbering = "lettered" | "roman";

/**
 * A conference the parser can resolve references to.
 *
 * @example
 * ```ts
 * import type { MandateConference } from "iacml/mandates";
 * const xxi: MandateConference = { id: "xxi", edition: "XXI", cities: ["Buenos Aires"] };
 * ```
 */
export interface MandateConference {
  /** Conference id, e.g. `xxi`. */
  readonly id: string;
  /** Roman numeral of the edition (`XXI`); the instrument ids are made from it. Default: the id in capitals. */
  readonly edition?: string;
  /** Names of the host city as documents write them, in any language (`Buenos Aires`). */
  readonly cities: readonly string[];
  /**
   * Other names the documents give its instruments after, when not the city (the XIV IACML
   * met in Mexico City and adopted the "Declaration of Mexico"). Read like a city.
   */
  readonly citedAs?: readonly string[];
  /** Year it was held: "Declaration of Buenos Aires 2009" picks the edition of that year. */
  readonly year?: number;
  /** How its plan of action numbers items. Default `lettered`. */
  readonly itemNumbering?: ItemNumbering;
}

/**
 * What the parser needs to resolve a reference: the conferences and which one a reference that
 * names no city belongs to.
 *
 * @example
 * ```ts
 * import type { MandateContext } from "iacml/mandates";
 * const context: MandateContext = {
 *   conferences: [
 *     { id: "xx", edition: "XX", cities: ["Bridgetown"] },
 *     { id: "xxi", edition: "XXI", cities: ["Buenos Aires"] },
 *   ],
 *   defaultConference: "xxi",
 * };
 * ```
 */
export interface MandateContext {
  /** Conferences whose instruments may be cited. */
  readonly conferences: readonly MandateConference[];
  /** Conference of references that name no city (the document's own conference). */
  readonly defaultConference?: string;
  /** Instrument of a list that names none ("(Article 21)"). Default: a declaration, unless the list has lettered items. */
  readonly defaultInstrument?: MandateInstrumentKind;
}

/**
 * One provision a text refers to: its canonical id, conference, instrument, number, item and
 * the character span of the text it was read from.
 *
 * @example
 * ```ts
 * import type { MandateRef } from "iacml/mandates";
 * const ref: MandateRef = {
 *   id: "XXI/PoA/7b", conference: "xxi", instrument: "XXI/PoA", kind: "plan-of-action",
 *   number: 7, item: "b", span: { start: 0, end: 2 },
 * };
 * ```
 */
export interface MandateRef {
  /** Canonical provision id: `XXI/Decl/15`, `XXI/PoA/7b`, `XXI/PoA/7.iv` (roman items). */
  readonly id: string;
  /** Conference id. */
  readonly conference: string;
  /** Instrument id: `XXI/Decl` or `XXI/PoA`. */
  readonly instrument: string;
  /** Declaration or plan of action. */
  readonly kind: MandateInstrumentKind;
  /** Article or paragraph number. */
  readonly number: number;
  /** Lowercase item of a paragraph (`b`, or a roman numeral such as `iv`). */
  readonly item?: string;
  /** Where in the text it was read (absent for references built in code). */
  readonly span?: Span;
}

/**
 * The id of a conference's instrument: the edition's roman numeral, then `Decl` or `PoA`.
 *
 * @example
 * ```ts
 * import { mandateInstrumentId } from "iacml/mandates";
 * mandateInstrumentId("XXI", "plan-of-action"); // "XXI/PoA"
 * ```
 */
export function mandateInstrumentId(edition: string, kind: MandateInstrumentKind): string {
  return `${edition.toUpperCase()}/${kind === "declaration" ? "Decl" : "PoA"}`;
}

/**
 * The canonical id of a provision. A lettered item is appended (`7b`), a roman item after a
 * dot (`7.iv`) so the two numberings never produce the same id.
 *
 * @example
 * ```ts
 * import { mandateProvisionId } from "iacml/mandates";
 * mandateProvisionId("XXI/PoA", 7, "b"); // "XXI/PoA/7b"
 * mandateProvisionId("XXI/PoA", 7, "iv", "roman"); // "XXI/PoA/7.iv"
 * ```
 */
export function mandateProvisionId(
  instrument: string,
  number: number,
  item?: string,
  numbering: ItemNumbering = "lettered",
): string {
  if (item === undefined) return `${instrument}/${number}`;
  return numbering === "roman" ? `${instrument}/${number}.${item}` : `${instrument}/${number}${item}`;
}

/**
 * Builds a reference from its parts (no span), with the canonical ids.
 *
 * @example
 * ```ts
 * import { mandateRef } from "iacml/mandates";
 * mandateRef({ id: "xxi", cities: ["Buenos Aires"] }, "plan-of-action", 7, "b").id; // "XXI/PoA/7b"
 * ```
 */
export function mandateRef(
  conference: MandateConference,
  kind: MandateInstrumentKind,
  number: number,
  item?: string,
): MandateRef {
  const instrument = mandateInstrumentId(conference.edition ?? conference.id, kind);
  const id = mandateProvisionId(instrument, number, item, conference.itemNumbering);
  const base = { id, conference: conference.id, instrument, kind, number };
  return item === undefined ? base : { ...base, item };
}

/** Order value of an item: a lettered item by letter, a roman one by value. */
function itemOrder(ref: MandateRef): number {
  if (ref.item === undefined) return 0;
  if (ref.id.endsWith(`.${ref.item}`)) return romanValue(ref.item) ?? 0;
  return ref.item.charCodeAt(0) - 96;
}

/** Numeric value of an instrument's edition (roman), for ordering conferences by age. */
function editionOrder(ref: MandateRef): number {
  return romanValue(ref.instrument.split("/")[0] ?? "") ?? 0;
}

/**
 * Canonical order of references: by edition, conference, declaration before plan of action,
 * number, then item.
 *
 * @example
 * ```ts
 * import { compareMandateRefs, mandateRef } from "iacml/mandates";
 * const xxi = { id: "xxi", cities: ["Buenos Aires"] };
 * [mandateRef(xxi, "plan-of-action", 7, "c"), mandateRef(xxi, "declaration", 15)].sort(compareMandateRefs);
 * ```
 */
export function compareMandateRefs(a: MandateRef, b: MandateRef): number {
  return (
    editionOrder(a) - editionOrder(b) ||
    (a.conference < b.conference ? -1 : a.conference > b.conference ? 1 : 0) ||
    (a.kind === b.kind ? 0 : a.kind === "declaration" ? -1 : 1) ||
    a.number - b.number ||
    itemOrder(a) - itemOrder(b)
  );
}

/**
 * Sorts references canonically and keeps one per id (the first one read).
 *
 * @example
 * ```ts
 * import { canonicalMandateRefs, mandateRef } from "iacml/mandates";
 * const xxi = { id: "xxi", cities: ["Buenos Aires"] };
 * canonicalMandateRefs([mandateRef(xxi, "declaration", 9), mandateRef(xxi, "declaration", 9)]).length; // 1
 * ```
 */
export function canonicalMandateRefs(refs: readonly MandateRef[]): MandateRef[] {
  const seen = new Set<string>();
  const unique: MandateRef[] = [];
  for (const ref of refs) {
    if (seen.has(ref.id)) continue;
    seen.add(ref.id);
    unique.push(ref);
  }
  return unique.sort(compareMandateRefs);
}
