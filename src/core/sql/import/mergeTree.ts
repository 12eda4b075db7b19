// CREATE TABLE … ENGINE = [Replicated]<Family>(…) back into a MergeTreeTable:
// the inverse of emit/mergeTree.ts. Keys keep their text; a tuple key loses its
// outer parentheses (the generator puts them back), `ORDER BY tuple()` is empty.
import { createMergeTree, MERGE_TREE_FAMILIES } from '../../model/kinds/mergeTree';
import type { EngineSpec, MergeTreeFamily, MergeTreeTable } from '../../model/types';
import { splitTopLevel } from '../keyText';
import { mergeTreeSettingKind } from '../settingValue';
import type { EngineArg, EngineCall, ParsedTable, TableClauses } from './ast';
import type { Imported } from './kafkaTable';
import { modelSettingValue } from './settings';

/** The family of an engine name, or undefined when it is not a MergeTree family engine. */
export function mergeTreeFamily(engine: string): { family: MergeTreeFamily; replicated: boolean } | undefined {
  const replicated = engine.startsWith('Replicated');
  const family = (replicated ? engine.slice('Replicated'.length) : engine) as MergeTreeFamily;
  return MERGE_TREE_FAMILIES.includes(family) ? { family, replicated } : undefined;
}

/** `(a, b)` → `a, b`; `tuple()` → ''; anything else as written. */
export function keyText(text: string | undefined, keepEmptyTuple = false): string {
  const t = (text ?? '').trim();
  // ORDER BY tuple() is what the generator writes for an empty key; other clauses keep it.
  if (/^tuple\s*\(\s*\)$/i.test(t)) return keepEmptyTuple ? t : '';
  if (t.startsWith('(') && t.endsWith(')')) {
    const inner = t.slice(1, -1);
    // Only when the parentheses wrap the whole key and hold a list.
    if (splitTopLevel(t).length === 1 && balanced(inner) && splitTopLevel(inner).length > 1) return inner.trim();
  }
  return t;
}

function balanced(text: string): boolean {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = '';
    } else if (ch === "'" || ch === '"' || ch === '`') quote = ch;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

function columnArg(a: EngineArg | undefined, where: string, what: string): string {
  if (!a) return '';
  if (a.identifier === undefined) throw new Error(`${where}: the ${what} parameter must be a column name, found ${a.text}`);
  return a.identifier;
}

function columnList(a: EngineArg | undefined): string {
  if (!a) return '';
  if (a.identifier !== undefined) return a.identifier;
  const items = splitTopLevel(keyText(a.text).replace(/^\((.*)\)$/s, '$1'));
  return items.map((i) => i.replace(/^`(.*)`$/s, '$1')).join(', ');
}

function engineSpec(call: EngineCall, where: string): EngineSpec {
  const kind = mergeTreeFamily(call.name)!;
  let args = call.args ?? [];
  let zooPath = '';
  let replicaName = '';
  if (kind.replicated && args[0]?.string !== undefined) {
    if (args[1]?.string === undefined) throw new Error(`${where}: ${call.name} needs both a Keeper path and a replica name`);
    zooPath = args[0].string;
    replicaName = args[1].string;
    args = args.slice(2);
  }
  const params: Record<string, string> = {};
  const max: Record<MergeTreeFamily, number> = {
    MergeTree: 0,
    AggregatingMergeTree: 0,
    ReplacingMergeTree: 2,
    SummingMergeTree: 1,
    CoalescingMergeTree: 1,
    CollapsingMergeTree: 1,
    VersionedCollapsingMergeTree: 2,
  };
  if (args.length > max[kind.family])
    throw new Error(`${where}: ${call.text} has arguments chflow does not model (the old MergeTree(date, key, granularity) syntax?)`);
  switch (kind.family) {
    case 'ReplacingMergeTree':
      if (args[0]) params['ver'] = columnArg(args[0], where, 'version');
      if (args[1]) params['isDeleted'] = columnArg(args[1], where, 'is_deleted');
      break;
    case 'SummingMergeTree':
    case 'CoalescingMergeTree':
      if (args[0]) params['columns'] = columnList(args[0]);
      break;
    case 'CollapsingMergeTree':
      if (args[0]) params['sign'] = columnArg(args[0], where, 'sign');
      break;
    case 'VersionedCollapsingMergeTree':
      if (args[0]) params['sign'] = columnArg(args[0], where, 'sign');
      if (args[1]) params['version'] = columnArg(args[1], where, 'version');
      break;
    default:
      break;
  }
  return { family: kind.family, replicated: kind.replicated, zooPath, replicaName, params };
}

/** The key clauses and settings of a MergeTree table (also used for a view's inner engine). */
export function mergeTreeParts(engine: EngineCall, clauses: TableClauses, where: string): Omit<MergeTreeTable, 'id' | 'kind' | 'name' | 'database' | 'comment' | 'position' | 'columns' | 'indexes'> {
  return {
    engine: engineSpec(engine, where),
    // An empty ORDER BY is written as the primary key when there is one, so tuple() stays then.
    orderBy: keyText(clauses.orderBy, (clauses.primaryKey ?? '').trim() !== ''),
    partitionBy: keyText(clauses.partitionBy, true),
    primaryKey: keyText(clauses.primaryKey, true),
    sampleBy: (clauses.sampleBy ?? '').trim(),
    ttl: (clauses.ttl ?? '').trim(),
    settings: clauses.settings.map((s) => ({ name: s.name, value: modelSettingValue(s, mergeTreeSettingKind(s.name)) })),
  };
}

export function importMergeTree(t: ParsedTable, database: string, where: string): Imported<MergeTreeTable> {
  const notes = t.unsupported.map((u) => `${where}: ${u} is not part of chflow’s model and was left out`);
  const entity = createMergeTree(t.name.name, { x: 0, y: 0 }, {
    database,
    comment: t.comment,
    columns: t.columns,
    indexes: t.indexes,
    ...(t.projections.length > 0 ? { projections: t.projections } : {}),
    ...(t.constraints.length > 0 ? { constraints: t.constraints } : {}),
    ...mergeTreeParts(t.engine!, t.clauses, where),
  });
  return { entity, notes };
}
