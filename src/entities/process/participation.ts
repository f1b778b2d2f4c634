import type { PlainDate } from "../../core/plain-date.js";
import type { MemberState, MembershipPeriod, MembershipStatus } from "./member-state.js";

/**
 * Anything with a membership history, frozen or not: a {@link MemberState} or a part of one.
 *
 * @example
 * ```ts
 * import type { HasMembership } from "iacml/entities";
 * const cuba: HasMembership = { membership: [{ status: "non-participating" }] };
 * ```
 */
export interface HasMembership {
  /** Membership periods, oldest first. */
  readonly membership: readonly MembershipPeriod[];
}

/**
 * A member state's standing on a day: the status of the membership period that contains
 * `asOf`, or `undefined` when no period does.
 *
 * @example
 * ```ts
 * import { membershipStatusOn } from "iacml/entities";
 * import { plainDate } from "iacml/core";
 * const ni = { membership: [
 *   { to: plainDate("2023-11-18"), status: "participating" as const },
 *   { from: plainDate("2023-11-19"), status: "withdrawn" as const },
 * ] };
 * membershipStatusOn(ni, plainDate("2024-01-01")); // "withdrawn"
 * ```
 */
export function membershipStatusOn(state: HasMembership, asOf: PlainDate): MembershipStatus | undefined {
  const period = state.membership.find(
    (p) => (p.from === undefined || p.from <= asOf) && (p.to === undefined || asOf <= p.to),
  );
  return period?.status;
}

/**
 * The member states whose ministries take part in the process on `asOf` (status
 * `participating`), in the order given.
 *
 * @example
 * ```ts
 * import { participatingMemberStates } from "iacml/entities";
 * import { memberStates } from "iacml/data";
 * import { plainDate } from "iacml/core";
 * participatingMemberStates(memberStates, plainDate("2022-06-01")).length; // 34
 * ```
 */
export function participatingMemberStates<S extends HasMembership>(states: readonly S[], asOf: PlainDate): S[] {
  return states.filter((s) => membershipStatusOn(s, asOf) === "participating");
}
