import { describe, expect, it } from 'vitest';
import { parseAdvice } from './parseAdvice';

describe('parseAdvice', () => {
  it('suggests the -OrZero family only for types that have one', () => {
    expect(parseAdvice('x', 'UInt8')).toBe('Use toUInt8OrZero(x) or toUInt8OrNull(x).');
    expect(parseAdvice('x', 'LowCardinality(Nullable(Float64))')).toBe('Use toFloat64OrZero(x) or toFloat64OrNull(x).');
    expect(parseAdvice('ts', 'DateTime64(3)')).toContain('parseDateTime64BestEffortOrZero(ts)');
    expect(parseAdvice('d', 'Date')).toContain('toDateOrZero(d)');
    expect(parseAdvice('u', 'UUID')).toContain('toUUIDOrZero(u)');
  });

  it('reads arrays, maps and tuples from JSON instead of advising toUInt8OrZero', () => {
    const a = parseAdvice('bytes', 'Array(UInt8)');
    expect(a).toBe("Read it with JSONExtract(bytes, 'Array(UInt8)'), which gives an empty value for text that does not parse.");
    expect(a).not.toContain('OrZero');
    expect(parseAdvice('m', 'Map(String, UInt64)')).toContain("JSONExtract(m, 'Map(String, UInt64)')");
    expect(parseAdvice('e', "Enum8('a' = 1)")).toMatch(/no forgiving parser/);
  });
});

describe('parseAdvice on ClickHouse', () => {
  it('every function it names exists and forgives bad text', async () => {
    const { closeNamespace, runInFreshNamespace } = await import('../../../test/chdb');
    const types = ['UInt8', 'Float64', 'DateTime', 'DateTime64(3)', 'Date', 'Date32', 'UUID', 'IPv4', 'IPv6', 'Array(UInt8)', 'Map(String, UInt64)'];
    // The first call each sentence suggests, applied to text that does not parse.
    const calls = types.map((t) => /(\w+\(x(?:, '[^']*')?\))/.exec(parseAdvice('x', t))![1]!.replace(/\bx\b/, "'not a value'"));
    const { results } = runInFreshNamespace(calls.map((c) => `SELECT ${c}`));
    closeNamespace();
    for (const r of results) expect(r.error, r.sql).toBe('');
  });
});
