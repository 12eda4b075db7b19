// Entities by id, built once per entities array and shared by every subscriber: each
// node on the canvas and the side panel look their entity up on every store change,
// and a scan of 500 entities per node per keystroke would add up.
import type { Entity, EntityOf, NodeKind, Pipeline } from '../core/model/types';
import { useDesign } from './designStore';

const indexes = new WeakMap<readonly Entity[], ReadonlyMap<string, Entity>>();

export function entityById(p: Pipeline): ReadonlyMap<string, Entity> {
  let index = indexes.get(p.entities);
  if (!index) {
    index = new Map(p.entities.map((e) => [e.id, e]));
    indexes.set(p.entities, index);
  }
  return index;
}

/**
 * The entity with this id in the current design, re-rendering only when that entity
 * changes (undefined once it is gone; a node can render once more before React Flow drops it).
 */
export function useEntity<K extends NodeKind>(id: string | null | undefined, kind?: K): EntityOf<K> | undefined {
  return useDesign((s) => {
    const e = id ? entityById(s.pipeline).get(id) : undefined;
    return e && (kind === undefined || e.kind === kind) ? (e as EntityOf<K>) : undefined;
  });
}
