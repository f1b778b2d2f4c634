import type { DateSpec } from "../core/date-spec/types.js";
import type { CalendarEvent, CalendarEventStatus } from "../calendar/event.js";
import { planCycle } from "./plan.js";
import type { ConferenceMilestone } from "./schedule-schema.js";
import type { Cycle } from "./types.js";

/**
 * Options of {@link cycleEvents}.
 *
 * @example
 * ```ts
 * import type { CycleEventsOptions } from "iacml/cycle";
 * const options: CycleEventsOptions = { includeMissing: true };
 * ```
 */
export interface CycleEventsOptions {
  /** Add the milestones the schedule lacks, `to-be-confirmed` within their planned window. Default false. */
  readonly includeMissing?: boolean;
  /** Add the conference that opens the cycle. Default false (it belongs to the previous cycle's view). */
  readonly includePreviousConference?: boolean;
}

function statusOf(m: ConferenceMilestone): CalendarEventStatus {
  if (m.status === "cancelled") return "cancelled";
  if (m.when.kind === "tbd") return "to-be-confirmed";
  if (m.status === "held") return "confirmed";
  return isExact(m.when) ? "confirmed" : "tentative";
}

function isExact(spec: DateSpec): boolean {
  return spec.kind === "days" || (spec.kind === "all" && spec.parts.every(isExact));
}

/**
 * A cycle as calendar events (the `iacml/calendar` shape), so its milestones can be checked for
 * conflicts with other events: each event is `partOf` the cycle; held or precisely dated
 * milestones are `confirmed`, imprecise ones `tentative`, undated ones `to-be-confirmed`.
 *
 * @example
 * ```ts
 * import { inMonth, inMonths, onDays } from "iacml/core";
 * import { cycleEvents, iacmlCycleRules } from "iacml/cycle";
 * const events = cycleEvents({
 *   rules: iacmlCycleRules,
 *   schedule: {
 *     id: "2022-2024",
 *     previousConference: { id: "xxi", status: "held", when: onDays("2021-09-22", "2021-09-24") },
 *     conference: { id: "xxii", status: "planned", when: inMonth("2024-11") },
 *     milestones: [{ id: "prep-2024", kind: "preparatory", status: "planned", when: inMonths("2024-07", "2024-08") }],
 *   },
 * });
 * for (const e of events) console.log(e.id, e.kind, e.status);
 * ```
 */
export function cycleEvents(cycle: Cycle, options: CycleEventsOptions = {}): CalendarEvent[] {
  const { schedule, rules } = cycle;
  const partOf = schedule.id;
  const conferenceEvent = (c: ConferenceMilestone): CalendarEvent => ({
    id: c.id,
    title: c.title ?? rules.conference.title,
    kind: "conference",
    when: c.when,
    status: statusOf(c),
    format: c.format ?? "in-person",
    ...(c.location ? { location: c.location } : {}),
    audiences: [...rules.conference.audiences],
    partOf,
  });
  const events: CalendarEvent[] = options.includePreviousConference
    ? [conferenceEvent(schedule.previousConference)]
    : [];
  const definitions = new Map(rules.milestones.map((d) => [d.kind, d]));
  for (const m of schedule.milestones) {
    const def = definitions.get(m.kind);
    events.push({
      id: m.id,
      title: m.title ?? def?.title ?? { en: m.kind },
      kind: def?.calendar.kind ?? "meeting",
      when: m.when,
      status: statusOf(m),
      format: m.format ?? def?.calendar.format ?? "in-person",
      ...(m.location ? { location: m.location } : {}),
      audiences: [...(def?.calendar.audiences ?? [])],
      partOf,
    });
  }
  events.push(conferenceEvent(schedule.conference));
  if (options.includeMissing) {
    const plan = planCycle({
      previousConference: schedule.previousConference.when,
      conference: schedule.conference.when,
      rules,
    });
    const present = new Set(schedule.milestones.filter((m) => m.status !== "cancelled").map((m) => m.kind));
    for (const p of plan.ok ? plan.value.milestones : []) {
      if (present.has(p.kind) || p.year !== undefined) continue;
      const def = definitions.get(p.kind)!;
      events.push({
        id: `${schedule.id}/${p.id}`,
        title: p.title,
        kind: def.calendar.kind,
        when: p.window,
        status: "to-be-confirmed",
        format: def.calendar.format ?? "in-person",
        audiences: [...def.calendar.audiences],
        partOf,
      });
    }
  }
  return events;
}
