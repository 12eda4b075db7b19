// The type of a view expression, when it can be known without a SQL engine:
// a column or virtual-column reference, or a call of a few well-known functions
// (conversions, date rounding, common aggregates and their -State forms).
// Anything else is unknown and the type checks stay silent: a wrong guess here
// would be a false alarm in the UI, so the list is kept small and is proven
// against ClickHouse's own toTypeName() in exprType.test.ts.
import { formatArg, formatType, parseType, type TypeNode } from '../../types';
import { columnReference } from '../../model/viewColumns';
import { memoByText } from '../../types/memo';
import { splitTopLevel } from './sqlText';
import { refusedArgument, type ArgumentContext } from './argumentTypes';

/** Column name → type text of what the SELECT can read (source columns and virtual columns). */
export type ColumnTypes = ReadonlyMap<string, string>;

const NUMERIC_CASTS: Record<string, string> = {
  toUInt8: 'UInt8', toUInt16: 'UInt16', toUInt32: 'UInt32', toUInt64: 'UInt64',
  toInt8: 'Int8', toInt16: 'Int16', toInt32: 'Int32', toInt64: 'Int64',
  toFloat32: 'Float32', toFloat64: 'Float64', toString: 'String', toDate: 'Date', toDate32: 'Date32',
  toDateTime: 'DateTime', toUUID: 'UUID', toIPv4: 'IPv4', toIPv6: 'IPv6', toBool: 'Bool',
  toUInt128: 'UInt128', toUInt256: 'UInt256', toInt128: 'Int128', toInt256: 'Int256',
};
const DECIMAL_PRECISION: Record<string, number> = { toDecimal32: 9, toDecimal64: 18, toDecimal128: 38, toDecimal256: 76 };

// Date rounding of a Date/DateTime argument.
const TO_DATE = new Set(['toStartOfMonth', 'toStartOfQuarter', 'toStartOfYear', 'toMonday', 'toStartOfWeek']);
const TO_DATETIME = new Set(['toStartOfMinute', 'toStartOfFiveMinutes', 'toStartOfFifteenMinutes', 'toStartOfHour', 'toStartOfDay', 'toStartOfTenMinutes']);
const TO_UINT32 = new Set(['toYYYYMM', 'toYYYYMMDD']);
const TO_UINT64 = new Set(['length', 'cityHash64', 'sipHash64', 'xxHash64', 'count', 'uniq', 'uniqExact', 'uniqCombined']);

interface Call {
  name: string;
  /** Parameters of a parametric aggregate: `quantiles(0.5, 0.9)(x)` → ['0.5', '0.9']. */
  params: readonly string[] | undefined;
  args: readonly string[];
}

const CALL = /^([A-Za-z_][A-Za-z0-9_]*)\s*\(/;

/** `f(a, b)` or `f(p)(a)` as a whole expression; undefined for anything else. Shared and frozen. */
export function parseCall(expr: string): Call | undefined {
  return parseCallMemo(expr);
}

const parseCallMemo = memoByText((expr) => {
  const c = readCall(expr);
  return c && Object.freeze(c);
});

function readCall(expr: string): Call | undefined {
  const t = expr.trim();
  const m = CALL.exec(t);
  if (!m) return undefined;
  const first = closing(t, m[0].length - 1);
  if (first < 0) return undefined;
  const inner1 = t.slice(m[0].length, first);
  const rest = t.slice(first + 1).trim();
  if (rest === '') return { name: m[1]!, params: undefined, args: splitTopLevel(inner1) };
  if (!rest.startsWith('(')) return undefined;
  const second = closing(rest, 0);
  if (second !== rest.length - 1) return undefined;
  return { name: m[1]!, params: splitTopLevel(inner1), args: splitTopLevel(rest.slice(1, -1)) };
}

function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "'" || ch === '`' || ch === '"') {
      const q = ch;
      for (i++; i < text.length && text[i] !== q; i++) if (text[i] === '\\') i++;
      continue;
    }
    if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  return -1;
}

