// After a generated script ran in chdb, compare what the server now holds with
// the design: names, types, comments, engines, keys, Kafka settings and view
// wiring, read back from system.* (JSON output, so hostile names survive).
import { expect } from 'vitest';
import type { Entity, KafkaTable, MaterializedView, MergeTreeTable, Pipeline } from '../core/model/types';
import { kafkaSettingOrder } from '../core/sql/emit/kafkaTable';
import type { SqlScript } from '../core/sql/generate';
import { keyExpression, splitTopLevel, type ColumnNames } from '../core/sql/keyText';
import { qualify, quoteIdent } from '../core/sql/quote';
import type { ChdbNamespace } from './chdb';

interface ColumnRow {
  name: string;
  type: string;
  default_kind: string;
  comment: string;
}

interface TableRow {
  engine: string;
  engine_full: string;
  comment: string;
  create_table_query: string;
  sorting_key: string;
  primary_key: string;
  partition_key: string;
  sampling_key: string;
  dependencies_database: string[];
  dependencies_table: string[];
}

function lit(s: string): string {
  return "'" + s.replace(/\\/g, '\\\\').replace(/'/g, "\\'") + "'";
}

function table(ns: ChdbNamespace, e: Entity): TableRow {
  const rows = ns.rows<TableRow>(
    `SELECT engine, engine_full, comment, create_table_query, sorting_key, primary_key, partition_key, sampling_key,
            dependencies_database, dependencies_table
     FROM system.tables WHERE database = ${lit(e.database)} AND name = ${lit(e.name)}`,
  );
  expect(rows, `system.tables has ${e.database}.${e.name}`).toHaveLength(1);
  return rows[0]!;
}

function columns(ns: ChdbNamespace, e: Entity): ColumnRow[] {
  return ns.rows<ColumnRow>(
    `SELECT name, type, default_kind, comment FROM system.columns
     WHERE database = ${lit(e.database)} AND table = ${lit(e.name)} ORDER BY position`,
  );
}

/** The key as system.tables prints it: sorting and primary keys without the tuple's parentheses. */
function printedKey(text: string, columns: ColumnNames, keepTuple = false): string {
  const k = keyExpression(text, columns);
  if (k === '' || k === 'tuple()') return '';
  if (keepTuple) return k;
  const isTuple = k.startsWith('(') && k.endsWith(')') && splitTopLevel(k.slice(1, -1)).length > 1;
  return isTuple ? k.slice(1, -1) : k;
}

function verifyKafka(ns: ChdbNamespace, t: KafkaTable): void {
  const row = table(ns, t);
  expect(row.engine).toBe('Kafka');
  expect(row.comment).toBe(t.comment);
  const cols = columns(ns, t);
  expect(cols.map((c) => [c.name, c.type, c.default_kind, c.comment])).toEqual(
    t.columns.map((c) => [c.name, c.type, c.defaultKind === 'ALIAS' ? 'ALIAS' : '', c.comment]),
  );
  const collection = (t.namedCollection ?? '').trim();
  const connection = collection ? [] : ['kafka_broker_list', 'kafka_topic_list', 'kafka_group_name', 'kafka_format'];
  // SHOW CREATE may print the collection name bare or backquoted.
  if (collection) expect([`Kafka(${collection})`, `Kafka(${quoteIdent(collection)})`]).toContain(row.engine_full.replace(/ SETTINGS [\s\S]*$/, ''));
  const written = new Set([...connection, ...kafkaSettingOrder(t.settings, collection)]);
  for (const name of written) expect(row.engine_full, `${name} is stored`).toContain(`${name} = `);
  for (const name of Object.keys(t.settings))
    if (!written.has(name)) expect(row.engine_full, `${name} is omitted`).not.toContain(`${name} = `);
}

function verifyMergeTree(ns: ChdbNamespace, t: MergeTreeTable): void {
  const row = table(ns, t);
  expect(row.engine).toBe((t.engine.replicated ? 'Replicated' : '') + t.engine.family);
  expect(row.comment).toBe(t.comment);
  const cols = columns(ns, t);
  expect(cols.map((c) => [c.name, c.type, c.default_kind, c.comment])).toEqual(
    t.columns.map((c) => [c.name, c.type, c.defaultKind, c.comment]),
  );
  const q = t.columns;
  const sorting = printedKey(t.orderBy, q) || printedKey(t.primaryKey, q);
  const primary = printedKey(t.primaryKey, q) || sorting;
  // VersionedCollapsingMergeTree appends its version column to the sorting key by itself.
  const version = t.engine.family === 'VersionedCollapsingMergeTree' ? t.engine.params['version'] : undefined;
  expect(row.sorting_key).toBe(version ? `${sorting}, ${version}` : sorting);
  expect(row.primary_key).toBe(primary);
  expect(row.partition_key).toBe(printedKey(t.partitionBy, q, true));
  expect(row.sampling_key).toBe(t.sampleBy.trim());
  const indexes = ns.rows<{ name: string; type_full: string; granularity: number }>(
    `SELECT name, type_full, granularity FROM system.data_skipping_indices
     WHERE database = ${lit(t.database)} AND table = ${lit(t.name)} ORDER BY name`,
  );
  const designed = (t.indexes ?? [])
    .filter((x) => x.name.trim() !== '' && x.expr.trim() !== '' && x.type.trim() !== '')
    .map((x) => ({ name: x.name.trim(), type_full: x.type.trim(), granularity: Number(x.granularity.trim() || '1') }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  expect(indexes).toEqual(designed);
  const ttls = new Map(t.columns.map((c) => [c.name, (c.ttl ?? '').trim()]));
  for (const c of t.columns) if (ttls.get(c.name)) expect(row.create_table_query, `${c.name} has its TTL`).toMatch(new RegExp(`${c.name}[^,]* TTL `));
}

function verifyView(ns: ChdbNamespace, v: MaterializedView, p: Pipeline): void {
  const row = table(ns, v);
  expect(row.engine).toBe('MaterializedView');
  expect(row.comment).toBe(v.comment);
  const targetLink = p.links.find((l) => l.source === v.id);
  const sourceLink = p.links.find((l) => l.target === v.id);
  const target = p.entities.find((e) => e.id === targetLink?.target)!;
  const source = p.entities.find((e) => e.id === sourceLink?.source)!;
  expect(row.create_table_query).toContain(` TO ${qualify(target.database, target.name)}`);
  // The view's own columns are its SELECT's output names: one per mapping, named after the target column.
  expect(columns(ns, v).map((c) => c.name)).toEqual(v.mappings.filter((m) => m.expr.trim() !== '' && m.target !== '').map((m) => m.target));
  const src = table(ns, source);
  const readers = src.dependencies_database.map((d, i) => `${d}\u0001${src.dependencies_table[i]}`);
  expect(readers, 'the source table lists the view as a dependency').toContain(`${v.database}\u0001${v.name}`);
}

/**
 * Checks every runnable statement's object against the design it came from.
 * `serverDatabases`: databases the test made before the script, standing in for ones the server already has.
 */
export function verifyDesign(ns: ChdbNamespace, p: Pipeline, script: SqlScript, serverDatabases: readonly string[] = []): void {
  const byId = new Map(p.entities.map((e) => [e.id, e]));
  const databases = new Set<string>(serverDatabases);
  for (const st of script.statements) {
    if (st.runnable === false) continue;
    if (st.kind === 'database') {
      databases.add(st.database!);
      continue;
    }
    const e = byId.get(st.entityId)!;
    if (e.kind === 'kafkaTable') verifyKafka(ns, e);
    else if (e.kind === 'mergeTree') verifyMergeTree(ns, e);
    else if (e.kind === 'materializedView') verifyView(ns, e, p);
  }
  expect(new Set(ns.createdDatabases())).toEqual(databases);
}
