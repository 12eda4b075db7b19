import { describe, expect, it } from 'vitest';
import { addColumn, updateColumn } from '../../model/operations';
import type { EngineSpec, MergeTreeFamily, Pipeline } from '../../model/types';
import { baseDesign, columnNamed, entity, found, patch } from './testDesign';

function withEngine(p: Pipeline, id: string, family: MergeTreeFamily, params: Record<string, string>, extra: Partial<EngineSpec> = {}): Pipeline {
  const e = entity(p, id, 'mergeTree').engine;
  return patch(p, id, { engine: { ...e, family, params, ...extra } });
}

describe('MergeTree table: columns and settings', () => {
  it('a table without columns is an error', () => {
    const d = baseDesign();
    expect(found(patch(d.p, d.table, { columns: [], orderBy: '' }), 'mergeTree.columns.empty')).toHaveLength(1);
    expect(found(d.p, 'mergeTree.columns.empty')).toEqual([]);
  });

  it('settings: empty name is an error, a repeated name a warning, an unknown name an error', () => {
    const d = baseDesign();
    expect(found(patch(d.p, d.table, { settings: [{ name: '', value: '1' }] }), 'mergeTree.setting.emptyName')).toEqual([
      expect.objectContaining({ field: 'settings.0', severity: 'error' }),
    ]);
    const twice = [{ name: 'index_granularity', value: '1024' }, { name: 'index_granularity', value: '8192' }];
    expect(found(patch(d.p, d.table, { settings: twice }), 'mergeTree.setting.duplicate')).toEqual([
      expect.objectContaining({ field: 'settings.1', severity: 'warning' }),
    ]);
    const [u] = found(patch(d.p, d.table, { settings: [{ name: 'INDEX_GRANULARITY', value: '1' }] }), 'mergeTree.setting.unknown');
    expect(u!.message).toContain('index_granularity');
    const [typo] = found(patch(d.p, d.table, { settings: [{ name: 'index_granulariti', value: '1' }] }), 'mergeTree.setting.unknown');
    expect(typo!.message).toContain('did you mean index_granularity');
    expect(found(patch(d.p, d.table, { settings: [{ name: 'index_granularity', value: '1024' }] }), 'mergeTree.setting.unknown')).toEqual([]);
  });
});