function parsed(text: string | undefined): TypeNode | undefined {
  if (text === undefined) return undefined;
  const r = parseType(text);
  return r.ok ? r.type : undefined;
}

const UNSIGNED = /^UInt(8|16|32|64)$/;
const SIGNED = /^Int(8|16|32|64)$/;
const FLOAT = /^Float(32|64)$/;

/** Type text of `expr`, or undefined when it is not one of the understood forms. */
export function inferExprType(expr: string, columns: ColumnTypes): string | undefined {
  const ref = columnReference(expr);
  if (ref !== undefined) return columns.get(ref);
  const arith = literalArithmetic(expr);
  if (arith) return arithmeticType(arith.op, inferExprType(arith.operand, columns));
  const call = parseCall(expr);
  if (!call) return undefined;
  const { name, params, args } = call;
  const argTypes = args.map((a) => inferExprType(a, columns));
  const one = args.length === 1 ? argTypes[0] : undefined;

  if (name.endsWith('State') && name.length > 5) return stateType(name.slice(0, -5), params, args, argTypes);
  if (params !== undefined) return undefined;
  if (name === 'count') return args.length <= 1 ? 'UInt64' : undefined;
  // CAST(x AS T) and CAST(x, 'T') are of type T (when T parses).
  if (name.toUpperCase() === 'CAST') {
    const as = args.length === 1 ? /^[\s\S]+?\s+AS\s+([\s\S]+)$/i.exec(args[0]!) : undefined;
    const quoted = args.length === 2 ? /^'((?:[^'\\]|\\.)*)'$/.exec(args[1]!.trim()) : undefined;
    const target = as?.[1] ?? quoted?.[1]?.replace(/\\(.)/g, '$1');
    return target !== undefined && parsed(target) ? formatType(parsed(target)!) : undefined;
  }
  if (argTypes.some((t) => t !== undefined && DYNAMIC_VALUE.test(t.trim()))) return dynamicCallType(name, args.length, argTypes[0]);
  // toDecimalN(x, S) and toDateTime64(x, P): the type takes the literal scale or precision.
  const scale = args.length === 2 && /^\d+$/.test(args[1]!.trim()) && argTypes[0] !== undefined ? args[1]!.trim() : undefined;
  if (scale !== undefined && Object.hasOwn(DECIMAL_PRECISION, name)) return `Decimal(${DECIMAL_PRECISION[name]}, ${scale})`;
  if (scale !== undefined && name === 'toDateTime64') return `DateTime64(${scale})`;
  if ((name === 'ifNull' || name === 'coalesce') && args.length === 2 && args[1]!.trim() === '0') return zeroFallbackType(argTypes[0]);
  if (args.length !== 1) return undefined;
  if (Object.hasOwn(NUMERIC_CASTS, name) && one !== undefined) return NUMERIC_CASTS[name];
  const orZero = /^(to(?:U?Int(?:8|16|32|64)|Float(?:32|64)))OrZero$/.exec(name);
  if (orZero && one !== undefined) return NUMERIC_CASTS[orZero[1]!];
  const orNull = /^(to(?:U?Int(?:8|16|32|64)|Float(?:32|64)))OrNull$/.exec(name);
  if (orNull && one !== undefined) return `Nullable(${NUMERIC_CASTS[orNull[1]!]})`;
  if (one === undefined) return undefined;
  const arg = parsed(one);
  if (!arg) return undefined;
  // Aggregates skip NULLs and return NULL for none: sum/avg/min/max of Nullable(T) are Nullable.
  const inner = arg.family === 'Nullable' && arg.args[0]?.kind === 'type' ? arg.args[0].type : undefined;
  // Hashes and length keep NULL as NULL: Nullable(UInt64) (measured; fuzz seed 557534738 sent
  // cityHash64 of a Nullable column into a Variant without UInt64, unflagged).
  if (inner && TO_UINT64.has(name) && !/^(count|uniq)/.test(name) && callType(name, inner) === 'UInt64') return 'Nullable(UInt64)';
  if (inner && NULLABLE_AGGREGATES.has(name) && inner.family !== 'LowCardinality') {
    const t = callType(name, inner);
    return t === undefined ? undefined : `Nullable(${t})`;
  }
  // Over LowCardinality a hash or length is LowCardinality too (measured: cityHash64 of a
  // LowCardinality(String) is LowCardinality(UInt64); fuzz seed 910800260).
  const lcInner = arg.family === 'LowCardinality' && arg.args[0]?.kind === 'type' ? arg.args[0].type : undefined;
  if (lcInner && TO_UINT64.has(name) && !/^(count|uniq)/.test(name) && /^(String|Nullable)$/.test(lcInner.family))
    return lcInner.family === 'Nullable' ? 'LowCardinality(Nullable(UInt64))' : 'LowCardinality(UInt64)';
  // Other wrapped arguments change result types in ways not worth modelling here.
  if (arg.family === 'Nullable' || arg.family === 'LowCardinality') return undefined;
  return callType(name, arg);
}

