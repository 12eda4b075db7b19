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
  if (a.kind !== b.kind) return KIND_RANK[a.kind] - KIND_RANK[b.kind];
  if (a.database !== b.database) return a.database < b.database ? -1 : 1;
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
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
    const prevIn = inputOf.get(l.target);
    if (!prevIn || compareEntities(source, prevIn) < 0) inputOf.set(l.target, source);
    const prevOut = outputOf.get(l.source);
    if (!prevOut || compareEntities(target, prevOut) < 0) outputOf.set(l.source, target);
  }
  const cluster = p.options.cluster.trim();
  return { byId, inputOf, outputOf, onCluster: cluster === '' ? '' : ' ON CLUSTER ' + quoteIdent(cluster) };
}
