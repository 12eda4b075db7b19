// Random ClickHouse column types, built as TypeNode trees from the type model
// and printed with its formatter: mostly valid ones, with invalid parameters,
// wrong nesting and unknown families mixed in so the checker is exercised too.
import fc from 'fast-check';
import { formatType, node, numArg, strArg, typeArg, type TypeNode } from '../../core/types';

const PLAIN = [
  'UInt8', 'UInt16', 'UInt32', 'UInt64', 'Int8', 'Int16', 'Int32', 'Int64', 'Float32', 'Float64',
  'String', 'Bool', 'Date', 'Date32', 'DateTime', 'UUID', 'IPv4', 'IPv6',
];

const scalar: fc.Arbitrary<TypeNode> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...PLAIN).map((f) => node(f)) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1, 4).map((n) => node('FixedString', numArg(n))) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom(1, 9, 18, 38, 76, 77), fc.constantFrom(0, 2, 10)).map(([p, s]) => node('Decimal', numArg(p), numArg(s))),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(0, 3, 9, 10), fc.option(fc.constantFrom('UTC', 'Europe/Paris', 'Mars/Base'), { nil: undefined }))
      .map(([p, tz]) => (tz === undefined ? node('DateTime64', numArg(p)) : node('DateTime64', numArg(p), strArg(tz)))),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(1, -1, 200).map((v) => node('Enum8', { kind: 'enum', name: 'a', value: String(v) }, { kind: 'enum', name: 'b', value: '2' })),
  },
  { weight: 1, arbitrary: fc.constantFrom('JSON', 'Dynamic', 'string', 'Object').map((f) => node(f)) },
);

/** The value types aggregate columns are declared over. */
const AGG_ARGS = ['UInt64', 'UInt32', 'Float64', 'String', 'DateTime'];

export const aggregateType: fc.Arbitrary<TypeNode> = fc.oneof(
  fc
    .tuple(fc.constantFrom('sum', 'uniq', 'max', 'count'), fc.constantFrom(...AGG_ARGS))
    .map(([f, t]) => (f === 'count' ? node('AggregateFunction', { kind: 'func', name: 'count', params: [] }) : node('AggregateFunction', { kind: 'func', name: f, params: [] }, typeArg(node(t))))),
  fc
    .tuple(fc.constantFrom('sum', 'max', 'anyLast', 'uniq'), fc.constantFrom(...AGG_ARGS))
    .map(([f, t]) => node('SimpleAggregateFunction', { kind: 'func', name: f, params: [] }, typeArg(node(t)))),
);

const composite: fc.Arbitrary<TypeNode> = fc.letrec<{ t: TypeNode }>((tie) => ({
  t: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 10, arbitrary: scalar },
    { weight: 2, arbitrary: tie('t').map((x) => node('Nullable', typeArg(x))) },
    { weight: 2, arbitrary: tie('t').map((x) => node('LowCardinality', typeArg(x))) },
    { weight: 2, arbitrary: tie('t').map((x) => node('Array', typeArg(x))) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('String', 'UInt64', 'Nullable(String)', 'LowCardinality(String)'), tie('t')).map(([k, v]) => node('Map', typeArg(parseSimple(k)), typeArg(v))) },
    { weight: 1, arbitrary: fc.tuple(tie('t'), tie('t'), fc.boolean()).map(([a, b, named]) => (named ? node('Tuple', typeArg(a, 'a'), typeArg(b, 'b')) : node('Tuple', typeArg(a), typeArg(b)))) },
    { weight: 1, arbitrary: aggregateType },
  ),
})).t;

function parseSimple(text: string): TypeNode {
  const m = /^(\w+)\((\w+)\)$/.exec(text);
  return m ? node(m[1]!, typeArg(node(m[2]!))) : node(text);
}

/** Any type text, valid or not; `favourValid` makes plain scalars dominate. */
export function typeText(favourValid: boolean): fc.Arbitrary<string> {
  const plain = fc.constantFrom('UInt64', 'UInt64', 'UInt32', 'UInt8', 'Int64', 'Int8', 'String', 'DateTime', 'String', 'DateTime', 'Date', 'Float64', 'LowCardinality(String)', 'Nullable(String)', 'Nullable(UInt64)');
  // Nothing only at the top: nested in a Tuple ClickHouse accepts it while the type model refuses it
  // (reported, not fixed here: src/core/types belongs to the types area).
  return fc.oneof({ weight: favourValid ? 14 : 1, arbitrary: plain }, { weight: 1, arbitrary: composite.map(formatType) }, { weight: 1, arbitrary: fc.constantFrom('Nothing', 'Nullable(Nothing)') });
}
