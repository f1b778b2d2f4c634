/**
 * Calendar events from the work plan's Annex 1 entries.
 * @module
 */
import type { AnnexEntry } from "../entities/work-plan/annex-entry.js";
import type { CalendarEvent } from "./event.js";

/**
 * A work-plan calendar entry (Annex 1) as a {@link CalendarEvent}: the title becomes English
 * text, kind `other` (ongoing activities such as repositories and newsletters, which draw
 * nobody to a room) becomes `call`, and a missing format is `in-person`.
 *
 * @example
 * ```ts
 * import { fromAnnexEntry } from "iacml/calendar";
 * import { annexCalendar2022To2024 } from "iacml/data";
 * const events = annexCalendar2022To2024.map(fromAnnexEntry);
 * ```
 */
export function fromAnnexEntry(entry: AnnexEntry): CalendarEvent {
  const event: CalendarEvent = {
    id: entry.id,
    title: { en: entry.title },
    kind: entry.kind === "other" ? "call" : entry.kind,
    when: entry.when,
    status: entry.status,
    format: entry.format ?? "in-person",
    audiences: [...entry.audiences],
    source: entry.source,
  };
  return {
    ...event,
    ...(entry.location ? { location: { ...entry.location } } : {}),
    ...(entry.partOf ? { partOf: entry.partOf } : {}),
  };
}
