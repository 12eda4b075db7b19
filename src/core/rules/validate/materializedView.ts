// Materialized views: one source, one TO target, and a SELECT whose output
// names all exist in the target (ClickHouse 25.4+ refuses extra columns with
// THERE_IS_NO_COLUMN; docs/clickhouse.md §c.3).
import { kafkaVirtualColumns, KAFKA_VIRTUAL_COLUMNS } from '../../clickhouse/virtualColumns';
import { readableColumns } from '../../model/query';
import type { Column, Entity, MaterializedView } from '../../model/types';
import { columnsByName } from './columns';
import { error, listNames, warning, type Emit } from './diag';
import { bareColumn, resolveColumn } from './keys';
import { quoted, shown } from './names';
import { checkArgumentTypes, checkMappingTypes, sourceColumnTypes } from './viewTypes';
import { identifiers } from './ttl';
import type { Neighbours } from './neighbours';

// Virtual columns every MergeTree table offers (system.columns of 26.7 does not list them; from the docs).
const MERGE_TREE_VIRTUAL = new Set([
  '_part', '_part_index', '_part_uuid', '_partition_id', '_partition_value', '_sample_factor', '_part_offset',
  '_part_granule_offset', '_part_starting_offset', '_row_exists', '_block_number', '_block_offset', '_part_data_version', '_disk_name', '_distance',
]);

export function validateMaterializedView(v: MaterializedView, around: Neighbours, emit: Emit): void {
  const source = around.upstream;
  const target = around.downstream[0];
  // A query kept as written (beyond the mapping grid) names its own tables. Set but
  // blank is still that mode: the panel keeps showing the query field, empty.
  const raw = v.rawSelect !== undefined;
  if (!source && !raw)
    emit(error(v.id, 'view.noSource', 'The view reads from nothing; connect a Kafka table (or another table) into it.'));
  if (!target)
    emit(error(v.id, 'view.noTarget', 'The view has no TO table. A view without TO would need an inner engine; connect it to a MergeTree table.'));
  // Its columns and types are ClickHouse's to check (Check runs it); the grid rules do not apply.
  if (raw) {
    if (v.rawSelect!.trim() === '')
      emit(error(v.id, 'view.rawSelect.empty', 'The view’s query is empty; write its SELECT (… FROM the source), or undo to get the previous one back.', 'rawSelect'));
    return;
  }
  if (v.mappings.length === 0) {
    emit(error(v.id, 'view.noMappings', 'The view selects no columns; add a row mapping an expression to a target column.', 'mappings'));
    return;
  }
  const targetCols = target && target.kind === 'mergeTree' ? target.columns : undefined;
  checkMappings(v, target, targetCols, emit);
  if (source) checkExpressions(v, source, emit);
  if (targetCols) checkUnfed(v, targetCols, emit);
  const types = source && sourceColumnTypes(source);
  if (types) checkArgumentTypes(v, types, emit);
  if (types && target) checkMappingTypes(v, types, target, emit);
}

function checkMappings(v: MaterializedView, target: Entity | undefined, targetCols: readonly Column[] | undefined, emit: Emit): void {
  const byName = targetCols ? columnsByName(targetCols) : undefined;
  const seen = new Set<string>();
  for (const m of v.mappings) {
    const tf = `mapping.${m.id}.target`;
    const name = m.target.trim();
    if (m.expr.trim() === '')
      emit(error(v.id, 'view.mapping.emptyExpr', `The row for ${name ? quoted(name) : 'an unnamed column'} has no expression; write one (a source column name, or any expression).`, `mapping.${m.id}.expr`));
    if (name === '') {
      emit(error(v.id, 'view.mapping.emptyTarget', 'A row has no target column; choose which column of the target table it writes.', tf));
      continue;
    }
    if (seen.has(m.target)) {
      emit(error(v.id, 'view.column.duplicateTarget', `${quoted(m.target)} is written by more than one row; keep one of them.`, tf));
      continue;
    }
    seen.add(m.target);
    if (!byName || !target) continue;
    const col = byName.get(m.target);
    if (!col)
      emit(error(v.id, 'view.column.unknownTarget', `${quoted(m.target)} is not a column of ${shown(target.name)}; ClickHouse refuses views that select columns the target lacks. Add the column to the table or pick an existing one.`, tf));
    else if (col.defaultKind === 'MATERIALIZED' || col.defaultKind === 'ALIAS')
      emit(error(v.id, 'view.column.notInsertable', `${quoted(m.target)} is a ${col.defaultKind} column of ${shown(target.name)} and cannot be written; remove this row (the table computes it).`, tf));
  }
}

