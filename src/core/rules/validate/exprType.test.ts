// The inference must agree with ClickHouse: every expression the inference
// types is also typed by chdb's toTypeName() over the same columns.
import { afterAll, describe, expect, it } from 'vitest';
import { closeNamespace, runInFreshNamespace } from '../../../test/chdb';
import { castVerdict } from './castRules';
import { inferExprType, parseCall } from './exprType';

const COLUMNS: [string, string][] = [
  ['u8', 'UInt8'], ['u64', 'UInt64'], ['i32', 'Int32'], ['f32', 'Float32'], ['f64', 'Float64'], ['s', 'String'],
  ['lc', 'LowCardinality(String)'], ['ns', 'Nullable(String)'], ['d', 'Date'], ['dt', 'DateTime'],
  ['dt64', "DateTime64(3, 'UTC')"], ['arr', 'Array(String)'], ['nu', 'Nullable(UInt64)'], ['nf', 'Nullable(Float32)'],
  ['ni8', 'Nullable(Int8)'], ['ni128', 'Nullable(Int128)'], ['u128', 'UInt128'], ['i256', 'Int256'], ['bf', 'BFloat16'],
  ['dec', 'Decimal(9, 2)'], ['ip', 'IPv4'], ['b', 'Bool'], ['i8', 'Int8'], ['t64', 'Time64(3)'], ['dyn', 'Dynamic'], ['vr', 'Variant(UInt64, String)'], ['tdyn', 'Tuple(Nullable(Int64), Dynamic)'], ['d32', 'Date32'], ['lcn', 'LowCardinality(Nullable(String))'], ['dtz', "DateTime('Asia/Tokyo')"],
];
const TYPES = new Map(COLUMNS);

const KNOWN = [
  'u8', '`u64`', 'dt64', 'toDate(dt)', 'toStartOfMinute(dt)', 'toStartOfHour(dt)', 'toMonday(d)', 'toYYYYMM(dt)',
  'toUInt8(u64)', 'toInt64OrZero(s)', 'toFloat64OrNull(s)', 'toString(f64)', 'count()', 'count(s)', 'sum(u8)', 'sum(i32)',
  'sum(f32)', 'avg(u64)', 'min(dt)', 'max(s)', 'any(d)', 'uniq(u64)', 'uniqExact(s)', 'length(s)', 'length(arr)', 'cityHash64(s)',
  'uniqState(u64)', 'sumState(f64)', 'sumState(u8)', 'countState()', 'maxState(dt)', 'quantilesState(0.5, 0.9)(f64)',
  'avgState(i32)', 'argMaxState(s, dt)', 'groupArrayState(u64)', 'uniqState(toDate(dt))',
  'CAST(u8 AS String)', "CAST(s, 'Nullable(UInt32)')", 'CAST(dt AS Date)', 'sum(nu)', 'avg(nu)', 'max(ns)', 'min(nf)', 'anyLast(nu)', 'sum(nf)',
  'toInt128(u64)', 'toUInt256(i32)', 'toDecimal64(u8, 2)', 'toDecimal256(f64, 10)', 'toDateTime64(dt, 3)',
  'cityHash64(nu)', 'sipHash64(ns)', 'length(ns)', 'ifNull(nu, 0)', 'coalesce(nf, 0)', 'ifNull(ni8, 0)', 'ifNull(ni128, 0)', 'ifNull(u8, 0)',
  // x + N, x - N, x % N with a UInt8 literal (fuzz seed 1426161979: UInt128 + 1 stays UInt128)
  'u8 + 1', 'u8 - 1', 'u8 % 4', 'u64 + 1', 'u64 - 1', 'u128 + 1', 'u128 - 1', 'u128 % 4', 'i256 - 1', 'i256 % 4', 'i32 + 255', 'i8 % 4',
  'f32 + 1', 'f64 % 4', 'bf + 1', 'bf % 4', 'dec + 1', 'dec % 4', 'ip + 1', 'ip - 1', 'b + 1', 'b - 1', 'd + 1', 'dt - 1', 'dt64 + 1', 't64 - 1',
  'u8 + 1 - 1', 'toUInt32(u8) % 4', 'u8 - 1 + 1',
  // sum/avg of wide integers, decimals, BFloat16 and Bool (fuzz seed 1426161979: sum(UInt128) is UInt128)
  'sum(u128)', 'sum(i256)', 'sum(dec)', 'sum(bf)', 'sum(b)', 'avg(u128)', 'avg(dec)', 'avg(bf)', 'avg(b)', 'sum(toDecimal256(u8, 3))', 'sum(toDecimal32(u8, 2))',
  'dyn', 'toString(dyn)', 'toUInt64(dyn)', 'toDate(dyn)', 'cityHash64(dyn)', 'xxHash64(dyn)', 'length(dyn)', 'cityHash64(vr)', 'length(vr)', 'toString(vr)',
  'cityHash64(tdyn)', 'sipHash64(tdyn)', 'cityHash64(lc)', 'xxHash64(lc)', 'length(lc)', 'cityHash64(lcn)',
  // date rounding of any date or date-time (fuzz seed 336256971: toStartOfHour(Date) is a DateTime)
  'toStartOfHour(d)', 'toStartOfMinute(dt64)', 'toStartOfDay(d32)', 'toStartOfMonth(dt64)', 'toMonday(d32)', 'toYYYYMM(dt64)', 'toStartOfHour(dtz)', 'toDate(d32)',
  // avg of a date or time keeps its type (fuzz seed 1267401310: avg(Date) is a Date)
  'avg(d)', 'avg(d32)', 'avg(dt)', 'avg(dtz)', 'avg(dt64)', 'avg(t64)',
];
const UNKNOWN = ['toUInt64OrZero(dyn)', 'ifNull(dyn, 0)', 'toStartOfMinute(dyn)', 'dyn + 1', 'upper(dyn)', 'toStartOfMinute(vr)', 'ifNull(ns, 0)', 'ifNull(nu, -1)', 'coalesce(nu, 0, 1)', 'u8 + 300', 'u8 + 1 % 4', 'nu + 1', 's + 1', 'd % 4', 'concat(s, s)', 'uniqState(lc)', 'sumState(toInt32OrNull(s))', 'max(lc)', 'nope', 'if(u8, 1, 2)'];

