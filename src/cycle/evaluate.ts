// Internal: three-valued evaluation of one timing rule on two envelopes, and its finding.
import type { Tri } from "../core/date-spec/types.js";
import { cycleMessages } from "../core/messages/cycle.js";
import { findingFactory } from "../core/issue.js";
import type { Finding } from "../core/result.js";
import type { Duration, TimingRule } from "./rules-schema.js";
import { dayText, isBounded, measuredRanges, ruleBounds, type Envelope } from "./timing.js";

const finding = /* @__PURE__ */ findingFactory(cycleMessages);

export interface RuleEvaluation {
  readonly holds: Tri;
  readonly gapMin: number;
  readonly gapMax: number;
  /** Where the milestone's measured day must fall for the rule to hold for every reading. */
  readonly earliest?: number;
  readonly latest?: number;
}

export function evaluateRule(rule: TimingRule, milestone: Envelope, anchor: Envelope): RuleEvaluation | undefined {
  if (!isBounded(milestone) || !isBounded(anchor)) return undefined;
  const { m, a } = measuredRanges(rule, milestone, anchor);
  let always = true;
  let never = false;
  let earliest: number | undefined;
  let latest: number | undefined;
  for (const b of ruleBounds(rule)) {
    if (b.type === "le") {
      latest = b.f(a[0]);
      always &&= m[1] <= latest;
      never ||= m[0] > b.f(a[1]);
    } else {
      earliest = b.f(a[1]);
      always &&= m[0] >= earliest;
      never ||= m[1] < b.f(a[0]);
    }
  }
  const [gapMin, gapMax] =
    rule.direction === "before" ? [a[0] - m[1], a[1] - m[0]] : [m[0] - a[1], m[1] - a[0]];
  const holds: Tri = always ? "yes" : never ? "no" : "possibly";
  return {
    holds,
    gapMin,
    gapMax,
    ...(earliest === undefined ? {} : { earliest }),
    ...(latest === undefined ? {} : { latest }),
  };
}

function durationText(d: Duration): string {
  if ("months" in d) return `${d.months} month${d.months === 1 ? "" : "s"}`;
  return `${d.days} day${d.days === 1 ? "" : "s"}`;
}

/** "at least 3 months before", "between 9 months and 15 months before", "after". */
export function requirementText(rule: TimingRule): string {
  const { atLeast, atMost, direction } = rule;
  if (atLeast && atMost) return `between ${durationText(atLeast)} and ${durationText(atMost)} ${direction}`;
  if (atMost) return `at most ${durationText(atMost)} ${direction}`;
  if (atLeast) return `at least ${durationText(atLeast)} ${direction}`;
  return direction;
}

export function suggestionText(rule: TimingRule, milestoneName: string, ev: RuleEvaluation): string {
  const day = dayText;
  const which = rule.direction === "before" ? "end" : "start";
  if (ev.earliest !== undefined && ev.latest !== undefined) {
    return ev.earliest <= ev.latest
      ? `${milestoneName} should ${which} between ${day(ev.earliest)} and ${day(ev.latest)}`
      : `No date satisfies the rule for every reading of the anchor's dates; fix the anchor's dates first`;
  }
  if (ev.latest !== undefined) return `${milestoneName} should ${which} on or before ${day(ev.latest)}`;
  return `${milestoneName} should ${which} on or after ${day(ev.earliest!)}`;
}

export function ruleFinding(
  rule: TimingRule,
  subjects: { milestone: string; anchor: string },
  ev: RuleEvaluation,
): Finding {
  return finding(
    "cycle.rule-broken",
    {
      rule: rule.id,
      milestone: subjects.milestone,
      anchor: subjects.anchor,
      requirement: requirementText(rule),
      gapMin: ev.gapMin,
      gapMax: ev.gapMax,
      strength: rule.strength,
    },
    {
      certainty: ev.holds === "no" ? "certain" : "possible",
      severity: rule.strength === "hard" ? "error" : "warning",
      subjects: [subjects.milestone, subjects.anchor],
      suggestion: suggestionText(rule, subjects.milestone, ev),
    },
  );
}

export { finding as cycleFinding };
