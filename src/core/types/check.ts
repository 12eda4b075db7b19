import type { TypeNode } from './ast';
import { checkArray, checkLowCardinality, checkMap, checkNested, checkNullable, checkTuple, checkVariant } from './checkComposites';
import { checkDateTime, checkDecimal, checkEnum, checkFixedString, checkQBit, checkSetting, checkTime64 } from './checkScalars';
import { AGGREGATE_FUNCTIONS, CANONICAL_FAMILIES, closestName, isAggregateFunction, isCanonicalFamily, SIMPLE_AGGREGATE_FUNCTIONS } from './lexicon';
import { formatType } from './format';
import { deepFreeze, memoByTexts } from './memo';
import { parseWithOffsets } from './parse';
import { CheckContext, describeArg, intValue, type TypePosition, type TypeProblem } from './problems';

export type { TypePosition, TypeProblem } from './problems';

const INTEGER_FAMILIES = new Set(['Int8', 'Int16', 'Int32', 'Int64', 'Int128', 'Int256', 'UInt8', 'UInt16', 'UInt32', 'UInt64', 'UInt128', 'UInt256']);

type Checker = (ctx: CheckContext, n: TypeNode) => void;

const CHECKERS: Record<string, Checker> = {
  Decimal: checkDecimal,
  Decimal32: checkDecimal,
  Decimal64: checkDecimal,
  Decimal128: checkDecimal,
  Decimal256: checkDecimal,
  DateTime: checkDateTime,
  DateTime32: checkDateTime,
  DateTime64: checkDateTime,
  Time64: checkTime64,
  FixedString: checkFixedString,
  Enum: checkEnum,
  Enum8: checkEnum,
  Enum16: checkEnum,
  QBit: checkQBit,
  Array: checkArray,
  Map: checkMap,
  Tuple: checkTuple,
  Nested: checkNested,
  Nullable: checkNullable,
  LowCardinality: checkLowCardinality,
  Variant: checkVariant,
  JSON: checkJson,
  Dynamic: checkDynamic,
  AggregateFunction: checkAggregate,
  SimpleAggregateFunction: checkSimpleAggregate,
};

function checkJson(ctx: CheckContext, n: TypeNode): void {
  for (const a of n.args) {
    if (a.kind === 'setting') checkSetting(ctx, n, a);
    else if (a.kind === 'type' && a.name === undefined) ctx.error(a, 'A JSON typed path needs its path first: write JSON(a.b UInt32).');
    else if (a.kind !== 'type' && a.kind !== 'skip') ctx.error(a, `JSON does not take ${describeArg(a)}.`);
  }
}

function checkDynamic(ctx: CheckContext, n: TypeNode): void {
  for (const a of n.args) {
    if (a.kind === 'setting') checkSetting(ctx, n, a);
    else ctx.error(a, 'Dynamic only takes max_types, e.g. Dynamic(max_types=16).');
  }
}

function checkFunctionName(ctx: CheckContext, n: TypeNode, allowed?: readonly string[]): boolean {
  const f = n.args[0];
  if (!f || f.kind !== 'func') {
    ctx.error(n, `${n.family} starts with the aggregate function name, e.g. ${n.family}(sum, UInt64).`);
    return false;
  }
  if (allowed ? !allowed.includes(f.name) : !isAggregateFunction(f.name)) {
    const hint = closestName(f.name, allowed ?? AGGREGATE_FUNCTIONS);
    const what = allowed
      ? `SimpleAggregateFunction does not support ${f.name}; it allows ${allowed.join(', ')}`
      : `Unknown aggregate function ${f.name}`;
    ctx.error(f, `${what}.${hint ? ` Did you mean ${hint}?` : ''}`);
  }
  return true;
}

function checkAggregate(ctx: CheckContext, n: TypeNode): void {
  if (!checkFunctionName(ctx, n)) return;
  for (const a of n.args.slice(1)) {
    if (a.kind !== 'type') ctx.error(a, `After the function, AggregateFunction lists argument types, not ${describeArg(a)}.`);
  }
  if (ctx.position === 'kafkaColumn') {
    ctx.warn(n, 'Kafka messages rarely carry aggregate states: read the plain value here and build the state with -State in the view.');
  }
}

function checkSimpleAggregate(ctx: CheckContext, n: TypeNode): void {
  if (!checkFunctionName(ctx, n, SIMPLE_AGGREGATE_FUNCTIONS)) return;
  const rest = n.args.slice(1);
  const value = rest[0];
  if (rest.length !== 1 || value?.kind !== 'type') {
    ctx.error(n, 'SimpleAggregateFunction takes the function and exactly one value type, e.g. SimpleAggregateFunction(sum, UInt64).');
    return;
  }
  const f = n.args[0];
  const wide = f?.kind === 'func' && f.name === 'sum' ? sumResult(value.type) : undefined;
  if (wide) ctx.error(value, `sum over ${formatType(value.type)} returns ${wide}, and ClickHouse refuses a column whose stored type differs; write SimpleAggregateFunction(sum, ${wide}).`);
}

