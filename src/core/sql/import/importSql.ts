// SQL import: a ClickHouse script (or SHOW CREATE output) into a design. Every
// statement is either imported, or listed with the reason it was skipped, or an
// error with its line and column; nothing is dropped without a word.
import { applyLayout, KIND_STAGE, layoutPipeline, NODE_WIDTH } from '../../layout';
import { uniqueName } from '../../model/columns';
import { DEFAULT_OPTIONS, type Entity, type Link, type Pipeline, type PipelineOptions, type Position } from '../../model/types';
import { REPLICATED_DATABASE_ENGINE } from '../generate';
import { qualify } from '../quote';
import { SkipStatement, type ParsedTable } from './ast';
import { importKafkaTable } from './kafkaTable';
import { lineColumn, SqlSyntaxError } from './lexer';
import { importMergeTree, mergeTreeFamily } from './mergeTree';
import { importView, readViewQuery, type ReadView, type ViewScope } from './materializedView';
import { readStatement } from './parseCreate';
import { Statements } from './statements';
import { IdMaker, Reader } from './reader';
import { unescapeShowCreate } from './showCreate';

export type MessageKind = 'error' | 'skipped' | 'note';

export interface ImportMessage {
  kind: MessageKind;
  line: number;
  column: number;
  text: string;
}

export interface ImportResult {
  /** The imported objects, laid out; links may point at `context` entities. */
  pipeline: Pipeline;
  messages: ImportMessage[];
  /** Statements read (imported, skipped or in error). */
  statements: number;
  imported: number;
}

export interface ImportOptions {
  /** A design the import is merged into: names the script uses but does not define resolve to its tables. */
  context?: Pipeline;
}

const isTable = (e: Entity) => e.kind === 'kafkaTable' || e.kind === 'mergeTree';
const key = (database: string, name: string) => database + '\u0000' + name;

export function importSql(input: string, options: ImportOptions = {}): ImportResult {
  const text = unescapeShowCreate(input);
  const messages: ImportMessage[] = [];
  const say = (kind: MessageKind, offset: number, msg: string) => messages.push({ kind, ...lineColumn(text, offset), text: msg });
  const entities: Entity[] = [];
  const links: Link[] = [];
  const result = (count: number): ImportResult => ({
    pipeline: { entities, links, options: opts },
    messages,
    statements: count,
    imported: entities.length,
  });
  const opts: PipelineOptions = { ...DEFAULT_OPTIONS, createDatabases: false };

  const byName = new Map<string, Entity>();
  const contextByName = new Map<string, Entity>();
  for (const e of options.context?.entities ?? []) if (isTable(e)) contextByName.set(key(e.database, e.name), e);
  const views: { read: ReadView; database: string; index: number; at: number }[] = [];
  const clusters = new Set<string>();
  let current = 'default';

  const ids = new IdMaker();
  const list = new Statements(text, (offset) => say('note', offset, 'the statement before this CREATE has no ; (is it inside a comment?); read as two statements'));
  let count = 0;
  // Where each name was last dropped and created (statement index): a name created
  // again after a DROP is replaced, created again without one is a mistake.
  const droppedAt = new Map<string, number>();
  const createdAt = new Map<string, number>();
  const again = (k: string, index: number) => (droppedAt.get(k) ?? -1) > (createdAt.get(k) ?? -1) && index > (droppedAt.get(k) ?? -1);
  let index = -1;
  while (list.next()) {
    index++;
    count++;
    const st = list.tokens;
    const r = new Reader(text, st, st.end(st.length - 1), ids);
    const at = st.start(0);
    try {
      const read = readStatement(r);
      if ('use' in read) current = read.use;
      else if ('skip' in read) {
        say('skipped', at, read.skip);
        if (read.drop) droppedAt.set(key(read.drop.database ?? current, read.drop.name), index);
      }
      else {
        const c = read.create;
        // CREATE OR REPLACE drops the old one first.
        if (read.orReplace && c.kind !== 'database') droppedAt.set(key(c.name.database ?? current, c.name.name), index - 0.5);
        if (c.cluster !== undefined) clusters.add(c.cluster);
        if (c.kind === 'database') {
          opts.createDatabases = true;
          const engine = c.engine?.name;
          if (engine === 'Replicated') opts.replicatedDatabases = true;
          else if (engine !== undefined && engine !== 'Atomic') say('note', at, `database ${c.name}: ENGINE = ${c.engine!.text} is not kept (chflow writes Atomic or Replicated databases)`);
          if (engine === 'Replicated' && 'ENGINE = ' + c.engine!.text !== REPLICATED_DATABASE_ENGINE)
            say('note', at, `database ${c.name}: its Replicated arguments are written as chflow writes them: ${REPLICATED_DATABASE_ENGINE}`);
        } else if (c.kind === 'view') views.push({ read: readViewQuery(c, r, current), database: current, index, at });
        else {
          const e = importTable(c, current, (t) => say('skipped', at, t), (t) => say('note', at, t));
          const k = e && key(e.database, e.name);
          if (e && k !== undefined && byName.has(k) && again(k, index)) {
            say('note', at, `table ${qualify(e.database, e.name)} is dropped above and created again; the new definition is kept`);
            entities[entities.indexOf(byName.get(k)!)] = e;
            byName.set(k, e);
            createdAt.set(k, index);
          } else if (e && k !== undefined && byName.has(k)) {
            if (!c.ifNotExists) throw new Error(`table ${qualify(e.database, e.name)} is created twice`);
            say('note', at, `table ${qualify(e.database, e.name)} is created above already; IF NOT EXISTS keeps that one`);
          } else if (e && k !== undefined) {
            byName.set(k, e);
            entities.push(e);
            createdAt.set(k, index);
          }
        }
      }
    } catch (e) {
      if (e instanceof SqlSyntaxError) say('error', e.offset, e.message.replace(/^line \d+, column \d+: /, ''));
      else say('error', at, e instanceof Error ? e.message : String(e));
    }
  }

  // Views last: the tables they read and write may come later in the script.
  const viewNames = new Map<string, Entity>();
  createdAt.clear();
  let at = 0;
  const scope: ViewScope = {
    database: current,
    find: (d, n) => byName.get(key(d, n)) ?? contextByName.get(key(d, n)),
    add: (e) => {
      byName.set(key(e.database, e.name), e);
      entities.push(e);
    },
    freeName: (d, base) => uniqueName(base, [...byName.values(), ...contextByName.values()].filter((e) => e.database === d).map((e) => e.name)),
    note: (t) => say('note', at, t),
  };
  for (const { read, database, index: viewIndex, at: viewAt } of views) {
    const parsed = read.parsed;
    at = viewAt;
    scope.database = database;
    try {
      const { view, source, target } = importView(read, ids, scope);
      const viewKey = key(view.database, view.name);
      const earlier = viewNames.get(viewKey);
      if (earlier && again(viewKey, viewIndex)) {
        say('note', at, `view ${qualify(view.database, view.name)} is dropped above and created again; the new definition is kept`);
        entities.splice(entities.indexOf(earlier), 1);
        for (let i = links.length - 1; i >= 0; i--) if (links[i]!.source === earlier.id || links[i]!.target === earlier.id) links.splice(i, 1);
      } else if (earlier) {
        if (!parsed.ifNotExists) throw new Error(`view ${qualify(view.database, view.name)} is created twice`);
        say('note', at, `view ${qualify(view.database, view.name)} is created above already; IF NOT EXISTS keeps that one`);
        continue;
      }
      viewNames.set(viewKey, view);
      createdAt.set(viewKey, viewIndex);
      entities.push(view);
      if (source) links.push({ id: ids.next('link'), source: source.id, target: view.id });
      if (target) links.push({ id: ids.next('link'), source: view.id, target: target.id });
    } catch (e) {
      if (e instanceof SkipStatement) say('skipped', at, e.message);
      else if (e instanceof SqlSyntaxError) say('error', e.offset, e.message.replace(/^line \d+, column \d+: /, ''));
      else say('error', at, e instanceof Error ? e.message : String(e));
    }
  }

  const [cluster, ...others] = [...clusters];
  if (cluster !== undefined) opts.cluster = cluster;
  if (others.length > 0) say('note', 0, `the script uses several clusters (${[...clusters].join(', ')}); the design uses ${cluster} for all`);
  const lexError = list.lexError;
  if (lexError) say('error', lexError.offset, lexError.message.replace(/^line \d+, column \d+: /, ''));
  messages.sort((a, b) => a.line - b.line || a.column - b.column);
  const out = result(count);
  out.pipeline = applyLayout(out.pipeline, placeAll(withContextEnds(out.pipeline)));
  return out;
}

