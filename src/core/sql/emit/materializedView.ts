// CREATE MATERIALIZED VIEW … TO target AS SELECT … FROM source. Always the TO
// form: TO together with ENGINE is a syntax error, and a TO view keeps its data
// when dropped. Every output is aliased to its target column because the
// target is filled by column name.
import { tableColumns } from '../../model/query';
import type { Entity, MaterializedView } from '../../model/types';
import type { SqlContext } from '../context';
import { asColumn, type ColumnNames } from '../keyText';
import { qualify, quoteIdent, quoteString } from '../quote';
import { usableMappings } from '../skip';
import { trim } from '../trim';

/**
 * `expr AS target`, or just the name when the expression is that same column.
 * An expression that is exactly the name of a source column is taken as that
 * column (users pick columns by name) and quoted when it needs to be.
 */
export function selectItem(expr: string, target: string, sourceColumns: ColumnNames): string {
  // Try the text as typed first: a column named ' lead' must not lose its spaces.
  const asTyped = asColumn(expr, sourceColumns);
  const trimmed = trim(expr);
  const e = asTyped !== expr || trimmed === expr ? asTyped : asColumn(trimmed, sourceColumns);
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
  const raw = trim(v.rawSelect ?? '');
  if (raw !== '') return s + 'AS ' + raw + ';';
  const sourceColumns = tableColumns(source);
  const items: string[] = [];
  for (const m of usableMappings(v)) items.push(selectItem(m.expr, m.target, sourceColumns));
  s += 'AS SELECT\n    ' + items.join(',\n    ') + '\n';
  s += 'FROM ' + qualify(source.database, source.name);
  const where = trim(v.where);
  if (where) s += '\nWHERE ' + where;
  const groupBy = trim(v.groupBy);
  if (groupBy) s += '\nGROUP BY ' + groupBy;
  return s + ';';
}
