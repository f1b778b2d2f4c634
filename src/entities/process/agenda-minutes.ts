import type { PlainDate } from "../../core/plain-date.js";
import { minutesOfDay } from "./clock-time.js";
import type { Meeting, Segment } from "./meeting.js";

/**
 * Minutes of an agenda part, and how many of its segments have no known duration.
 *
 * @example
 * ```ts
 * import type { MinutesCount } from "iacml/entities";
 * const c: MinutesCount = { minutes: 90, untimedSegments: 1 };
 * ```
 */
export interface MinutesCount {
  /** Sum of the known durations. */
  readonly minutes: number;
  /** Segments with neither `minutes` nor a valid start and end. */
  readonly untimedSegments: number;
}

/**
 * Minutes of one panel.
 *
 * @example
 * ```ts
 * import type { PanelMinutes } from "iacml/entities";
 * const p: PanelMinutes = { panel: "wg1-p1", minutes: 90, untimedSegments: 0 };
 * ```
 */
export interface PanelMinutes extends MinutesCount {
  /** Panel id. */
  readonly panel: string;
}

/**
 * Minutes of one session (day) and of each of its panels.
 *
 * @example
 * ```ts
 * import type { SessionMinutes } from "iacml/entities";
 * import { plainDate } from "iacml/core";
 * const s: SessionMinutes = { session: "day-1", date: plainDate("2020-09-10"), minutes: 0,
 *   untimedSegments: 0, panels: [] };
 * ```
 */
export interface SessionMinutes extends MinutesCount {
  /** Session id. */
  readonly session: string;
  /** The session's date. */
  readonly date: PlainDate;
  /** Each panel, in agenda order. */
  readonly panels: readonly PanelMinutes[];
}

/**
 * Minutes of a whole meeting: per session, and the totals.
 *
 * @example
 * ```ts
 * import type { AgendaMinutes } from "iacml/entities";
 * const a: AgendaMinutes = { minutes: 0, untimedSegments: 0, sessions: [] };
 * ```
 */
export interface AgendaMinutes extends MinutesCount {
  /** Each session, in agenda order. */
  readonly sessions: readonly SessionMinutes[];
}

/**
 * Duration of a segment: its `minutes` when stated, otherwise end minus start when both are
 * given and the end comes after the start, otherwise `undefined`.
 *
 * @example
 * ```ts
 * import { segmentMinutes } from "iacml/entities";
 * segmentMinutes({ kind: "presentation", presenters: [], start: "10:00", end: "10:40" }); // 40
 * ```
 */
export function segmentMinutes(segment: Segment): number | undefined {
  if (segment.minutes !== undefined) return segment.minutes;
  if (segment.start === undefined || segment.end === undefined) return undefined;
  const span = minutesOfDay(segment.end) - minutesOfDay(segment.start);
  return span > 0 ? span : undefined;
}

function sum(counts: readonly MinutesCount[]): MinutesCount {
  return counts.reduce(
    (acc, c) => ({ minutes: acc.minutes + c.minutes, untimedSegments: acc.untimedSegments + c.untimedSegments }),
    { minutes: 0, untimedSegments: 0 },
  );
}

/**
 * Minutes of a meeting's agenda per panel, per session and in total; segments without a known
 * duration are counted apart, never guessed.
 *
 * @example
 * ```ts
 * import { agendaMinutes } from "iacml/entities";
 * import { virtualWorkingGroupsMeeting2020 } from "iacml/data";
 * const a = agendaMinutes(virtualWorkingGroupsMeeting2020);
 * console.log(a.sessions.map((s) => s.minutes), a.minutes); // [200, 210] 410
 * ```
 */
export function agendaMinutes(meeting: Pick<Meeting, "sessions">): AgendaMinutes {
  const sessions = meeting.sessions.map((session): SessionMinutes => {
    const panels = session.panels.map((panel): PanelMinutes => {
      const durations = panel.segments.map(segmentMinutes);
      return {
        panel: panel.id,
        minutes: durations.reduce<number>((acc, m) => acc + (m ?? 0), 0),
        untimedSegments: durations.filter((m) => m === undefined).length,
      };
    });
    return { session: session.id, date: session.date, ...sum(panels), panels };
  });
  return { ...sum(sessions), sessions };
}
