// Replays the codec measurement on chdb: for every chain below on every type, the
// validator flags the column exactly when ClickHouse refuses CREATE TABLE.
import { afterAll, describe, expect, it } from 'vitest';
import { closeNamespace, runInFreshNamespace } from '../../../test/chdb';
import { col } from '../../../test/pipelines';
import type { Diagnostic } from '../diagnostics';
import { validateCodec } from './codecs';

const TYPES = [
  'UInt8', 'UInt64', 'UInt128', 'Int256', 'Bool', 'Float32', 'Float64', 'BFloat16', 'Decimal(9, 2)', 'Decimal(18, 2)', 'Decimal(38, 2)',
  'Decimal(76, 0)', 'String', 'FixedString(2)', 'FixedString(16)', 'Date', 'Date32', 'DateTime', 'DateTime64(3)', 'Time', 'Time64(3)',
  "Enum8('a' = 1)", "Enum16('a' = 1)", 'UUID', 'IPv4', 'IPv6', 'IntervalDay', 'Nullable(Float64)', 'LowCardinality(String)',
  'Array(Float64)', 'Map(String, UInt64)', 'Tuple(UInt64, Float64)', 'Variant(String, UInt64)', 'JSON', 'Dynamic', 'Point',
  // JSON typed paths are stored streams the codec must suit (fuzz seed 522083129: JSON(`a.b` String) CODEC(T64)).
  'JSON(a String)', 'JSON(a UInt32)', 'JSON(a Float64)', 'JSON(a UInt32, b Float64)', 'JSON(a Map(String, UInt32))', 'Tuple(JSON(a String), UInt32)', 'Tuple(Dynamic, Float64)',
  'Tuple(JSON, Float64)', 'Tuple(a JSON(b Float64))', 'Array(JSON)', 'Array(JSON(a Float64))', 'Map(String, JSON)', 'Array(Dynamic)', 'JSON(a Tuple(Float64, Float64))', 'Map(String, Float64)',
];
const CHAINS = [
  'Delta, LZ4', 'DoubleDelta', 'T64', 'GCD, LZ4', 'Gorilla', 'FPC', 'Delta', 'ZSTD, Delta', 'Delta, Gorilla, LZ4', 'NONE, LZ4',
  'ZSTD(3)', 'LZ4, ZSTD', 'T64, ZSTD(1)', 'DoubleDelta, LZ4HC(9)', 'GCD', 'Delta(4), LZ4', 'Gorilla(8)', 'Delta(3), LZ4',
];

afterAll(() => closeNamespace());

describe('column codecs (chdb 26.7)', () => {
  it('each chain on each type is flagged exactly when ClickHouse refuses it', { timeout: 300_000 }, () => {
    const cases = CHAINS.flatMap((codec) => TYPES.map((type) => ({ codec, type })));
    const { ns, results } = runInFreshNamespace(cases.map((c, i) => `CREATE TABLE default.codec${i} (a ${c.type} CODEC(${c.codec})) ENGINE = MergeTree ORDER BY tuple()`));
    ns.close();
    const wrong = cases.flatMap((c, i) => {
      const found: Diagnostic[] = [];
      validateCodec('t', col('a', c.type, { codec: c.codec }), (d) => found.push(d));
      const refused = !results[i]!.ok;
      const flagged = found.some((d) => d.severity === 'error');
      return refused === flagged ? [] : [`${c.type} CODEC(${c.codec}): ClickHouse ${refused ? `refuses (${results[i]!.error.slice(0, 90)})` : 'accepts'}, validator ${flagged ? `flags it: ${found[0]!.message}` : 'is silent'}`];
    });
    expect(wrong).toEqual([]);
  });
});
