/**
 * The mandate context checked at run time and indexed for the reader: conferences by id, by
 * edition number and by the words of their cities.
 * @module
 */
import { issueFactory } from "../core/issue.js";
import { excerpt } from "../core/limits.js";
import { fillTemplate, type MessageCatalog } from "../core/messages/catalog.js";
import { limitsMessages } from "../core/messages/limits.js";
import { mandatesMessages } from "../core/messages/mandates.js";
import { fail, ok, type Issue, type Result } from "../core/result.js";
import { snapshotUntrusted } from "../core/untrusted.js";
import type { MandateConference, MandateContext } from "./ref.js";
import { romanValue } from "./roman.js";
import { normalizeWord } from "./tokenize.js";

const issue = /* @__PURE__ */ issueFactory(mandatesMessages);

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
  const defaultConference = context.defaultConference === undefined ? undefined : byId.get(context.defaultConference);
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

// The Spanish of a snapshot issue, from the limits catalog alone: importing the whole message
// catalog (formatIssue) would put every module's messages into parseMandateRefs' bundle.
function limitSpanish(issue: Issue): string {
  const catalog: MessageCatalog = limitsMessages;
  const templates = Object.prototype.hasOwnProperty.call(catalog, issue.code) ? catalog[issue.code] : undefined;
  return templates ? fillTemplate(templates.es, issue.params) : issue.message;
}

/**
 * Indexes of the contexts this module prepared, keyed by the frozen copy it handed out: such a
 * context cannot change, so reading with it again skips the copy, the check and the indexing
 * (most of the cost of a short sentence).
 */
const PREPARED = new WeakMap<object, ResolvedContext>();

/** Freezes a snapshot (plain objects and arrays only, copied by `snapshotUntrusted`). */
function freezeSnapshot(value: unknown): void {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return;
  for (const key of Object.keys(value)) freezeSnapshot((value as Record<string, unknown>)[key]);
  Object.freeze(value);
}

/**
 * Checks an untrusted context (the shape of `MandateContextSchema`, by hand so the parser
 * carries no zod) (any JavaScript value: `{}`, `null`, a Proxy) and indexes it. The context is
 * copied first (`snapshotUntrusted`), so a getter or a Proxy cannot throw or change it while it
 * is read. A context from {@link prepareContext} is read from its index at once.
 */
export function resolveContext(value: unknown): Result<ResolvedContext> {
  if (typeof value === "object" && value !== null) {
    const prepared = PREPARED.get(value);
    if (prepared !== undefined) return ok(prepared);
  }
  const checked = checkedSnapshot(value);
  return checked.ok ? ok(index(checked.value)) : checked;
}

function checkedSnapshot(value: unknown): Result<MandateContext> {
  const snapshot = snapshotUntrusted(value, { maxNodes: 100_000 });
  if (!snapshot.ok) return fail(snapshot.issues.map((i) => contextIssue(i.message, limitSpanish(i), i.path)));
  const problems = checkContext(snapshot.value);
  if (problems.length > 0)
    return fail(problems.slice(0, 5).map(([detail, detailEs, path]) => contextIssue(detail, detailEs, path)));
  return ok(snapshot.value as MandateContext);
}

/**
 * A checked, frozen copy of a context, indexed once: the citation parsers given it again skip
 * the copy, the check and the indexing. The same issues as the parsers' for a bad context.
 */
export function prepareContext(value: unknown): Result<MandateContext> {
  if (typeof value === "object" && value !== null && PREPARED.has(value)) return ok(value as MandateContext);
  const checked = checkedSnapshot(value);
  if (!checked.ok) return checked;
  freezeSnapshot(checked.value);
  PREPARED.set(checked.value, index(checked.value));
  return checked;
}

type Problem = [detail: string, detailEs: string, path: (string | number)[]];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isText = (v: unknown, max: number): boolean => typeof v === "string" && v.length <= max;

function checkNames(value: unknown, path: (string | number)[], problems: Problem[], optional: boolean): void {
  if (value === undefined && optional) return;
  if (!Array.isArray(value) || value.length > 20) {
    problems.push(["expected a list of at most 20 names", "se esperaba una lista de 20 nombres como máximo", path]);
    return;
  }
  value.forEach((name, k) => {
    if (!isText(name, 200))
      problems.push([
        "expected a name of at most 200 characters",
        "se esperaba un nombre de 200 caracteres como máximo",
        [...path, k],
      ]);
  });
}

/**
 * The shape {@link MandateContextSchema} describes, checked by hand on plain data (the parser
 * carries no zod): conferences with an id and cities, optional edition, names, year and item
 * numbering; an optional default conference and instrument.
 */
function checkContext(value: unknown): Problem[] {
  const problems: Problem[] = [];
  if (!isObject(value))
    return [
      [
        "expected an object { conferences, defaultConference? }",
        "se esperaba un objeto { conferences, defaultConference? }",
        [],
      ],
    ];
  const conferences = value.conferences;
  if (!Array.isArray(conferences) || conferences.length > 1000) {
    problems.push([
      "expected conferences: a list of at most 1000 conferences",
      "se esperaba en conferences una lista de 1000 conferencias como máximo",
      ["conferences"],
    ]);
  } else {
    conferences.forEach((c, k) => {
      const path = ["conferences", k];
      if (!isObject(c)) {
        problems.push(["expected a conference { id, cities }", "se esperaba una conferencia { id, cities }", path]);
        return;
      }
      if (!isText(c.id, 40) || c.id === "")
        problems.push([
          "expected an id of 1 to 40 characters",
          "se esperaba un identificador de 1 a 40 caracteres",
          [...path, "id"],
        ]);
      if (c.edition !== undefined && (!isText(c.edition, 40) || c.edition === ""))
        problems.push([
          "expected an edition of 1 to 40 characters",
          "se esperaba una edición de 1 a 40 caracteres",
          [...path, "edition"],
        ]);
      checkNames(c.cities, [...path, "cities"], problems, false);
      checkNames(c.citedAs, [...path, "citedAs"], problems, true);
      if (
        c.year !== undefined &&
        !(Number.isInteger(c.year) && (c.year as number) >= 1 && (c.year as number) <= 9999)
      ) {
        problems.push(["expected a year from 1 to 9999", "se esperaba un año de 1 a 9999", [...path, "year"]]);
      }
      if (c.itemNumbering !== undefined && c.itemNumbering !== "lettered" && c.itemNumbering !== "roman") {
        problems.push([
          "expected itemNumbering 'lettered' or 'roman'",
          "se esperaba en itemNumbering 'lettered' o 'roman'",
          [...path, "itemNumbering"],
        ]);
      }
    });
  }
  if (value.defaultConference !== undefined && typeof value.defaultConference !== "string") {
    problems.push([
      "expected defaultConference: a conference id",
      "se esperaba en defaultConference el identificador de una conferencia",
      ["defaultConference"],
    ]);
  }
  if (
    value.defaultInstrument !== undefined &&
    value.defaultInstrument !== "declaration" &&
    value.defaultInstrument !== "plan-of-action"
  ) {
    problems.push([
      "expected defaultInstrument 'declaration' or 'plan-of-action'",
      "se esperaba en defaultInstrument 'declaration' o 'plan-of-action'",
      ["defaultInstrument"],
    ]);
  }
  return problems;
}

function contextIssue(detail: string, detailEs: string, path: readonly (string | number)[]): Issue {
  return issue(
    "mandates.invalid-context",
    { detail: excerpt(detail), detailEs: excerpt(detailEs) },
    { path: ["context", ...path] },
  );
}
