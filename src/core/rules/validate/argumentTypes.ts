// Argument types a few functions and operators refuse when ClickHouse analyses a
// view's SELECT or a table's key at CREATE (ILLEGAL_TYPE_OF_ARGUMENT, or
// NO_COMMON_TYPE for operators). Measured on chdb 26.7 over every type family;
// argumentTypes.test.ts replays the measurement. Families are compared after
// LowCardinality and Nullable are removed, which changes none of these verdicts.
// A family missing from a list is accepted, or depends on the element types
// (Variant, Tuple), so the validator stays silent about it.
import { CANONICAL_FAMILIES } from '../../types';

const NUMBERS = ['UInt8', 'UInt16', 'UInt32', 'UInt64', 'UInt128', 'UInt256', 'Int8', 'Int16', 'Int32', 'Int64', 'Int128', 'Int256', 'Bool', 'Float32', 'Float64', 'BFloat16', 'Decimal', 'Decimal32', 'Decimal64', 'Decimal128', 'Decimal256'];
const DATES = ['Date', 'Date32', 'DateTime', 'DateTime32', 'DateTime64'];
const GEO = ['Point', 'Ring', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'];
const INTERVALS = CANONICAL_FAMILIES.filter((f) => f.startsWith('Interval'));
const TEXTLIKE = ['String', 'FixedString', 'Enum8', 'Enum16', 'Enum', 'UUID'];
const CONTAINERS = ['Array', 'Map', 'JSON', 'Object'];
// Aggregate states are opaque values: no arithmetic on them (measured: refused in views and keys).
const STATES = ['AggregateFunction'];

/** Everything but the accepted families (and those whose verdict depends on what they hold). */
function allBut(accepted: readonly string[]): ReadonlySet<string> {
  const keep = new Set([...accepted, 'Variant', 'Tuple', 'Nothing', 'Dynamic', 'SimpleAggregateFunction']);
  return new Set(CANONICAL_FAMILIES.filter((f) => !keep.has(f)));
}

// A Tuple is refused whatever it holds by everything here (t + N and t - N too) but % and
// negate, which work element by element (exprType's tupleRefusal), except % in a partition key (measured; fuzz seed 343063341: toStartOfMinute of a Tuple).
const withTuple = (families: ReadonlySet<string>): ReadonlySet<string> => new Set([...families, 'Tuple']);
const DATE_ROUNDING = withTuple(allBut(DATES));
const SUMMABLE = withTuple(allBut([...NUMBERS, 'Enum8', 'Enum16', 'Enum']));
const AVERAGEABLE = withTuple(allBut([...NUMBERS, ...DATES, 'Time', 'Time64']));

interface Rule {
  /** Refused while the expression is analysed: in keys and in views. */
  refused: ReadonlySet<string>;
  /** Refused only when the function runs, which a view's CREATE does (on an empty block) and a key's does not. */
  inView?: ReadonlySet<string>;
  needs: string;
}

const WIDE_AND_ODD = ['UInt128', 'UInt256', 'Int128', 'Int256', 'Float32', 'Float64', 'BFloat16', 'DateTime64', 'Time', 'Time64', 'Enum8', 'Enum16', 'Enum', ...INTERVALS];

/** What each function (or operator, named as below) refuses. */
const RULES: Record<string, Rule> = {
  sum: { refused: new Set([...SUMMABLE, 'Dynamic']), needs: 'a number' },
  avg: { refused: new Set([...AVERAGEABLE, 'Dynamic']), needs: 'a number, date or time' },
  toStartOfMinute: { refused: DATE_ROUNDING, needs: 'a Date or DateTime' },
  toStartOfHour: { refused: DATE_ROUNDING, needs: 'a Date or DateTime' },
  toStartOfDay: { refused: DATE_ROUNDING, needs: 'a Date or DateTime' },
  toYYYYMM: { refused: DATE_ROUNDING, needs: 'a Date or DateTime' },
  toYYYYMMDD: { refused: DATE_ROUNDING, needs: 'a Date or DateTime' },
  length: { refused: new Set([...NUMBERS, ...DATES, 'Time', 'Time64', 'Enum8', 'Enum16', 'Enum', 'JSON', 'Point', 'Tuple', ...INTERVALS, ...STATES]), inView: new Set(['UUID', 'IPv4', 'IPv6']), needs: 'a string, array or map' },
  intHash32: { refused: new Set(['String', 'FixedString', 'UUID', 'IPv6', 'Tuple', ...CONTAINERS, ...GEO, ...STATES]), inView: new Set(WIDE_AND_ODD), needs: 'an integer of up to 64 bits, a Date, DateTime or IPv4' },
  '+': { refused: new Set([...TEXTLIKE, ...CONTAINERS, ...GEO, ...INTERVALS, ...STATES, 'Tuple']), needs: 'a number, date, time or IP address' },
  '%': { refused: new Set(['String', 'FixedString', 'Enum8', 'Enum16', 'Enum', 'UUID', 'Date32', 'DateTime64', 'Time64', 'Map', 'JSON', 'Object', ...INTERVALS, ...STATES]), needs: 'a number, Date or DateTime' },
  negate: { refused: new Set(['BFloat16', ...TEXTLIKE, ...DATES, 'Time', 'Time64', 'IPv4', 'IPv6', 'Array', 'Map', 'JSON', 'Object', 'Ring', 'LineString', 'Polygon', 'MultiPolygon', 'MultiLineString', ...STATES]), needs: 'a number' },
};
// PARTITION BY rewrites `%` to moduloLegacy, which takes integers, floats and IP addresses only.
RULES['moduloLegacy'] = { refused: withTuple(allBut([...NUMBERS.filter((f) => !f.startsWith('Decimal')), 'IPv4', 'IPv6'])), needs: 'an integer in a partition key (not a date or decimal)' };
for (const f of ['sum', 'avg']) RULES[`${f}State`] = RULES[f]!;
RULES['intHash64'] = RULES['intHash32']!;
RULES['-'] = RULES['+']!;

/** Where the expression is analysed: a sorting key, a partition key (both analysis only) or a view's SELECT. */
export type ArgumentContext = 'key' | 'partition' | 'view';

/** What `fn` needs when it refuses an argument of `family` in `context`, or undefined when it takes it (or we are unsure). */
export function refusedArgument(fn: string, family: string, context: ArgumentContext): string | undefined {
  const name = fn === '%' && context === 'partition' ? 'moduloLegacy' : fn;
  const r = Object.hasOwn(RULES, name) ? RULES[name] : undefined;
  if (!r) return undefined;
  return r.refused.has(family) || (context === 'view' && r.inView?.has(family)) ? r.needs : undefined;
}

/** Functions and operators as written in SQL (moduloLegacy only arises from `%` in a partition key). */
export const CHECKED_FUNCTIONS: readonly string[] = Object.keys(RULES).filter((f) => f !== 'moduloLegacy');
