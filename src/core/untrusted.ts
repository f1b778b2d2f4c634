import type { Issue, Result } from "./result.js";
import { fail, ok } from "./result.js";
import { issueFactory } from "./issue.js";
import { limitsMessages } from "./messages/limits.js";
import { createIssueSink, describeType, excerpt, resolveLimits, type Limits } from "./limits.js";

const limitIssue = issueFactory(limitsMessages);

type Path = (string | number)[];

function errorText(error: unknown): string {
  try {
    if (error instanceof Error) return excerpt(`${error.name}: ${error.message}`);
    return excerpt(String(error));
  } catch {
    return "unknown error";
  }
}

function isPlainPrototype(proto: unknown): boolean {
  return proto === Object.prototype || proto === null;
}

/**
 * Copies any JavaScript value into plain data (strings, numbers, booleans, null, arrays, and
 * objects of own enumerable string keys), so that schemas then read a value that cannot throw,
 * change under them, recurse without end or be a cycle. Throwing getters and Proxy traps give
 * `core.unreadable-input`; cycles `core.cyclic-input`; nesting past `maxDepth` `core.too-deep`;
 * more than `maxNodes` values `core.input-too-large`; functions, symbols, bigints and class
 * instances `core.not-json-value`. `undefined` object properties are dropped, as in JSON; a
 * `__proto__` key is copied as an ordinary own property. Never throws.
 *
 * @example
 * ```ts
 * import { snapshotUntrusted } from "iacml/core";
 * const hostile = { get when(): string { throw new Error("boom"); } };
 * const r = snapshotUntrusted(hostile);
 * if (!r.ok) console.log(r.issues[0]?.code, r.issues[0]?.path); // "core.unreadable-input" ["when"]
 * console.log(snapshotUntrusted(JSON.parse('{"a":[1,"x"]}'))); // { ok: true, value: { a: [1, "x"] } }
 * ```
 */
export function snapshotUntrusted(value: unknown, limits?: Partial<Limits>): Result<unknown> {
  const bounds = resolveLimits(limits);
  const sink = createIssueSink(bounds.maxIssues);
  const ancestors = new Set<object>();
  let nodes = 0;

  const add = (issue: Issue): void => {
    sink.add(issue);
  };

  const copy = (input: unknown, path: Path, depth: number): unknown => {
    nodes += 1;
    if (nodes > bounds.maxNodes) {
      if (nodes === bounds.maxNodes + 1) {
        add(limitIssue("core.input-too-large", { max: bounds.maxNodes }, { path: [...path] }));
      }
      return undefined;
    }
    if (input === null || typeof input === "string" || typeof input === "boolean") return input;
    if (typeof input === "number") return input;
    if (typeof input !== "object") {
      add(limitIssue("core.not-json-value", { type: typeof input }, { path: [...path] }));
      return undefined;
    }
    if (depth >= bounds.maxDepth) {
      add(limitIssue("core.too-deep", { max: bounds.maxDepth }, { path: [...path] }));
      return undefined;
    }
    if (ancestors.has(input)) {
      add(limitIssue("core.cyclic-input", {}, { path: [...path] }));
      return undefined;
    }
    try {
      const isArray = Array.isArray(input);
      if (!isArray && !isPlainPrototype(Object.getPrototypeOf(input))) {
        add(limitIssue("core.not-json-value", { type: className(input) }, { path: [...path] }));
        return undefined;
      }
      ancestors.add(input);
      try {
        if (isArray) {
          const list = input as unknown[];
          const length = list.length;
          const out: unknown[] = [];
          for (let i = 0; i < length && !sink.full; i += 1) {
            path.push(i);
            out.push(copy(list[i], path, depth + 1));
            path.pop();
          }
          return out;
        }
        const out: Record<string, unknown> = {};
        for (const key of Object.keys(input)) {
          if (sink.full) break;
          path.push(key);
          const item = copy((input as Record<string, unknown>)[key], path, depth + 1);
          path.pop();
          if (item !== undefined) {
            Object.defineProperty(out, key, {
              value: item,
              enumerable: true,
              writable: true,
              configurable: true,
            });
          }
        }
        return out;
      } finally {
        ancestors.delete(input);
      }
    } catch (error) {
      add(limitIssue("core.unreadable-input", { detail: errorText(error) }, { path: [...path] }));
      return undefined;
    }
  };

  const snapshot = copy(value, [], 0);
  return sink.count === 0 ? ok(snapshot) : fail(sink.issues());
}

function className(value: object): string {
  try {
    const name: unknown = (value as { constructor?: { name?: unknown } }).constructor?.name;
    return typeof name === "string" && name !== "" ? excerpt(name, undefined, 40) : "object";
  } catch {
    return describeType(value);
  }
}

/**
 * Runs a function that returns a {@link Result} and turns any exception that escapes it into a
 * `core.unexpected-error` issue, the last guard of the promise that parsers never throw.
 *
 * @example
 * ```ts
 * import { catchToResult, ok } from "iacml/core";
 * const r = catchToResult(() => { throw new RangeError("too far"); }, "planCycle");
 * if (!r.ok) console.log(r.issues[0]?.message); // "planCycle failed unexpectedly: RangeError: too far"
 * console.log(catchToResult(() => ok(1), "x")); // { ok: true, value: 1 }
 * ```
 */
export function catchToResult<T>(fn: () => Result<T>, where: string): Result<T> {
  try {
    return fn();
  } catch (error) {
    return fail([limitIssue("core.unexpected-error", { where, detail: errorText(error) })]);
  }
}
