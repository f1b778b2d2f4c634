/** Nesting of `all`/`oneOf` a typed DateSpec may have before it is refused. */
export declare const MAX_SPEC_DEPTH = 32;
/** Parts or options a typed DateSpec may have in total before it is refused. */
export declare const MAX_SPEC_NODES = 10000;
/**
 * The first thing wrong with a value meant as a DateSpec, in a few English words, or
 * `undefined` when it is one (real days and months, ranges in order, at least two parts or
 * options, bounded nesting). Reads every property once; a throwing getter propagates (callers
 * guard with catchToResult or snapshotUntrusted first).
 */
export declare function dateSpecProblem(value: unknown): string | undefined;