const streamOnly: ReadonlySet<string> = new Set(KAFKA_VIRTUAL_COLUMNS.filter((c) => c.streamOnly).map((c) => c.name));
const NO_NAMES: ReadonlySet<string> = new Set();
const virtualByMode = new Map<string | undefined, ReadonlySet<string>>();

/** Names of the Kafka virtual columns under an error mode (a handful of modes, so kept). */
function virtualNames(errorMode: string | undefined): ReadonlySet<string> {
  let names = virtualByMode.get(errorMode);
  if (!names) {
    if (virtualByMode.size > 100) virtualByMode.clear();
    virtualByMode.set(errorMode, (names = new Set(kafkaVirtualColumns(errorMode).map((c) => c.name))));
  }
  return names;
}

function checkExpressions(v: MaterializedView, source: Entity, emit: Emit): void {
  const cols = columnsByName(readableColumns(source));
  const virtual = source.kind === 'kafkaTable' ? virtualNames(source.settings['kafka_handle_error_mode']) : NO_NAMES;
  for (const clause of ['where', 'groupBy'] as const) {
    const used = identifiers(v[clause]).find((n) => streamOnly.has(n) && !virtual.has(n) && !cols.has(n));
    if (used !== undefined)
      emit(error(v.id, `view.${clause}.unknownColumn`, `${clause === 'where' ? 'WHERE' : 'GROUP BY'} reads ${quoted(used)}, which exists only when the source Kafka table has kafka_handle_error_mode = stream; set that mode or remove the reference.`, clause));
  }
  for (const m of v.mappings) {
    const ref = bareColumn(m.expr);
    if (ref === undefined || resolveColumn(cols, ref) || virtual.has(ref) || ref === '_table') continue;
    if (source.kind === 'mergeTree' && MERGE_TREE_VIRTUAL.has(ref)) continue;
    const field = `mapping.${m.id}.expr`;
    if (source.kind === 'kafkaTable' && streamOnly.has(ref))
      emit(error(v.id, 'view.expr.unknownColumn', `${quoted(ref)} exists only when the Kafka table ${shown(source.name)} has kafka_handle_error_mode = stream; set that mode or remove the reference.`, field));
    else
      emit(error(v.id, 'view.expr.unknownColumn', `${quoted(ref)} is not a column of ${shown(source.name)}${source.kind === 'kafkaTable' ? ' nor a Kafka virtual column' : ''}; fix the name (names are case-sensitive) or add the column to the source.`, field));
  }
}

function checkUnfed(v: MaterializedView, targetCols: readonly Column[], emit: Emit): void {
  const written = new Set(v.mappings.map((m) => m.target));
  const unfed = targetCols
    .filter((c) => (c.defaultKind === '' || c.defaultKind === 'DEFAULT') && c.name.trim() !== '' && !written.has(c.name))
    .map((c) => c.name);
  if (unfed.length)
    emit(warning(v.id, 'view.target.unfed', `The view does not write ${listNames(unfed)}; ${unfed.length > 1 ? 'they' : 'it'} will take ${unfed.length > 1 ? 'their' : 'its'} default values. Add ${unfed.length > 1 ? 'rows for them' : 'a row for it'} if that is not intended.`, 'mappings'));
}
