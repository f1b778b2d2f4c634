// Internal: checks shared by the parser and the planner.
import type { DateSpec } from "../core/date-spec/types.js";
import { issueFactory } from "../core/issue.js";
import { cycleMessages } from "../core/messages/cycle.js";
import type { Issue } from "../core/result.js";
import type { LocalizedText } from "../entities/common.js";
import type { CycleRules } from "./rules-schema.js";
import { specWords } from "./date-words.js";
import { envelope, isBounded, specText } from "./timing.js";

const issue = /* @__PURE__ */ issueFactory(cycleMessages);

/** The two anchors every cycle has, whatever the process. */
export const CONFERENCE = "conference";
export const PREVIOUS_CONFERENCE = "previous-conference";

export function knownKinds(rules: CycleRules): Set<string> {
  return new Set([CONFERENCE, PREVIOUS_CONFERENCE, ...rules.milestones.map((m) => m.kind)]);
}

export function rulesIssues(rules: CycleRules, path: readonly (string | number)[] = []): Issue[] {
  const known = knownKinds(rules);
  const issues: Issue[] = [];
  const seen = new Set<string>();
  rules.milestones.forEach((m, i) => {
    if (seen.has(m.kind))
      issues.push(issue("cycle.duplicate-id", { id: m.kind }, { path: [...path, "milestones", i, "kind"] }));
    seen.add(m.kind);
  });
  rules.rules.forEach((r, i) => {
    for (const field of ["milestone", "anchor"] as const) {
      if (!known.has(r[field])) {
        issues.push(
          issue("cycle.unknown-rule-reference", { rule: r.id, kind: r[field] }, { path: [...path, "rules", i, field] }),
        );
      }
    }
  });
  return issues;
}

/** A conference as people read it: its own title, else its place in the cycle (never its id). */
function conferenceName(c: { title?: LocalizedText | undefined }, closing: boolean): { en: string; es: string } {
  if (c.title) return { en: c.title.en, es: c.title.es ?? c.title.en };
  return closing
    ? { en: "the conference that closes the cycle", es: "la conferencia que cierra el ciclo" }
    : { en: "the conference that opens the cycle", es: "la conferencia que abre el ciclo" };
}

/** The first letter in capitals, for a name that opens a sentence. */
const opening = (t: string): string => t.charAt(0).toUpperCase() + t.slice(1);

export function conferenceIssues(
  previous: { id: string; when: DateSpec; title?: LocalizedText | undefined },
  conference: { id: string; when: DateSpec; title?: LocalizedText | undefined },
  paths: { previous: readonly (string | number)[]; conference: readonly (string | number)[] },
): Issue[] {
  const issues: Issue[] = [];
  const p = envelope(previous.when);
  const c = envelope(conference.when);
  const pName = conferenceName(previous, false);
  const cName = conferenceName(conference, true);
  if (!isBounded(p))
    issues.push(
      issue(
        "cycle.undated-conference",
        { conference: previous.id, conferenceName: opening(pName.en), conferenceNameEs: opening(pName.es) },
        { path: paths.previous },
      ),
    );
  if (!isBounded(c))
    issues.push(
      issue(
        "cycle.undated-conference",
        { conference: conference.id, conferenceName: opening(cName.en), conferenceNameEs: opening(cName.es) },
        { path: paths.conference },
      ),
    );
  if (issues.length === 0 && !(p.maxEnd < c.minStart)) {
    issues.push(
      issue(
        "cycle.conference-before-predecessor",
        {
          conference: conference.id,
          conferenceName: opening(cName.en),
          conferenceNameEs: opening(cName.es),
          when: specText(conference.when),
          whenText: specWords(conference.when).en,
          whenTextEs: specWords(conference.when).es,
          previous: previous.id,
          previousName: pName.en,
          previousNameEs: pName.es,
          previousWhen: specText(previous.when),
          previousWhenText: specWords(previous.when).en,
          previousWhenTextEs: specWords(previous.when).es,
        },
        { path: paths.conference },
      ),
    );
  }
  return issues;
}

export { issue as cycleIssue };
