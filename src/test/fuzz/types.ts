// Random ClickHouse column types, built as TypeNode trees from the type model
// and printed with its formatter: every family ClickHouse 26.7 lists, in every
// nesting (Nullable, LowCardinality, Array, Map, Tuple, Variant, JSON typed
// paths), with parameters at and beyond their limits, so the type checker, the
// codec, key and cast rules all meet the edges. Plain scalars dominate when
// `favourValid` is set, so a useful share of designs still validates.
import fc from 'fast-check';
import { formatType, node, numArg, strArg, typeArg, type TypeArg, type TypeNode } from '../../core/types';

const INTS = ['UInt8', 'UInt16', 'UInt32', 'UInt64', 'UInt128', 'UInt256', 'Int8', 'Int16', 'Int32', 'Int64', 'Int128', 'Int256', 'Bool'];
const OTHER_PLAIN = ['Float32', 'Float64', 'BFloat16', 'String', 'Date', 'Date32', 'DateTime', 'UUID', 'IPv4', 'IPv6'];
const RARE_PLAIN = ['Time', 'IntervalSecond', 'IntervalDay', 'Point', 'Ring', 'Polygon', 'MultiPolygon', 'LineString', 'Nothing'];

const enumArg = (name: string, value?: number): TypeArg => (value === undefined ? { kind: 'enum', name } : { kind: 'enum', name, value: String(value) });

const decimal: fc.Arbitrary<TypeNode> = fc.oneof(
  fc.tuple(fc.constantFrom(1, 9, 10, 18, 19, 38, 39, 76, 77), fc.constantFrom(0, 2, 9, 10)).map(([p, s]) => node('Decimal', numArg(p), numArg(s))),
  fc.tuple(fc.constantFrom('Decimal32', 'Decimal64', 'Decimal128', 'Decimal256'), fc.constantFrom(0, 2, 9, 19)).map(([f, s]) => node(f, numArg(s))),
);

const dateTime: fc.Arbitrary<TypeNode> = fc.oneof(
  fc.constantFrom('UTC', 'Europe/Paris', 'Mars/Base').map((tz) => node('DateTime', strArg(tz))),
  fc
    .tuple(fc.constantFrom(0, 3, 6, 9, 10), fc.option(fc.constantFrom('UTC', 'Asia/Kolkata', 'Mars/Base'), { nil: undefined }))
    .map(([p, tz]) => (tz === undefined ? node('DateTime64', numArg(p)) : node('DateTime64', numArg(p), strArg(tz)))),
  fc.constantFrom(0, 3, 9, 10).map((p) => node('Time64', numArg(p))),
);

const enumType: fc.Arbitrary<TypeNode> = fc.oneof(
  fc.constantFrom(1, -1, 127, 200).map((v) => node('Enum8', enumArg('a', v), enumArg('b', 2))),
  fc.constantFrom(1, 1000, 40000).map((v) => node('Enum16', enumArg('a', v), enumArg('b', -5))),
  fc.constant(node('Enum', enumArg('a'), enumArg('b'))),
  fc.constant(node('Enum8', enumArg('a', 1), enumArg('a', 2))),
);

const semi: fc.Arbitrary<TypeNode> = fc.oneof(
  fc.constant(node('JSON')),
  fc.constantFrom(0, 16, 1025).map((n) => node('JSON', { kind: 'setting', name: 'max_dynamic_paths', value: String(n) })),
  fc.constantFrom('UInt32', 'String', 'Array(String)').map((t) => node('JSON', typeArg(parseSimple(t), 'a.b'), { kind: 'skip', path: 'c', regexp: false })),
  fc.constant(node('Dynamic')),
  fc.constantFrom(1, 8, 255, 256).map((n) => node('Dynamic', { kind: 'setting', name: 'max_types', value: String(n) })),
  fc.constant(node('Object', strArg('json'))),
);

const scalar: fc.Arbitrary<TypeNode> = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom(...INTS, ...OTHER_PLAIN).map((f) => node(f)) },
  { weight: 1, arbitrary: fc.constantFrom(...RARE_PLAIN, 'string').map((f) => node(f)) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1, 2, 4, 8, 16).map((n) => node('FixedString', numArg(n))) },
  { weight: 2, arbitrary: decimal },
  { weight: 2, arbitrary: dateTime },
  { weight: 1, arbitrary: enumType },
  { weight: 2, arbitrary: semi },
);

