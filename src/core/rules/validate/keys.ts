// MergeTree key clauses: every bare column they name must be a stored column of
// the table with a type ClickHouse can sort by, and PRIMARY KEY must be a
// prefix of ORDER BY. Expressions other than bare columns are left to the server.
import type { Column, MergeTreeTable } from '../../model/types';
import { columnReference } from '../../model/viewColumns';
import { columnsByName } from './columns';
import { error, type Emit } from './diag';
import { quoted } from './names';
import { keyElements, normalizeExpr } from './sqlText';
import { identifiers } from './ttl';
import { familyOf, isNullable, isUnsignedInteger } from './typeFacts';
import { parseType, type TypeNode } from '../../types';
import { memoByText } from '../../types/memo';
import { argumentProblem } from './exprType';

export type KeyClause = 'orderBy' | 'primaryKey' | 'partitionBy' | 'sampleBy';

const CLAUSE_SQL: Record<KeyClause, string> = {
  orderBy: 'ORDER BY',
  primaryKey: 'PRIMARY KEY',
  partitionBy: 'PARTITION BY',
  sampleBy: 'SAMPLE BY',
};

const LITERAL_WORDS = new Set(['null', 'true', 'false', 'inf', 'nan', 'infinity']);

/** The column a key element or expression names when it is just a column (not a literal). */
export function bareColumn(expr: string): string | undefined {
  const ref = columnReference(expr);
  if (ref === undefined) return undefined;
  if (!expr.trim().startsWith('`') && LITERAL_WORDS.has(ref.toLowerCase())) return undefined;
  return ref;
}

/** The column a name resolves to: the column itself, or the column owning a subcolumn `t.x`. */
export function resolveColumn(byName: ReadonlyMap<string, Column>, name: string): Column | undefined {
  const exact = byName.get(name);
  if (exact) return exact;
  const dot = name.indexOf('.');
  return dot > 0 ? byName.get(name.slice(0, dot)) : undefined;
}

/** Names of the bare columns of the sorting key (ORDER BY, or PRIMARY KEY when ORDER BY is empty). */
export function sortingKeyColumns(t: MergeTreeTable): Set<string> {
  const clause = keyElements(t.orderBy).length > 0 ? t.orderBy : t.primaryKey;
  const out = new Set<string>();
  for (const el of keyElements(clause)) {
    const ref = bareColumn(el);
    if (ref !== undefined) out.add(ref);
  }
  return out;
}

export function allowsNullableKey(t: MergeTreeTable): boolean {
  const s = [...t.settings].reverse().find((x) => x.name.trim() === 'allow_nullable_key');
  return s !== undefined && /^'?(1|true)'?$/i.test(s.value.trim());
}

// Types ClickHouse cannot compare, so they cannot be part of any key.
// SimpleAggregateFunction only counts as the column's own type in a sorting key: PARTITION BY
// takes it, and so does any key once it sits inside an Array (measured).
const UNSORTABLE = new Set(['JSON', 'Dynamic', 'Variant', 'AggregateFunction', 'Object']);

// The type walks below are remembered per type text: a design repeats a few column types in every table.

/** The first family in the type tree that cannot be compared (Array(JSON) counts too). */
const containsUnsortable = memoByText((text): string | undefined => {
  const r = parseType(text);
  if (!r.ok) return undefined;
  const walk = (n: TypeNode): string | undefined => {
    if (UNSORTABLE.has(n.family)) return n.family;
    for (const a of n.args) if (a.kind === 'type') {
      const f = walk(a.type);
      if (f) return f;
    }
    return undefined;
  };
  return walk(r.type);
});

// A partition key keeps the min and max of every column it reads, which these cannot be
// ordered for, at any depth (measured: PARTITION BY cityHash64(d) is refused for d Dynamic,
// Variant, Tuple(a Dynamic) or JSON(a Dynamic), and accepted for a plain JSON).
const NO_MIN_MAX = new Set(['Dynamic', 'Variant', 'AggregateFunction']);