describe('MergeTree table: keys', () => {
  it('ORDER BY on a column that does not exist is an error on orderBy', () => {
    const d = baseDesign();
    const broken = patch(d.p, d.table, { orderBy: '(id, missing)' });
    const [e] = found(broken, 'mergeTree.orderBy.unknownColumn');
    expect(e).toMatchObject({ field: 'orderBy', severity: 'error', entityId: d.table });
    expect(e!.message).toContain('`missing`');
    expect(found(patch(d.p, d.table, { orderBy: '(id, toDate(ts))' }), 'mergeTree.orderBy.unknownColumn')).toEqual([]);
  });

  it('PARTITION BY, PRIMARY KEY and SAMPLE BY report unknown columns on their own fields', () => {
    const d = baseDesign();
    expect(found(patch(d.p, d.table, { partitionBy: 'day' }), 'mergeTree.partitionBy.unknownColumn')).toEqual([expect.objectContaining({ field: 'partitionBy' })]);
    expect(found(patch(d.p, d.table, { primaryKey: 'nope' }), 'mergeTree.primaryKey.unknownColumn')).toEqual([expect.objectContaining({ field: 'primaryKey' })]);
    expect(found(patch(d.p, d.table, { sampleBy: 'nope' }), 'mergeTree.sampleBy.unknownColumn')).toEqual([expect.objectContaining({ field: 'sampleBy' })]);
  });

  it('ALIAS columns cannot be in a key', () => {
    const d = baseDesign();
    const p = addColumn(d.p, d.table, { name: 'k', type: 'UInt64', defaultKind: 'ALIAS', defaultExpr: 'id * 2' });
    expect(found(patch(p, d.table, { orderBy: 'k' }), 'mergeTree.orderBy.notStored')).toHaveLength(1);
    const materialized = updateColumn(p, d.table, columnNamed(p, d.table, 'k').id, { defaultKind: 'MATERIALIZED' });
    expect(found(patch(materialized, d.table, { orderBy: 'k' }), 'mergeTree.orderBy.notStored')).toEqual([]);
  });

  it('PRIMARY KEY must be a prefix of ORDER BY, compared element by element', () => {
    const d = baseDesign();
    const t = (orderBy: string, primaryKey: string) => found(patch(d.p, d.table, { orderBy, primaryKey }), 'mergeTree.primaryKey.notPrefix');
    expect(t('(id, ts)', 'ts')).toEqual([expect.objectContaining({ field: 'primaryKey' })]);
    expect(t('id', '(id, ts)')).toHaveLength(1);
    expect(t('', 'id')).toEqual([]);
    expect(t('tuple()', 'id')).toHaveLength(1);
    expect(t('(id, toDate(ts))', 'id')).toEqual([]);
    expect(t('tuple(id,   toDate( ts ))', '(id, toDate(ts))')).toEqual([]);
  });

  it('Nullable key columns need allow_nullable_key', () => {
    const d = baseDesign();
    const p = addColumn(d.p, d.table, { name: 'n', type: 'Nullable(String)' });
    const broken = patch(p, d.table, { orderBy: '(id, n)' });
    expect(found(broken, 'mergeTree.key.nullable')).toEqual([expect.objectContaining({ field: 'orderBy' })]);
    expect(found(patch(p, d.table, { partitionBy: 'n' }), 'mergeTree.key.nullable')).toEqual([expect.objectContaining({ field: 'partitionBy' })]);
    expect(found(patch(broken, d.table, { settings: [{ name: 'allow_nullable_key', value: '1' }] }), 'mergeTree.key.nullable')).toEqual([]);
  });

  it('uncomparable types cannot be key columns and floats cannot partition', () => {
    const d = baseDesign();
    let p = addColumn(d.p, d.table, { name: 'j', type: 'JSON' });
    expect(found(patch(p, d.table, { orderBy: 'j' }), 'mergeTree.key.type')).toHaveLength(1);
    p = addColumn(d.p, d.table, { name: 'f', type: 'Float64' });
    expect(found(patch(p, d.table, { partitionBy: 'f' }), 'mergeTree.partitionBy.float')).toHaveLength(1);
    expect(found(patch(p, d.table, { orderBy: 'f' }), 'mergeTree.key.type')).toEqual([]);
  });

  it('SAMPLE BY must be an unsigned integer that is part of the key', () => {
    const d = baseDesign();
    const p = addColumn(d.p, d.table, { name: 's', type: 'Int32' });
    expect(found(patch(p, d.table, { orderBy: '(id, s)', sampleBy: 's' }), 'mergeTree.sampleBy.type')).toHaveLength(1);
    expect(found(patch(d.p, d.table, { orderBy: 'ts', sampleBy: 'id' }), 'mergeTree.sampleBy.notInKey')).toHaveLength(1);
    const ok = patch(d.p, d.table, { orderBy: '(ts, intHash32(id))', sampleBy: 'intHash32(id)' });
    expect([...found(ok, 'mergeTree.sampleBy.type'), ...found(ok, 'mergeTree.sampleBy.notInKey')]).toEqual([]);
  });
});

