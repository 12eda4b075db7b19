// Who feeds whom in one version of a design: each view's source and target, and
// everything downstream of a table (its views, their targets, their views …).
import type { Entity, MaterializedView, Pipeline } from '../model/types';
import type { SqlContext } from '../sql/context';

export interface Flow {
  /** Views by the id of the table they read. */
  viewsOf: ReadonlyMap<string, MaterializedView[]>;
  source(viewId: string): Entity | undefined;
  target(viewId: string): Entity | undefined;
}

export function flowOf(p: Pipeline, ctx: SqlContext): Flow {
  const viewsOf = new Map<string, MaterializedView[]>();
  for (const e of p.entities) {
    if (e.kind !== 'materializedView') continue;
    const src = ctx.inputOf.get(e.id);
    if (!src) continue;
    const list = viewsOf.get(src.id) ?? [];
    list.push(e);
    viewsOf.set(src.id, list);
  }
  return { viewsOf, source: (id) => ctx.inputOf.get(id), target: (id) => ctx.outputOf.get(id) };
}

/** Ids of the views and tables fed, directly or through a chain, by table `id`. */
export function downstream(flow: Flow, id: string): Set<string> {
  const seen = new Set<string>();
  const queue = [id];
  while (queue.length > 0) {
    const at = queue.pop()!;
    for (const v of flow.viewsOf.get(at) ?? []) {
      if (seen.has(v.id)) continue;
      seen.add(v.id);
      const t = flow.target(v.id);
      if (t && !seen.has(t.id)) {
        seen.add(t.id);
        queue.push(t.id);
      }
    }
  }
  return seen;
}
