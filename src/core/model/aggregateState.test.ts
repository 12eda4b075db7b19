import { afterEach, describe, expect, it } from 'vitest';
import { closeNamespace, runInFreshNamespace } from '../../test/chdb';
import { col, link, mergeTree, pipeline, view } from '../../test/pipelines';
import { generateSql } from '../sql/generate';
import { aggregateColumnType, readBackQuery, suggestAggregateExpression } from './aggregateState';

const source = [col('id', 'UInt64'), col('user_id', 'UInt32'), col('amount', 'Float64'), col('ts', 'DateTime')];

describe('aggregateColumnType', () => {
  it('reads function, parameters and argument types', () => {
    expect(aggregateColumnType('AggregateFunction(quantiles(0.5, 0.9), Float64)')).toEqual({
      kind: 'state',
      func: 'quantiles',
      params: '0.5, 0.9',
      argTypes: ['Float64'],
    });
    expect(aggregateColumnType('SimpleAggregateFunction(max, Float64)')?.kind).toBe('simple');
    expect(aggregateColumnType('UInt64')).toBeUndefined();
    expect(aggregateColumnType('AggregateFunction(')).toBeUndefined();
  });
});

describe('suggestAggregateExpression', () => {
  it('picks a source column of the exact argument type', () => {
    expect(suggestAggregateExpression('AggregateFunction(uniq, UInt32)', source)).toBe('uniqState(user_id)');
    expect(suggestAggregateExpression('AggregateFunction(sum, Float64)', source)).toBe('sumState(amount)');
    expect(suggestAggregateExpression('AggregateFunction(quantiles(0.5, 0.9), Float64)', source)).toBe('quantilesState(0.5, 0.9)(amount)');
    expect(suggestAggregateExpression('AggregateFunction(argMax, UInt64, DateTime)', source)).toBe('argMaxState(id, ts)');
    expect(suggestAggregateExpression('AggregateFunction(count)', source)).toBe('countState()');
    expect(suggestAggregateExpression('SimpleAggregateFunction(max, Float64)', source)).toBe('max(amount)');
    expect(suggestAggregateExpression('AggregateFunction(uniq, UUID)', source)).toBe('uniqState(?)');
    expect(suggestAggregateExpression('String', source)).toBeUndefined();
  });
});

describe('aggregating pipeline on chdb', () => {
  afterEach(() => closeNamespace());

  it('suggested -State expressions create the view, and the read-back query merges the states', () => {
    const targetCols = [
      col('day', 'Date'),
      col('users', 'AggregateFunction(uniq, UInt32)'),
      col('total', 'AggregateFunction(sum, Float64)'),
      col('p', 'AggregateFunction(quantiles(0.5), Float64)'),
      col('biggest', 'SimpleAggregateFunction(max, Float64)'),
    ];
    const rows: [string, string][] = [['day', 'toDate(ts)']];
    for (const c of targetCols.slice(1)) rows.push([c.name, suggestAggregateExpression(c.type, source)!]);
    const raw = mergeTree('r', 'raw', source);
    const v = view('v', 'daily_mv', rows, { groupBy: 'day' });
    const daily = mergeTree('d', 'daily', targetCols, { engine: { family: 'AggregatingMergeTree', replicated: false, zooPath: '', replicaName: '', params: {} }, orderBy: 'day' });
    const p = pipeline([raw, v, daily], [link('r', 'v'), link('v', 'd')]);
    const { ns, results } = runInFreshNamespace(generateSql(p).statements.map((s) => s.text));
    for (const r of results) expect(r.error, r.sql).toBe('');
    for (const batch of ["(1, 7, 2.5, '2026-01-02 10:00:00'), (2, 8, 1.5, '2026-01-02 11:00:00')", "(3, 7, 4, '2026-01-02 12:00:00')"])
      expect(ns.run(`INSERT INTO default.raw VALUES ${batch}`).error).toBe('');
    const q = readBackQuery(daily)!;
    expect(q).toContain('uniqMerge(users) AS users');
    expect(q).toContain('quantilesMerge(0.5)(p) AS p');
    expect(q).toContain('max(biggest) AS biggest');
    const out = ns.rows<{ day: string; users: string; total: number; biggest: number }>(q.replace(/;$/, ''));
    expect(out.map((r) => [r.day, Number(r.users), r.total, r.biggest])).toEqual([['2026-01-02', 2, 8, 4]]);
    ns.close();
  });

  it('gives no query for a table without aggregate columns', () => {
    expect(readBackQuery(mergeTree('x', 'plain', [col('a', 'UInt8')]))).toBeUndefined();
  });
});
