// Writing a value into a JSON column: ClickHouse casts to JSON only from String, Map, Tuple
// and JSON. Replayed on chdb for sources of every kind (scalars the other cast rules never
// measured, geo shapes, Variant, Dynamic, wrappers): castVerdict refuses exactly what
// ClickHouse refuses when the view is created.
import { afterAll, describe, expect, it } from 'vitest';
import { closeNamespace, runInFreshNamespace } from '../../../test/chdb';
import { castVerdict } from './castRules';

const SOURCES = [
  'Time64(3)', 'Time', 'Dynamic', 'Variant(String, UInt8)', 'Nullable(Time64(3))', 'IntervalDay', 'Point', 'Ring', 'LineString', 'MultiPolygon',
  'Geometry', 'LowCardinality(String)', 'Nullable(String)', 'LowCardinality(Nullable(String))', 'QBit(Float32, 8)', 'BFloat16', 'Decimal(9, 2)',
  'Date', 'DateTime64(3)', 'FixedString(3)', "Enum8('a' = 1)", 'UUID', 'IPv6', 'Bool', 'UInt64', 'Int256', 'Array(String)', 'Map(String, UInt8)',
  'Tuple(a UInt8)', 'JSON(a UInt8)', 'SimpleAggregateFunction(any, String)', 'SimpleAggregateFunction(any, UInt8)',
];

afterAll(() => closeNamespace());

describe('casts into a JSON column (chdb 26.7)', () => {
  it(`are refused exactly when ClickHouse refuses them (${SOURCES.length} source types)`, () => {
    const statements = ['CREATE TABLE default.dst (j JSON) ENGINE = Memory'];
    SOURCES.forEach((t, i) => statements.push(`CREATE TABLE default.src${i} (x ${t}) ENGINE = Memory`, `CREATE MATERIALIZED VIEW default.mv${i} TO default.dst AS SELECT x AS j FROM default.src${i}`));
    const { ns, results } = runInFreshNamespace(statements);
    ns.close();
    const wrong = SOURCES.flatMap((t, i) => {
      if (!results[1 + 2 * i]!.ok) return [`${t}: the source table itself was refused`];
      const refused = !results[2 + 2 * i]!.ok;
      const kind = castVerdict(t, 'JSON').kind;
      const flagged = kind === 'refused';
      return refused === flagged ? [] : [`${t}: ClickHouse ${refused ? 'refuses' : 'accepts'}, castVerdict says ${kind}`];
    });
    expect(wrong).toEqual([]);
    expect(results.filter((r) => !r.ok).length).toBeGreaterThan(SOURCES.length / 3);
  }, 60_000);
});
