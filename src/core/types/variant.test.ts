// Similar Variant members (allow_suspicious_variant_types) replayed on chdb: the
// type checker refuses a Variant exactly when ClickHouse does.
import { afterAll, describe, expect, it } from 'vitest';
import { closeNamespace, runInFreshNamespace } from '../../test/chdb';
import { checkType } from './check';

const VARIANTS = [
  'UInt8, Int8', 'Bool, UInt8', 'UInt8, Decimal(9, 0)', 'Decimal(1, 0), Decimal(9, 0)', 'Float32, Float64', 'Date, DateTime', 'Date, Date32',
  'DateTime, DateTime64(3)', 'String, FixedString(2)', "Enum8('a' = 1), String", 'UUID, String', 'Array(UInt8), Array(Int8)', 'Date, UInt16',
  'IPv4, UInt32', 'Time, DateTime', 'IPv4, IPv6', 'Int128, UInt8', 'BFloat16, UInt8', "Enum8('a' = 1), UInt8", 'Tuple(UInt8), Tuple(Int8)',
  'Map(String, UInt8), Map(String, Int8)', 'IntervalDay, UInt8', 'String, UInt64', 'Array(UInt8), String', 'UUID, IPv6',
];

afterAll(() => closeNamespace());

describe('Variant members (chdb 26.7)', () => {
  it('similar members are refused exactly when ClickHouse refuses them', () => {
    const { ns, results } = runInFreshNamespace(VARIANTS.map((v, i) => `CREATE TABLE default.variant${i} (c Variant(${v})) ENGINE = Memory`));
    ns.close();
    const wrong = VARIANTS.flatMap((v, i) => {
      const refused = !results[i]!.ok;
      const flagged = checkType(`Variant(${v})`, 'column').some((p) => p.severity === 'error');
      return refused === flagged ? [] : [`Variant(${v}): ClickHouse ${refused ? 'refuses' : 'accepts'}, checker ${flagged ? 'refuses' : 'accepts'}`];
    });
    expect(wrong).toEqual([]);
  });
});
