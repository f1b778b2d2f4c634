/**
 * The mandate context checked at run time and indexed for the reader: conferences by id, by
 * edition number and by the words of their cities.
 * @module
 */
import * as z from "zod";
import { issueFactory } from "../core/issue.js";
import { excerpt } from "../core/limits.js";
import { mandatesMessages } from "../core/messages/mandates.js";
import { fail, ok, type Issue, type Result } from "../core/result.js";
import { snapshotUntrusted } from "../core/untrusted.js";
import type { MandateConference, MandateContext } from "./ref.js";
import { romanValue } from "./roman.js";
import { normalizeWord } from "./tokenize.js";

const issue = /* @__PURE__ */ issueFactory(mandatesMessages);

/**
 * zod schema of a {@link MandateContext}, the shape `parseMandateRefs` checks its context
 * against at run time (a wrong context is an issue, never a TypeError).
 *
 * @example
 * ```ts
 * import { MandateContextSchema } from "iacml/mandates";
 * MandateContextSchema.safeParse({ conferences: [{ id: "xxi", cities: ["Buenos Aires"] }] }).success; // true
 * ```
 */
export const MandateContextSchema = z.object({
  conferences: z
    .array(
      z.object({
        id: z.string().min(1).max(40),
        edition: z.string().min(1).max(40).optional(),
        cities: z.array(z.string().max(200)).max(20),
        citedAs: z.array(z.string().max(200)).max(20).optional(),
        year: z.number().int().min(1).max(9999).optional(),
        itemNumbering: z.enum(["lettered", "roman"]).optional(),
      }),
    )
    .max(1000),
  defaultConference: z.string().optional(),
  defaultInstrument: z.enum(["declaration", "plan-of-action"]).optional(),
});

/** A city name as folded words, and the conferences held there. */
export interface CityEntry {
  readonly words: readonly string[];
  readonly conferences: readonly MandateConference[];
}

/** A context checked and indexed for reading. */
export interface ResolvedContext {
  readonly conferences: readonly MandateConference[];
  readonly byId: ReadonlyMap<string, MandateConference>;
  readonly byEdition: ReadonlyMap<number, MandateConference>;
  /** City entries by their first folded word, longest first. */
  readonly cities: ReadonlyMap<string, readonly CityEntry[]>;
  readonly defaultConference?: MandateConference;
  readonly defaultId?: string;
  readonly defaultInstrument?: MandateContext["defaultInstrument"];
}

/** The edition number of a conference (from its roman numeral), or undefined. */
export function editionNumber(conference: MandateConference): number | undefined {
  return romanValue(conference.edition ?? conference.id);
}

const WORDS = /[\p{L}\p{M}]+|\d+/gu;

function cityWords(city: string): string[] {
  return [...city.matchAll(WORDS)].map((m) => normalizeWord(m[0]));
}

function index(context: MandateContext): ResolvedContext {
  const byId = new Map<string, MandateConference>();
  const byEdition = new Map<number, MandateConference>();
  const byCity = new Map<string, { words: string[]; conferences: MandateConference[] }>();
  for (const conference of context.conferences) {
    if (!byId.has(conference.id)) byId.set(conference.id, conference);
    const number = editionNumber(conference);
    if (number !== undefined && !byEdition.has(number)) byEdition.set(number, conference);
    for (const name of [...conference.cities, ...(conference.citedAs ?? [])]) {
      const words = cityWords(name);
      if (words.length === 0) continue;
      const key = words.join(" ");
      const entry = byCity.get(key) ?? { words, conferences: [] };
      if (!entry.conferences.includes(conference)) entry.conferences.push(conference);
      byCity.set(key, entry);
    }
  }
  const cities = new Map<string, CityEntry[]>();
  for (const entry of byCity.values()) {
    const first = entry.words[0]!;
    cities.set(first, [...(cities.get(first) ?? []), entry]);
  }
  for (const list of cities.values()) list.sort((a, b) => b.words.length - a.words.length);
  const defaultConference =
    context.defaultConference === undefined ? undefined : byId.get(context.defaultConference);
  return {
    conferences: context.conferences,
    byId,
    byEdition,
    cities,
    ...(defaultConference === undefined ? {} : { defaultConference }),
    ...(context.defaultConference === undefined ? {} : { defaultId: context.defaultConference }),
    ...(context.defaultInstrument === undefined ? {} : { defaultInstrument: context.defaultInstrument }),
  };
}

/**
 * Checks an untrusted context (any JavaScript value: `{}`, `null`, a Proxy) and indexes it.
 The context is copied first (`snapshotUntrusted`), so a getter or a Proxy cannot throw or
 * change it while it is read; a context is small, so the copy costs little.
 */
export function resolveContext(value: unknown): Result<ResolvedContext> {
  const snapshot = snapshotUntrusted(value, { maxNodes: 100_000 });
  if (!snapshot.ok) return fail(snapshot.issues.map((i) => contextIssue(i.message, i.path)));
  const parsed = MandateContextSchema.safeParse(snapshot.value);
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 5);
    return fail(
      first.map((i) =>
        contextIssue(
          i.message,
          i.path.map((k) => (typeof k === "symbol" ? String(k) : k)),
        ),
      ),
    );
  }
  return ok(index(parsed.data as MandateContext));
}

function contextIssue(detail: string, path: readonly (string | number)[]): Issue {
  return issue("mandates.invalid-context", { detail: excerpt(detail) }, { path: ["context", ...path] });
}