const NUMBER = /^(U?Int(8|16|32|64|128|256)|Float(32|64))$/;

const DYNAMIC_VALUE = /^(Dynamic|Variant|JSON|Object)\b/;

/**
 * f(x) for x a Dynamic, Variant or JSON value (measured with toTypeName on 26.7): most functions
 * return Dynamic or a Nullable result (toUInt64OrZero(d), ifNull(d, 0) are Dynamic), so only
 * plain conversions, hashes (Nullable(UInt64) over Dynamic) and length are typed.
 */
function dynamicCallType(name: string, count: number, first: string | undefined): string | undefined {
  if (count !== 1 || first === undefined) return undefined;
  if (Object.hasOwn(NUMERIC_CASTS, name)) return NUMERIC_CASTS[name];
  const family = /^\w+/.exec(first.trim())?.[0];
  if (/^(cityHash64|sipHash64|xxHash64)$/.test(name)) return family === 'Dynamic' ? 'Nullable(UInt64)' : 'UInt64';
  if (name === 'length' && (family === 'Dynamic' || family === 'Variant')) return 'Nullable(UInt64)';
  return undefined;
}

/** `x + N`, `x - N` (left-associative chains too) and `f(x) % N` with N a UInt8 literal; undefined otherwise. */
function literalArithmetic(expr: string): { operand: string; op: string } | undefined {
  const m = /^(.+?)\s*([+%-])\s*(\d+)$/.exec(expr.trim());
  if (!m || Number(m[3]) > 255) return undefined;
  const operand = m[1]!.trim();
  // % binds tighter than + and -, so only a plain operand is safe to read as its left side.
  if (m[2] === '%' && columnReference(operand) === undefined && parseCall(operand) === undefined) return undefined;
  return { operand, op: m[2]! };
}

const WIDER: Record<string, string> = { UInt8: 'UInt16', UInt16: 'UInt32', UInt32: 'UInt64', Int8: 'Int16', Int16: 'Int32', Int32: 'Int64', Bool: 'UInt16', IPv4: 'UInt64' };

/**
 * The result type of `x op N` for a UInt8 literal N (measured with toTypeName on 26.7): + widens
 * integers below 64 bits by one step, - also makes them signed, % gives UInt8/Int16; floats give
 * Float64 (BFloat16 +/- gives Float32); decimals, dates and times keep their type under + and -.
 */
function arithmeticType(op: string, text: string | undefined): string | undefined {
  const n = parsed(text);
  if (!n) return undefined;
  const f = n.family;
  const int = /^(U?)Int(8|16|32|64|128|256)$/.exec(f) ?? (f === 'Bool' ? ['', 'U', '8'] : f === 'IPv4' ? ['', 'U', '32'] : null);
  if (int) {
    const unsigned = int[1] === 'U';
    if (op === '%') return unsigned ? 'UInt8' : 'Int16';
    const plus = WIDER[f] ?? f;
    return op === '-' && unsigned ? plus.replace(/^UInt/, 'Int') : plus;
  }
  if (f === 'Float32' || f === 'Float64') return 'Float64';
  if (f === 'BFloat16') return op === '%' ? 'Float64' : 'Float32';
  if (/^Decimal/.test(f)) return formatType(n);
  if (op !== '%' && /^(Date|Date32|DateTime|DateTime64|Time|Time64)$/.test(f)) return formatType(n);
  return undefined;
}

