// The entities around each node, worked out once per validation with maps instead of
// a scan of the links per node. They are the only part of the design a node's own
// checks may read, which is what lets the incremental validator reuse a node's
// diagnostics while the node and these neighbours are the same objects.
import type { Entity, Pipeline } from '../../model/types';

export interface Neighbours {
  /** The source of the node's first incoming link (undefined when that link dangles), as model/query's upstream. */
  upstream: Entity | undefined;
  /** The targets of the node's outgoing links in link order (undefined where a link dangles); a view's TO table is the first. */
  downstream: readonly (Entity | undefined)[];
}

const NONE: readonly (Entity | undefined)[] = Object.freeze([]);

export interface NeighbourIndex {
  /** The first entity with the id, as model/query's getEntity. */
  entity(id: string): Entity | undefined;
  of(id: string): Neighbours;
}

export function neighbourIndex(p: Pipeline): NeighbourIndex {
  const byId = new Map<string, Entity>();
  for (const e of p.entities) if (!byId.has(e.id)) byId.set(e.id, e);
  const firstSource = new Map<string, string>();
  const targets = new Map<string, (Entity | undefined)[]>();
  for (const l of p.links) {
    if (!firstSource.has(l.target)) firstSource.set(l.target, l.source);
    const to = byId.get(l.target);
    const list = targets.get(l.source);
    if (list) list.push(to);
    else targets.set(l.source, [to]);
  }
  return {
    entity: (id) => byId.get(id),
    of(id) {
      const source = firstSource.get(id);
      return { upstream: source === undefined ? undefined : byId.get(source), downstream: targets.get(id) ?? NONE };
    },
  };
}

/** True when both describe the same neighbour objects. */
export function sameNeighbours(a: Neighbours, b: Neighbours): boolean {
  if (a.upstream !== b.upstream || a.downstream.length !== b.downstream.length) return false;
  for (let i = 0; i < a.downstream.length; i++) if (a.downstream[i] !== b.downstream[i]) return false;
  return true;
}
