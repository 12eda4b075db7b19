// Table and column TTL (docs/clickhouse.md §b.2, §b.5): the expression must be a
// non-Nullable Date/DateTime computed from a column, and a column TTL may not sit
// on a column the sorting or partition key reads. Only forms whose type is
// certain are typed; others are checked just for naming some column.
import type { Column, MergeTreeTable } from '../../model/types';
import { isDateLike, isNullable } from '../../types';
import { memoByText } from '../../types/memo';
import { columnsByName, columnField } from './columns';
import { error, warning, type Emit } from './diag';
import { inferExprType } from './exprType';
import { quoted } from './names';
import { splitTopLevel } from './sqlText';

// `+ 1` keeps a date a date and a number a number, so it can be stripped like an interval.
const INTERVAL_TAIL = /\s*[+-]\s*(?:\d+|INTERVAL\s+(?:\d+|'[^']*')\s+[A-Za-z]+|toInterval[A-Za-z]+\s*\(\s*\d+\s*\))\s*$/i;
const ACTION = /\s+(DELETE|WHERE|TO\s+DISK|TO\s+VOLUME|RECOMPRESS|GROUP\s+BY|SET)\b/i;

/** The date expression of one TTL element, without its `+ INTERVAL …` and action. */
function baseExpression(element: string): string {
  const at = ACTION.exec(element);
  let e = (at ? element.slice(0, at.index) : element).trim();
  for (let m = INTERVAL_TAIL.exec(e); m; m = INTERVAL_TAIL.exec(e)) e = e.slice(0, m.index).trim();
  return e;
}

/** Identifiers of the expression that are not function names (backquoted ones unescaped). Shared and frozen. */
export function identifiers(expr: string): readonly string[] {
  return identifiersMemo(expr);
}

const identifiersMemo = memoByText((expr) => Object.freeze(readIdentifiers(expr)));

function readIdentifiers(expr: string): string[] {
  const out: string[] = [];
  const re = /`((?:[^`\\]|\\.)*)`|'(?:[^'\\]|\\.)*'|([A-Za-z_][A-Za-z0-9_.]*)(\s*\()?/g;
  for (let m = re.exec(expr); m; m = re.exec(expr)) {
    if (m[1] !== undefined) out.push(m[1].replace(/\\(.)/g, '$1'));
    else if (m[2] !== undefined && m[3] === undefined) out.push(m[2]);
  }
  return out;
}

type Where = { field: string; label: string; code: string };

function checkExpression(t: MergeTreeTable, expr: string, where: Where, emit: Emit): void {
  const byName = columnsByName(t.columns);
  const stored = new Map<string, string>();
  for (const c of t.columns) if (c.defaultKind !== 'ALIAS' && c.defaultKind !== 'EPHEMERAL') stored.set(c.name, c.type);
  const base = baseExpression(expr);
  const ids = identifiers(expr);
  const virtualRef = ids.find((n) => stored.get(n) === undefined && byName.has(n));
  if (virtualRef !== undefined) {
    emit(error(t.id, `${where.code}.notStored`, `${where.label} reads ${quoted(virtualRef)}, which is ${byName.get(virtualRef)!.defaultKind} and not stored; TTL can only use stored columns.`, where.field));
    return;
  }
  if (!ids.some((n) => stored.has(n) || stored.has(n.split('.')[0]!))) {
    emit(error(t.id, `${where.code}.noColumn`, `${where.label} ${expr.trim()} does not depend on any column of the table; ClickHouse refuses it. Base it on a Date or DateTime column, e.g. ts + INTERVAL 30 DAY.`, where.field));
    return;
  }
  const type = inferExprType(base, stored);
  if (type === undefined) return;
  if (isNullable(type))
    emit(error(t.id, `${where.code}.nullable`, `${where.label} is computed from ${base} of type ${type}; TTL needs a non-Nullable Date or DateTime. Use ifNull(${base}, …) or make the column non-Nullable.`, where.field));
  else if (!isDateLike(type))
    emit(error(t.id, `${where.code}.type`, `${where.label} is computed from ${base} of type ${type}; TTL needs a Date, Date32, DateTime or DateTime64 expression such as ts + INTERVAL 30 DAY.`, where.field));
}

export function validateTtl(t: MergeTreeTable, emit: Emit): void {
  const ttl = t.ttl.trim();
  if (ttl !== '') {
    // GROUP BY … SET … contain commas of their own; then only the first element is looked at.
    const elements = /\bGROUP\s+BY\b/i.test(ttl) ? [splitTopLevel(ttl)[0]!] : splitTopLevel(ttl);
    for (const el of elements) checkExpression(t, el, { field: 'ttl', label: 'TTL', code: 'mergeTree.ttl' }, emit);
    if (/\bTO\s+(DISK|VOLUME)\b/i.test(ttl))
      emit(warning(t.id, 'mergeTree.ttl.storage', 'TTL moves data to a disk or volume; the table needs a storage_policy that defines it (the default policy has none), otherwise ClickHouse refuses the table.', 'ttl'));
  }
  // VersionedCollapsingMergeTree appends its version column to the sorting key (measured: a TTL on it is refused).
  const version = t.engine.family === 'VersionedCollapsingMergeTree' ? (t.engine.params.version ?? '') : '';
  const keyColumns = new Set([t.orderBy, t.primaryKey, t.partitionBy, t.sampleBy, version].flatMap(identifiers));
  for (const c of t.columns) {
    const cttl = (c.ttl ?? '').trim();
    if (cttl === '') continue;
    const field = `columns.${c.id}.ttl`;
    if (keyColumns.has(c.name)) {
      emit(error(t.id, 'column.ttl.keyColumn', `Column ${quoted(c.name)} is part of the sorting or partition key and cannot have a TTL; remove the column TTL or take the column out of the key.`, field));
      continue;
    }
    if (c.defaultKind === 'ALIAS' || c.defaultKind === 'EPHEMERAL')
      emit(error(t.id, 'column.ttl.alias', `Column ${quoted(c.name)} is ${c.defaultKind} and stores nothing, so it cannot have a TTL; remove it.`, field));
    else checkExpression(t, cttl, { field, label: `The TTL of column ${quoted(c.name)}`, code: 'column.ttl' }, emit);
  }
}

/** Kafka tables store nothing, so a column TTL there is refused. */
export function kafkaColumnTtl(tableId: string, columns: readonly Column[], emit: Emit): void {
  for (const c of columns)
    if ((c.ttl ?? '').trim() !== '')
      emit(error(tableId, 'kafka.column.ttl', `Column ${quoted(c.name)} has a TTL, which Kafka tables do not support (they store nothing). Put the TTL on the target table's column.`, columnField(c, 'name').replace(/name$/, 'ttl')));
}