/**
 * ifNull(x, 0) / coalesce(x, 0) over a (Nullable) number: the common type of x and the literal's
 * UInt8, which is x's own type but for Int8, widened to Int16 (measured with toTypeName on 26.7;
 * seed 557534738 sent such a value into a JSON column unflagged). Other fallbacks are not modelled.
 */
function zeroFallbackType(text: string | undefined): string | undefined {
  const n = parsed(text);
  const t = n?.family === 'Nullable' && n.args[0]?.kind === 'type' ? n.args[0].type : n;
  if (!t || !NUMBER.test(t.family) || t.args.length > 0) return undefined;
  return t.family === 'Int8' ? 'Int16' : t.family;
}

const NULLABLE_AGGREGATES = new Set(['sum', 'avg', 'min', 'max', 'any', 'anyLast']);

/** Result type of a one-argument call `name(x)` with x of type `arg`, or undefined. */
function callType(name: string, arg: TypeNode): string | undefined {
  const fam = arg.family;
  // Any date or date-time rounds to Date/UInt32; to DateTime keeping only the time zone (measured on 26.7).
  const dateLike = /^(Date|Date32|DateTime|DateTime64)$/.test(fam);
  if (TO_DATE.has(name) && dateLike) return 'Date';
  if (TO_DATETIME.has(name) && dateLike) {
    const zone = arg.args.find((a) => a.kind === 'string');
    return zone && fam !== 'Date' && fam !== 'Date32' ? `DateTime(${formatArg(zone)})` : 'DateTime';
  }
  if (TO_UINT32.has(name) && dateLike) return 'UInt32';
  if (TO_UINT64.has(name) && (name !== 'length' || fam === 'String' || fam === 'Array')) return 'UInt64';
  if (name === 'sum') return sumType(arg);
  // The average of dates and times is one of them, of the same type (measured; fuzz seed 1267401310).
  if (name === 'avg') return SUMMABLE.test(fam) ? 'Float64' : /^(Date|Date32|DateTime|DateTime64|Time|Time64)$/.test(fam) ? formatType(arg) : undefined;
  if (name === 'min' || name === 'max' || name === 'any' || name === 'anyLast') return formatType(arg);
  return undefined;
}

const SUMMABLE = /^(U?Int(8|16|32|64|128|256)|Float32|Float64|BFloat16|Bool|Decimal(32|64|128|256)?)$/;
const DECIMAL_WIDTH: Record<string, number> = { Decimal32: 9, Decimal64: 18, Decimal128: 38, Decimal256: 76 };

/** sum(x) (measured with toTypeName on 26.7): 64-bit for small integers and Bool, wide integers keep theirs, Decimal widens to 38 or 76 digits. */
function sumType(arg: TypeNode): string | undefined {
  const fam = arg.family;
  if (UNSIGNED.test(fam) || fam === 'Bool') return 'UInt64';
  if (SIGNED.test(fam)) return 'Int64';
  if (/^U?Int(128|256)$/.test(fam)) return fam;
  if (FLOAT.test(fam) || fam === 'BFloat16') return 'Float64';
  const nums = arg.args.map((a) => (a.kind === 'number' ? Number(a.text) : NaN));
  const precision = fam === 'Decimal' ? nums[0] : DECIMAL_WIDTH[fam];
  const scale = fam === 'Decimal' ? (nums[1] ?? 0) : nums[0];
  if (precision === undefined || scale === undefined || Number.isNaN(precision) || Number.isNaN(scale)) return undefined;
  return `Decimal(${precision <= 38 ? 38 : 76}, ${scale})`;
}

