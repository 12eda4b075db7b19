// MergeTree-family tables: columns, keys, engine parameters and table settings.
import lexicon from '../../clickhouse/lexicon.json';
import type { MergeTreeTable } from '../../model/types';
import { closestName } from '../../types/lexicon';
import { validateColumns } from './columns';
import { error, warning, type Emit } from './diag';
import { validateKeys } from './keys';
import { validateProjections } from './projections';
import { validateEngine } from './mergeTreeEngine';
import { validateTtl } from './ttl';
import { settingValueProblem } from './settingValues';
import { quoted } from './names';
import { identifiers } from './ttl';

const KNOWN_SETTINGS = new Set(lexicon.mergeTreeSettings.map((s) => s.name));
const NAMES: readonly string[] = lexicon.mergeTreeSettings.map((s) => s.name);
const TYPES: ReadonlyMap<string, string> = new Map(lexicon.mergeTreeSettings.map((s) => [s.name, s.type]));

export function validateMergeTree(t: MergeTreeTable, emit: Emit): void {
  if (t.columns.length === 0)
    emit(error(t.id, 'mergeTree.columns.empty', 'The table has no columns; add at least one (or connect a view into it to copy its output).', 'columns'));
  else if (t.columns.every((c) => c.defaultKind === 'ALIAS' || c.defaultKind === 'EPHEMERAL'))
    emit(error(t.id, 'mergeTree.columns.noPhysical', 'Every column is ALIAS or EPHEMERAL, so the table would store nothing; ClickHouse refuses it. Make at least one column a plain (stored) column.', 'columns'));
  validateColumns(t.id, t.columns, emit);
  validateKeys(t, emit);
  validateEngine(t, emit);
  validateTtl(t, emit);
  validateSettings(t, emit);
  validateProjections(t, emit);
  checkDimensions(t, emit);
}

/**
 * An AggregatingMergeTree table with stored aggregate columns keeps one arbitrary value of every other
 * stored column per key, so 26.x refuses plain and DEFAULT columns the sorting or partition key does not read
 * (MATERIALIZED, ALIAS and EPHEMERAL ones are fine), unless allow_dimensions_outside_sorting_key = 1.
 */
function checkDimensions(t: MergeTreeTable, emit: Emit): void {
  if (t.engine.family !== 'AggregatingMergeTree') return;
  const isState = (type: string) => /^(Simple)?AggregateFunction\(/.test(type.trim());
  // Only stored aggregate columns count: an EPHEMERAL one alone leaves the table a plain one (measured).
  if (!t.columns.some((c) => isState(c.type) && c.defaultKind !== 'EPHEMERAL' && c.defaultKind !== 'ALIAS')) return;
  if (t.settings.some((s) => s.name.trim() === 'allow_dimensions_outside_sorting_key' && /^'?(1|true)'?$/i.test(s.value.trim()))) return;
  const key = new Set([...identifiers(t.orderBy.trim() !== '' ? t.orderBy : t.primaryKey), ...identifiers(t.partitionBy)]);
  const loose = t.columns.filter((c) => c.name.trim() !== '' && (c.defaultKind === '' || c.defaultKind === 'DEFAULT') && !isState(c.type) && !key.has(c.name));
  if (loose.length)
    emit(error(t.id, 'mergeTree.aggregating.dimensions', `${loose.map((c) => quoted(c.name)).join(', ')} ${loose.length > 1 ? 'are' : 'is'} neither in the sorting key nor an aggregate column; merges would keep an arbitrary value, and ClickHouse refuses the table. Add ${loose.length > 1 ? 'them' : 'it'} to ORDER BY, make ${loose.length > 1 ? 'them' : 'it'} SimpleAggregateFunction(anyLast, …), or set allow_dimensions_outside_sorting_key = 1.`, 'orderBy'));
}

/** Settings whose type ClickHouse declares NonZero…: 0 is refused at CREATE (M16). */
const NON_ZERO: ReadonlySet<string> = new Set(
  lexicon.mergeTreeSettings.filter((x) => x.type.startsWith('NonZero') || x.name === 'index_granularity').map((x) => x.name),
);

/** Query settings people put in table SETTINGS by mistake: accepted, applied to the CREATE only, dropped (M24). */
const QUERY_LEVEL: ReadonlySet<string> = new Set([
  'max_threads',
  'max_insert_threads',
  'max_memory_usage',
  'max_execution_time',
  'insert_deduplicate',
  'async_insert',
]);

function validateSettings(t: MergeTreeTable, emit: Emit): void {
  const seen = new Set<string>();
  // ClickHouse refuses a zero where it makes no sense only in the value that counts, the last
  // one: index_granularity = 0, index_granularity = 1024 is accepted (measured; fuzz seed 663549097).
  const last = new Map(t.settings.map((s, i) => [s.name.trim(), i]));
  const zeroRefused = (name: string, value: string, i: number, field: string): boolean => {
    if (last.get(name) !== i || !NON_ZERO.has(name) || !/^0+$/.test(value.trim())) return false;
    emit(error(t.id, 'mergeTree.setting.range', `${name} = 0 makes no sense to ClickHouse and is refused; use a positive value or remove the setting.`, field));
    return true;
  };
  t.settings.forEach((s, i) => {
    const field = `settings.${i}`;
    const name = s.name.trim();
    if (name === '') {
      emit(error(t.id, 'mergeTree.setting.emptyName', `Setting ${i + 1} has no name; enter one or remove the row.`, field));
      return;
    }
    if (seen.has(name)) {
      if (!zeroRefused(name, s.value, i, field))
        emit(warning(t.id, 'mergeTree.setting.duplicate', `${name} is set more than once; only the last value counts, so remove the others.`, field));
      return;
    }
    seen.add(name);
    if (!KNOWN_SETTINGS.has(name) && QUERY_LEVEL.has(name)) {
      emit(warning(t.id, 'mergeTree.setting.queryLevel', `${name} is a query setting: ClickHouse applies it to the CREATE statement only and does not keep it with the table. Remove it.`, field));
      return;
    }
    if (!KNOWN_SETTINGS.has(name)) {
      const hint = closestName(name, NAMES);
      emit(error(t.id, 'mergeTree.setting.unknown', hint
        ? `Unknown table setting ${name}; did you mean ${hint}? (Setting names are case-sensitive.)`
        : `Unknown table setting ${name}; MergeTree tables do not accept it. Check the spelling or remove it.`, field));
      return;
    }
    const value = s.value.trim();
    if (value === '') emit(error(t.id, 'mergeTree.setting.emptyValue', `${name} has no value; enter one or remove the row.`, field));
    else if (zeroRefused(name, value, i, field)) return;
    else {
      const why = settingValueProblem(TYPES.get(name) ?? '', value);
      if (why) emit(error(t.id, 'mergeTree.setting.value', `${name} ${why}; ClickHouse refuses ${value} and the table is not created.`, field));
    }
  });
}
