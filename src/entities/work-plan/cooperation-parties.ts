import type { CooperationModality } from "./bilateral-cooperation.js";

/**
 * Who provides and who receives in a bilateral cooperation.
 *
 * @example
 * ```ts
 * import type { CooperationParties } from "iacml/entities";
 * const p: CooperationParties = { provider: ["CO"], recipient: ["HN"] };
 * ```
 */
export interface CooperationParties {
  /** The member states whose ministries share their experience or advise. */
  readonly provider: readonly string[];
  /** The member states whose ministries learn or are advised. */
  readonly recipient: readonly string[];
}

/**
 * Derives provider and recipient from how a cooperation is written: in an on-site visit from A
 * to B, A travels to learn from B (B provides); in an experts' visit from A to B, A's experts
 * advise B (A provides); in a virtual cooperation between A and B, B is taken to provide — the
 * order of the five virtual cooperations whose roles the report's thematic sections state. No
 * document states that order as a rule: a cooperation's `roles` says whether its roles are
 * stated or inferred.
 *
 * @example
 * ```ts
 * import { cooperationParties } from "iacml/entities";
 * cooperationParties({ modality: "on-site-visit", from: ["HN"], to: ["CO"] });
 * // { provider: ["CO"], recipient: ["HN"] }
 * cooperationParties({ modality: "experts-visit", from: ["BB"], to: ["VC"] });
 * // { provider: ["BB"], recipient: ["VC"] }
 * ```
 */
export function cooperationParties(cooperation: {
  readonly modality: CooperationModality;
  readonly from: readonly string[];
  readonly to: readonly string[];
}): CooperationParties {
  const { modality, from, to } = cooperation;
  return modality === "experts-visit"
    ? { provider: [...from], recipient: [...to] }
    : { provider: [...to], recipient: [...from] };
}
