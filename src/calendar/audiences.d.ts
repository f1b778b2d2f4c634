/** Audience ids as sorted integers, in the order of the audiences' strings. */
export interface AudienceTable {
    /** Interned id of each audience string. */
    readonly ids: ReadonlyMap<string, number>;
    /** The string of each interned id. */
    readonly names: readonly string[];
}
/** Interns every audience of the events and links, numbered in string order. */
export declare function internAudiences(lists: Iterable<readonly string[]>, links: Readonly<Record<string, readonly string[]>>): AudienceTable;
/** The interned, sorted, duplicate-free ids of a list of audience strings. */
export declare function audienceIds(list: readonly string[], table: AudienceTable): Int32Array;
/** Symmetric links as interned id lists (each audience with those it draws on). */
export declare function linkIds(links: Readonly<Record<string, readonly string[]>>, table: AudienceTable): Map<number, Set<number>>;
/** An event's reach: its own audiences and every audience linked to one of them. */
export declare function reachOf(own: Int32Array, links: ReadonlyMap<number, ReadonlySet<number>>): Int32Array;
/** How many ids of the sorted list `a` are in the sorted list `b`. */
export declare function countShared(a: Int32Array, b: Int32Array): number;
/** The ids of `a` that are in `b`, pushed to `out`. */
export declare function pushShared(a: Int32Array, b: Int32Array, out: number[]): void;
