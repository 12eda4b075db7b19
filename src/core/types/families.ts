import { node, numArg, strArg, typeArg, type TypeArg, type TypeNode } from './ast';

export interface FamilyGroup {
  label: string;
  families: string[];
}

const INTERVALS = ['Nanosecond', 'Microsecond', 'Millisecond', 'Second', 'Minute', 'Hour', 'Day', 'Week', 'Month', 'Quarter', 'Year'].map((u) => `Interval${u}`);

/** Every canonical family, grouped the way the type picker lists them. */
export const FAMILY_GROUPS: FamilyGroup[] = [
  { label: 'Integers', families: ['UInt8', 'UInt16', 'UInt32', 'UInt64', 'UInt128', 'UInt256', 'Int8', 'Int16', 'Int32', 'Int64', 'Int128', 'Int256', 'Bool'] },
  { label: 'Floats', families: ['Float32', 'Float64', 'BFloat16'] },
  { label: 'Decimals', families: ['Decimal', 'Decimal32', 'Decimal64', 'Decimal128', 'Decimal256'] },
  { label: 'Strings', families: ['String', 'FixedString'] },
  { label: 'Date/Time', families: ['Date', 'Date32', 'DateTime', 'DateTime32', 'DateTime64', 'Time', 'Time64', ...INTERVALS] },
  { label: 'Enums', families: ['Enum8', 'Enum16', 'Enum'] },
  { label: 'UUID/IP', families: ['UUID', 'IPv4', 'IPv6'] },
  { label: 'Geo', families: ['Point', 'Ring', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'Geometry'] },
  { label: 'Semi-structured', families: ['JSON', 'Dynamic', 'Variant'] },
  { label: 'Composite', families: ['Array', 'Map', 'Tuple', 'Nested', 'Nullable', 'LowCardinality'] },
  { label: 'Aggregate', families: ['AggregateFunction', 'SimpleAggregateFunction'] },
  { label: 'Special', families: ['QBit', 'Nothing'] },
];

const str = () => node('String');

/** A valid starting value for each family, so picking one never yields a broken type. */
export function defaultNode(family: string): TypeNode {
  switch (family) {
    case 'Decimal':
      return node('Decimal', numArg(18), numArg(4));
    case 'Decimal32':
    case 'Decimal64':
    case 'Decimal128':
    case 'Decimal256':
      return node(family, numArg(2));
    case 'DateTime64':
      return node('DateTime64', numArg(3));
    case 'Time64':
      return node('Time64', numArg(3));
    case 'FixedString':
      return node('FixedString', numArg(16));
    case 'Enum8':
    case 'Enum16':
      return node(family, { kind: 'enum', name: 'a', value: '1' }, { kind: 'enum', name: 'b', value: '2' });
    case 'Enum':
      return node('Enum', { kind: 'enum', name: 'a' }, { kind: 'enum', name: 'b' });
    case 'Array':
    case 'Nullable':
    case 'LowCardinality':
      return node(family, typeArg(str()));
    case 'Map':
      return node('Map', typeArg(str()), typeArg(str()));
    case 'Tuple':
    case 'Nested':
      return node(family, typeArg(str(), 'a'));
    case 'Variant':
      return node('Variant', typeArg(str()), typeArg(node('UInt64')));
    case 'AggregateFunction':
      return node('AggregateFunction', { kind: 'func', name: 'uniq', params: [] }, typeArg(node('UInt64')));
    case 'SimpleAggregateFunction':
      return node('SimpleAggregateFunction', { kind: 'func', name: 'sum', params: [] }, typeArg(node('UInt64')));
    case 'QBit':
      return node('QBit', typeArg(node('Float32')), numArg(8));
    default:
      return node(family);
  }
}

/** Parses `0.5, 0.9` or `'(?1)(?2)'` into aggregate function parameters; undefined when malformed. */
export function parseFunctionParams(text: string): TypeArg[] | undefined {
  if (text.trim() === '') return [];
  const item = /\s*(?:([-+]?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?)|'((?:[^'\\]|\\.)*)')\s*/y;
  const out: TypeArg[] = [];
  let i = 0;
  for (;;) {
    item.lastIndex = i;
    const m = item.exec(text);
    if (!m) return undefined;
    out.push(m[1] !== undefined ? numArg(m[1]) : strArg(m[2]!.replace(/\\(.)/g, '$1')));
    i = item.lastIndex;
    if (i === text.length) return out;
    if (text[i] !== ',') return undefined;
    i++;
  }
}
