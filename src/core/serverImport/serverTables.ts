// What chflow reads from a live server: one row of system.tables per object.
// Only SELECTs on system tables; nothing is written. Pipelines are the connected
// components of the "reads from / writes to" graph the server itself reports
// (a view's target_*, a table's dependencies_* listing the views that read it).
import { quoteString } from '../sql/quote';

export interface ServerTable {
  database: string;
  name: string;
  engine: string;
  create_table_query: string;
  target_database: string;
  target_table: string;
  dependencies_database: string[];
  dependencies_table: string[];
}

export interface ServerDatabase {
  name: string;
  objects: number;
}

export interface ServerPipeline {
  /** `database.name` keys of its objects, tables first. */
  objects: string[];
  /** A short description for a list: the first object's name and the count. */
  label: string;
}

const SYSTEM_DATABASES = ['system', 'information_schema', 'INFORMATION_SCHEMA'];
export const objectKey = (database: string, name: string) => `${database}.${name}`;

/** The read-only query for the objects of some databases (all user databases when `databases` is omitted). */
export function serverTablesQuery(databases?: readonly string[]): string {
  const where = databases
    ? `database IN (${databases.length ? databases.map(quoteString).join(', ') : "''"})`
    : `database NOT IN (${SYSTEM_DATABASES.map(quoteString).join(', ')})`;
  return (
    'SELECT database, name, engine, create_table_query, target_database, target_table, dependencies_database, dependencies_table\n' +
    `FROM system.tables WHERE ${where} AND NOT is_temporary ORDER BY database, name`
  );
}

/** Whether chflow models the object; others are still put in the script so the importer lists them as skipped. */
export function inModel(t: ServerTable): boolean {
  return t.engine === 'Kafka' || t.engine === 'MaterializedView' || /MergeTree$/.test(t.engine);
}

export function serverDatabases(rows: readonly ServerTable[]): ServerDatabase[] {
  const count = new Map<string, number>();
  for (const r of rows) count.set(r.database, (count.get(r.database) ?? 0) + 1);
  return [...count].map(([name, objects]) => ({ name, objects })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The pipelines: objects in the model joined through views, each a component of that graph. */
export function serverPipelines(rows: readonly ServerTable[]): ServerPipeline[] {
  const modelled = rows.filter(inModel);
  const known = new Set(modelled.map((r) => objectKey(r.database, r.name)));
  const parent = new Map<string, string>([...known].map((k) => [k, k]));
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(k, r);
    return r;
  };
  const join = (a: string, b: string) => {
    if (known.has(a) && known.has(b)) parent.set(find(a), find(b));
  };
  for (const r of modelled) {
    const k = objectKey(r.database, r.name);
    if (r.target_table) join(k, objectKey(r.target_database || r.database, r.target_table));
    r.dependencies_table.forEach((t, i) => join(k, objectKey(r.dependencies_database[i] ?? r.database, t)));
  }
  const groups = new Map<string, ServerTable[]>();
  for (const r of modelled) {
    const root = find(objectKey(r.database, r.name));
    groups.set(root, [...(groups.get(root) ?? []), r]);
  }
  return [...groups.values()].map((members) => {
    const ordered = [...members].sort((a, b) => rank(a) - rank(b));
    const first = ordered[0]!;
    return {
      objects: ordered.map((r) => objectKey(r.database, r.name)),
      label: `${objectKey(first.database, first.name)}${ordered.length > 1 ? ` + ${ordered.length - 1} more` : ''}`,
    };
  });
}

/** Kafka tables, then stored tables, then views: every table exists before a view names it. */
function rank(t: ServerTable): number {
  return t.engine === 'Kafka' ? 0 : t.engine === 'MaterializedView' ? 2 : 1;
}

export type ServerChoice = { databases: readonly string[] } | { around: string };

/** The objects a choice takes, in script order; an unknown object is refused with its name. */
export function chosenTables(rows: readonly ServerTable[], choice: ServerChoice): ServerTable[] {
  let picked: ServerTable[];
  if ('databases' in choice) {
    const dbs = new Set(choice.databases);
    picked = rows.filter((r) => dbs.has(r.database));
  } else {
    const pipeline = serverPipelines(rows).find((p) => p.objects.includes(choice.around));
    if (!pipeline) throw new Error(`${choice.around} is not a Kafka table, materialized view or MergeTree table on this server`);
    const keys = new Set(pipeline.objects);
    picked = rows.filter((r) => keys.has(objectKey(r.database, r.name)));
  }
  return [...picked].sort((a, b) => rank(a) - rank(b));
}

/** The script the SQL importer reads: each object's CREATE as the server reports it. */
export function serverScript(tables: readonly ServerTable[]): string {
  return tables.map((t) => t.create_table_query.replace(/;\s*$/, '') + ';\n').join('');
}
