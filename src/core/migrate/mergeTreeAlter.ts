// What an existing MergeTree-family table needs to become its new version:
// ALTER steps when ClickHouse can change it in place, or the reason it must be
// rebuilt (engine, parameters and keys cannot be ALTERed: the sorting key only
// in narrow cases, the partition key and the engine never).
import type { Column, MergeTreeTable } from '../model/types';
import { columnDefinition } from '../sql/columns';
import { engineClause, indexDefinition } from '../sql/emit/mergeTree';
import { keyExpression, singleExpression } from '../sql/keyText';
import { qualify, quoteIdent, quoteString } from '../sql/quote';
import { mergeTreeSettingKind, settingLiteral } from '../sql/settingValue';
import { tablePartSteps } from './tablePartSteps';

export interface AlterStep {
  sql: string;
  comment: string;
  destructive: boolean;
}

export type TableChange = { rebuild: string } | { alters: AlterStep[] };

const STORED = { kafka: false };

// MergeTree settings ClickHouse refuses to MODIFY on an existing table.
const FIXED_SETTINGS = new Set(['index_granularity', 'index_granularity_bytes', 'enable_mixed_granularity_parts', 'storage_policy']);

/** Engine and key clauses as written; a difference here means the table is rebuilt. */
function structure(t: MergeTreeTable): string[] {
  const cols = t.columns;
  const primary = keyExpression(t.primaryKey, cols);
  return [
    engineClause(t.engine),
    'PARTITION BY ' + keyExpression(t.partitionBy, cols),
    'PRIMARY KEY ' + primary,
    'ORDER BY ' + (keyExpression(t.orderBy, cols) || primary || 'tuple()'),
    'SAMPLE BY ' + singleExpression(t.sampleBy, cols),
  ];
}

/** The first structural difference, e.g. `ORDER BY id → ORDER BY (ts, id)`, or undefined. */
export function structuralChange(before: MergeTreeTable, after: MergeTreeTable): string | undefined {
  const a = structure(before);
  const b = structure(after);
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return `${a[i]} → ${b[i]}`;
  const fixed = [...FIXED_SETTINGS].find((n) => settingValue(before, n) !== settingValue(after, n));
  return fixed && `setting ${fixed} cannot be modified on an existing table`;
}

function settingValue(t: MergeTreeTable, name: string): string | undefined {
  const s = t.settings.find((x) => x.name.trim() === name && x.value.trim() !== '');
  return s?.value.trim();
}

/** Old columns paired with new ones: by id first (a rename keeps the id), then by name. */
export function pairColumns(before: readonly Column[], after: readonly Column[]): Map<Column, Column> {
  const oldOf = new Map<Column, Column>();
  const used = new Set<Column>();
  const byId = new Map(before.map((c) => [c.id, c]));
  for (const c of after) {
    const o = byId.get(c.id);
    if (o && !used.has(o)) oldOf.set(c, o), used.add(o);
  }
  for (const c of after) {
    if (oldOf.has(c)) continue;
    const o = before.find((x) => !used.has(x) && x.name === c.name);
    if (o) oldOf.set(c, o), used.add(o);
  }
  return oldOf;
}

const PROPERTY_REMOVALS: [keyof Column | 'default', string][] = [
  ['default', 'DEFAULT'],
  ['comment', 'COMMENT'],
  ['codec', 'CODEC'],
  ['ttl', 'TTL'],
];

function has(c: Column, p: keyof Column | 'default'): boolean {
  if (p === 'default') return c.defaultKind !== '' && c.defaultKind !== 'EPHEMERAL';
  return String(c[p] ?? '').trim() !== '';
}

function columnSteps(table: string, before: MergeTreeTable, after: MergeTreeTable, onCluster: string): AlterStep[] {
  const steps: AlterStep[] = [];
  const alter = (body: string) => `ALTER TABLE ${table}${onCluster} ${body};`;
  const oldOf = pairColumns(before.columns, after.columns);
  const kept = new Set(oldOf.values());
  for (const o of before.columns) {
    if (kept.has(o)) continue;
    steps.push({
      sql: alter(`DROP COLUMN ${quoteIdent(o.name)}`),
      comment: `Column ${o.name} is gone from the design: its stored values are deleted.`,
      destructive: true,
    });
  }
  // The current column order, as each step leaves it.
  const order = before.columns.filter((c) => kept.has(c)).map((c) => c.name);
  for (const [c, o] of oldOf) {
    if (o.name === c.name) continue;
    steps.push({ sql: alter(`RENAME COLUMN ${quoteIdent(o.name)} TO ${quoteIdent(c.name)}`), comment: `Column ${o.name} is renamed to ${c.name}.`, destructive: false });
    order[order.indexOf(o.name)] = c.name;
  }
  after.columns.forEach((c, i) => {
    const place = i === 0 ? ' FIRST' : ' AFTER ' + quoteIdent(after.columns[i - 1]!.name);
    const o = oldOf.get(c);
    const def = columnDefinition(c, STORED);
    if (!o) {
      steps.push({ sql: alter(`ADD COLUMN ${def}${place}`), comment: `New column ${c.name}; rows already stored read its default.`, destructive: false });
      order.splice(i, 0, c.name);
      return;
    }
    const moved = order[i] !== c.name;
    const changed = columnDefinition({ ...o, name: c.name }, STORED) !== def;
    if (moved || changed) {
      const what = o.type.trim() !== c.type.trim() ? `type ${o.type} → ${c.type} (rewrites the column's data)` : 'definition';
      steps.push({ sql: alter(`MODIFY COLUMN ${def}${moved ? place : ''}`), comment: `Column ${c.name}: new ${moved && !changed ? 'position' : what}.`, destructive: false });
      order.splice(order.indexOf(c.name), 1);
      order.splice(i, 0, c.name);
    }
    // MODIFY COLUMN keeps a property it does not mention; a property the design no longer has is removed explicitly.
    for (const [p, word] of PROPERTY_REMOVALS) {
      const gone = p === 'default' ? has(o, p) && c.defaultKind === '' : has(o, p) && !has(c, p);
      if (gone) steps.push({ sql: alter(`MODIFY COLUMN ${quoteIdent(c.name)} REMOVE ${word}`), comment: `Column ${c.name} no longer has a ${word}.`, destructive: false });
    }
  });
  return steps;
}

