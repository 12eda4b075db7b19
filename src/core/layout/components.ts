// Pipelines as the user thinks of them: the groups of nodes joined by links
// (connected components, links followed both ways). Auto-layout places each one as
// a block; Fit falls back to the one around the selection.
import type { Pipeline } from '../model/types';

/** Every pipeline's entity ids, in the order of each pipeline's first entity in the design. */
export function pipelinesOf(p: Pipeline): string[][] {
  const parent = new Map(p.entities.map((e) => [e.id, e.id]));
  const root = (id: string): string => {
    let r = id;
    while (parent.get(r) !== r) r = parent.get(r)!;
    // Path halving keeps later look-ups short on long chains.
    for (let x = id; x !== r; ) {
      const next = parent.get(x)!;
      parent.set(x, r);
      x = next;
    }
    return r;
  };
  for (const l of p.links) {
    if (!parent.has(l.source) || !parent.has(l.target)) continue;
    const a = root(l.source);
    const b = root(l.target);
    if (a !== b) parent.set(b, a);
  }
  const groups = new Map<string, string[]>();
  for (const e of p.entities) {
    const r = root(e.id);
    const g = groups.get(r);
    if (g) g.push(e.id);
    else groups.set(r, [e.id]);
  }
  return [...groups.values()];
}

/** The ids of the pipeline that holds `id` (empty when no entity has that id). */
export function pipelineAround(p: Pipeline, id: string): string[] {
  return pipelinesOf(p).find((g) => g.includes(id)) ?? [];
}
