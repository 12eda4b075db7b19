// When a Replicated table may leave out its Keeper path and replica name.
// Without arguments ClickHouse uses default_replica_path, whose stock value
// `/clickhouse/tables/{uuid}/{shard}` needs a table UUID known to every replica:
// that holds inside a Replicated database, with ON CLUSTER, or when the server's
// default_replica_path does without {uuid}. Anywhere else CREATE fails with
// `Code: 36 … Macro 'uuid' in engine arguments is only supported when …`.
import type { EngineSpec, MergeTreeTable, Pipeline, PipelineOptions } from '../../model/types';
import { warning, type Emit } from './diag';

export const NO_DEFAULT_PATH = 'mergeTree.engine.replication.noDefaultPath';

/** The explicit arguments the one-click fix fills in: one path per shard and table, the replica from the server's macros. */
export const EXPLICIT_KEEPER_PATH = '/clickhouse/tables/{shard}/{database}/{table}';
export const EXPLICIT_REPLICA_NAME = '{replica}';

/** Whether the table is written `Replicated…MergeTree` without a Keeper path and replica name. */
export function usesServerDefaults(t: MergeTreeTable): boolean {
  const e = t.engine;
  // A half-filled pair is emitted without arguments too (and is an error of its own).
  return e.replicated && (e.zooPath.trim() === '' || e.replicaName.trim() === '');
}

/** Why the design may rely on the server's default path, or '' when nothing says it may. */
export function serverDefaultsReason(o: PipelineOptions): string {
  if (o.replicatedDatabases) return 'the databases use the Replicated database engine';
  if (o.cluster.trim() !== '') return `the tables are created ON CLUSTER ${o.cluster.trim()}`;
  if (o.serverDefaultReplicaPath) return 'the server sets default_replica_path';
  return '';
}

export function validateReplicatedDefaults(p: Pipeline, emit: Emit): void {
  if (serverDefaultsReason(p.options) !== '') return;
  for (const e of p.entities) {
    if (e.kind !== 'mergeTree' || !usesServerDefaults(e)) continue;
    // The partial pair already has an error that asks for both fields.
    if (e.engine.zooPath.trim() !== '' || e.engine.replicaName.trim() !== '') continue;
    emit(
      warning(
        e.id,
        NO_DEFAULT_PATH,
        `Replicated${e.engine.family} without a Keeper path and replica name is refused by a plain server ` +
          `("Macro 'uuid' in engine arguments is only supported …", code 36). It works only in a Replicated database, ` +
          `with ON CLUSTER, or when the server sets default_replica_path: fill in the path and replica, or say which applies.`,
        'engine.zooPath',
      ),
    );
  }
}

/** The one-click fix: the engine with an explicit Keeper path and replica name (a half-filled pair keeps its half). */
export function explicitReplication(e: EngineSpec): EngineSpec {
  return { ...e, zooPath: e.zooPath.trim() || EXPLICIT_KEEPER_PATH, replicaName: e.replicaName.trim() || EXPLICIT_REPLICA_NAME };
}
