// CREATE MATERIALIZED VIEW back into a view, its links and, where the script does
// not define them, stand-ins for its source and target: the inverse of
// emit/materializedView.ts. Views with an inner ENGINE become a TO view plus an
// explicit target table (the form chflow writes).
import { createColumn } from '../../model/columns';
import { createKafkaTable } from '../../model/kinds/kafkaTable';
import { createMaterializedView } from '../../model/kinds/materializedView';
import { createMergeTree } from '../../model/kinds/mergeTree';
import type { Column, Entity, MaterializedView, MergeTreeTable } from '../../model/types';
import { tableColumns } from '../../model/query';
import { isPlainIdent, qualify } from '../quote';
import { SkipStatement, type ParsedView } from './ast';
import { mergeTreeFamily, mergeTreeParts } from './mergeTree';
import type { IdMaker, Name, Reader } from './reader';
import { rawQueryTextAt, readSelect, type GridSelect, type RawSelect } from './select';

export interface ViewScope {
  /** The database an unqualified name means at this statement. */
  database: string;
  /** A table by database and name, from the script or the design merged into. */
  find(database: string, name: string): Entity | undefined;
  /** Adds an entity the import had to create. */
  add(e: Entity): void;
  /** A table name not yet taken in `database`. */
  freeName(database: string, base: string): string;
  note(text: string): void;
}

export interface ImportedView {
  view: MaterializedView;
  source: Entity | undefined;
  target: Entity | undefined;
}

const pos = { x: 0, y: 0 };

function stringColumns(names: readonly string[]): Column[] {
  return [...new Set(names)].map((n) => createColumn(n));
}

function targetFromEngine(v: ParsedView, database: string, name: string, columns: Column[], where: string): MergeTreeTable {
  const engine = v.engine!;
  if (!mergeTreeFamily(engine.name)) throw new SkipStatement(`${where}: its ENGINE = ${engine.text} is not a MergeTree family engine, so chflow cannot make it a target table`);
  return createMergeTree(name, pos, { database, columns, ...mergeTreeParts(engine, v.clauses, where) });
}

/**
 * A view's statement with its query read. Views are imported after the tables
 * (they may come first in the script); keeping this instead of the statement's
 * tokens lets those die young, which on a big script halves the garbage collector's work.
 */
export interface ReadView {
  parsed: ParsedView;
  select: GridSelect | RawSelect;
  text: string;
  /** The query's source offsets. */
  start: number;
  end: number;
}

/** Reads the query of a view; `database` is the one current at the statement. */
export function readViewQuery(v: ParsedView, reader: Reader, database: string): ReadView {
  const [a, b] = v.select;
  return { parsed: v, select: readSelect(reader, v.select, database), text: reader.text, start: reader.tokens.start(a), end: reader.tokens.end(b - 1) };
}

export function importView(rv: ReadView, ids: IdMaker, scope: ViewScope): ImportedView {
  const { parsed: v, select } = rv;
  const database = v.name.database ?? scope.database;
  const where = `view ${qualify(database, v.name.name)}`;
  const view = createMaterializedView(v.name.name, pos, { database, comment: v.comment });
  const items = select.kind === 'grid' ? select.items : [];
  // The view's output and the plain columns it reads: only needed for tables the import makes.
  const outputs = () => items.map((i) => i.target);
  const read = () => items.filter((i) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(i.expr)).map((i) => i.expr);
  if (select.kind === 'grid') {
    view.mappings = select.items.map((i) => ({ id: ids.next('map'), target: i.target, expr: i.expr }));
    view.where = select.where;
    view.groupBy = select.groupBy;
  } else {
    view.rawSelect = select.text;
    scope.note(`${where}: its query is kept as written (${select.reason}); the mapping grid does not show it`);
  }
  if (v.to && v.columns.length > 0)
    scope.note(`${where}: its column list is not kept; ClickHouse derives the view's columns from its query (types may differ from the list)`);
  for (const d of v.dropped) scope.note(`${where}: ${d} is not part of chflow’s model and was left out`);

  const resolve = (n: Name) => ({ database: n.database ?? scope.database, name: n.name });
  // Only a target the import creates needs columns; made on demand.
  const declared = () => (v.columns.length > 0 ? v.columns : stringColumns(outputs()));
  const guessed = v.columns.length > 0 ? '' : ' (columns from the view’s query, typed String: set their types)';

  let target: Entity | undefined;
  if (v.to) {
    const t = resolve(v.to);
    target = scope.find(t.database, t.name);
    if (v.engine) {
      const fix = target
        ? `the ENGINE clause was dropped (${qualify(t.database, t.name)} is defined with its own engine)`
        : `the ENGINE clause became the engine of the new table ${qualify(t.database, t.name)}${guessed}`;
      scope.note(
        `${where}: ClickHouse refuses TO together with ENGINE in one CREATE MATERIALIZED VIEW (SYNTAX_ERROR: you can't declare both 'TO [db].[table]' and 'ENGINE'). Fixed: the view writes TO ${qualify(t.database, t.name)} and ${fix}`,
      );
      if (!target) scope.add((target = targetFromEngine(v, t.database, t.name, declared(), where)));
    } else if (!target) {
      target = createMergeTree(t.name, pos, { database: t.database, columns: declared() });
      scope.add(target);
      scope.note(`${where}: its TO table ${qualify(t.database, t.name)} is not in the script; added as a MergeTree table${guessed}`);
    }
  } else if (v.engine) {
    const name = scope.freeName(database, `${v.name.name}_target`);
    target = targetFromEngine(v, database, name, declared(), where);
    scope.add(target);
    scope.note(
      `${where}: it stored rows in an inner table (ENGINE without TO); imported as a TO view writing into the new table ${qualify(database, name)} with that engine${guessed}. Rows already in the inner table are not moved`,
    );
  } else throw new Error(`${where}: a materialized view needs TO <table> or an ENGINE`);

  let source: Entity | undefined;
  const from = select.from && resolve(select.from);
  if (from) {
    source = scope.find(from.database, from.name);
    // The grid backquotes an expression that is exactly a source column's name
    // (`after.id` read from a column named so); written bare, keep the query as is.
    const quoted = source && tableColumns(source).find((c) => view.mappings.some((m) => m.expr === c.name) && !isPlainIdent(c.name));
    if (quoted && select.kind === 'grid') {
      view.mappings = [];
      view.where = '';
      view.groupBy = '';
      view.rawSelect = rawQueryTextAt(rv.text, rv.start, rv.end, scope.database);
      scope.note(`${where}: its query is kept as written (it reads the column ${quoted.name} without backquotes); the mapping grid does not show it`);
    }
    if (!source && select.kind === 'grid') {
      // Aiven's Kafka integration makes its tables in service_<name> databases.
      const kafka = from.database.startsWith('service_');
      const columns = stringColumns(read());
      source = kafka
        ? createKafkaTable(from.name, pos, { database: from.database, columns, brokers: '', topic: from.name, consumerGroup: 'clickhouse' })
        : createMergeTree(from.name, pos, { database: from.database, columns });
      scope.add(source);
      scope.note(
        `${where}: its source ${qualify(from.database, from.name)} is not in the script; added as ${kafka ? 'a Kafka table (an integration table on Aiven: fill in brokers)' : 'a MergeTree table'} with the columns the view reads, typed String: set their types`,
      );
    } else if (!source) scope.note(`${where}: it reads ${qualify(from.database, from.name)}, which is not in the design`);
  }
  return { view, source, target };
}
