// Pairs each object of the old design with its counterpart in the new one. A
// design edited in chflow keeps entity ids, so the id decides first (a renamed
// table is the same table); a baseline from elsewhere (an imported server, a
// file saved by another design) has other ids, so kind + database + name decide next.
import type { Entity, Pipeline } from '../model/types';

export interface Matching {
  /** New entity id → the old entity it continues. */
  oldOf: ReadonlyMap<string, Entity>;
  /** Old entity id → the new entity that continues it. */
  newOf: ReadonlyMap<string, Entity>;
}

const key = (e: Entity) => e.kind + '\u0000' + e.database + '\u0000' + e.name;

export function matchEntities(before: Pipeline, after: Pipeline): Matching {
  const oldOf = new Map<string, Entity>();
  const newOf = new Map<string, Entity>();
  const oldById = new Map(before.entities.map((e) => [e.id, e]));
  for (const e of after.entities) {
    const o = oldById.get(e.id);
    if (o && o.kind === e.kind) {
      oldOf.set(e.id, o);
      newOf.set(o.id, e);
    }
  }
  const oldByKey = new Map<string, Entity>();
  for (const o of before.entities) if (!newOf.has(o.id) && !oldByKey.has(key(o))) oldByKey.set(key(o), o);
  for (const e of after.entities) {
    if (oldOf.has(e.id)) continue;
    const o = oldByKey.get(key(e));
    if (!o || newOf.has(o.id)) continue;
    oldOf.set(e.id, o);
    newOf.set(o.id, e);
  }
  return { oldOf, newOf };
}