function indexSteps(table: string, before: MergeTreeTable, after: MergeTreeTable, onCluster: string): AlterStep[] {
  const defs = (t: MergeTreeTable) => new Map((t.indexes ?? []).map((x) => [x.name.trim(), indexDefinition(x)] as const).filter(([, d]) => d !== undefined));
  const a = defs(before);
  const b = defs(after);
  const steps: AlterStep[] = [];
  for (const [name, d] of a) {
    if (b.get(name) === d) continue;
    steps.push({ sql: `ALTER TABLE ${table}${onCluster} DROP INDEX ${quoteIdent(name)};`, comment: `Index ${name} is ${b.has(name) ? 'redefined' : 'gone'}.`, destructive: false });
  }
  let prev = '';
  for (const [name, d] of b) {
    if (a.get(name) !== d) {
      const place = prev === '' ? ' FIRST' : ' AFTER ' + quoteIdent(prev);
      steps.push({ sql: `ALTER TABLE ${table}${onCluster} ADD ${d}${place};`, comment: `Index ${name}: new parts get it at once.`, destructive: false });
      steps.push({ sql: `ALTER TABLE ${table}${onCluster} MATERIALIZE INDEX ${quoteIdent(name)};`, comment: `Build index ${name} for the parts already stored (a background mutation).`, destructive: false });
    }
    prev = name;
  }
  return steps;
}

function settingSteps(table: string, before: MergeTreeTable, after: MergeTreeTable, onCluster: string): AlterStep[] {
  const values = (t: MergeTreeTable) => new Map(t.settings.filter((s) => s.name.trim() !== '' && s.value.trim() !== '').map((s) => [s.name.trim(), s.value.trim()]));
  const a = values(before);
  const b = values(after);
  const steps: AlterStep[] = [];
  const changed = [...b].filter(([n, v]) => a.get(n) !== v);
  if (changed.length > 0) {
    const list = changed.map(([n, v]) => `${quoteIdent(n)} = ${settingLiteral(v, mergeTreeSettingKind(n))}`).join(', ');
    steps.push({ sql: `ALTER TABLE ${table}${onCluster} MODIFY SETTING ${list};`, comment: `Table settings: ${changed.map(([n]) => n).join(', ')}.`, destructive: false });
  }
  const removed = [...a.keys()].filter((n) => !b.has(n));
  if (removed.length > 0) {
    steps.push({
      sql: `ALTER TABLE ${table}${onCluster} RESET SETTING ${removed.map(quoteIdent).join(', ')};`,
      comment: `Back to the server's default: ${removed.join(', ')}.`,
      destructive: false,
    });
  }
  return steps;
}

/** ALTER steps turning `before` (already renamed to the new name) into `after`, or why it must be rebuilt. */
export function mergeTreeChange(before: MergeTreeTable, after: MergeTreeTable, onCluster: string): TableChange {
  const rebuild = structuralChange(before, after);
  if (rebuild) return { rebuild };
  const table = qualify(after.database, after.name);
  const parts = tablePartSteps(table, before, after, onCluster);
  const steps = [...parts.drops, ...columnSteps(table, before, after, onCluster)];
  steps.push(...indexSteps(table, before, after, onCluster), ...parts.adds);
  const ttlA = before.ttl.trim();
  const ttlB = after.ttl.trim();
  if (ttlA !== ttlB) {
    steps.push(
      ttlB === ''
        ? { sql: `ALTER TABLE ${table}${onCluster} REMOVE TTL;`, comment: 'The table TTL is gone: rows are no longer expired.', destructive: false }
        : { sql: `ALTER TABLE ${table}${onCluster} MODIFY TTL ${ttlB};`, comment: 'New table TTL; ClickHouse applies it to stored parts in the background.', destructive: false },
    );
  }
  steps.push(...settingSteps(table, before, after, onCluster));
  if (before.comment !== after.comment) {
    steps.push({ sql: `ALTER TABLE ${table}${onCluster} MODIFY COMMENT ${quoteString(after.comment)};`, comment: 'New table comment.', destructive: false });
  }
  return { alters: steps };
}
