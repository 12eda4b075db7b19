// What every emitter needs to know about the rest of the design, indexed once
// per generateSql call so no emitter scans the link list (1,000-node designs
// must generate in about a millisecond).
import type { Entity, Pipeline } from '../model/types';
import { quoteIdent } from './quote';

export interface SqlContext {
  byId: ReadonlyMap<string, Entity>;
  /** The entity linked into a node (a Kafka table's topic, a view's source table). */
  inputOf: ReadonlyMap<string, Entity>;
  /** The entity a node links out to (a view's TO target). */
  outputOf: ReadonlyMap<string, Entity>;
  /** ` ON CLUSTER name`, or '' for a single server. */
  onCluster: string;
}

/** Sort order shared by every list we emit: kind rank, then database, name and id. */
export function compareEntities(a: Entity, b: Entity): number {
  return KIND_RANK[a.kind] - KIND_RANK[b.kind] || cmp(a.database, b.database) || cmp(a.name, b.name) || cmp(a.id, b.id);
}

const KIND_RANK: Record<Entity['kind'], number> = { kafkaTopic: 0, kafkaTable: 1, mergeTree: 2, materializedView: 3 };

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function buildContext(p: Pipeline): SqlContext {
  const byId = new Map<string, Entity>();
  for (const e of p.entities) byId.set(e.id, e);
  const inputOf = new Map<string, Entity>();
  const outputOf = new Map<string, Entity>();
  for (const l of p.links) {
    const source = byId.get(l.source);
    const target = byId.get(l.target);
    if (!source || !target) continue;
    // A well-formed design has one link per end; when a loaded file has more,
    // keep the first by name so the output does not depend on array order.
    keepFirst(inputOf, l.target, source);
    keepFirst(outputOf, l.source, target);
  }
  const cluster = p.options.cluster.trim();
  return { byId, inputOf, outputOf, onCluster: cluster === '' ? '' : ' ON CLUSTER ' + quoteIdent(cluster) };
}

function keepFirst(map: Map<string, Entity>, key: string, e: Entity): void {
  const prev = map.get(key);
  if (!prev || compareEntities(e, prev) < 0) map.set(key, e);
}
