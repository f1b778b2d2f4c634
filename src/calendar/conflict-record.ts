// Internal: a conflict as findConflicts builds it. The facts that decide it (code, grade, score,
// certainty, subjects) are plain fields; the texts and day ranges, which most callers of a
// large calendar never read, are computed on first use from the two events and cached.
import type { DateRange } from "../core/date-spec/types.js";
import { fillTemplate, type Locale } from "../core/messages/catalog.js";
import { calendarConflictMessages as calendarMessages } from "../core/messages/calendar.js";
import type { IssueParams, Severity } from "../core/result.js";
import { pushShared } from "./audiences.js";
import { rangesText, rangesWords, sharedDays } from "./day-math.js";
import type { CalendarEvent } from "./event.js";
import { countryText, sharedAudienceText, titleParams } from "./label-text.js";

/** What a record needs from its call: the locale of `explanation`, the buffer and audience names. */
export interface RecordContext {
  readonly locale: Locale;
  readonly buffer: number;
  readonly names: readonly string[];
}

/** One side of a pair, as prepared by findConflicts. */
export interface RecordSide {
  readonly e: CalendarEvent;
  readonly aud: Int32Array;
  readonly reach: Int32Array;
  readonly blackout: boolean;
}

const SUGGEST_CODE = "calendar.suggest-check-dates";

const NO_PATH: readonly (string | number)[] = Object.freeze([]);

export type PairCode =
  | "calendar.overlap-certain"
  | "calendar.overlap-possible"
  | "calendar.too-close-certain"
  | "calendar.too-close-possible";

interface Cache {
  shared?: readonly string[];
  days?: { certain: DateRange[]; possible: DateRange[] };
  params?: IssueParams;
  subjects?: readonly [string, string];
}

/** A pair conflict with lazily built texts; `toJSON` gives every field as plain data. */
export class ConflictRecord {
  readonly code: PairCode;
  readonly severity: Severity;
  readonly certainty: "certain" | "possible";
  readonly kind: "overlap" | "too-close";
  readonly grade: "high" | "medium" | "low";
  readonly score: number;
  #a: RecordSide;
  #b: RecordSide;
  #ctx: RecordContext;
  /** Texts, days and lists, built on first read (one slot, so a record stays small). */
  #cache: Cache | undefined;

  constructor(
    a: RecordSide,
    b: RecordSide,
    ctx: RecordContext,
    code: PairCode,
    severity: Severity,
    certainty: "certain" | "possible",
    kind: "overlap" | "too-close",
    grade: "high" | "medium" | "low",
    score: number,
  ) {
    this.code = code;
    this.severity = severity;
    this.certainty = certainty;
    this.kind = kind;
    this.grade = grade;
    this.score = score;
    this.#a = a;
    this.#b = b;
    this.#ctx = ctx;
  }

  get #c(): Cache {
    return (this.#cache ??= {});
  }

  /** Path into the input: none (a conflict concerns two events, see `subjects`). */
  get path(): readonly (string | number)[] {
    return NO_PATH;
  }

  /** The two event ids, in order. */
  get subjects(): readonly [string, string] {
    return (this.#c.subjects ??= [this.#a.e.id, this.#b.e.id]);
  }

  /** Id of the first event (no allocation; for sorting). */
  get firstId(): string {
    return this.#a.e.id;
  }

  /** Id of the second event. */
  get secondId(): string {
    return this.#b.e.id;
  }

  /** Audiences both events draw (every audience of the other event for a blackout), sorted. */
  get sharedAudiences(): readonly string[] {
    const cache = this.#c;
    if (cache.shared) return cache.shared;
    const a = this.#a;
    const b = this.#b;
    const ids: number[] = [];
    if (a.blackout || b.blackout) ids.push(...(a.blackout ? b.aud : a.aud));
    else {
      pushShared(a.aud, b.reach, ids);
      pushShared(b.aud, a.reach, ids);
    }
    const names = [...new Set(ids)].sort((x, y) => x - y).map((i) => this.#ctx.names[i]!);
    cache.shared = names;
    return names;
  }

  #sharedDays(): { certain: DateRange[]; possible: DateRange[] } {
    return (this.#c.days ??= sharedDays(this.#a.e.when, this.#b.e.when));
  }

  /** Days both occupy under every reading of their dates. */
  get certainDays(): readonly DateRange[] {
    return this.#sharedDays().certain;
  }

  /** Days both may occupy. */
  get possibleDays(): readonly DateRange[] {
    return this.#sharedDays().possible;
  }

  /** Values the messages are made from (titles in both languages, days, audiences, countries). */
  get params(): IssueParams {
    const cache = this.#c;
    if (cache.params) return cache.params;
    const a = this.#a.e;
    const b = this.#b.e;
    const days = this.#sharedDays();
    const shared = this.sharedAudiences;
    const listed = this.certainty === "certain" && days.certain.length > 0 ? days.certain : days.possible;
    cache.params = {
      ...titleParams(a, b),
      aId: a.id,
      bId: b.id,
      // `days` stays ISO (machine-readable); `daysText`/`daysTextEs` are the words people read.
      days: rangesText(listed),
      daysText: rangesWords(listed, "en"),
      daysTextEs: rangesWords(listed, "es"),
      daysOn: rangesWords(listed, "en", true),
      daysOnEs: rangesWords(listed, "es", true),
      audiences: sharedAudienceText(shared, "en"),
      audiencesEs: sharedAudienceText(shared, "es"),
      buffer: this.#ctx.buffer,
      bufferUnit: this.#ctx.buffer === 1 ? "day" : "days",
      bufferUnitEs: this.#ctx.buffer === 1 ? "día" : "días",
      countryA: countryText(a.location?.country, "en"),
      countryAEs: countryText(a.location?.country, "es"),
      countryB: countryText(b.location?.country, "en"),
      countryBEs: countryText(b.location?.country, "es"),
    };
    return cache.params;
  }

  /**
   * Code of what would resolve a `high` conflict (`calendar.suggest-check-dates`: check the
   * dates with the organizers or move one event); `undefined` for `medium` and `low`. Its
   * params are the conflict's, so core's `formatSuggestion(c, locale)` renders it.
   */
  get suggestionCode(): string | undefined {
    return this.grade === "high" ? SUGGEST_CODE : undefined;
  }

  /** The English suggestion of a `high` conflict (see {@link suggestionCode}). */
  get suggestion(): string | undefined {
    return this.grade === "high" ? fillTemplate(calendarMessages[SUGGEST_CODE].en, this.params) : undefined;
  }

  /** The English message. */
  get message(): string {
    return fillTemplate(calendarMessages[this.code].en, this.params);
  }

  /** The message in the locale findConflicts was asked for. */
  get explanation(): string {
    return fillTemplate(calendarMessages[this.code][this.#ctx.locale], this.params);
  }

  /** Every field as plain data (what `JSON.stringify` writes). */
  toJSON(): Record<string, unknown> {
    return {
      code: this.code,
      severity: this.severity,
      message: this.message,
      path: [],
      params: this.params,
      certainty: this.certainty,
      subjects: [...this.subjects],
      kind: this.kind,
      grade: this.grade,
      score: this.score,
      sharedAudiences: [...this.sharedAudiences],
      certainDays: this.certainDays,
      possibleDays: this.possibleDays,
      explanation: this.explanation,
      ...(this.grade === "high" ? { suggestion: this.suggestion, suggestionCode: SUGGEST_CODE } : {}),
    };
  }
}
