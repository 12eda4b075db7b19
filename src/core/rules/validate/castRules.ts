// What happens when a view writes a value of one type into a target column of
// another: ClickHouse inserts with CAST semantics and checks at CREATE that the
// conversion exists at all (docs/clickhouse.md §c.3). The "refused" table below
// was measured on chdb 26.7 (every pair of 26 representative types through a
// real TO view); pairs outside the families it knows are left unchecked.
import { formatType, parseType, unwrapLowCardinality, unwrapNullable, type TypeNode } from '../../types';
import { memoByTexts } from '../../types/memo';

export type CastVerdict =
  /** ClickHouse refuses the view at CREATE. */
  | { kind: 'refused' }
  /** -State missing: a plain value into an AggregateFunction column. */
  | { kind: 'missingState' }
  /** Both are aggregate states, of different functions or argument types. */
  | { kind: 'stateMismatch' }
  /** Accepted, but values may wrap or lose precision. */
  | { kind: 'narrowing'; why: string }
  /** Accepted, but text must parse at insert time; a bad message stalls the consumer. */
  | { kind: 'parse' }
  | { kind: 'fine' }
  | { kind: 'unknown' };

const INT_BITS: Record<string, number> = {
  UInt8: 8, UInt16: 16, UInt32: 32, UInt64: 64, UInt128: 128, UInt256: 256,
  Int8: 8, Int16: 16, Int32: 32, Int64: 64, Int128: 128, Int256: 256,
};
const FLOAT_BITS: Record<string, number> = { BFloat16: 16, Float32: 32, Float64: 64 };

const STRINGS = new Set(['String', 'FixedString']);
const DATES = new Set(['Date', 'Date32', 'DateTime', 'DateTime64']);
const ENUMS = new Set(['Enum8', 'Enum16', 'Enum']);
const DECIMALS = new Set(['Decimal', 'Decimal32', 'Decimal64', 'Decimal128', 'Decimal256']);

// Source families the measurement covered; anything else (Variant, Geo, Time, …) stays unknown.
const KNOWN_SOURCES = new Set([
  ...Object.keys(INT_BITS), ...Object.keys(FLOAT_BITS), ...STRINGS, ...DATES, ...ENUMS, ...DECIMALS,
  'Bool', 'UUID', 'IPv4', 'IPv6', 'Array', 'Map', 'Tuple', 'JSON', 'AggregateFunction', 'SimpleAggregateFunction',
]);

/** Families every value converts to at CREATE (wrapping or parsing at insert time). */
const ACCEPT_ALL = new Set([...Object.keys(INT_BITS), ...Object.keys(FLOAT_BITS), 'String', 'Bool', 'Date', 'DateTime', 'UUID', 'IPv4']);

// Target family → source families ClickHouse refuses (chdb 26.7, measured).
// 128- and 256-bit integers do not convert to decimals, DateTime64, Time64 or enums (measured).
const WIDE_INTS = new Set(['UInt128', 'UInt256', 'Int128', 'Int256']);
const SCALAR_REFUSALS = new Set(['UUID', 'IPv4', 'IPv6', 'Enum8', 'Enum16', 'Enum', 'Array', 'Map', 'Tuple', 'JSON', 'AggregateFunction']);

const JSON_SOURCES = new Set(['String', 'Map', 'Tuple', 'JSON', 'Object']);

// Sources outside KNOWN_SOURCES that a target family still refuses at CREATE, whatever their
// parameters (measured on chdb 26.7 for Time, Time64, intervals, Variant, QBit and Geometry;
// castSweep.test.ts replays them). Interval* is keyed as 'Interval'.
const ODD = ['Time', 'Time64', 'Interval', 'QBit', 'Geometry'];
const ODD_SOURCE_REFUSALS: Record<string, ReadonlySet<string>> = {
  FixedString: new Set([...ODD, 'Variant']),
  Enum8: new Set(ODD),
  Enum16: new Set(ODD),
  DateTime64: new Set(['Interval', 'QBit', 'Geometry']),
  ...Object.fromEntries([...DECIMALS].map((d) => [d, new Set(['Interval', 'QBit', 'Geometry'])])),
  Time64: new Set(['Interval', 'QBit', 'Geometry']),
  Array: new Set(['Time', 'Time64', 'Interval', 'Variant', 'Geometry']),
  QBit: new Set(['Time', 'Time64', 'Interval', 'Variant', 'Geometry']),
  Map: new Set([...ODD, 'Variant']),
  Tuple: new Set([...ODD, 'Variant']),
};

function oddSourceRefused(target: string, source: string): boolean {
  const key = source.startsWith('Interval') ? 'Interval' : source;
  return ODD_SOURCE_REFUSALS[target]?.has(key) ?? false;
}

