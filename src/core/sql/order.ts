// Statement order: every table first (tables depend on nothing), then views so
// that a view writing into a table comes before the views reading that table.
// Ties are broken by kind, database, name and id, never by array order or
// canvas position, so the same design always gives the same bytes.
import type { Entity, MaterializedView, Pipeline } from '../model/types';
import { compareEntities, type SqlContext } from './context';

/** Entities that produce a statement, in script order (topics produce none). */
export function statementOrder(p: Pipeline, ctx: SqlContext): Entity[] {
  const tables: Entity[] = [];
  const views: MaterializedView[] = [];
  for (const e of p.entities) {
    if (e.kind === 'materializedView') views.push(e);
    else if (e.kind !== 'kafkaTopic') tables.push(e);
  }
  tables.sort(compareEntities);
  for (const v of orderViews(views, ctx)) tables.push(v);
  return tables;
}

/**
 * Views by chain depth (how many views lie upstream of their source), then by
 * name. Sorting by depth is a topological order: a view feeding another has a
 * strictly smaller depth.
 */
export function orderViews(views: MaterializedView[], ctx: SqlContext): MaterializedView[] {
  // Views writing into each table, so a view finds its upstream views in O(1).
  const writers = new Map<string, MaterializedView[]>();
  for (const v of views) {
    const target = ctx.outputOf.get(v.id);
    if (!target) continue;
    const list = writers.get(target.id);
    if (list) list.push(v);
    else writers.set(target.id, [v]);
  }
  const depth = new Map<string, number>();
  const visiting = new Set<string>();
  const depthOf = (v: MaterializedView): number => {
    const known = depth.get(v.id);
    if (known !== undefined) return known;
    const source = ctx.inputOf.get(v.id);
    const upstream = source && writers.get(source.id);
    // A loop (refused by the canvas, possible in a hand-edited file) ends the chain.
    if (!upstream || visiting.has(v.id)) {
      depth.set(v.id, 0);
      return 0;
    }
    visiting.add(v.id);
    let d = 0;
    for (const w of upstream) d = Math.max(d, depthOf(w) + 1);
    visiting.delete(v.id);
    depth.set(v.id, d);
    return d;
  };
  // Buckets by depth, each sorted by name, so the comparator does no map lookups.
  const buckets: MaterializedView[][] = [];
  for (const v of views) {
    const d = depthOf(v);
    while (buckets.length <= d) buckets.push([]);
    buckets[d]!.push(v);
  }
  const out: MaterializedView[] = [];
  for (const b of buckets) for (const v of b.sort(compareEntities)) out.push(v);
  return out;
}
