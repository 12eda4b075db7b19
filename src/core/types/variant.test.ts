// Similar Variant members (allow_suspicious_variant_types) replayed on chdb: the type
// checker refuses a Variant exactly when ClickHouse does, over every pair of a grid of
// scalar types and a set of nested, wrapped and geo cases.
import { afterAll, describe, expect, it } from 'vitest';
import { closeNamespace, runInFreshNamespace } from '../../test/chdb';
import { checkType } from './check';

const SCALARS = [
  'Int8', 'UInt8', 'Int16', 'UInt16', 'Int32', 'UInt32', 'Int64', 'UInt64', 'Int128', 'UInt128', 'Int256', 'UInt256',
  'Float32', 'Float64', 'BFloat16', 'Decimal(9, 2)', 'Decimal(18, 0)', 'Decimal(38, 10)', 'Decimal(76, 2)', 'Decimal(76, 60)',
  "Enum8('a' = 1)", "Enum8('b' = 2)", "Enum16('a' = 1)", 'Bool', 'String', 'FixedString(2)', 'FixedString(3)', 'UUID', 'IPv4', 'IPv6',
  'Date', 'Date32', 'DateTime', "DateTime('UTC')", 'DateTime64(3)', 'Time', 'Time64(3)', 'IntervalSecond', 'IntervalDay',
  'JSON', 'Point', 'Ring', 'AggregateFunction(sum, UInt8)', 'Decimal32(4)',
];

// Boundaries and shapes the grid does not reach (each measured once by hand, then kept here).
const PAIRS: [string, string][] = [
  ['Decimal(76, 57)', 'UInt64'], ['Decimal(76, 56)', 'UInt64'], ['Decimal(76, 57)', 'Int64'], ['Decimal(76, 58)', 'Int64'],
  ['Decimal(76, 66)', 'Int32'], ['Decimal(76, 67)', 'Int32'], ['Decimal(76, 73)', 'Int8'], ['Decimal(76, 74)', 'Int8'],
  ['Decimal(76, 71)', 'Int16'], ['Decimal(76, 72)', 'Int16'], ['Decimal(76, 67)', 'UInt32'], ['Decimal(9, 0)', 'Int64'],
  ['Array(Nothing)', 'Array(Int8)'], ['Array(Bool)', 'Array(UInt8)'], ['Array(Bool)', 'Array(Int64)'], ['Array(Bool)', 'Array(String)'],
  ['Tuple(Bool)', 'Tuple(Int8)'], ['Array(Bool)', 'Array(Decimal(9, 2))'], ["Array(Bool)", "Array(Enum8('a' = 1))"], ['Array(Bool)', 'Array(IntervalDay)'],
  ['Array(Bool)', 'Array(Date)'], ['Array(Nullable(Int8))', 'Array(Int8)'], ['Array(Nullable(Int8))', 'Array(String)'],
  ['Array(LowCardinality(String))', 'Array(FixedString(2))'], ['LowCardinality(String)', 'String'], ["LowCardinality(String)", "Enum8('a' = 1)"],
  ['LowCardinality(String)', 'UUID'], ['Tuple(a Int8)', 'Tuple(b UInt8)'], ['Tuple(a Int8)', 'Tuple(Int16)'], ['Tuple(Int8, String)', 'Tuple(Int16)'],
  ['Tuple(Int8, String)', 'Tuple(Int16, Date)'], ['Tuple(Int8, String)', 'Tuple(Int16, FixedString(2))'],
  ['Map(String, Int8)', 'Map(FixedString(2), UInt8)'], ['Map(String, Int8)', 'Map(String, Date)'], ['Map(String, Int8)', 'Map(Int8, Int8)'],
  ['Map(String, Int8)', 'Map(LowCardinality(String), Int8)'], ['Point', 'Tuple(Float32, Float64)'], ['Point', 'Tuple(Int8, Int8)'],
  ['Ring', 'Array(Tuple(Float64, Float64))'], ['Ring', 'LineString'], ['Polygon', 'MultiLineString'], ['Point', 'Tuple(x Float64, y Float64)'],
  ['Array(Array(Int8))', 'Array(Array(UInt8))'], ['Array(Array(Int8))', 'Array(Int8)'], ['Array(Int8)', 'Array(Map(String, Int8))'],
  ['Nested(a Int8)', 'Array(Tuple(a Int8))'], ['Nested(a Int8)', 'Nested(b UInt8)'], ['JSON', 'JSON(a Int8)'], ['Array(JSON)', 'Array(String)'],
  ['Array(Dynamic)', 'Array(Int8)'], ['Array(Variant(Int8, String))', 'Array(Int8)'], ['AggregateFunction(sum, UInt64)', 'AggregateFunction(sum, UInt32)'],
  ['SimpleAggregateFunction(sum, UInt64)', 'UInt32'], ['SimpleAggregateFunction(sum, UInt64)', 'String'], ['Array(UUID)', 'Array(IntervalDay)'],
  ['Array(IPv4)', 'Array(UInt32)'], ['Array(Decimal(9, 2))', 'Array(IPv4)'], ["Array(Enum8('a' = 1))", 'Array(UInt64)'],
  ['DateTime64(3)', 'DateTime64(6)'], ["DateTime64(3, 'UTC')", 'DateTime64(3)'], ['Time64(3)', 'Time64(6)'], ['IntervalMonth', 'IntervalYear'],
  ['IntervalDay', 'Tuple(Int8)'], ['IntervalDay', 'LowCardinality(String)'], ['FixedString(16)', 'UUID'], ['QBit(Float32, 8)', 'Array(Float32)'],
  ['Array(Int8)', 'Tuple(Int8)'], ['Map(String, Int8)', 'Array(Tuple(String, Int8))'],
  ["Array(Tuple(Int8, String))", "Array(Tuple(UInt8, Enum8('a' = 1)))"], ["Array(Tuple(Int8, String))", "Array(Tuple(UInt64, Enum8('a' = 1)))"],
  // fuzz seed 663549097, design 7,541
  ['Array(Decimal(76, 2))', "Array(Enum8('a' = -1, 'b' = 2))"],
];

const CASES = [...SCALARS.flatMap((a, i) => SCALARS.slice(i + 1).map((b) => `${a}, ${b}`)), ...PAIRS.map(([a, b]) => `${a}, ${b}`)];

afterAll(() => closeNamespace());

describe('Variant members (chdb 26.7)', () => {
  it(`similar members are refused exactly when ClickHouse refuses them (${CASES.length} pairs)`, () => {
    const { ns, results } = runInFreshNamespace(CASES.map((v, i) => `CREATE TABLE default.variant${i} (c Variant(${v})) ENGINE = Memory`));
    ns.close();
    const refusedCount = results.filter((r) => !r.ok).length;
    const wrong = CASES.flatMap((v, i) => {
      const refused = !results[i]!.ok;
      const flagged = checkType(`Variant(${v})`, 'column').some((p) => p.severity === 'error');
      return refused === flagged ? [] : [`Variant(${v}): ClickHouse ${refused ? 'refuses' : 'accepts'}, checker ${flagged ? 'refuses' : 'accepts'}`];
    });
    expect(wrong).toEqual([]);
    // Both outcomes must be well represented, or the agreement proves little.
    expect(refusedCount).toBeGreaterThan(CASES.length / 5);
    expect(CASES.length - refusedCount).toBeGreaterThan(CASES.length / 3);
  }, 120_000);
});
