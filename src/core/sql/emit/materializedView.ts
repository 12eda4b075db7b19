// CREATE MATERIALIZED VIEW … TO target AS SELECT … FROM source. Always the TO
// form: TO together with ENGINE is a syntax error, and a TO view keeps its data
// when dropped. Every output is aliased to its target column because the
// target is filled by column name.
import { tableColumns } from '../../model/query';
import type { Entity, MaterializedView } from '../../model/types';
import type { SqlContext } from '../context';
import { asColumn, type ColumnFree, type ColumnNames, holds, probed } from '../keyText';
import { qualify, quoteIdent, quoteString } from '../quote';
import { usableMappings } from '../skip';
import { TextCache2 } from '../textCache';

// expr → target → item: mappings repeat across views (the same column names).
const items = new TextCache2<ColumnFree>();

/**
 * `expr AS target`, or just the name when the expression is that same column.
 * An expression that is exactly the name of a source column is taken as that
 * column (users pick columns by name) and quoted when it needs to be.
 */
export function selectItem(expr: string, target: string, sourceColumns: ColumnNames): string {
  const hit = items.get(expr, target);
  if (hit !== undefined && holds(hit, sourceColumns)) return hit.text;
  const probes: string[] = [];
  // No source column matched: the item holds for every source without those names.
  if (probed(expr, sourceColumns, probes) !== undefined && probed(expr.trim(), sourceColumns, probes) !== undefined) {
    const name = quoteIdent(target);
    const e = expr.trim();
    const text = e === name ? name : e + ' AS ' + name;
    items.set(expr, target, { text, probes });
    return text;
  }
  return selectItemText(expr, target, sourceColumns);
}

function selectItemText(expr: string, target: string, sourceColumns: ColumnNames): string {
  // Try the text as typed first: a column named ' lead' must not lose its spaces.
  const asTyped = asColumn(expr, sourceColumns);
  const e = asTyped !== expr ? asTyped : asColumn(expr.trim(), sourceColumns);
  const name = quoteIdent(target);
  return e === name ? name : e + ' AS ' + name;
}

/** Call only when skipReason() found nothing: source and target exist and are tables. */
export function emitMaterializedView(v: MaterializedView, ctx: SqlContext): string {
  return viewStatement(v, ctx.inputOf.get(v.id) as Entity, ctx.outputOf.get(v.id) as Entity, ctx.onCluster);
}

/** emitMaterializedView with the view's ends given. */
export function viewStatement(v: MaterializedView, source: Entity, target: Entity, onCluster: string): string {
  let s = 'CREATE MATERIALIZED VIEW ' + qualify(v.database, v.name) + onCluster;
  s += ' TO ' + qualify(target.database, target.name) + '\n';
  if (v.comment !== '') s += 'COMMENT ' + quoteString(v.comment) + '\n';
  // An imported query the grid cannot hold is written back as it was read.
  const raw = (v.rawSelect ?? '').trim();
  if (raw !== '') return s + 'AS ' + raw + ';';
  const sourceColumns = tableColumns(source);
  const list: string[] = [];
  for (const m of usableMappings(v)) list.push(selectItem(m.expr, m.target, sourceColumns));
  s += 'AS SELECT\n    ' + list.join(',\n    ') + '\n';
  s += 'FROM ' + qualify(source.database, source.name);
  const where = v.where.trim();
  if (where) s += '\nWHERE ' + where;
  const groupBy = v.groupBy.trim();
  if (groupBy) s += '\nGROUP BY ' + groupBy;
  return s + ';';
}
