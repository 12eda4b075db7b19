// When a Replicated table may leave out its Keeper path and replica name.
// Without arguments ClickHouse uses default_replica_path, whose stock value
// `/clickhouse/tables/{uuid}/{shard}` needs a table UUID known to every replica:
// that holds inside a Replicated database, with ON CLUSTER, or when the server's
// default_replica_path does without {uuid}. Anywhere else CREATE fails with
// `Code: 36 … Macro 'uuid' in engine arguments is only supported when …`.
import type { EngineSpec, MergeTreeTable, Pipeline, PipelineOptions } from '../../model/types';
import { error, warning, type Emit } from './diag';
import { quoted } from './names';

export const NO_DEFAULT_PATH = 'mergeTree.engine.replication.noDefaultPath';
export const SAME_PATH = 'mergeTree.engine.replication.samePath';

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
    if (e.kind !== 'mergeTree' || !e.engine.replicated) continue;
    if (!usesServerDefaults(e) && e.engine.zooPath.includes('{uuid}')) {
      emit(
        warning(
          e.id,
          NO_DEFAULT_PATH,
          `The Keeper path uses {uuid}, which a plain server refuses ("Macro 'uuid' in engine arguments is only supported …", code 36): ` +
            `use {database} and {table} instead, or say that the databases are Replicated or that the tables are created ON CLUSTER.`,
          'engine.zooPath',
        ),
      );
      continue;
    }
    // The partial pair already has an error that asks for both fields.
    if (!usesServerDefaults(e) || e.engine.zooPath.trim() !== '' || e.engine.replicaName.trim() !== '') continue;
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

/** The Keeper path as the server expands it for this table, or null when it cannot collide ({uuid} or server defaults). */
function expandedPath(t: MergeTreeTable): string | null {
  if (!t.engine.replicated || usesServerDefaults(t)) return null;
  const path = t.engine.zooPath.trim();
  if (path.includes('{uuid}')) return null;
  // {shard} and the other server macros expand alike for every table of one server.
  return path.split('{database}').join(t.database).split('{table}').join(t.name).replace(/\/+$/, '');
}

/**
 * Two tables with one Keeper path are replicas of one table: ClickHouse refuses the
 * second when their engines or columns differ (METADATA_MISMATCH) or the replica
 * name repeats (REPLICA_ALREADY_EXISTS), and shares their data when they match.
 */
export function validateKeeperPaths(p: Pipeline, emit: Emit): void {
  const first = new Map<string, MergeTreeTable>();
  for (const e of p.entities) {
    if (e.kind !== 'mergeTree') continue;
    const path = expandedPath(e);
    if (path === null) continue;
    const owner = first.get(path);
    if (!owner) {
      first.set(path, e);
      continue;
    }
    emit(
      error(
        e.id,
        SAME_PATH,
        `The Keeper path ${quoted(path)} is also the path of ${quoted(owner.name)}: on one server the two tables would be replicas of each other ` +
          `(ClickHouse refuses the second unless they are identical). Give each table its own path, e.g. with {database} and {table}.`,
        'engine.zooPath',
      ),
    );
  }
}
