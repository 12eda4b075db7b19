import { describe, expect, it } from 'vitest';
import { checkNode, checkType, isValidType } from './check';
import { node, typeArg } from './ast';

function errors(text: string, position?: 'column' | 'kafkaColumn') {
  return checkType(text, position).filter((p) => p.severity === 'error');
}

describe('checkType accepts valid types', () => {
  it.each([
    'UInt64', 'bigint', 'Decimal(76, 76)', 'Decimal(1, 0)', 'Decimal32(9)', 'Decimal256(76)', "DateTime64(9, 'Europe/Berlin')",
    "DateTime('UTC')", 'DateTime(3)', 'FixedString(1)', "Enum8('a' = -128, 'b' = 127)", "Enum16('a' = -32768)", "Enum('a', 'b')",
    'Array(Array(String))', 'Map(LowCardinality(String), Nullable(UInt8))', 'Tuple()', 'Tuple(a UInt8, b String)',
    'Nested(a UInt8)', 'Nullable(JSON)', 'LowCardinality(Nullable(FixedString(4)))', 'LowCardinality(UUID)',
    'Variant(String, UInt64)', 'Dynamic(max_types=254)', 'JSON(max_dynamic_paths=10000, a.b UInt32, SKIP c)',
    'AggregateFunction(uniqExactIf, UInt64, UInt8)', 'AggregateFunction(count)', 'SimpleAggregateFunction(groupArrayArray, Array(String))',
    'QBit(Int8, 3)', 'Time64(9)', 'IntervalDay', 'Geometry',
    'Map(String, Nothing)', 'Tuple(a Nothing)', 'Array(Tuple(Nullable(Nothing)))', 'AggregateFunction(uniq, Nothing)',
  ])('%s', (t) => {
    expect(checkType(t)).toEqual([]);
  });
});

