// Writing values of the less common families (Time, Time64, intervals, Variant, QBit,
// Geometry, Dynamic, geo shapes) into columns of every family through a materialized view,
// replayed on chdb: castVerdict says 'refused' exactly when ClickHouse refuses the view.
import { afterAll, describe, expect, it } from 'vitest';
import { closeNamespace, runInFreshNamespace } from '../../../test/chdb';
import { castVerdict } from './castRules';

const SOURCES = ['Time64(3)', 'Time', 'Variant(String, UInt8)', 'IntervalDay', 'QBit(Float32, 8)', 'Geometry', 'Dynamic', 'Nullable(Time)', 'Point', 'Ring'];
const TARGETS = [
  'UInt8', 'Int64', 'Int128', 'Float64', 'BFloat16', 'Decimal(9, 2)', 'String', 'FixedString(3)', 'Date', 'DateTime', 'DateTime64(3)', 'Time', 'Time64(3)',
  'IntervalDay', "Enum8('a' = 1)", 'UUID', 'IPv4', 'IPv6', 'Bool', 'Array(UInt8)', 'Map(String, UInt8)', 'Tuple(UInt8)', 'Point', 'Ring',
  'QBit(Float32, 8)', 'Variant(String, UInt8)', 'LowCardinality(String)', 'Nullable(UInt8)', 'Dynamic',
];
// Refused by ClickHouse, left 'unknown' here: QBit's elements would have to be compared with a
// geo shape's tuples.
const NOT_DECIDED = new Set(['QBit(Float32, 8) -> Ring']);
const PAIRS = TARGETS.flatMap((to) => SOURCES.map((from) => [from, to] as const));

afterAll(() => closeNamespace());

describe('casts from uncommon families (chdb 26.7)', () => {
  it(`are refused exactly when ClickHouse refuses them (${PAIRS.length} pairs)`, () => {
    const statements = PAIRS.flatMap(([from, to], i) => [
      `CREATE TABLE default.dst${i} (j ${to}) ENGINE = Memory`,
      `CREATE TABLE default.src${i} (x ${from}) ENGINE = Memory`,
      `CREATE MATERIALIZED VIEW default.mv${i} TO default.dst${i} AS SELECT x AS j FROM default.src${i}`,
    ]);
    const { ns, results } = runInFreshNamespace(statements);
    ns.close();
    const wrong = PAIRS.flatMap(([from, to], i) => {
      const pair = `${from} -> ${to}`;
      if (!results[3 * i]!.ok || !results[3 * i + 1]!.ok) return [`${pair}: a table was refused`];
      const refused = !results[3 * i + 2]!.ok;
      const kind = castVerdict(from, to).kind;
      if (refused && kind !== 'refused' && NOT_DECIDED.has(pair)) return [];
      return refused === (kind === 'refused') ? [] : [`${pair}: ClickHouse ${refused ? 'refuses' : 'accepts'}, castVerdict says ${kind}`];
    });
    expect(wrong).toEqual([]);
    const refusedCount = results.filter((r, i) => i % 3 === 2 && !r.ok).length;
    expect(refusedCount).toBeGreaterThan(PAIRS.length / 5);
    expect(PAIRS.length - refusedCount).toBeGreaterThan(PAIRS.length / 5);
  }, 120_000);
});
