import type { Column, Entity, EntityOf, Link, NodeKind, Pipeline } from './types';

export function getEntity(p: Pipeline, id: string): Entity | undefined {
  return p.entities.find((e) => e.id === id);
}

export function getEntityOf<K extends NodeKind>(p: Pipeline, id: string, kind: K): EntityOf<K> | undefined {
  const e = getEntity(p, id);
  return e && e.kind === kind ? (e as EntityOf<K>) : undefined;
}

export function incoming(p: Pipeline, id: string): Link[] {
  return p.links.filter((l) => l.target === id);
}

export function outgoing(p: Pipeline, id: string): Link[] {
  return p.links.filter((l) => l.source === id);
}

/** The single upstream entity of a node (topic of a Kafka table, source of a view). */
export function upstream(p: Pipeline, id: string): Entity | undefined {
  const link = p.links.find((l) => l.target === id);
  return link ? getEntity(p, link.source) : undefined;
}

/** The TO target of a view. */
export function viewTarget(p: Pipeline, viewId: string): Entity | undefined {
  const link = p.links.find((l) => l.source === viewId);
  return link ? getEntity(p, link.target) : undefined;
}

/** Stored columns of a table-like entity; views and topics have none of their own. */
export function tableColumns(e: Entity | undefined): Column[] {
  if (!e) return [];
  return e.kind === 'kafkaTable' || e.kind === 'mergeTree' ? e.columns : [];
}

/** Columns a view's SELECT may read from its source (physical, non-ALIAS excluded are still readable). */
export function readableColumns(e: Entity | undefined): Column[] {
  return tableColumns(e).filter((c) => c.defaultKind !== 'EPHEMERAL');
}

export function qualifiedName(e: Pick<Entity, 'database' | 'name'>): string {
  return `${e.database}.${e.name}`;
}
