// Statement order: every table first (tables depend on nothing), then views so
// that a view writing into a table comes before the views reading that table.
// Ties are broken by kind, database, name and id, never by array order or
// canvas position, so the same design always gives the same bytes.
// Works on entity indices so the order can be kept while the entities it
// points at are replaced by edits (see shape.ts).
import type { Entity } from '../model/types';

/** Sort order shared by every list we emit: kind rank, then database, name and id. */
export function compareEntities(a: Entity, b: Entity): number {
  if (a.kind !== b.kind) return KIND_RANK[a.kind] - KIND_RANK[b.kind];
  if (a.database !== b.database) return a.database < b.database ? -1 : 1;
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

const KIND_RANK: Record<Entity['kind'], number> = { kafkaTopic: 0, kafkaTable: 1, mergeTree: 2, materializedView: 3 };

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Indices of the entities that produce a statement, in script order.
 * `input`/`output` give, per entity index, the index of the entity linked into
 * it / out of it (-1: none); `canon` maps an index to the index its id resolves
 * to (the last entity with that id, as links see it).
 */
export function orderIndices(entities: readonly Entity[], input: Int32Array, output: Int32Array, canon: Int32Array): Int32Array {
  const byName = (a: number, b: number) => compareEntities(entities[a]!, entities[b]!);
  const tables: number[] = [];
  const views: number[] = [];
  for (let i = 0; i < entities.length; i++) {
    const kind = entities[i]!.kind;
    if (kind === 'materializedView') views.push(i);
    else if (kind !== 'kafkaTopic') tables.push(i);
  }
  // Array.prototype.sort is stable: equal keys (duplicate ids) keep array order.
  tables.sort(byName);
  const out = new Int32Array(tables.length + views.length);
  out.set(tables);
  let at = tables.length;
  for (const v of orderViews(views, input, output, canon, byName)) out[at++] = v;
  return out;
}

/**
 * Views by chain depth (how many views lie upstream of their source), then by
 * name. Sorting by depth is a topological order: a view feeding another has a
 * strictly smaller depth.
 */
function orderViews(views: number[], input: Int32Array, output: Int32Array, canon: Int32Array, byName: (a: number, b: number) => number): number[] {
  // Views writing into each table (by the table's index), so a view finds its upstream views in O(1).
  const writers = new Map<number, number[]>();
  for (const v of views) {
    const target = output[v]!;
    if (target < 0) continue;
    const list = writers.get(target);
    if (list) list.push(v);
    else writers.set(target, [v]);
  }
  // Keyed by the canonical index: views sharing an id share a depth.
  const depth = new Int32Array(canon.length).fill(-1);
  const visiting = new Uint8Array(canon.length);
  const depthOf = (v: number): number => {
    const c = canon[v]!;
    const known = depth[c]!;
    if (known >= 0) return known;
    const source = input[v]!;
    const upstream = source >= 0 ? writers.get(source) : undefined;
    // A loop (refused by the canvas, possible in a hand-edited file) ends the chain.
    if (!upstream || visiting[c]) {
      depth[c] = 0;
      return 0;
    }
    visiting[c] = 1;
    let d = 0;
    for (const w of upstream) d = Math.max(d, depthOf(w) + 1);
    visiting[c] = 0;
    depth[c] = d;
    return d;
  };
  // Buckets by depth, each sorted by name, so the comparator does no lookups.
  const buckets: number[][] = [];
  for (const v of views) {
    const d = depthOf(v);
    while (buckets.length <= d) buckets.push([]);
    buckets[d]!.push(v);
  }
  const out: number[] = [];
  for (const b of buckets) for (const v of b.sort(byName)) out.push(v);
  return out;
}
