// Replays the measurement behind argumentTypes.ts on chdb: every checked function
// or operator over a column of each representative type is refused by ClickHouse
// exactly when the table says so (types whose verdict depends on what they hold
// are only required to stay unjudged).
import { afterAll, describe, expect, it } from 'vitest';
import { baseFamily } from '../../types';
import { closeNamespace, runInFreshNamespace } from '../../../test/chdb';
import { CHECKED_FUNCTIONS, refusedArgument } from './argumentTypes';

const TYPES = [
  'UInt8', 'UInt128', 'UInt256', 'Int32', 'Int128', 'Int256', 'Bool', 'Float32', 'Float64', 'BFloat16', 'Decimal(10, 2)', 'Decimal(76, 3)',
  'String', 'FixedString(4)', 'Date', 'Date32', 'DateTime', "DateTime64(3, 'UTC')", 'Time', 'Time64(3)',
  "Enum8('a' = 1)", "Enum16('a' = 1000)", 'UUID', 'IPv4', 'IPv6', 'Array(UInt8)', 'Map(String, UInt8)', 'JSON', 'Dynamic',
  'Point', 'Ring', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'IntervalSecond', 'IntervalDay',
  'Nullable(UInt8)', 'LowCardinality(String)', 'Nullable(DateTime)', 'LowCardinality(Nullable(String))',
  'AggregateFunction(groupArray, Nullable(UInt64))', 'Tuple(a UInt8)', 'Tuple(a String)', 'Tuple(a DateTime)',
];
// Accepted or refused depending on the element types: the table must not judge them.
const DEPENDS = ['Variant(String)', 'Variant(UInt8, String)', 'SimpleAggregateFunction(sum, UInt64)'];
// The operators that work on a Tuple element by element (exprType.test.ts checks the elements).
const ELEMENTWISE = new Set(['%', 'negate']);

function call(fn: string, column: string): string {
  if (fn === '+' || fn === '-') return `${column} ${fn} 1`;
  if (fn === '%') return `${column} % 4`;
  if (fn === 'negate') return `-${column}`;
  return `${fn}(${column})`;
}

afterAll(() => closeNamespace());

describe('argument types refused by functions and operators (chdb 26.7)', () => {
  it('each verdict matches ClickHouse', { timeout: 120_000 }, () => {
    const all = [...TYPES, ...DEPENDS];
    const table = `CREATE TABLE default.args (${all.map((t, i) => `c${i} ${t}`).join(', ')}) ENGINE = Memory`;
    // A key only analyses its expression (toTypeName does the same); a view's CREATE also runs
    // the SELECT on an empty block, where a few functions refuse more.
    const cases = CHECKED_FUNCTIONS.flatMap((fn) =>
      all.flatMap((type, i) => [
        ...(fn === '%' ? [{ fn, type, context: 'partition' as const, sql: `CREATE TABLE default.part${i} (c ${type}, d UInt8) ENGINE = MergeTree PARTITION BY c % 4 ORDER BY d SETTINGS allow_nullable_key = 1` }] : []),
        { fn, type, context: 'key' as const, sql: `SELECT toTypeName(${call(fn, `c${i}`)}) FROM default.args` },
        { fn, type, context: 'view' as const, sql: `SELECT ${call(fn, `c${i}`)} FROM default.args` },
      ]),
    );
    const { ns, results } = runInFreshNamespace([table, ...cases.map((c) => c.sql)]);
    ns.close();
    expect(results[0]!.error).toBe('');
    const wrong = cases.flatMap((c, i) => {
      const refused = !results[i + 1]!.ok;
      const predicted = refusedArgument(c.fn, baseFamily(c.type)!, c.context) !== undefined;
      const label = `${c.context}: ${c.fn} ${c.type}`;
      // intHash of a Decimal runs for 32/64-bit decimals only, so the family alone cannot tell.
      const byWidth = c.context === 'view' && c.fn.startsWith('intHash') && c.type.startsWith('Decimal');
      // In a partition key floats and Dynamic are refused by rules of their own (float key, Dynamic in a key).
      const otherRule = c.context === 'partition' && /^(Float32|Float64|BFloat16|Dynamic)$/.test(c.type);
      const elementwise = ELEMENTWISE.has(c.fn) && c.context !== 'partition' && c.type.startsWith('Tuple');
      if (DEPENDS.includes(c.type) || byWidth || otherRule || elementwise) return predicted ? [`${label}: judged, but it depends on the elements`] : [];
      return refused === predicted ? [] : [`${label}: ClickHouse ${refused ? 'refuses' : 'accepts'}, table says ${predicted ? 'refused' : 'accepted'}`];
    });
    expect(wrong).toEqual([]);
  });
});
