import { describe, expect, it } from 'vitest';
import type { EngineSpec, MergeTreeFamily } from '../../model/types';
import { col, mergeTree, pipeline } from '../../../test/pipelines';
import { buildContext } from '../context';
import { emitMergeTree, engineClause } from './mergeTree';

const engine = (family: MergeTreeFamily, params: Record<string, string> = {}, extra: Partial<EngineSpec> = {}): EngineSpec => ({
  family,
  replicated: false,
  zooPath: '',
  replicaName: '',
  params,
  ...extra,
});

const emit = (t: ReturnType<typeof mergeTree>) => emitMergeTree(t, buildContext(pipeline([t])));

describe('engineClause', () => {
  it.each([
    [engine('MergeTree'), 'ENGINE = MergeTree'],
    [engine('ReplacingMergeTree', { ver: 'v' }), 'ENGINE = ReplacingMergeTree(v)'],
    [engine('ReplacingMergeTree', { ver: 'v', isDeleted: 'del' }), 'ENGINE = ReplacingMergeTree(v, del)'],
    // Alone, is_deleted would be read as the version column: left out until ver is set.
    [engine('ReplacingMergeTree', { isDeleted: 'del' }), 'ENGINE = ReplacingMergeTree'],
    [engine('SummingMergeTree', { columns: 'a' }), 'ENGINE = SummingMergeTree(a)'],
    [engine('SummingMergeTree', { columns: 'a, b,,' }), 'ENGINE = SummingMergeTree((a, b))'],
    [engine('AggregatingMergeTree', { ver: 'ignored' }), 'ENGINE = AggregatingMergeTree'],
    [engine('CollapsingMergeTree', { sign: 'sign' }), 'ENGINE = CollapsingMergeTree(sign)'],
    [engine('VersionedCollapsingMergeTree', { sign: 's', version: 'v' }), 'ENGINE = VersionedCollapsingMergeTree(s, v)'],
    [engine('CoalescingMergeTree', { columns: 'x,y' }), 'ENGINE = CoalescingMergeTree((x, y))'],
    [engine('CoalescingMergeTree'), 'ENGINE = CoalescingMergeTree'],
    [engine('SummingMergeTree', { columns: 'my col, `already q`' }), 'ENGINE = SummingMergeTree((`my col`, `already q`))'],
    [engine('ReplacingMergeTree', { ver: 'null' }), 'ENGINE = ReplacingMergeTree(`null`)'],
  ])('%j → %s', (e, sql) => {
    expect(engineClause(e)).toBe(sql);
  });

  it('writes Keeper arguments only when both path and replica are given', () => {
    const r = (zooPath: string, replicaName: string) =>
      engineClause(engine('ReplacingMergeTree', { ver: 'v' }, { replicated: true, zooPath, replicaName }));
    expect(r("/t/{database}/it's", 'r1')).toBe("ENGINE = ReplicatedReplacingMergeTree('/t/{database}/it\\'s', 'r1', v)");
    expect(r('/t', '')).toBe('ENGINE = ReplicatedReplacingMergeTree(v)');
    expect(r('', 'r1')).toBe('ENGINE = ReplicatedReplacingMergeTree(v)');
    expect(engineClause(engine('MergeTree', {}, { replicated: true }))).toBe('ENGINE = ReplicatedMergeTree');
  });
});

describe('emitMergeTree', () => {
  it('writes the clauses in SHOW CREATE order with SETTINGS after the keys and COMMENT last', () => {
    const t = mergeTree('m', 't', [col('a', 'UInt64'), col('ts', 'DateTime')], {
      orderBy: 'a, ts',
      partitionBy: 'toYYYYMM(ts)',
      primaryKey: 'a',
      sampleBy: 'a',
      ttl: 'ts + INTERVAL 1 DAY',
      settings: [
        { name: 'index_granularity', value: '1024' },
        { name: '', value: '1' },
        { name: 'storage_policy', value: 'hot' },
        { name: 'ttl_only_drop_parts', value: '' },
      ],
      comment: 'c',
    });
    const tail = emit(t).split('\n)\n')[1];
    expect(tail).toBe(
      [
        'ENGINE = MergeTree',
        'PARTITION BY toYYYYMM(ts)',
        'PRIMARY KEY a',
        'ORDER BY (a, ts)',
        'SAMPLE BY a',
        'TTL ts + INTERVAL 1 DAY',
        'SETTINGS',
        '    index_granularity = 1024,',
        "    storage_policy = 'hot'",
        "COMMENT 'c';",
      ].join('\n'),
    );
  });

  it('always writes ORDER BY: tuple() when empty, the primary key when only that is set', () => {
    expect(emit(mergeTree('m', 't', [col('a')], { orderBy: '' }))).toContain('\nORDER BY tuple();');
    expect(emit(mergeTree('m', 't', [col('a')], { orderBy: ' ', primaryKey: 'a' }))).toContain('\nPRIMARY KEY a\nORDER BY a;');
  });

  it('keeps key expressions as typed but quotes bare column names that need it', () => {
    const t = mergeTree('m', 't', [col('my col'), col('null'), col('ts', 'DateTime')], {
      orderBy: 'my col, toDate(ts), `null`',
      partitionBy: 'null',
      sampleBy: 'my col',
    });
    const sql = emit(t);
    expect(sql).toContain('\nORDER BY (`my col`, toDate(ts), `null`)');
    expect(sql).toContain('\nPARTITION BY `null`');
    expect(sql).toContain('\nSAMPLE BY `my col`');
    expect(emit(mergeTree('m', 't', [col('a'), col('b')], { orderBy: '(a, b)' }))).toContain('\nORDER BY (a, b);');
    expect(emit(mergeTree('m', 't', [col('a')], { orderBy: "concat(a, ',')" }))).toContain("\nORDER BY concat(a, ',');");
  });

  it('writes every column clause in parser order: default, comment, codec', () => {
    const t = mergeTree('m', 't', [
      col('a', 'UInt64', { defaultKind: 'DEFAULT', defaultExpr: '1', comment: 'x', codec: 'Delta, ZSTD' }),
      col('b', 'String', { defaultKind: 'EPHEMERAL' }),
      col('c', 'UInt64', { defaultKind: 'MATERIALIZED', defaultExpr: 'a * 2' }),
      col('d', '', { defaultKind: 'DEFAULT', defaultExpr: "'x'" }),
    ]);
    expect(emit(t)).toContain(
      "    a UInt64 DEFAULT 1 COMMENT 'x' CODEC(Delta, ZSTD),\n    b String EPHEMERAL,\n    c UInt64 MATERIALIZED a * 2,\n    d DEFAULT 'x'\n)",
    );
  });
});
