// When ClickHouse calls two Variant members "similar" (refused unless
// allow_suspicious_variant_types): when the two types have a common supertype.
// The rules below are read off ClickHouse 26.7 by creating every pair (variant.test.ts
// replays the whole grid on chdb), not guessed from type groups: e.g. Decimal has a
// supertype with Int8..UInt64 only while scale + digits fit in 76, UInt64 has none with a
// signed type narrower than Int128, and an Interval has one with UUID and IPv6.
import { formatType } from './format';
import type { TypeNode } from './ast';
import { parseType } from './parse';
import { typeArgs } from './problems';

type Scalar =
  | { c: 'int'; signed: boolean; bits: number; decimalDigits: number; isEnum?: true }
  | { c: 'float' }
  | { c: 'decimal'; scale: number }
  | { c: 'interval' }
  | { c: 'wide' } // UUID, IPv6: only an Interval is "similar" to them
  | { c: 'state' } // AggregateFunction: likewise
  | { c: 'date'; time: boolean; date: boolean }
  | { c: 'string' }
  | { c: 'json' }
  | { c: 'other' };

/** Digits ClickHouse reserves for an integer when it looks for a Decimal supertype (0: no Decimal supertype). */
const DECIMAL_DIGITS: Record<number, [number, number]> = { 8: [3, 3], 16: [5, 5], 32: [10, 10], 64: [19, 20] };
const MAX_DECIMAL_PRECISION = 76;

function num(n: TypeNode, i: number): number | undefined {
  const a = n.args[i];
  return a?.kind === 'number' ? Number(a.text) : undefined;
}

function enumBits(n: TypeNode): number {
  if (n.family === 'Enum8') return 8;
  if (n.family === 'Enum16') return 16;
  const wide = n.args.some((a) => a.kind === 'enum' && a.value !== undefined && (Number(a.value) > 127 || Number(a.value) < -128));
  return wide || n.args.length > 256 ? 16 : 8;
}

function intScalar(signed: boolean, bits: number, decimal = true): Extract<Scalar, { c: 'int' }> {
  const d = decimal ? DECIMAL_DIGITS[bits] : undefined;
  return { c: 'int', signed, bits, decimalDigits: d ? d[signed ? 0 : 1] : 0 };
}

function scalar(n: TypeNode, topLevel: boolean): Scalar {
  const f = n.family;
  const int = /^(U?)Int(8|16|32|64|128|256)$/.exec(f);
  if (int) return intScalar(int[1] === '', Number(int[2]));
  if (f === 'Bool') return topLevel ? { c: 'other' } : intScalar(false, 8);
  if (/^Enum(8|16)?$/.test(f)) return { ...intScalar(true, enumBits(n), false), isEnum: true };
  if (f === 'IPv4') return intScalar(false, 32, false);
  if (f === 'Float32' || f === 'Float64' || f === 'BFloat16') return { c: 'float' };
  if (f === 'Decimal') return { c: 'decimal', scale: num(n, 1) ?? 0 };
  if (/^Decimal(32|64|128|256)$/.test(f)) return { c: 'decimal', scale: num(n, 0) ?? 0 };
  if (f.startsWith('Interval')) return { c: 'interval' };
  if (f === 'UUID' || f === 'IPv6') return { c: 'wide' };
  if (f === 'AggregateFunction') return { c: 'state' };
  if (f === 'Date' || f === 'Date32') return { c: 'date', date: true, time: false };
  if (f === 'DateTime' || f === 'DateTime32' || f === 'DateTime64') return { c: 'date', date: true, time: true };
  if (f === 'Time' || f === 'Time64') return { c: 'date', date: false, time: true };
  if (f === 'String' || f === 'FixedString') return { c: 'string' };
  if (f === 'JSON' || f === 'Object') return { c: 'json' };
  return { c: 'other' };
}

