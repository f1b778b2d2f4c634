import type { Locale } from "../core/messages/catalog.js";
import type { CalendarEvent } from "./event.js";
/** Audience names joined by commas, `—` for none. */
export declare function audienceText(ids: readonly string[], locale: Locale): string;
/** An ISO country code as written in messages, `—` when absent. */
export declare function countryText(code: string | undefined, _locale: Locale): string;
/** Title params of a pair of events: `a`/`b` in English, `aEs`/`bEs` in Spanish (or English). */
export declare function titleParams(a: CalendarEvent, b: CalendarEvent): Record<string, string>;
