import { fail, ok, type Issue, type Result } from "../core/result.js";
import type { CycleAuthorities, Troika } from "../entities/process/authorities.js";
import { cycleIssue } from "./validate.js";

/**
 * What {@link troikaOf} needs to know of a conference (an entities `Conference` fits).
 *
 * @example
 * ```ts
 * import type { ConferenceHost } from "iacml/cycle";
 * const xxi: ConferenceHost = { id: "xxi", edition: { number: 21 }, hostCountry: "AR" };
 * ```
 */
export interface ConferenceHost {
  /** Conference id. */
  readonly id: string;
  /** Its edition number. */
  readonly edition: {
    /** Edition number (21 for the XXI). */
    readonly number: number;
  };
  /** The host member state (ISO alpha-2). */
  readonly hostCountry: string;
}

function distinct(troika: Troika, edition: number): Issue[] {
  const countries = [troika.currentChair, troika.previousChair, troika.proposedNextHost];
  return new Set(countries).size === 3
    ? []
    : [cycleIssue("cycle.troika-not-distinct", { edition, countries: countries.join(", ") })];
}

/**
 * The troika of the cycle that a conference opens: its host (current chair), the host of the
 * edition before (previous chair) and the host of the edition after (proposed next host), or
 * `proposedNextHost` when the next conference is not in the list yet.
 *
 * @example
 * ```ts
 * import { troikaOf } from "iacml/cycle";
 * const conferences = [
 *   { id: "xx", edition: { number: 20 }, hostCountry: "BB" },
 *   { id: "xxi", edition: { number: 21 }, hostCountry: "AR" },
 *   { id: "xxii", edition: { number: 22 }, hostCountry: "CO" },
 * ];
 * const r = troikaOf(conferences, 21);
 * console.log(r.ok && r.value); // { currentChair: "AR", previousChair: "BB", proposedNextHost: "CO" }
 * ```
 */
export function troikaOf(
  conferences: readonly ConferenceHost[],
  edition: number,
  options: {
    /** The proposed host of the next edition, when that conference is not in the list yet. */
    readonly proposedNextHost?: string;
  } = {},
): Result<Troika> {
  const host = (n: number) => conferences.find((c) => c.edition.number === n)?.hostCountry;
  const current = host(edition);
  const previous = host(edition - 1);
  const next = host(edition + 1) ?? options.proposedNextHost;
  const missing: Issue[] = [
    [current, edition, "current"],
    [previous, edition - 1, "previous"],
    [next, edition + 1, "next"],
  ]
    .filter(([country]) => country === undefined)
    .map(([, n, role]) => cycleIssue("cycle.unknown-edition", { edition: n as number }, { path: [role as string] }));
  if (missing.length > 0) return fail(missing);
  const troika: Troika = { currentChair: current!, previousChair: previous!, proposedNextHost: next! };
  const issues = distinct(troika, edition);
  return issues.length > 0 ? fail(issues) : ok(troika);
}

/**
 * Rotates a troika to the next cycle: the proposed host becomes current chair, the current
 * chair previous chair, and the newly proposed host joins.
 *
 * @example
 * ```ts
 * import { rotateTroika } from "iacml/cycle";
 * const r = rotateTroika({ currentChair: "AR", previousChair: "BB", proposedNextHost: "CO" }, "PA");
 * console.log(r.ok && r.value); // { currentChair: "CO", previousChair: "AR", proposedNextHost: "PA" }
 * ```
 */
export function rotateTroika(troika: Troika, proposedNextHost: string, edition = 0): Result<Troika> {
  const next: Troika = { currentChair: troika.proposedNextHost, previousChair: troika.currentChair, proposedNextHost };
  const issues = distinct(next, edition);
  return issues.length > 0 ? fail(issues) : ok(next);
}

/**
 * The leadership of one working group in a cycle.
 *
 * @example
 * ```ts
 * import type { WorkingGroupLeadership } from "iacml/cycle";
 * const wg1: WorkingGroupLeadership = { workingGroup: "wg1", chair: "EC", viceChairs: ["CL", "BR"] };
 * ```
 */
export interface WorkingGroupLeadership {
  /** Working group id (`wg1`). */
  readonly workingGroup: string;
  /** Chair member state. */
  readonly chair: string;
  /** The two vice-chairs. */
  readonly viceChairs: readonly [string, string];
}

/**
 * The working-group authorities of a cycle (`2022-2024`) from the recorded authorities.
 *
 * @example
 * ```ts
 * import { workingGroupAuthorities } from "iacml/cycle";
 * const r = workingGroupAuthorities([], "2022-2024");
 * console.log(r.ok); // false: nothing recorded
 * ```
 */
export function workingGroupAuthorities(
  authorities: readonly CycleAuthorities[],
  cycle: string,
): Result<WorkingGroupLeadership[]> {
  const found = authorities.find((a) => a.id === cycle);
  if (!found) return fail([cycleIssue("cycle.unknown-cycle", { cycle })]);
  return ok(
    [...found.workingGroups]
      .sort((a, b) => a.number - b.number)
      .map((g) => ({ workingGroup: g.id, chair: g.chair, viceChairs: g.viceChairs })),
  );
}