function refusesSource(target: string, source: string): boolean | undefined {
  if (ACCEPT_ALL.has(target)) return false;
  if (DECIMALS.has(target) || target === 'DateTime64') return SCALAR_REFUSALS.has(source) || WIDE_INTS.has(source);
  // Time takes every value; Time64 refuses what DateTime64 does and IP addresses and Int128 too;
  // intervals refuse only decimals (measured).
  if (target === 'Time') return false;
  if (target === 'Time64') return SCALAR_REFUSALS.has(source) || WIDE_INTS.has(source) || ['IPv4', 'IPv6'].includes(source);
  if (target.startsWith('Interval')) return DECIMALS.has(source);
  if (target === 'FixedString') return !(STRINGS.has(source) || ENUMS.has(source) || source === 'Bool');
  if (ENUMS.has(target)) return WIDE_INTS.has(source) || source === 'BFloat16' || !(INT_BITS[source] !== undefined || FLOAT_BITS[source] !== undefined || STRINGS.has(source) || ENUMS.has(source) || source === 'Bool');
  if (target === 'Array') return !(STRINGS.has(source) || source === 'Array' || source === 'Map') || source === 'FixedString';
  if (target === 'Map') return source !== 'Map';
  if (target === 'Tuple') return !(source === 'String' || source === 'Tuple');
  if (target === 'QBit') return !(source === 'String' || source === 'Array' || source === 'QBit');
  if (target === 'JSON') return !JSON_SOURCES.has(source);
  return undefined;
}

function parse(text: string): TypeNode | undefined {
  const r = parseType(text);
  return r.ok ? r.type : undefined;
}

// Geo types are named shapes of Float64 tuples and arrays and convert like them.
const GEO: Record<string, string> = {
  Point: 'Tuple(Float64, Float64)',
  Ring: 'Array(Tuple(Float64, Float64))',
  LineString: 'Array(Tuple(Float64, Float64))',
  MultiLineString: 'Array(Array(Tuple(Float64, Float64)))',
  Polygon: 'Array(Array(Tuple(Float64, Float64)))',
  MultiPolygon: 'Array(Array(Array(Tuple(Float64, Float64))))',
};

function bare(n: TypeNode): TypeNode {
  const b = unwrapNullable(unwrapLowCardinality(n));
  const geo = Object.hasOwn(GEO, b.family) ? parse(GEO[b.family]!) : undefined;
  return geo ?? b;
}

/** How writing a value of type `fromText` into a column of type `toText` behaves. Shared and frozen. */
export function castVerdict(fromText: string, toText: string): CastVerdict {
  return castVerdictMemo(fromText, toText);
}

const castVerdictMemo = memoByTexts((fromText, toText) => Object.freeze(judgeCast(fromText, toText)));

function judgeCast(fromText: string, toText: string): CastVerdict {
  const from = parse(fromText);
  const to = parse(toText);
  if (!from || !to) return { kind: 'unknown' };
  const src = bare(from);
  const dst = bare(to);
  if (dst.family === 'AggregateFunction') {
    // A String is read as a serialized state, which is legal if unusual.
    if (src.family === 'String') return { kind: 'parse' };
    if (src.family !== 'AggregateFunction') return KNOWN_SOURCES.has(src.family) ? { kind: 'missingState' } : { kind: 'unknown' };
    return formatType(src) === formatType(dst) ? { kind: 'fine' } : { kind: 'stateMismatch' };
  }
  if (dst.family === 'Variant') return variantVerdict(src, dst);
  // ClickHouse casts to JSON only from String, Map, Tuple and JSON (its own message), whatever
  // the source family, so even sources measured nowhere else (Time64, Variant, intervals) are
  // decided; a Dynamic source is checked per value at insert time.
  if (dst.family === 'JSON') {
    const value = src.family === 'SimpleAggregateFunction' ? simpleValueType(src) : src;
    const family = value && bare(value).family;
    if (family !== undefined && family !== 'Dynamic' && !JSON_SOURCES.has(family)) return { kind: 'refused' };
  }
  if (!KNOWN_SOURCES.has(src.family)) return oddSourceRefused(dst.family, src.family) ? { kind: 'refused' } : { kind: 'unknown' };
  // A SimpleAggregateFunction column stores plain values of its argument type.
  const target = dst.family === 'SimpleAggregateFunction' ? simpleValueType(dst) : dst;
  if (!target) return { kind: 'unknown' };
  const source = src.family === 'SimpleAggregateFunction' ? simpleValueType(src) : src;
  if (!source) return { kind: 'unknown' };
  const refused = refusesSource(target.family, source.family);
  // An array of pairs converts to a Map (measured: Ring into Map(String, UInt8) is accepted).
  if (target.family === 'Map' && source.family === 'Array' && isPairArray(source)) return { kind: 'unknown' };
  if (refused === true) return { kind: 'refused' };
  // Tuples convert element by element, so only between the same number of elements.
  if (target.family === 'Tuple' && source.family === 'Tuple' && target.args.length !== source.args.length) return { kind: 'refused' };
  if (refused === undefined) return { kind: 'unknown' };
  // Arrays convert only between the same number of dimensions (a Map counts as one).
  if (target.family === 'Array' && (source.family === 'Array' || source.family === 'Map') && arrayDepth(source) !== arrayDepth(target)) return { kind: 'refused' };
  if (target.family === 'Array' && STRINGS.has(source.family)) return { kind: 'parse' };
  if (source.family === 'Array' && target.family === 'Array') return elementVerdict(source, target, 0);
  if (source.family === 'Map' && target.family === 'Map') return worst(elementVerdict(source, target, 0), elementVerdict(source, target, 1));
  if (STRINGS.has(source.family) && !STRINGS.has(target.family)) return { kind: 'parse' };
  const why = narrowing(source, target);
  return why ? { kind: 'narrowing', why } : { kind: 'fine' };
}

