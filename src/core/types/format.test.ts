import { describe, expect, it } from 'vitest';
import { node, numArg, strArg, typeArg, type TypeArg, type TypeNode } from './ast';
import { canonicalize, formatType } from './format';
import { normalizeType } from './normalize';
import { parseType } from './parse';

function parsed(text: string): TypeNode {
  const r = parseType(text);
  if (!r.ok) throw new Error(r.error);
  return r.type;
}

describe('formatType / normalizeType', () => {
  it.each([
    ['Decimal(18,4)', 'Decimal(18, 4)'],
    ["DateTime64(3,'UTC')", "DateTime64(3, 'UTC')"],
    ["Enum8('a'=1,'b'=2)", "Enum8('a' = 1, 'b' = 2)"],
    ['Map(String,UInt64)', 'Map(String, UInt64)'],
    ['Tuple(a UInt8,b String)', 'Tuple(a UInt8, b String)'],
    ['LowCardinality(Nullable(String))', 'LowCardinality(Nullable(String))'],
    ['AggregateFunction(uniq,UInt64)', 'AggregateFunction(uniq, UInt64)'],
    ['AggregateFunction(quantiles(0.50,0.9),Float64)', 'AggregateFunction(quantiles(0.5, 0.9), Float64)'],
    ['SimpleAggregateFunction(sum,UInt64)', 'SimpleAggregateFunction(sum, UInt64)'],
    ['FixedString(16)', 'FixedString(16)'],
    ['Nested(a UInt8,b String)', 'Nested(a UInt8, b String)'],
    ['json', 'JSON'],
    ['Variant(UInt64,String)', 'Variant(String, UInt64)'],
    ['Variant(String, String)', 'Variant(String)'],
    ['bigint', 'Int64'],
    ['varchar(255)', 'String'],
    ['TIMESTAMP', 'DateTime'],
    ['Decimal32(4)', 'Decimal(9, 4)'],
    ['Decimal256(3)', 'Decimal(76, 3)'],
    ['DEC', 'Decimal(10, 0)'],
    ['Decimal(010, 02)', 'Decimal(10, 2)'],
    ['DateTime(3)', 'DateTime64(3)'],
    ["DateTime32('UTC')", "DateTime('UTC')"],
    ['DateTime64', 'DateTime64(3)'],
    ["Enum('a', 'b' = 5, 'c')", "Enum8('a' = 1, 'b' = 5, 'c' = 6)"],
    ["Enum('a' = 300)", "Enum16('a' = 300)"],
    ["Enum8('it''s' = 1)", "Enum8('it\\'s' = 1)"],
    ['Tuple', 'Tuple()'],
    ['Tuple(`a b` UInt8, `x``y` String)', 'Tuple(`a b` UInt8, `x\\`y` String)'],
    ["JSON(max_dynamic_paths = 10, a.b UInt32, SKIP c)", 'JSON(max_dynamic_paths=10, `a.b` UInt32, SKIP c)'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeType(input)).toBe(expected);
    // Stable: normalising the canonical form changes nothing.
    expect(normalizeType(expected)).toBe(expected);
  });

  it('returns unparsable text unchanged', () => {
    expect(normalizeType('Array(UInt8')).toBe('Array(UInt8');
  });

  it('leaves shapes ClickHouse would reject as written for the checker', () => {
    expect(normalizeType('Decimal32(x)')).toBe('Decimal32(x)');
    expect(normalizeType("Enum8('a' = 1.5)")).toBe("Enum8('a' = 1.5)");
    expect(normalizeType('DateTime64(3, UTC)')).toBe('DateTime64(3, UTC)');
  });
});

/** A small deterministic PRNG so the property test is reproducible. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const SCALARS = ['UInt8', 'Int64', 'Float64', 'String', 'Date', 'UUID', 'IPv4', 'Bool', 'JSON'];
const NAMES = ['a', 'b c', 'x.y', 'it`s', '_z9'];
const STRINGS = ['UTC', "it's", 'back\\slash', '', 'ünï'];

function genArgLiteral(r: () => number): TypeArg {
  return r() < 0.5 ? numArg(Math.floor(r() * 200) - 100) : strArg(STRINGS[Math.floor(r() * STRINGS.length)]!);
}

function gen(r: () => number, depth: number): TypeNode {
  const pick = <T,>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const k = depth > 3 ? 0 : Math.floor(r() * 11);
  switch (k) {
    case 1:
      return node('Array', typeArg(gen(r, depth + 1)));
    case 2:
      return node('Map', typeArg(gen(r, depth + 1)), typeArg(gen(r, depth + 1)));
    case 3: {
      const n = Math.floor(r() * 3);
      const named = r() < 0.5;
      return node('Tuple', ...Array.from({ length: n }, (_, i) => typeArg(gen(r, depth + 1), named ? `${pick(NAMES)}${i}` : undefined)));
    }
    case 4:
      return node('Nullable', typeArg(gen(r, depth + 1)));
    case 5:
      return node('Decimal', numArg(1 + Math.floor(r() * 76)), numArg(Math.floor(r() * 10)));
    case 6:
      return node('DateTime64', numArg(Math.floor(r() * 10)), strArg(pick(STRINGS)));
    case 7:
      return node('Enum16', ...Array.from({ length: 1 + Math.floor(r() * 3) }, (_, i) => ({ kind: 'enum' as const, name: `${pick(STRINGS)}${i}`, value: String(i * 7 - 5) })));
    case 8:
      return node('AggregateFunction', { kind: 'func', name: pick(['uniq', 'quantiles', 'argMax']), params: r() < 0.5 ? [] : [genArgLiteral(r)] }, typeArg(gen(r, depth + 1)));
    case 9:
      return node('Variant', typeArg(gen(r, depth + 1)), typeArg(gen(r, depth + 1)));
    case 10:
      return node('FixedString', numArg(1 + Math.floor(r() * 64)));
    default:
      return node(pick(SCALARS));
  }
}

describe('round trip property', () => {
  it('parse(format(t)) equals the canonical t, and formatting is idempotent, for 500 random trees', () => {
    const r = rng(42);
    for (let i = 0; i < 500; i++) {
      const t = gen(r, 0);
      const text = formatType(t);
      const back = parseType(text);
      expect(back.ok, text).toBe(true);
      if (!back.ok) continue;
      expect(back.type, text).toEqual(canonicalize(t));
      expect(formatType(back.type)).toBe(text);
    }
  });

  it('canonical trees are fixed points of canonicalize', () => {
    const t = parsed("Map(String, Array(Tuple(a LowCardinality(String), b Nullable(Decimal(10, 2)))))");
    expect(canonicalize(t)).toEqual(t);
  });
});