// Aggregates whose state type we are sure of: AggregateFunction(f[(params)], argument types).
const STATE_FUNCTIONS = new Set(['count', 'sum', 'uniq', 'uniqExact', 'uniqCombined', 'min', 'max', 'any', 'anyLast', 'avg', 'quantile', 'quantiles', 'groupArray', 'argMax', 'argMin']);

function stateType(fn: string, params: readonly string[] | undefined, args: readonly string[], argTypes: (string | undefined)[]): string | undefined {
  if (!STATE_FUNCTIONS.has(fn)) return undefined;
  if (fn === 'count' && args.length === 0) return 'AggregateFunction(count)';
  if (args.length === 0 || argTypes.some((t) => t === undefined)) return undefined;
  // The state of a LowCardinality or Nullable argument is stored differently; leave it unchecked.
  if (argTypes.some((t) => /^(LowCardinality|Nullable)\(/.test(t!.trim()))) return undefined;
  if (params !== undefined && !params.every((p) => /^-?\d+(\.\d+)?$/.test(p))) return undefined;
  const head = params === undefined ? fn : `${fn}(${params.join(', ')})`;
  const canonical = argTypes.map((t) => {
    const n = parsed(t);
    return n ? formatType(n) : t!;
  });
  return `AggregateFunction(${head}, ${canonical.join(', ')})`;
}

/** The type of `text` without its Nullable and LowCardinality wrappers. */
function bareType(text: string): TypeNode | undefined {
  let t = parsed(text);
  while (t && (t.family === 'Nullable' || t.family === 'LowCardinality') && t.args[0]?.kind === 'type') t = t.args[0].type;
  return t;
}

function bareFamily(text: string): string | undefined {
  return bareType(text)?.family;
}

/**
 * -t and t % N work on a Tuple element by element, so they are refused when an element is
 * (measured: -Tuple(UInt8) runs, -Tuple(UInt8, String) does not); t + N and t - N are always
 * refused, and so is % in a partition key (the argument tables say so).
 */
function tupleRefusal(fn: string, type: string, context: ArgumentContext): string | undefined {
  const direct = refusedArgument(fn, 'Tuple', context);
  if (direct || (fn !== '%' && fn !== 'negate')) return direct;
  for (const a of bareType(type)?.args ?? []) {
    if (a.kind !== 'type') continue;
    const element = formatType(a.type);
    const f = bareFamily(element);
    const needs = f && (f === 'Tuple' ? tupleRefusal(fn, element, context) : refusedArgument(fn, f, context));
    if (needs) return needs;
  }
  return undefined;
}

/** Why ClickHouse would refuse `expr` for the type of its argument, or undefined (also when unsure). */
export function argumentProblem(expr: string, columns: ColumnTypes, context: ArgumentContext = 'view'): string | undefined {
  const t = expr.trim();
  // `x + 1`, `x - 1`, `x % 4` and `-x`: operators over one operand and a number.
  const op = /^(.+?)\s*([+%-])\s*\d+$/.exec(t);
  const neg = op ? undefined : /^-\s*(.+)$/.exec(t);
  const operand = op ? op[1]! : neg?.[1];
  const fn = op ? op[2]! : 'negate';
  if (operand !== undefined) {
    const type = inferExprType(operand, columns);
    const f = type && bareFamily(type);
    const needs = f && (f === 'Tuple' ? tupleRefusal(fn, type, context) : refusedArgument(fn, f, context));
    const what = fn === '%' ? 'the remainder' : fn === 'negate' ? 'negation' : 'arithmetic';
    return needs ? `${operand.trim()} is ${type}; ${what} needs ${needs}` : undefined;
  }
  const call = parseCall(t);
  if (!call || call.args.length !== 1 || call.params !== undefined) return undefined;
  const type = inferExprType(call.args[0]!, columns);
  const f = type && bareFamily(type);
  const needs = f && refusedArgument(call.name, f, context);
  return needs ? `${call.name}() needs ${needs}, but ${call.args[0]} is ${type}` : undefined;
}
