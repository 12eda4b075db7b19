// A SimpleAggregateFunction column stores its value type, and ClickHouse checks the
// wrappers around it (Nullable, LowCardinality, Variant, Map keys, ...) against that
// stored type. Replayed on chdb over a grid of wrappers × value types: the checker
// (plus validation's JSON-serialization rule) refuses exactly what ClickHouse refuses.
import { afterAll, describe, expect, it } from 'vitest';
import { closeNamespace, runInFreshNamespace } from '../../test/chdb';
import { aggregateArgumentProblem } from '../rules/validate/aggregateTypes';
import { checkType } from './check';

const VALUES = [
  'UInt8', 'String', 'Nullable(String)', 'Array(UInt8)', 'Point', 'Dynamic', 'JSON', 'Nothing', 'LowCardinality(String)', 'Decimal(9, 2)',
  'Variant(UInt8, String)', 'Tuple(UInt8)', 'Map(String, UInt8)', 'IPv4', 'UUID', 'Date', "Enum8('a' = 1)", 'FixedString(3)', 'AggregateFunction(uniq, UInt8)',
];
const WRAPPERS: ((saf: string) => string)[] = [
  (s) => `Nullable(${s})`, (s) => `LowCardinality(${s})`, (s) => `LowCardinality(Nullable(${s}))`, (s) => `Array(${s})`,
  (s) => `Map(String, ${s})`, (s) => `Map(${s}, UInt8)`, (s) => `Tuple(a ${s})`, (s) => `Variant(${s}, UInt64)`,
  (s) => `SimpleAggregateFunction(any, ${s})`, (s) => `JSON(a ${s})`,
];
const CASES = WRAPPERS.flatMap((wrap) => VALUES.flatMap((v) => [wrap(`SimpleAggregateFunction(any, ${v})`), wrap(`SimpleAggregateFunction(anyLast, ${v})`)]));

afterAll(() => closeNamespace());

describe('SimpleAggregateFunction inside other types (chdb 26.7)', () => {
  it(`is refused exactly when ClickHouse refuses it (${CASES.length} types)`, () => {
    const { ns, results } = runInFreshNamespace(CASES.map((t, i) => `CREATE TABLE default.saf${i} (c ${t}) ENGINE = Memory`));
    ns.close();
    const refusedCount = results.filter((r) => !r.ok).length;
    const wrong = CASES.flatMap((t, i) => {
      const refused = !results[i]!.ok;
      const flagged = checkType(t, 'column').some((p) => p.severity === 'error') || aggregateArgumentProblem(t) !== undefined;
      return refused === flagged ? [] : [`${t}: ClickHouse ${refused ? 'refuses' : 'accepts'}, checker ${flagged ? 'refuses' : 'accepts'}`];
    });
    expect(wrong).toEqual([]);
    expect(refusedCount).toBeGreaterThan(CASES.length / 5);
    expect(CASES.length - refusedCount).toBeGreaterThan(CASES.length / 5);
  }, 120_000);
});