describe('checkType rejects with a reason and a fix', () => {
  it.each([
    // [type, message fragment, offset]
    ['string', 'case-sensitive: did you mean String?', 0],
    ['UINT64', 'did you mean UInt64?', 0],
    ['Strng', 'Did you mean String?', 0],
    ['Array(Uint8)', 'did you mean UInt8?', 6],
    ['Decimal(77, 2)', 'precision must be an integer from 1 to 76, got 77', 8],
    ['Decimal(0)', 'from 1 to 76, got 0', 8],
    ['Decimal(10, 11)', 'scale must be an integer from 0 to the precision 10, got 11', 12],
    ['Decimal(10, -1)', 'got -1', 12],
    ['Decimal(1, 2, 3)', 'takes 0 to 2 arguments', 0],
    ['Decimal32(10)', 'Decimal32 scale must be an integer from 0 to the precision 9', 10],
    ['Decimal64(19)', 'precision 18', 10],
    ['Decimal128(39)', 'precision 38', 11],
    ['Decimal256(77)', 'precision 76', 11],
    ['Decimal32', 'Decimal32 takes 1 argument', 0],
    ['DateTime64(10)', 'integer from 0 to 9', 11],
    ['Time64(10)', 'integer from 0 to 9', 7],
    ["Time64(3, 'UTC')", 'time zones are not allowed', 0],
    ['DateTime64(3, UTC)', "Quote the time zone: write 'UTC'", 14],
    ["DateTime64(3, 'Mars/Base')", "Unknown time zone 'Mars/Base'", 14],
    ["DateTime('Europe/Berln')", "Did you mean 'Europe/Berlin'?", 9],
    ['DateTime64(3, 5)', 'quoted name', 14],
    ['FixedString(0)', 'at least 1; got 0', 12],
    ['FixedString(1.5)', 'got 1.5', 12],
    ["FixedString('a')", "the string 'a'", 12],
    ['FixedString', 'FixedString takes 1 argument', 0],
    ["Enum8('a' = 200)", "Value 200 of 'a' is outside Enum8's range -128..127. Use Enum16", 6],
    ["Enum8('a' = -129)", 'outside', 6],
    ["Enum16('a' = 40000)", "outside Enum16's range -32768..32767", 7],
    ["Enum8('a' = 1, 'a' = 2)", "Enum name 'a' is used twice", 15],
    ["Enum8('a' = 1, 'b' = 1)", "Enum value 1 is used by both 'a' and 'b'", 15],
    ["Enum8('a' = 2, 'b' = 1, 'c')", "Enum value 2 is used by both 'a' and 'c'", 24],
    ['Enum8()', 'needs at least one element', 0],
    ["Enum8(a = 1)", "must be quoted strings: write 'a'", 6],
    ['Array(UInt8, String)', 'Array takes exactly one type', 0],
    ['Array()', 'Array takes exactly one type', 0],
    ['Map(String)', 'Map takes exactly two types', 0],
    ['Map(Nullable(String), UInt8)', 'Map keys cannot be Nullable; use String as the key', 4],
    ['Map(LowCardinality(Nullable(String)), UInt8)', 'Map keys cannot be Nullable', 4],
    ['Tuple(a UInt8, String)', 'Name all Tuple elements or none', 0],
    ['Tuple(a UInt8, a String)', "Element name 'a' appears twice", 15],
    ['Nested()', 'Nested needs at least one named element', 0],
    ['Nullable(Array(UInt8))', 'put Nullable inside instead: Array(Nullable(UInt8))', 0],
    ['Nullable(Map(String, UInt8))', 'Map(String, Nullable(UInt8))', 0],
    ['Nullable(Tuple(a UInt8))', 'enable_nullable_tuple_type', 0],
    ['Nullable(LowCardinality(String))', 'wrong order: write LowCardinality(Nullable(String))', 0],
    ['Nullable(Nullable(String))', 'Nullable is repeated', 0],
    ['Nullable(Variant(String))', 'Variant cannot be wrapped in Nullable', 0],
    ['Nullable(Dynamic)', 'Dynamic cannot be wrapped in Nullable', 0],
    ['Nullable(Nothing)', 'Nothing cannot be stored', 9],
    ['Nullable(Point)', 'Geo type Point cannot be Nullable', 0],
    ['Nullable(AggregateFunction(uniq, UInt64))', 'aggregate state cannot be Nullable', 0],
    ['LowCardinality(UInt64)', 'allow_suspicious_low_cardinality_types', 0],
    ['LowCardinality(Date)', 'allow_suspicious_low_cardinality_types', 0],
    ['LowCardinality(Nullable(DateTime))', 'allow_suspicious_low_cardinality_types', 0],
    ['LowCardinality(Array(String))', 'only wraps String, FixedString or UUID', 0],
    ['LowCardinality(LowCardinality(String))', 'LowCardinality is repeated', 0],
    ['Nothing', 'Nothing cannot be stored', 0],
    ['Array(Array(Nothing))', 'Nothing cannot be stored', 12],
    // Refused under the default flatten_nested = 1, which stores it as a.a Array(Nothing).
    ['Nested(a Nothing)', 'Nothing cannot be stored', 9],
    ['SimpleAggregateFunction(any, Array(Nothing))', 'Nothing cannot be stored', 35],
    ['Variant(Nothing)', 'at least one type other than Nothing', 0],
    ['JSON(a Tuple(Nothing))', 'JSON typed path cannot hold Nothing', 13],
    ['JSON(a Array(BFloat16))', 'JSON typed path cannot hold BFloat16', 13],
    ['JSON(a IntervalDay)', 'JSON typed path cannot hold IntervalDay', 7],
    ['SimpleAggregateFunction(uniq, UInt64)', 'SimpleAggregateFunction does not support uniq', 24],
    ['SimpleAggregateFunction(summ, UInt64)', 'Did you mean sum?', 24],
    ['SimpleAggregateFunction(sum, UInt32)', 'write SimpleAggregateFunction(sum, UInt64)', 29],
    ['SimpleAggregateFunction(sum, Decimal(9, 2))', 'SimpleAggregateFunction(sum, Decimal(38, 2))', 29],
    ['SimpleAggregateFunction(sum)', 'exactly one value type', 0],
    ['AggregateFunction(nope, UInt64)', 'Unknown aggregate function nope', 18],
    ['AggregateFunction(uniqExcat, UInt64)', 'Did you mean uniqExact?', 18],
    ['Variant()', 'Variant needs at least one type', 0],
    ['Variant(Nullable(String), UInt8)', 'Variant members cannot be Nullable', 8],
    ['Variant(Variant(String))', 'cannot contain another Variant', 8],
    ['Variant(Dynamic)', 'Dynamic cannot be a Variant member', 8],
    ['Dynamic(max_types=300)', 'max_types must be an integer from 0 to 254', 8],
    ['JSON(max_dynamic_types=255)', 'from 0 to 254', 5],
    ['JSON(max_dynamic_paths=10001)', 'from 0 to 10000', 5],
    ['JSON(foo=1)', 'JSON has no setting foo', 5],
    ['JSON(UInt8)', 'needs its path first', 5],
    ['QBit(UInt8, 8)', 'Int8, BFloat16, Float32 or Float64', 5],
    ['QBit(Float32, 0)', 'dimension must be a positive integer', 14],
    ['UUID(3)', 'UUID takes no arguments', 0],
    ['Array(UInt8', "Missing ')'", 5],
  ])('%s', (text, message, offset) => {
    const errs = errors(text);
    expect(errs.length, JSON.stringify(checkType(text))).toBeGreaterThan(0);
    const hit = errs.find((p) => p.message.includes(message));
    expect(hit, `${text}: ${errs.map((e) => e.message).join(' | ')}`).toBeDefined();
    expect(hit!.offset).toBe(offset);
  });
});

describe('warnings and positions', () => {
  it('warns (without failing) about ignored MySQL-style widths', () => {
    const ps = checkType('INT(11)');
    expect(ps).toHaveLength(1);
    expect(ps[0]!.severity).toBe('warning');
    expect(isValidType('INT(11)')).toBe(true);
  });

  it('warns about aggregate states in Kafka table columns only', () => {
    expect(checkType('AggregateFunction(uniq, UInt64)')).toEqual([]);
    const ps = checkType('AggregateFunction(uniq, UInt64)', 'kafkaColumn');
    expect(ps.map((p) => p.severity)).toEqual(['warning']);
  });

  it('reports nested problems of a tree built in code (no offsets)', () => {
    const ps = checkNode(node('Array', typeArg(node('Nullable', typeArg(node('Array', typeArg(node('String'))))))));
    expect(ps).toHaveLength(1);
    expect(ps[0]!.offset).toBeUndefined();
    expect(ps[0]!.message).toContain('Array(Nullable(String))');
  });

  it('isValidType is false on errors', () => {
    expect(isValidType('string')).toBe(false);
    expect(isValidType('String')).toBe(true);
  });
});
