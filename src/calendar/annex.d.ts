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
export declare function fromAnnexEntry(entry: AnnexEntry): CalendarEvent;
