// When a Replicated table may go without arguments, and Keeper paths shared by two
// tables: each verdict is checked against chdb with the test Keeper (macros
// shard=01, replica=r1, no default_replica_path), i.e. a plain single server.
import { afterEach, describe, expect, it } from 'vitest';
import { closeNamespace, runInFreshNamespace } from '../../../test/chdb';
import { col, mergeTree, pipeline } from '../../../test/pipelines';
import type { EngineSpec, MergeTreeTable, Pipeline } from '../../model/types';
import { generateSql } from '../../sql/generate';
import { validate } from '../validate';
import { EXPLICIT_KEEPER_PATH, explicitReplication, NO_DEFAULT_PATH, SAME_PATH } from './replicated';

afterEach(() => closeNamespace());

const replicated = (patch: Partial<EngineSpec> = {}): { engine: EngineSpec } => ({
  engine: { family: 'MergeTree', replicated: true, zooPath: '', replicaName: '', params: {}, ...patch },
});
const table = (id: string, name: string, patch: Partial<EngineSpec> = {}): MergeTreeTable => mergeTree(id, name, [col('id', 'UInt64')], { orderBy: 'id', ...replicated(patch) });
const codes = (p: Pipeline) => validate(p).map((d) => [d.code, d.entityId, d.severity]);

function runAll(p: Pipeline) {
  const { ns, results } = runInFreshNamespace(generateSql(p).statements.map((s) => s.text));
  return { ns, results };
}

describe('Replicated tables without a Keeper path', () => {
  it('are flagged on a plain server, where ClickHouse refuses them with code 36', () => {
    const p = pipeline([table('t', 'events')]);
    expect(codes(p)).toEqual([[NO_DEFAULT_PATH, 't', 'warning']]);
    expect(validate(p)[0]!.field).toBe('engine.zooPath');
    const { ns, results } = runAll(p);
    expect(results[0]!.ok).toBe(false);
    expect(results[0]!.error).toMatch(/^Code: 36\. DB::Exception: Macro 'uuid' in engine arguments is only supported when/);
    ns.close();
  });

  it('the fix (explicit path and replica) clears the warning and the table is created for real', () => {
    const t = table('t', 'events');
    const fixed = pipeline([{ ...t, engine: explicitReplication(t.engine) }]);
    expect(codes(fixed)).toEqual([]);
    expect(generateSql(fixed).text).toContain(`ENGINE = ReplicatedMergeTree('${EXPLICIT_KEEPER_PATH}', '{replica}')`);
    const { ns, results } = runAll(fixed);
    expect(results.map((r) => r.error)).toEqual(['']);
    const [row] = ns.rows<{ engine_full: string }>("SELECT engine_full FROM system.tables WHERE database = 'default' AND name = 'events'");
    expect(row!.engine_full).toMatch(/^ReplicatedMergeTree\('\/clickhouse\/tables\/\{shard\}\/default\/events', '\{replica\}'\)/);
    ns.close();
  });

  it('are accepted in Replicated databases, with ON CLUSTER, or when the server sets default_replica_path', () => {
    const t = table('t', 'events');
    for (const options of [{ replicatedDatabases: true }, { cluster: 'prod' }, { serverDefaultReplicaPath: true }]) expect(codes(pipeline([t], [], options))).toEqual([]);
    // A blank cluster name is no cluster.
    expect(codes(pipeline([t], [], { cluster: '  ' }))).toEqual([[NO_DEFAULT_PATH, 't', 'warning']]);
  });

  it('a half-filled pair keeps its own error and gets the other half from the fix', () => {
    const t = table('t', 'events', { zooPath: '/clickhouse/tables/{database}/{table}' });
    expect(codes(pipeline([t]))).toEqual([['mergeTree.engine.replication.partial', 't', 'error']]);
    expect(explicitReplication(t.engine)).toMatchObject({ zooPath: '/clickhouse/tables/{database}/{table}', replicaName: '{replica}' });
  });
});

describe('Keeper paths shared by two tables', () => {
  it('are an error on the second table, and ClickHouse refuses it', () => {
    const a = table('a', 'events', { zooPath: '/p/', replicaName: 'r1' });
    const b = mergeTree('b', 'counts', [col('id', 'UInt64'), col('n', 'UInt64')], { orderBy: 'id', ...replicated({ family: 'SummingMergeTree', zooPath: '/p', replicaName: 'r2' }) });
    const p = pipeline([a, b]);
    expect(codes(p)).toEqual([[SAME_PATH, 'b', 'error']]);
    const { ns, results } = runAll(p);
    expect(results[0]!.error).toBe('');
    expect(results[1]!.error).toMatch(/METADATA_MISMATCH/);
    ns.close();
  });

  it('are told apart by {database} and {table}, and {uuid} never collides', () => {
    const path = '/clickhouse/tables/{shard}/{database}/{table}';
    const p = pipeline([table('a', 'events', { zooPath: path, replicaName: '{replica}' }), table('b', 'counts', { zooPath: path, replicaName: '{replica}' })]);
    expect(codes(p)).toEqual([]);
    const { ns, results } = runAll(p);
    expect(results.map((r) => r.error)).toEqual(['', '']);
    ns.close();
    const sameTable = pipeline([table('a', 'events', { zooPath: '/x/{table}', replicaName: 'r' }), { ...table('b', 'events', { zooPath: '/x/{table}', replicaName: 'r' }), database: 'other' }]);
    expect(codes(sameTable).map((c) => c[0])).toContain(SAME_PATH);
    const uuid = pipeline([table('a', 'a', { zooPath: '/x/{uuid}', replicaName: 'r' }), table('b', 'b', { zooPath: '/x/{uuid}', replicaName: 'r' })], [], { replicatedDatabases: true });
    expect(codes(uuid)).toEqual([]);
  });

  it('{uuid} written into the path is refused by a plain server like the default path, and flagged alike', () => {
    const p = pipeline([table('a', 'a', { zooPath: '/x/{uuid}', replicaName: 'r' })]);
    expect(codes(p)).toEqual([[NO_DEFAULT_PATH, 'a', 'warning']]);
    const { ns, results } = runAll(p);
    expect(results[0]!.error).toMatch(/^Code: 36\. .*Macro 'uuid'/);
    ns.close();
  });
});