afterAll(() => closeNamespace());

describe('inferExprType', () => {
  it('types every known form exactly as ClickHouse does', () => {
    const { ns, results } = runInFreshNamespace([
      `CREATE TABLE src (${COLUMNS.map(([n, t]) => `${n} ${t}`).join(', ')}) ENGINE = MergeTree ORDER BY tuple()`,
      "INSERT INTO src (s) VALUES ('1')",
    ]);
    for (const r of results) expect(r.error).toBe('');
    for (const expr of KNOWN) {
      const inferred = inferExprType(expr, TYPES);
      expect(inferred, expr).toBeDefined();
      const [row] = ns.rows<{ t: string }>(`SELECT toTypeName(${expr}) AS t FROM src`);
      expect(inferred, expr).toBe(row!.t);
    }
    ns.close();
  });

  it('returns undefined for anything it does not model', () => {
    for (const expr of UNKNOWN) expect(inferExprType(expr, TYPES), expr).toBeUndefined();
  });

  it('parses plain and parametric calls', () => {
    expect(parseCall('f(a, g(b, c))')).toEqual({ name: 'f', params: undefined, args: ['a', 'g(b, c)'] });
    expect(parseCall('quantiles(0.5, 0.9)(x)')).toEqual({ name: 'quantiles', params: ['0.5', '0.9'], args: ['x'] });
    expect(parseCall('f(a) + 1')).toBeUndefined();
    expect(parseCall("f(')')")).toEqual({ name: 'f', params: undefined, args: ["')'"] });
  });
});

// Every verdict that says "refused" or "accepted" is checked on chdb through a real TO view.
const CAST_TYPES = [
  'UInt8', 'UInt64', 'Int8', 'Int64', 'Float32', 'Float64', 'Decimal(10, 2)', 'Bool', 'String', 'FixedString(4)',
  'LowCardinality(String)', 'Nullable(UInt64)', 'Nullable(String)', 'Date', 'DateTime', "DateTime64(3)", 'UUID', 'IPv4',
  "Enum8('a' = 1)", 'Array(String)', 'Array(UInt8)', 'Array(Array(UInt8))', 'Map(String, UInt64)', 'Map(String, String)', 'Tuple(a UInt8)', 'JSON',
  'AggregateFunction(sum, UInt64)', 'AggregateFunction(uniq, UInt32)', 'SimpleAggregateFunction(sum, UInt64)',
];

describe('castVerdict on chdb', () => {
  it('says refused exactly when ClickHouse refuses the view (known pairs)', { timeout: 120_000 }, () => {
    const cols = CAST_TYPES.map((t, i) => `c${i} ${t}`).join(', ');
    const { ns, results } = runInFreshNamespace([`CREATE TABLE src (${cols}) ENGINE = MergeTree ORDER BY tuple()`]);
    expect(results[0]!.error).toBe('');
    const wrong: string[] = [];
    CAST_TYPES.forEach((to, j) => {
      expect(ns.run(`CREATE TABLE t${j} (x ${to}) ENGINE = MergeTree ORDER BY tuple()`).error).toBe('');
      CAST_TYPES.forEach((from, i) => {
        const v = castVerdict(from, to);
        if (v.kind === 'unknown') return;
        const r = ns.run(`CREATE MATERIALIZED VIEW mv_${i}_${j} TO t${j} AS SELECT c${i} AS x FROM src`);
        const predictedRefusal = v.kind === 'refused' || v.kind === 'missingState' || v.kind === 'stateMismatch';
        if (predictedRefusal === r.ok) wrong.push(`${from} -> ${to}: predicted ${v.kind}, chdb ${r.ok ? 'accepted' : r.error.slice(0, 80)}`);
      });
    });
    expect(wrong).toEqual([]);
    ns.close();
  });
});