/** The value types aggregate columns are declared over. */
const AGG_ARGS = ['UInt64', 'UInt32', 'Int64', 'Float64', 'String', 'DateTime', 'Decimal(38, 2)', 'Nullable(UInt64)'];

export const aggregateType: fc.Arbitrary<TypeNode> = fc.oneof(
  fc
    .tuple(fc.constantFrom('sum', 'uniq', 'max', 'count', 'avg', 'anyLast', 'groupArray'), fc.constantFrom(...AGG_ARGS))
    .map(([f, t]) => (f === 'count' ? node('AggregateFunction', { kind: 'func', name: 'count', params: [] }) : node('AggregateFunction', { kind: 'func', name: f, params: [] }, typeArg(parseSimple(t))))),
  fc.constantFrom(0.5, 2).map((q) => node('AggregateFunction', { kind: 'func', name: 'quantile', params: [numArg(q)] }, typeArg(node('Float64')))),
  fc
    .tuple(fc.constantFrom('sum', 'max', 'min', 'anyLast', 'any', 'uniq', 'groupBitOr'), fc.constantFrom(...AGG_ARGS))
    .map(([f, t]) => node('SimpleAggregateFunction', { kind: 'func', name: f, params: [] }, typeArg(parseSimple(t)))),
);

const MAP_KEYS = ['String', 'UInt64', 'Int8', 'Date', 'UUID', 'Float64', 'Nullable(String)', 'LowCardinality(String)', 'Array(String)', 'JSON', 'Enum8(\'a\' = 1)'];

const composite: fc.Arbitrary<TypeNode> = fc.letrec<{ t: TypeNode }>((tie) => ({
  t: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 10, arbitrary: scalar },
    { weight: 2, arbitrary: tie('t').map((x) => node('Nullable', typeArg(x))) },
    { weight: 2, arbitrary: tie('t').map((x) => node('LowCardinality', typeArg(x))) },
    { weight: 2, arbitrary: tie('t').map((x) => node('Array', typeArg(x))) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...MAP_KEYS), tie('t')).map(([k, v]) => node('Map', typeArg(parseSimple(k)), typeArg(v))) },
    { weight: 1, arbitrary: fc.tuple(tie('t'), tie('t'), fc.boolean()).map(([a, b, named]) => (named ? node('Tuple', typeArg(a, 'a'), typeArg(b, 'b')) : node('Tuple', typeArg(a), typeArg(b)))) },
    { weight: 1, arbitrary: fc.tuple(tie('t'), tie('t')).map(([a, b]) => node('Variant', typeArg(a), typeArg(b))) },
    { weight: 1, arbitrary: tie('t').map((x) => node('JSON', typeArg(x, 'p'))) },
    { weight: 1, arbitrary: aggregateType },
  ),
})).t;

/** `Name` or `Name(Inner)` or a text the type model parses itself, as a node. */
function parseSimple(text: string): TypeNode {
  const m = /^(\w+)\((\w+)\)$/.exec(text);
  if (m) return node(m[1]!, typeArg(node(m[2]!)));
  if (/^\w+$/.test(text)) return node(text);
  const dec = /^Decimal\((\d+), (\d+)\)$/.exec(text);
  if (dec) return node('Decimal', numArg(dec[1]!), numArg(dec[2]!));
  return node('Enum8', enumArg('a', 1));
}

const PLAIN = ['UInt64', 'UInt64', 'UInt32', 'UInt8', 'Int64', 'Int8', 'String', 'DateTime', 'String', 'DateTime', 'Date', 'Float64', 'LowCardinality(String)', 'Nullable(String)', 'Nullable(UInt64)'];

/** Any type text, valid or not; `favourValid` makes plain scalars dominate. */
export function typeText(favourValid: boolean): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: favourValid ? 14 : 1, arbitrary: fc.constantFrom(...PLAIN) },
    { weight: 2, arbitrary: scalar.map(formatType) },
    { weight: 2, arbitrary: composite.map(formatType) },
  );
}
