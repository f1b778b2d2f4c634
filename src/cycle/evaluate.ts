// Internal: three-valued evaluation of one timing rule on two envelopes, and its finding.
import type { Tri } from "../core/date-spec/types.js";
import { cycleMessages } from "../core/messages/cycle.js";
import { findingFactory } from "../core/issue.js";
import type { Finding, IssueParams } from "../core/result.js";
import { fillTemplate, type Locale } from "../core/messages/catalog.js";
import { requireLocale } from "../core/options.js";
import type { Name } from "./names.js";
import type { Duration, TimingRule } from "./rules-schema.js";
import { dayNumberWords } from "./date-words.js";
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
  const [gapMin, gapMax] = rule.direction === "before" ? [a[0] - m[1], a[1] - m[0]] : [m[0] - a[1], m[1] - a[0]];
  const holds: Tri = always ? "yes" : never ? "no" : "possibly";
  return {
    holds,
    gapMin,
    gapMax,
    ...(earliest === undefined ? {} : { earliest }),
    ...(latest === undefined ? {} : { latest }),
  };
}

function durationText(d: Duration, locale: "en" | "es"): string {
  if ("months" in d)
    return locale === "es"
      ? `${d.months} ${d.months === 1 ? "mes" : "meses"}`
      : `${d.months} month${d.months === 1 ? "" : "s"}`;
  return locale === "es" ? `${d.days} ${d.days === 1 ? "día" : "días"}` : `${d.days} day${d.days === 1 ? "" : "s"}`;
}

/** "at least 3 months before", "between 9 months and 15 months before", "after"; in Spanish "al menos 3 meses antes de" … */
export function requirementText(rule: TimingRule, locale: "en" | "es" = "en"): string {
  const { atLeast, atMost, direction } = rule;
  const dir = locale === "es" ? (direction === "before" ? "antes de" : "después de") : direction;
  const d = (x: Duration) => durationText(x, locale);
  if (atLeast && atMost)
    return locale === "es"
      ? `entre ${d(atLeast)} y ${d(atMost)} ${dir}`
      : `between ${d(atLeast)} and ${d(atMost)} ${dir}`;
  if (atMost) return locale === "es" ? `como máximo ${d(atMost)} ${dir}` : `at most ${d(atMost)} ${dir}`;
  if (atLeast) return locale === "es" ? `al menos ${d(atLeast)} ${dir}` : `at least ${d(atLeast)} ${dir}`;
  return dir;
}

/** The suggestion of a broken rule: its catalog code and the values it is made from. */
function suggestionOf(rule: TimingRule, ev: RuleEvaluation): { code: SuggestionCode; params: Record<string, string> } {
  const which = rule.direction === "before" ? "end" : "start";
  const whichEs = rule.direction === "before" ? "terminar" : "comenzar";
  const base = { which, whichEs };
  // `from`/`to` stay ISO (machine-readable); `fromDate`/`toDate` (and `…Es`) are the words.
  const from = (day: number) => ({
    from: dayText(day),
    fromDate: dayNumberWords(day).en,
    fromDateEs: dayNumberWords(day).es,
  });
  const to = (day: number) => ({ to: dayText(day), toDate: dayNumberWords(day).en, toDateEs: dayNumberWords(day).es });
  if (ev.earliest !== undefined && ev.latest !== undefined) {
    return ev.earliest <= ev.latest
      ? { code: "cycle.suggest-between", params: { ...base, ...from(ev.earliest), ...to(ev.latest) } }
      : { code: "cycle.suggest-fix-anchor", params: base };
  }
  if (ev.latest !== undefined) return { code: "cycle.suggest-by", params: { ...base, ...to(ev.latest) } };
  return { code: "cycle.suggest-from", params: { ...base, ...from(ev.earliest!) } };
}

export type SuggestionCode = Extract<keyof typeof cycleMessages, `cycle.suggest-${string}`>;

/**
 * Finding options with a suggestion as a catalog code (so core's `formatSuggestion` renders it in
 * every language; the finding's `suggestion` is the English text), its code also kept in params.
 */
export function withSuggestion(
  code: SuggestionCode,
  params: IssueParams,
): { params: IssueParams; suggestion: { readonly code: SuggestionCode } } {
  return { params: { ...params, suggestionCode: code }, suggestion: { code } };
}

export function ruleFinding(
  rule: TimingRule,
  subjects: { milestone: string; anchor: string },
  ev: RuleEvaluation,
  names: { milestone: Name; anchor: Name },
): Finding {
  const s = suggestionOf(rule, ev);
  const { params, suggestion } = withSuggestion(s.code, {
    rule: rule.id,
    ruleName: rule.description.en,
    ruleNameEs: rule.description.es ?? rule.description.en,
    milestone: subjects.milestone,
    anchor: subjects.anchor,
    milestoneName: names.milestone.en,
    milestoneNameEs: names.milestone.es,
    anchorName: names.anchor.en,
    anchorNameEs: names.anchor.es,
    requirement: requirementText(rule, "en"),
    requirementEs: requirementText(rule, "es"),
    gapMin: ev.gapMin,
    gapMax: ev.gapMax,
    strength: rule.strength,
    ...s.params,
  });
  return finding("cycle.rule-broken", params, {
    certainty: ev.holds === "no" ? "certain" : "possible",
    severity: rule.strength === "hard" ? "error" : "warning",
    subjects: [subjects.milestone, subjects.anchor],
    suggestion,
  });
}

/**
 * The suggestion of a cycle finding in English or Spanish, rendered from its params (the
 * `suggestion` field is English); `undefined` when it has none. Cycle findings now carry
 * `suggestionCode`, so core's `formatSuggestion(f, locale)` gives the same text; this function
 * stays for findings made before that. Throws a `TypeError` when
 * `locale` is not a {@link Locale}.
 *
 * @example
 * ```ts
 * import { onDays } from "iacml/core";
 * import { checkCycle, formatCycleSuggestion, iacmlCycleRules } from "iacml/cycle";
 * const findings = checkCycle(
 *   {
 *     id: "2018-2021",
 *     previousConference: { id: "xx", status: "held", when: onDays("2017-12-07", "2017-12-08") },
 *     conference: { id: "xxi", status: "held", when: onDays("2021-09-22", "2021-09-24") },
 *     milestones: [{ id: "prep-2", kind: "preparatory", status: "held", when: onDays("2021-07-28", "2021-07-30") }],
 *   },
 *   iacmlCycleRules,
 * );
 * for (const f of findings) console.log(formatCycleSuggestion(f, "es"));
 * ```
 */
export function formatCycleSuggestion(finding: Finding, locale: Locale): string | undefined {
  const l = requireLocale(locale, "locale");
  const code = finding.params.suggestionCode;
  if (
    typeof code === "string" &&
    Object.prototype.hasOwnProperty.call(cycleMessages, code) &&
    code.startsWith("cycle.suggest-")
  ) {
    return fillTemplate(cycleMessages[code as SuggestionCode][l], finding.params);
  }
  return finding.suggestion;
}

export { finding as cycleFinding };
