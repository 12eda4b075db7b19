import type { TypeNode } from './ast';
import { parseType } from './parse';

/** Accepts either type text or a parsed tree; unparsable text yields undefined. */
export type TypeInput = string | TypeNode;

function toNode(t: TypeInput): TypeNode | undefined {
  if (typeof t !== 'string') return t;
  const r = parseType(t);
  return r.ok ? r.type : undefined;
}

function innerOf(n: TypeNode): TypeNode | undefined {
  const a = n.args[0];
  return a && a.kind === 'type' ? a.type : undefined;
}

/** Strips LowCardinality: LowCardinality(Nullable(String)) → Nullable(String). */
export function unwrapLowCardinality(t: TypeNode): TypeNode {
  return t.family === 'LowCardinality' ? (innerOf(t) ?? t) : t;
}

/** Strips Nullable: Nullable(UInt8) → UInt8. */
export function unwrapNullable(t: TypeNode): TypeNode {
  return t.family === 'Nullable' ? (innerOf(t) ?? t) : t;
}

/** The value type once LowCardinality and Nullable are removed, e.g. String for LowCardinality(Nullable(String)). */
export function baseType(t: TypeNode): TypeNode {
  return unwrapNullable(unwrapLowCardinality(t));
}

/** Canonical family of the value type: `Decimal` for LowCardinality(Nullable(Decimal(9, 2)))… */
export function baseFamily(t: TypeInput): string | undefined {
  const n = toNode(t);
  return n ? baseType(n).family : undefined;
}

/** True for Nullable(T) and LowCardinality(Nullable(T)): the column can hold NULL. */
export function isNullable(t: TypeInput): boolean {
  const n = toNode(t);
  return !!n && unwrapLowCardinality(n).family === 'Nullable';
}

const UNSIGNED = new Set(['UInt8', 'UInt16', 'UInt32', 'UInt64', 'UInt128', 'UInt256']);
const SIGNED = new Set(['Int8', 'Int16', 'Int32', 'Int64', 'Int128', 'Int256']);
const FLOATS = new Set(['Float32', 'Float64', 'BFloat16']);
const DECIMALS = new Set(['Decimal', 'Decimal32', 'Decimal64', 'Decimal128', 'Decimal256']);
const DATES = new Set(['Date', 'Date32', 'DateTime', 'DateTime32', 'DateTime64']);
const STRINGS = new Set(['String', 'FixedString']);

function test(set: Set<string>): (t: TypeInput) => boolean {
  return (t) => {
    const f = baseFamily(t);
    return f !== undefined && set.has(f);
  };
}

export const isUnsignedInteger = test(UNSIGNED);
export const isInteger = test(new Set([...UNSIGNED, ...SIGNED]));
export const isFloat = test(FLOATS);
export const isDecimal = test(DECIMALS);
/** Integers, floats and decimals (not Bool). */
export const isNumeric = test(new Set([...UNSIGNED, ...SIGNED, ...FLOATS, ...DECIMALS]));
/** Date, Date32, DateTime, DateTime64: the types TTL and time partitioning accept. */
export const isDateLike = test(DATES);
export const isStringLike = test(STRINGS);
export const isEnum = test(new Set(['Enum', 'Enum8', 'Enum16']));

/** AggregateFunction or SimpleAggregateFunction (after LowCardinality/Nullable). */
export const isAggregate = test(new Set(['AggregateFunction', 'SimpleAggregateFunction']));
