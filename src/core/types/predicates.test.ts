import { describe, expect, it } from 'vitest';
import {
  baseFamily,
  isDateLike,
  isDecimal,
  isFloat,
  isInteger,
  isNullable,
  isNumeric,
  isStringLike,
  isUnsignedInteger,
  unwrapLowCardinality,
} from './predicates';
import { node, typeArg } from './ast';

describe('type predicates', () => {
  it('see through LowCardinality and Nullable', () => {
    expect(baseFamily('LowCardinality(Nullable(String))')).toBe('String');
    expect(baseFamily('bigint')).toBe('Int64');
    expect(baseFamily('Array(UInt8)')).toBe('Array');
    expect(baseFamily('Array(')).toBeUndefined();
  });

  it('detect nullability only at the top (Array(Nullable) is not nullable)', () => {
    expect(isNullable('Nullable(UInt8)')).toBe(true);
    expect(isNullable('LowCardinality(Nullable(String))')).toBe(true);
    expect(isNullable('Array(Nullable(UInt8))')).toBe(false);
    expect(isNullable('String')).toBe(false);
  });

  it('classify numbers, dates and strings', () => {
    expect(isUnsignedInteger('UInt64')).toBe(true);
    expect(isUnsignedInteger('Int64')).toBe(false);
    expect(isInteger('Nullable(Int8)')).toBe(true);
    expect(isInteger('Float32')).toBe(false);
    expect(isFloat('DOUBLE')).toBe(true);
    expect(isDecimal('Decimal32(2)')).toBe(true);
    expect(isNumeric('Decimal(10, 2)')).toBe(true);
    expect(isNumeric('Bool')).toBe(false);
    expect(isDateLike("DateTime64(3, 'UTC')")).toBe(true);
    expect(isDateLike('TIMESTAMP')).toBe(true);
    expect(isDateLike('String')).toBe(false);
    expect(isStringLike('LowCardinality(FixedString(3))')).toBe(true);
    expect(isStringLike('UUID')).toBe(false);
  });

  it('accept trees as well as text', () => {
    const lc = node('LowCardinality', typeArg(node('String')));
    expect(unwrapLowCardinality(lc)).toEqual(node('String'));
    expect(isStringLike(lc)).toBe(true);
  });
});