// The auto-layout orders nodes to avoid crossings, which costs more than the whole
// import for thousands of nodes; big scripts get plain stage columns instead.
const LAYOUT_LIMIT = 300;

function placeAll(p: Pipeline): Map<string, Position> {
  if (p.entities.length <= LAYOUT_LIMIT) return layoutPipeline(p);
  const rows = new Map<number, number>();
  const out = new Map<string, Position>();
  for (const e of p.entities) {
    const stage = KIND_STAGE[e.kind];
    const row = rows.get(stage) ?? 0;
    rows.set(stage, row + 1);
    out.set(e.id, { x: stage * (NODE_WIDTH + 100), y: row * 160 });
  }
  return out;
}

/** Layout needs every linked entity present; context ends are placed but not returned. */
function withContextEnds(p: Pipeline): Pipeline {
  const ids = new Set(p.entities.map((e) => e.id));
  return { ...p, links: p.links.filter((l) => ids.has(l.source) && ids.has(l.target)) };
}

function importTable(t: ParsedTable, current: string, skip: (t: string) => void, note: (t: string) => void): Entity | undefined {
  const database = t.name.database ?? current;
  const name = qualify(database, t.name.name);
  if (!t.engine) {
    skip(`table ${name} names no ENGINE; chflow models Kafka and MergeTree family tables`);
    return undefined;
  }
  if (t.engine.name === 'Kafka') {
    const { entity, notes } = importKafkaTable(t, database, `Kafka table ${name}`);
    notes.forEach(note);
    return entity;
  }
  if (mergeTreeFamily(t.engine.name)) {
    const { entity, notes } = importMergeTree(t, database, `table ${name}`);
    notes.forEach(note);
    return entity;
  }
  skip(`table ${name}: ENGINE = ${t.engine.name} is not part of chflow’s model (Kafka and MergeTree family tables are)`);
  return undefined;
}