function intsMeet(a: Extract<Scalar, { c: 'int' }>, b: Extract<Scalar, { c: 'int' }>): boolean {
  if (a.signed === b.signed) return true;
  const signedBits = a.signed ? a.bits : b.bits;
  const unsignedBits = a.signed ? b.bits : a.bits;
  if (signedBits > unsignedBits) return true;
  // A signed type twice as wide is needed: none for UInt64 (ClickHouse does not widen to Int128) nor UInt256.
  return unsignedBits !== 64 && unsignedBits !== 256;
}

function scalarsMeet(x: Scalar, y: Scalar): boolean {
  if (x.c === 'interval' || y.c === 'interval') {
    const other = x.c === 'interval' ? y : x;
    return ['interval', 'int', 'float', 'wide', 'state'].includes(other.c);
  }
  if (x.c === 'int' && y.c === 'int') return intsMeet(x, y);
  if (x.c === 'float' && y.c === 'float') return true;
  if (x.c === 'decimal' && y.c === 'decimal') return true;
  if ((x.c === 'int' && y.c === 'float') || (x.c === 'float' && y.c === 'int')) return (x.c === 'int' ? x : (y as { bits: number })).bits <= 32;
  if ((x.c === 'int' && y.c === 'decimal') || (x.c === 'decimal' && y.c === 'int')) {
    const i = (x.c === 'int' ? x : y) as Extract<Scalar, { c: 'int' }>;
    const d = (x.c === 'decimal' ? x : y) as Extract<Scalar, { c: 'decimal' }>;
    return i.decimalDigits > 0 && d.scale + i.decimalDigits <= MAX_DECIMAL_PRECISION;
  }
  if (x.c === 'date' && y.c === 'date') return (x.date && y.date) || (x.time && y.time);
  if (x.c === 'json' && y.c === 'json') return true;
  // Strings meet strings and enums; enums meet each other through the integer rule above.
  const stringy = (s: Scalar) => s.c === 'string' || (s.c === 'int' && s.isEnum === true);
  return (x.c === 'string' || y.c === 'string') && stringy(x) && stringy(y);
}

const GEO: Record<string, string> = {
  Point: 'Tuple(Float64, Float64)',
  Ring: 'Array(Point)',
  LineString: 'Array(Point)',
  Polygon: 'Array(Ring)',
  MultiLineString: 'Array(LineString)',
  MultiPolygon: 'Array(Polygon)',
};

/** The type ClickHouse compares: wrappers that do not change the value set are looked through. */
function unwrap(t: TypeNode): TypeNode {
  for (;;) {
    const inner = typeArgs(t);
    if ((t.family === 'LowCardinality' || t.family === 'Nullable') && inner.length === 1) t = inner[0]!;
    else if (t.family === 'SimpleAggregateFunction' && inner.length > 0) t = inner[inner.length - 1]!;
    else if (t.family === 'Nested') t = { family: 'Array', args: [{ kind: 'type', type: { family: 'Tuple', args: t.args } }] };
    else if (GEO[t.family] !== undefined) {
      const g = parseType(GEO[t.family]!);
      if (!g.ok) return t;
      t = g.type;
    } else return t;
  }
}

function supertypeExists(a: TypeNode, b: TypeNode, topLevel: boolean): boolean {
  const x = unwrap(a);
  const y = unwrap(b);
  if (formatType(x) === formatType(y)) return true;
  if (x.family === 'Nothing' || y.family === 'Nothing' || x.family === 'Dynamic' || y.family === 'Dynamic') return true;
  const containers = /^(Array|Map|Tuple)$/;
  if (containers.test(x.family) || containers.test(y.family)) {
    if (x.family !== y.family) return false;
    const xs = typeArgs(x);
    const ys = typeArgs(y);
    return xs.length === ys.length && xs.every((t, i) => supertypeExists(t, ys[i]!, false));
  }
  return scalarsMeet(scalar(x, topLevel), scalar(y, topLevel));
}

/** True when ClickHouse refuses the two as members of one Variant (Bool is never compared at the top level). */
export function similarVariantMembers(a: TypeNode, b: TypeNode): boolean {
  if (formatType(a) === formatType(b)) return false;
  return supertypeExists(a, b, true);
}