const withoutMinMax = memoByText((text): boolean => {
  const r = parseType(text);
  if (!r.ok) return false;
  const walk = (n: TypeNode): boolean => NO_MIN_MAX.has(n.family) || n.args.some((a) => a.kind === 'type' && walk(a.type));
  return walk(r.type);
});

// Words an expression may contain that are not column names.
const KEY_WORDS = new Set([...LITERAL_WORDS, 'and', 'or', 'not', 'is', 'as', 'in', 'like', 'between', 'case', 'when', 'then', 'else', 'end', 'interval',
  'second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year', 'div', 'mod', 'asc', 'desc', 'date', 'timestamp']);

/** Float32/Float64/BFloat16 itself (a Nullable float partition key is accepted). */
function plainFloat(text: string): boolean {
  const r = parseType(text);
  if (!r.ok) return false;
  // SimpleAggregateFunction(sum, Float64) stores plain Float64 values.
  const a = r.type.family === 'SimpleAggregateFunction' ? r.type.args[1] : undefined;
  const n = a?.kind === 'type' ? a.type : r.type;
  return /^(Float32|Float64|BFloat16)$/.test(n.family);
}

const NULL_HANDLING = /\b(ifNull|coalesce|assumeNotNull|isNull|isNotNull|isNullable|toTypeName)\s*\(/i;

/** Nullable anywhere in the type: Array(Nullable(T)) and Map(K, Nullable(V)) keys need allow_nullable_key too. */
const containsNullable = memoByText((text): boolean => {
  const r = parseType(text);
  if (!r.ok) return isNullable(text);
  const walk = (n: TypeNode): boolean => n.family === 'Nullable' || n.args.some((a) => a.kind === 'type' && walk(a.type));
  return walk(r.type);
});

export function validateKeys(t: MergeTreeTable, emit: Emit): void {
  const byName = columnsByName(t.columns);
  for (const clause of ['partitionBy', 'primaryKey', 'orderBy', 'sampleBy'] as const) {
    for (const el of keyElements(t[clause])) checkElement(t, byName, clause, el, emit);
  }
  checkPrimaryKeyPrefix(t, emit);
  checkSampleInKey(t, emit);
  checkDeterministic(t, emit);
  checkDuplicates(t, emit);
}

// Functions whose result changes between calls; ClickHouse refuses them in keys.
const NON_DETERMINISTIC = /\b(rand|rand32|rand64|randConstant|randCanonical|randomString|randomPrintableASCII|randomFixedString|randUniform|randNormal|now|now64|nowInBlock|today|yesterday|generateUUIDv4|generateUUIDv7|generateSnowflakeID|rowNumberInAllBlocks|rowNumberInBlock|blockNumber)\s*\(/i;

function checkDeterministic(t: MergeTreeTable, emit: Emit): void {
  for (const clause of ['partitionBy', 'primaryKey', 'orderBy', 'sampleBy'] as const) {
    const m = NON_DETERMINISTIC.exec(t[clause].replace(/'(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`/g, "''"));
    if (m)
      emit(error(t.id, 'mergeTree.key.nondeterministic', `${CLAUSE_SQL[clause]} calls ${m[1]}(), whose result changes from call to call; ClickHouse refuses it in a key. Use a column or a deterministic expression such as cityHash64(id).`, clause));
  }
}

function checkDuplicates(t: MergeTreeTable, emit: Emit): void {
  for (const clause of ['primaryKey', 'orderBy'] as const) {
    const els = keyElements(t[clause]).map(normalizeExpr);
    const dup = els.find((x, i) => els.indexOf(x) !== i);
    if (dup !== undefined)
      emit(error(t.id, 'mergeTree.key.duplicate', `${CLAUSE_SQL[clause]} lists ${dup} twice; ClickHouse refuses duplicate key expressions. Remove the repeat.`, clause));
  }
}

function checkElement(t: MergeTreeTable, byName: ReadonlyMap<string, Column>, clause: KeyClause, el: string, emit: Emit): void {
  const ref = bareColumn(el);
  if (ref === undefined) {
    // Inside an expression (toYYYYMM(d)) the columns it reads must be stored too.
    const hidden = identifiers(el).map((n) => byName.get(n)).find((c) => c?.defaultKind === 'ALIAS' || c?.defaultKind === 'EPHEMERAL');
    if (hidden)
      emit(error(t.id, `mergeTree.${clause}.notStored`, `${CLAUSE_SQL[clause]} reads ${quoted(hidden.name)}, an ${hidden.defaultKind} column that is not stored; keys need stored columns (plain, DEFAULT or MATERIALIZED).`, clause));
    // A name typed without quotes (`my col`) is written quoted by the generator; double-quoted names are left alone.
    const named = byName.has(el.trim()) || el.includes('"');
    const missing = named ? undefined : identifiers(el).find((n) => !resolveColumn(byName, n) && !KEY_WORDS.has(n.toLowerCase()));
    if (missing !== undefined) {
      emit(error(t.id, `mergeTree.${clause}.unknownColumn`, `${CLAUSE_SQL[clause]} ${el.trim()} reads ${quoted(missing)}, which is not a column of this table; add the column or fix the name (names are case-sensitive).`, clause));
      return;
    }
    const unordered = clause === 'partitionBy' ? identifiers(el).map((n) => byName.get(n)).find((c) => c && withoutMinMax(c.type)) : undefined;
    if (unordered)
      emit(error(t.id, 'mergeTree.partitionBy.minMax', `PARTITION BY ${el.trim()} reads ${quoted(unordered.name)} of type ${unordered.type}; ClickHouse keeps the minimum and maximum of every column a partition key reads, and values of this type cannot be ordered. Partition by another column, or cast it first in a MATERIALIZED column.`, clause));
    const why = argumentProblem(el, new Map(t.columns.map((c) => [c.name, c.type])), clause === 'partitionBy' ? 'partition' : 'key');
    if (why) emit(error(t.id, 'mergeTree.key.argumentType', `${CLAUSE_SQL[clause]} ${el.trim()}: ${why}; ClickHouse refuses the table. Key on another expression or convert the column first.`, clause));
    // Arithmetic keeps a float a float; a Nullable one is accepted (measured), hashes and dates are not floats.
    const arith = /^\s*(?:-\s*(.+?)|(.+?)\s*[-+%]\s*\d+)\s*$/.exec(el);
    const operand = arith ? bareColumn(arith[1] ?? arith[2]!) : undefined;
    const floatCol = operand !== undefined ? byName.get(operand) : undefined;
    if (clause === 'partitionBy' && floatCol && plainFloat(floatCol.type))
      emit(error(t.id, 'mergeTree.partitionBy.float', `PARTITION BY ${el.trim()} is a floating-point value (${quoted(floatCol.name)} is ${floatCol.type}); ClickHouse does not support floating-point partition keys. Partition by a date or integer expression instead.`, clause));
    // Functions and operators return NULL for NULL, so the key element is Nullable too (measured
    // for hashes, conversions, date rounding and arithmetic); only the NULL-handling ones lift it.
    const nullable = identifiers(el).map((n) => byName.get(n)).find((c) => c && isNullable(c.type));
    if (nullable && clause !== 'sampleBy' && !allowsNullableKey(t) && !NULL_HANDLING.test(el))
      emit(error(t.id, 'mergeTree.key.nullable', `${CLAUSE_SQL[clause]} ${el.trim()} reads the Nullable column ${quoted(nullable.name)}, so its value can be NULL; add the setting allow_nullable_key = 1, or wrap the column in ifNull(${quoted(nullable.name)}, …).`, clause));
    return;
  }
  const sql = CLAUSE_SQL[clause];
  const col = resolveColumn(byName, ref);
  if (!col) {
    emit(error(t.id, `mergeTree.${clause}.unknownColumn`, `${sql} uses ${quoted(ref)}, which is not a column of this table; add the column or fix the name (names are case-sensitive).`, clause));
    return;
  }
  if (col.defaultKind === 'ALIAS' || col.defaultKind === 'EPHEMERAL') {
    emit(error(t.id, `mergeTree.${clause}.notStored`, `${sql} uses ${quoted(ref)}, an ${col.defaultKind} column that is not stored; keys need stored columns (plain, DEFAULT or MATERIALIZED).`, clause));
    return;
  }
  if (col.name !== ref) return; // a subcolumn: its type is not the column's
  const parsed = parseType(col.type);
  const simple = (clause === 'orderBy' || clause === 'primaryKey') && parsed.ok && parsed.type.family === 'SimpleAggregateFunction';
  const family = simple ? 'SimpleAggregateFunction' : containsUnsortable(col.type) ?? familyOf(col.type);
  if (clause !== 'sampleBy' && (simple || UNSORTABLE.has(family))) {
    emit(error(t.id, 'mergeTree.key.type', `${sql} uses ${quoted(ref)} of type ${col.type}, which cannot be compared and so cannot be in a key; use a plain column or a subcolumn instead.`, clause));
    return;
  }
  if ((clause === 'orderBy' || clause === 'partitionBy' || clause === 'primaryKey') && containsNullable(col.type) && !allowsNullableKey(t))
    emit(error(t.id, 'mergeTree.key.nullable', `${sql} uses ${quoted(ref)} (${col.type}), which can hold NULL; add the setting allow_nullable_key = 1, make the column non-Nullable, or key on an expression such as ifNull(${ref}, …).`, clause));
  if (clause === 'partitionBy' && plainFloat(col.type))
    emit(error(t.id, 'mergeTree.partitionBy.float', `PARTITION BY uses ${quoted(ref)} of type ${col.type}; floating-point partition keys are not supported. Partition by a date or integer expression instead.`, clause));
  // Bool is stored as UInt8, which SAMPLE BY takes (measured; fuzz seed 47455467).
  if (clause === 'sampleBy' && !isUnsignedInteger(col.type) && familyOf(col.type) !== 'Bool')
    emit(error(t.id, 'mergeTree.sampleBy.type', `SAMPLE BY needs an unsigned integer, but ${quoted(ref)} is ${col.type}; sample by a hash such as intHash32(${ref}) instead.`, clause));
}

function checkPrimaryKeyPrefix(t: MergeTreeTable, emit: Emit): void {
  const pk = keyElements(t.primaryKey).map(normalizeExpr);
  if (pk.length === 0) return;
  const ob = keyElements(t.orderBy).map(normalizeExpr);
  // With ORDER BY left empty the generator sorts by the primary key itself.
  if (t.orderBy.trim() === '') return;
  if (pk.length > ob.length) {
    emit(error(t.id, 'mergeTree.primaryKey.notPrefix', `PRIMARY KEY has ${pk.length} elements but ORDER BY only ${ob.length}; the primary key must be the first elements of ORDER BY.`, 'primaryKey'));
    return;
  }
  const at = pk.findIndex((x, i) => x !== ob[i]);
  if (at >= 0)
    emit(error(t.id, 'mergeTree.primaryKey.notPrefix', `PRIMARY KEY must be the first elements of ORDER BY, but element ${at + 1} is ${pk[at]} in PRIMARY KEY and ${ob[at]} in ORDER BY.`, 'primaryKey'));
}

function checkSampleInKey(t: MergeTreeTable, emit: Emit): void {
  const sample = keyElements(t.sampleBy).map(normalizeExpr);
  if (sample.length === 0) return;
  const key = keyElements(t.primaryKey).length > 0 ? t.primaryKey : t.orderBy;
  const keyEls = new Set(keyElements(key).map(normalizeExpr));
  for (const s of sample)
    if (!keyEls.has(s))
      emit(error(t.id, 'mergeTree.sampleBy.notInKey', `SAMPLE BY ${s} must also be an element of the primary key (ORDER BY when no PRIMARY KEY is set); add it there.`, 'sampleBy'));
}