function isPairArray(n: TypeNode): boolean {
  const a = n.args[0];
  const element = a && a.kind === 'type' ? bare(a.type) : undefined;
  return element?.family === 'Tuple' && element.args.length === 2;
}

function arrayDepth(n: TypeNode): number {
  let depth = 0;
  for (let t: TypeNode | undefined = n; t && (t.family === 'Array' || t.family === 'Map'); depth++) {
    if (t.family === 'Map') return depth + 1;
    const a: TypeNode['args'][number] | undefined = t.args[0];
    t = a && a.kind === 'type' ? bare(a.type) : undefined;
  }
  return depth;
}

// Containers convert element by element.
function elementVerdict(src: TypeNode, dst: TypeNode, i: number): CastVerdict {
  const a = src.args[i];
  const b = dst.args[i];
  if (!a || !b || a.kind !== 'type' || b.kind !== 'type') return { kind: 'unknown' };
  const v = castVerdict(formatType(a.type), formatType(b.type));
  // Inside a container the aggregate-specific verdicts mean the same as a refusal.
  return v.kind === 'missingState' || v.kind === 'stateMismatch' ? { kind: 'refused' } : v;
}

const RANK: Record<CastVerdict['kind'], number> = { refused: 6, missingState: 5, stateMismatch: 5, unknown: 4, parse: 3, narrowing: 2, fine: 1 };

function worst(a: CastVerdict, b: CastVerdict): CastVerdict {
  return RANK[b.kind] > RANK[a.kind] ? b : a;
}

function simpleValueType(n: TypeNode): TypeNode | undefined {
  const a = n.args[1];
  return a && a.kind === 'type' ? bare(a.type) : undefined;
}

function narrowing(src: TypeNode, dst: TypeNode): string | undefined {
  const s = src.family;
  const d = dst.family;
  const sInt = INT_BITS[s];
  const dInt = INT_BITS[d];
  if (sInt !== undefined && dInt !== undefined) {
    const sSigned = s.startsWith('Int');
    const dSigned = d.startsWith('Int');
    if (sSigned && !dSigned) return `negative ${s} values wrap around in ${d}`;
    const room = dSigned && !sSigned ? dInt - 1 : dInt;
    return sInt > room ? `${s} values above the range of ${d} wrap around` : undefined;
  }
  if (sInt !== undefined && d === 'Bool') return `${s} values other than 0 and 1 become true`;
  if ((FLOAT_BITS[s] !== undefined || DECIMALS.has(s)) && dInt !== undefined) return `${s} values lose their fraction (and wrap when out of range) in ${d}`;
  if (FLOAT_BITS[s] !== undefined && FLOAT_BITS[d] !== undefined && FLOAT_BITS[s]! > FLOAT_BITS[d]!) return `${s} values lose precision in ${d}`;
  if (s === 'DateTime64' && (d === 'DateTime' || d === 'Date')) return `the sub-second part is dropped in ${d}`;
  if (s === 'DateTime' && d === 'Date') return 'the time of day is dropped in Date';
  if ((sInt !== undefined || FLOAT_BITS[s] !== undefined) && (d === 'Date' || d === 'DateTime')) return `${s} values are read as days or seconds since 1970 and may wrap`;
  return undefined;
}

/**
 * Into a Variant only its own member types convert (measured: UInt32 into Variant(String, UInt64)
 * is refused, UInt64 is not); a String is parsed, a Dynamic or a Variant of members checked per row.
 */
function variantVerdict(src: TypeNode, dst: TypeNode): CastVerdict {
  const members = new Set(dst.args.flatMap((a) => (a.kind === 'type' ? [formatType(a.type)] : [])));
  if (src.family === 'String') return { kind: 'parse' };
  if (src.family === 'Dynamic' || src.family === 'FixedString') return { kind: 'unknown' };
  const from = src.family === 'Variant' ? src.args.flatMap((a) => (a.kind === 'type' ? [formatType(a.type)] : [])) : [formatType(src)];
  return from.every((t) => members.has(t)) ? { kind: 'fine' } : { kind: 'refused' };
}