describe('MergeTree table: engine parameters', () => {
  it('Collapsing needs a sign column', () => {
    const d = baseDesign();
    expect(found(withEngine(d.p, d.table, 'CollapsingMergeTree', {}), 'mergeTree.engine.param.missing')).toEqual([
      expect.objectContaining({ field: 'engine.sign', severity: 'error' }),
    ]);
  });

  it('VersionedCollapsing needs sign and version', () => {
    const d = baseDesign();
    const fields = found(withEngine(d.p, d.table, 'VersionedCollapsingMergeTree', {}), 'mergeTree.engine.param.missing').map((x) => x.field);
    expect(fields.sort()).toEqual(['engine.sign', 'engine.version']);
  });

  it('an engine parameter of the wrong type is an error: sign must be Int8', () => {
    const d = baseDesign();
    const p = addColumn(d.p, d.table, { name: 'sign', type: 'UInt8' });
    const broken = withEngine(p, d.table, 'CollapsingMergeTree', { sign: 'sign' });
    const [e] = found(broken, 'mergeTree.engine.param.type');
    expect(e).toMatchObject({ field: 'engine.sign', severity: 'error' });
    expect(e!.message).toContain('Int8');
    const fixed = updateColumn(broken, d.table, columnNamed(broken, d.table, 'sign').id, { type: 'Int8' });
    expect(found(fixed, 'mergeTree.engine.param.type')).toEqual([]);
  });

  it('ver must be an integer or date type; String is an error and Float a warning', () => {
    const d = baseDesign();
    expect(found(withEngine(d.p, d.table, 'ReplacingMergeTree', { ver: 'name' }), 'mergeTree.engine.param.type')).toEqual([
      expect.objectContaining({ field: 'engine.ver' }),
    ]);
    expect(found(withEngine(d.p, d.table, 'ReplacingMergeTree', { ver: 'ts' }), 'mergeTree.engine.param.type')).toEqual([]);
    const p = addColumn(d.p, d.table, { name: 'v', type: 'Float64' });
    const f = withEngine(p, d.table, 'ReplacingMergeTree', { ver: 'v' });
    expect(found(f, 'mergeTree.engine.param.type')).toEqual([]);
    expect(found(f, 'mergeTree.engine.param.typeUnusual')).toEqual([expect.objectContaining({ severity: 'warning' })]);
  });

  it('is_deleted must be UInt8 or Bool and needs ver', () => {
    const d = baseDesign();
    let p = addColumn(d.p, d.table, { name: 'del', type: 'UInt16' });
    const noVer = withEngine(p, d.table, 'ReplacingMergeTree', { isDeleted: 'del' });
    expect(found(noVer, 'mergeTree.engine.isDeleted.needsVer')).toEqual([expect.objectContaining({ field: 'engine.isDeleted' })]);
    expect(found(noVer, 'mergeTree.engine.param.type')).toEqual([expect.objectContaining({ field: 'engine.isDeleted' })]);
    p = updateColumn(p, d.table, columnNamed(p, d.table, 'del').id, { type: 'UInt8' });
    const ok = withEngine(p, d.table, 'ReplacingMergeTree', { ver: 'id', isDeleted: 'del' });
    expect([...found(ok, 'mergeTree.engine.isDeleted.needsVer'), ...found(ok, 'mergeTree.engine.param.type')]).toEqual([]);
  });

  it('parameters must name existing columns', () => {
    const d = baseDesign();
    expect(found(withEngine(d.p, d.table, 'ReplacingMergeTree', { ver: 'nope' }), 'mergeTree.engine.param.unknownColumn')).toHaveLength(1);
    expect(found(withEngine(d.p, d.table, 'SummingMergeTree', { columns: 'nope' }), 'mergeTree.engine.param.unknownColumn')).toEqual([
      expect.objectContaining({ field: 'engine.columns' }),
    ]);
  });

  it('Summing columns must be numeric and outside the sorting key', () => {
    const d = baseDesign();
    const p = addColumn(d.p, d.table, { name: 'amount', type: 'Float64' });
    expect(found(withEngine(p, d.table, 'SummingMergeTree', { columns: 'name' }), 'mergeTree.engine.param.type')).toHaveLength(1);
    expect(found(withEngine(p, d.table, 'SummingMergeTree', { columns: 'id, amount' }), 'mergeTree.engine.param.keyColumn')).toHaveLength(1);
    const ok = withEngine(p, d.table, 'SummingMergeTree', { columns: 'amount' });
    expect([...found(ok, 'mergeTree.engine.param.type'), ...found(ok, 'mergeTree.engine.param.keyColumn')]).toEqual([]);
  });

  it('Coalescing columns must be outside the sorting key but may be any type', () => {
    const d = baseDesign();
    expect(found(withEngine(d.p, d.table, 'CoalescingMergeTree', { columns: 'id' }), 'mergeTree.engine.param.keyColumn')).toHaveLength(1);
    expect(found(withEngine(d.p, d.table, 'CoalescingMergeTree', { columns: 'name' }), 'mergeTree.engine.param.type')).toEqual([]);
  });

  it('Replicated: Keeper path and replica name both or neither', () => {
    const d = baseDesign();
    const broken = withEngine(d.p, d.table, 'MergeTree', {}, { replicated: true, zooPath: '/clickhouse/t', replicaName: '' });
    expect(found(broken, 'mergeTree.engine.replication.partial')).toEqual([expect.objectContaining({ field: 'engine.zooPath' })]);
    const both = withEngine(d.p, d.table, 'MergeTree', {}, { replicated: true, zooPath: '/clickhouse/t', replicaName: '{replica}' });
    const neither = withEngine(d.p, d.table, 'MergeTree', {}, { replicated: true });
    expect([...found(both, 'mergeTree.engine.replication.partial'), ...found(neither, 'mergeTree.engine.replication.partial')]).toEqual([]);
  });
});