/** The wider type sum() returns for a narrower argument (undefined when it keeps the type). */
function sumResult(t: TypeNode): string | undefined {
  if (/^UInt(8|16|32)$/.test(t.family)) return 'UInt64';
  if (/^Int(8|16|32)$/.test(t.family)) return 'Int64';
  if (t.family === 'Float32' || t.family === 'BFloat16') return 'Float64';
  if (t.family === 'Decimal32' || t.family === 'Decimal64') return `Decimal(38, ${intValue(t.args[0]) ?? 0})`;
  if (t.family === 'Decimal') {
    const p = intValue(t.args[0]);
    const scale = t.args[1] === undefined ? 0 : intValue(t.args[1]);
    if (p !== undefined && p <= 18) return `Decimal(38, ${scale ?? 0})`;
  }
  return undefined;
}

/** A family outside the per-family table: plain scalars take no arguments (bar MySQL-style widths). */
function checkPlain(ctx: CheckContext, n: TypeNode): void {
  if (n.args.length === 0) return;
  const width = n.args.length === 1 && intValue(n.args[0]) !== undefined;
  if (width && (n.family === 'String' || INTEGER_FAMILIES.has(n.family))) {
    ctx.warn(n.args[0]!, `ClickHouse ignores the (${(n.args[0] as { text: string }).text}) after ${n.family}; it is dropped.`);
    return;
  }
  if (n.family === 'Tuple') return;
  ctx.error(n, `${n.family} takes no arguments: write ${n.family}.`);
}

function unknownFamily(ctx: CheckContext, n: TypeNode): void {
  const hint = closestName(n.family, CANONICAL_FAMILIES);
  const caseOnly = hint !== undefined && hint.toLowerCase() === n.family.toLowerCase();
  const tail = hint
    ? caseOnly
      ? ` Type names are case-sensitive: did you mean ${hint}?`
      : ` Did you mean ${hint}?`
    : ' Pick a type from the type picker.';
  ctx.error(n, `Unknown type ${n.family}.${tail}`);
}

// Wrappers through which a column still stores its inner type's values one by one: ClickHouse
// refuses Nothing reached only through these (Nothing, Array(Nullable(Nothing)), Nested(a Nothing),
// SimpleAggregateFunction(any, Array(Nothing))), but accepts it as a Map key or value, a Tuple
// element, a Variant member beside others or an aggregate argument (measured on 26.7).
const STORES_INNER = new Set(['Array', 'Nullable', 'Nested', 'SimpleAggregateFunction']);

interface Where {
  /** Only STORES_INNER wrappers between the column and this node. */
  bare: boolean;
  /** Inside a JSON typed path, which JSON serialization cannot give a Nothing. */
  json: boolean;
}

function checkNothing(ctx: CheckContext, n: TypeNode, where: Where): void {
  if (where.bare) ctx.error(n, 'Nothing cannot be stored in a table (it is the type of an empty NULL-only value); choose a concrete type.');
}

// Types JSON serialization has no form for, refused at any depth of a typed path (measured on
// 26.7: JSON(p Array(BFloat16)) and JSON(p IntervalDay) are refused; fuzz seed 557534738).
const NOT_IN_JSON = /^(Nothing|BFloat16|QBit|Interval\w+)$/;

function walk(ctx: CheckContext, n: TypeNode, where: Where = { bare: true, json: false }): void {
  if (!isCanonicalFamily(n.family)) unknownFamily(ctx, n);
  else if (n.family === 'Nothing') checkNothing(ctx, n, where);
  else (CHECKERS[n.family] ?? checkPlain)(ctx, n);
  if (where.json && NOT_IN_JSON.test(n.family)) ctx.error(n, `A JSON typed path cannot hold ${n.family} (JSON serialization has no form for it); choose another type.`);
  const inner: Where = { bare: where.bare && STORES_INNER.has(n.family), json: where.json || n.family === 'JSON' };
  for (const a of n.args) if (a.kind === 'type') walk(ctx, a.type, inner);
}

/** Checks a parsed tree (no offsets). */
export function checkNode(n: TypeNode, position: TypePosition = 'column'): TypeProblem[] {
  const ctx = new CheckContext(undefined, position);
  walk(ctx, n);
  return ctx.problems;
}

/** Problems with a column type, each saying what is wrong and how to fix it; [] when ClickHouse accepts it. Shared and frozen: copy before changing. */
export function checkType(text: string, position: TypePosition = 'column'): TypeProblem[] {
  return checkTypeMemo(position, text);
}

const checkTypeMemo = memoByTexts((position, text) => deepFreeze(checkTypeText(text, position as TypePosition)));

function checkTypeText(text: string, position: TypePosition): TypeProblem[] {
  const r = parseWithOffsets(text);
  if (!r.ok) return [{ message: r.error, offset: r.offset, severity: 'error' }];
  const ctx = new CheckContext(r.offsets, position);
  walk(ctx, r.type);
  return ctx.problems;
}

/** True when the text has no error-level problems. */
export function isValidType(text: string, position: TypePosition = 'column'): boolean {
  return checkType(text, position).every((p) => p.severity !== 'error');
}

